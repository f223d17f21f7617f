package webarchive

import (
	"bytes"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/google/uuid"
	gowarc "github.com/nlnwa/gowarc/v3"
)

// HdrDiscovery is the WARC header field, an extension of newsroom's, in which
// a response or revisit record keeps how the crawler came to the URL (the
// task kind: seed, feed, page or article). Ingest hands it to the extractor
// as the crawler would have.
const HdrDiscovery = "Newsroom-Discovery"

// DefaultMaxFileSize is the size at which a Writer starts a new WARC file
// (the WARC 1.1 guidelines suggest 1 GB).
const DefaultMaxFileSize = 1 << 30

// WriterOptions configure a Writer.
type WriterOptions struct {
	// Dir is the directory the WARC files and their indexes go to; it is
	// created if missing. Required.
	Dir string
	// Prefix starts every file name (default "newsroom-").
	Prefix string
	// MaxFileSize is the compressed size after which the next record starts a
	// new file (default DefaultMaxFileSize). A single record larger than this
	// gets a file of its own.
	MaxFileSize int64
	// Software names the writer in each file's warcinfo record.
	Software string
	// GzipLevel is the gzip level of each record, 1 (fastest) to 9 (smallest);
	// 0 means the library's default (5).
	GzipLevel int
	// RevisitMemory is how many URLs the Writer remembers the last full 200
	// response of (about 250 bytes each), so that a 304 or an unchanged 200
	// of such a URL becomes a revisit record referring to it (default
	// DefaultRevisitMemory; negative: none, and an unchanged 200 is written
	// in full).
	RevisitMemory int
}

// Exchange is one HTTP fetch as it went over the wire.
type Exchange struct {
	Method         string      // request method (default GET)
	URL            string      // the requested URL (the record's WARC-Target-URI)
	RequestHeader  http.Header // headers sent, without Host
	Proto          string      // "HTTP/1.1" when empty
	Status         int         // response status code
	StatusText     string      // reason phrase; http.StatusText(Status) when empty
	ResponseHeader http.Header // response headers as received
	Body           []byte      // response body as received: Content-Encoding intact, transfer coding removed
	IP             string      // address of the server that answered
	Discovery      string      // how the crawler came to the URL (its task kind), if known
	Started        time.Time   // when the request was sent (the records' WARC-Date)
	Duration       time.Duration
}

// Stats are a Writer's running totals.
type Stats struct {
	Exchanges atomic.Int64 // fetches written (three records each)
	Revisits  atomic.Int64 // of which the response was written as a revisit record
	Files     atomic.Int64 // files finished, with their index
	Bytes     atomic.Int64 // compressed bytes in finished files
	Errors    atomic.Int64 // fetches that could not be written
}

// Writer writes fetches to rotating, per-record gzipped WARC/1.1 files with a
// CDXJ index beside each. It is safe for concurrent use; fetches are written
// one at a time, in the order Write is called.
type Writer struct {
	opts  WriterOptions
	w     *gowarc.WarcFileWriter
	stats Stats

	originals *originals // last full responses, for revisit records (under mu)

	mu      sync.Mutex
	closed  bool
	current string              // file the last record went to
	pending map[string]*pending // files not yet indexed
}

// pending is the index of a file still being written.
type pending struct {
	entries []cdxEntry
	// last is the entry whose length is not yet known (the length of a
	// record is the distance to the next record's offset).
	last int
}

// NewWriter creates the directory and returns a Writer. No file is created
// before the first Write.
func NewWriter(opts WriterOptions) (*Writer, error) {
	if opts.Dir == "" {
		return nil, errors.New("warc writer: no directory")
	}
	if opts.Prefix == "" {
		opts.Prefix = "newsroom-"
	}
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	if opts.Software == "" {
		opts.Software = "newsroom"
	}
	if opts.RevisitMemory == 0 {
		opts.RevisitMemory = DefaultRevisitMemory
	}
	if opts.GzipLevel == 0 {
		opts.GzipLevel = 5
	}
	if opts.GzipLevel < 1 || opts.GzipLevel > 9 {
		return nil, fmt.Errorf("warc writer: gzip level %d is not between 1 and 9", opts.GzipLevel)
	}
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("warc writer: %w", err)
	}
	wr := &Writer{opts: opts, pending: map[string]*pending{}, originals: newOriginals(opts.RevisitMemory)}
	wr.w = gowarc.NewWarcFileWriter(
		gowarc.WithMaxConcurrentWriters(1),
		gowarc.WithCompression(true),
		gowarc.WithCompressionLevel(opts.GzipLevel),
		gowarc.WithMaxFileSize(opts.MaxFileSize),
		gowarc.WithFileNameGenerator(&gowarc.PatternNameGenerator{
			Directory: opts.Dir, Prefix: opts.Prefix,
			Pattern: "%{prefix}s%{ts}s-%05{serial}d-%{hostOrIp}s.%{ext}s",
		}),
		gowarc.WithRecordOptions(wr.recordOptions()...),
		gowarc.WithWarcInfoFunc(func(b gowarc.WarcRecordBuilder) error {
			_, err := b.WriteString("software: " + opts.Software + "\r\nformat: WARC File Format 1.1\r\n" +
				"conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n")
			return err
		}),
	)
	return wr, nil
}

// Stats returns the running totals.
func (w *Writer) Stats() *Stats { return &w.stats }

// Write appends the request, response and metadata records of one fetch.
// The response is a revisit record instead when the fetch repeated what the
// Writer recorded before (see WriterOptions.RevisitMemory): a 304 Not
// Modified (profile server-not-modified) or a 200 with the same payload
// digest as the URL's last one (identical-payload-digest).
// A failed write is counted and returned; the Writer stays usable.
func (w *Writer) Write(x Exchange) error {
	if err := w.write(x); err != nil {
		w.stats.Errors.Add(1)
		return fmt.Errorf("warc: write %s: %w", x.URL, err)
	}
	w.stats.Exchanges.Add(1)
	return nil
}

func (w *Writer) write(x Exchange) error {
	if x.URL == "" || x.Status == 0 {
		return errors.New("exchange without URL or status")
	}
	if x.Started.IsZero() {
		x.Started = time.Now()
	}
	// Everything that touches the WARC library runs under the lock: building
	// a record switches on the uuid package's shared random pool, a global
	// write that must not race with other record builds or ids.
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return errors.New("writer is closed")
	}
	respID, reqID, metaID := newID(), newID(), newID()
	resp, err := w.responseRecord(x, respID)
	if err != nil {
		return err
	}
	full := resp
	resp, orig, err := w.asRevisit(x, resp)
	if err != nil {
		return err
	}
	revisit := resp != full
	req, err := w.requestRecord(x, reqID, respID)
	if err != nil {
		resp.Close()
		return err
	}
	meta, err := w.metadataRecord(x, metaID, respID)
	if err != nil {
		resp.Close()
		req.Close()
		return err
	}
	digest := resp.WarcHeader().Get(gowarc.WarcPayloadDigest)
	res := w.w.Write(req, resp, meta)
	var errs []error
	for i, r := range res {
		if r.Err != nil {
			errs = append(errs, r.Err)
			continue
		}
		if err := w.track(r, i == 1, revisit, x, digest); err != nil {
			errs = append(errs, err)
		}
	}
	switch {
	case res[1].Err != nil:
	case revisit:
		w.stats.Revisits.Add(1)
	case orig != nil:
		w.originals.put(orig)
	}
	return errors.Join(errs...)
}

// track records where a record landed. Every record's offset closes the
// previous record's length; a response or revisit record also gets an
// index entry (a revisit with the mime type "warc/revisit", as pywb's
// indexer writes it). A record in a new file means the previous file is
// finished: its index is written.
func (w *Writer) track(r gowarc.WriteResponse, isResponse, revisit bool, x Exchange, digest string) error {
	var err error
	if r.FileName != w.current {
		if w.current != "" {
			err = w.finish(w.current)
		}
		w.current = r.FileName
	}
	p := w.pending[r.FileName]
	if p == nil {
		p = &pending{last: -1}
		w.pending[r.FileName] = p
	}
	if p.last >= 0 {
		e := &p.entries[p.last]
		off, _ := strconv.ParseInt(e.fields.Offset, 10, 64)
		e.fields.Length = strconv.FormatInt(r.FileOffset-off, 10)
		p.last = -1
	}
	if isResponse {
		mt := ""
		if revisit {
			mt = "warc/revisit"
		} else if ct := x.ResponseHeader.Get("Content-Type"); ct != "" {
			if m, _, perr := mime.ParseMediaType(ct); perr == nil {
				mt = m
			}
		}
		p.entries = append(p.entries, cdxEntry{key: SURT(x.URL), timestamp: cdxTimestamp(x.Started), fields: cdxFields{
			URL: x.URL, Mime: mt, Status: strconv.Itoa(x.Status), Digest: digest,
			Offset: strconv.FormatInt(r.FileOffset, 10), Filename: r.FileName,
		}})
		p.last = len(p.entries) - 1
	}
	return err
}

// finish writes the index of a finished file; the last entry's length runs
// to the end of the file.
func (w *Writer) finish(name string) error {
	p := w.pending[name]
	delete(w.pending, name)
	if p == nil {
		return nil
	}
	path := filepath.Join(w.opts.Dir, name)
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("index %s: %w", name, err)
	}
	if p.last >= 0 {
		e := &p.entries[p.last]
		off, _ := strconv.ParseInt(e.fields.Offset, 10, 64)
		e.fields.Length = strconv.FormatInt(fi.Size()-off, 10)
	}
	if err := writeCDXJ(IndexPath(path), p.entries); err != nil {
		return fmt.Errorf("index %s: %w", name, err)
	}
	w.stats.Files.Add(1)
	w.stats.Bytes.Add(fi.Size())
	return nil
}

// Close finishes the current file and writes its index. Writes after Close
// fail.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil
	}
	w.closed = true
	err := w.w.Close()
	if w.current != "" {
		err = errors.Join(err, w.finish(w.current))
		w.current = ""
	}
	if err != nil {
		return fmt.Errorf("warc: close: %w", err)
	}
	return nil
}

func newID() string { return "<urn:uuid:" + uuid.NewString() + ">" }

func proto(x Exchange) string {
	if x.Proto == "" || !strings.HasPrefix(x.Proto, "HTTP/") {
		return "HTTP/1.1"
	}
	return x.Proto
}

// headerBlock writes h in wire form, sorted, skipping hop-by-hop framing
// that no longer describes the recorded body.
func headerBlock(b *bytes.Buffer, h http.Header) {
	_ = h.WriteSubset(b, map[string]bool{"Transfer-Encoding": true})
	b.WriteString("\r\n")
}

func (w *Writer) responseRecord(x Exchange, id string) (gowarc.WarcRecord, error) {
	var b bytes.Buffer
	text := x.StatusText
	if text == "" {
		text = http.StatusText(x.Status)
	}
	fmt.Fprintf(&b, "%s %d %s\r\n", proto(x), x.Status, text)
	headerBlock(&b, x.ResponseHeader)
	b.Write(x.Body)
	rb := gowarc.NewRecordBuilder(gowarc.Response, w.recordOptions()...)
	rb.AddWarcHeader(gowarc.WarcRecordID, id)
	rb.AddWarcHeader(gowarc.WarcTargetURI, x.URL)
	rb.AddWarcHeaderTime(gowarc.WarcDate, x.Started)
	if x.IP != "" {
		rb.AddWarcHeader(gowarc.WarcIPAddress, x.IP)
	}
	if x.Discovery != "" {
		rb.AddWarcHeader(HdrDiscovery, x.Discovery)
	}
	rb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	return build(rb, b.Bytes())
}

func (w *Writer) requestRecord(x Exchange, id, respID string) (gowarc.WarcRecord, error) {
	var b bytes.Buffer
	method := x.Method
	if method == "" {
		method = http.MethodGet
	}
	target, host := x.URL, ""
	if i := strings.Index(x.URL, "://"); i >= 0 {
		rest := x.URL[i+3:]
		if j := strings.IndexAny(rest, "/?#"); j >= 0 {
			host, target = rest[:j], rest[j:]
		} else {
			host, target = rest, "/"
		}
		if k := strings.IndexByte(target, '#'); k >= 0 {
			target = target[:k]
		}
		if strings.HasPrefix(target, "?") {
			target = "/" + target
		}
	}
	fmt.Fprintf(&b, "%s %s %s\r\n", method, target, proto(x))
	if host != "" {
		fmt.Fprintf(&b, "Host: %s\r\n", host)
	}
	headerBlock(&b, x.RequestHeader)
	rb := gowarc.NewRecordBuilder(gowarc.Request, w.recordOptions()...)
	rb.AddWarcHeader(gowarc.WarcRecordID, id)
	rb.AddWarcHeader(gowarc.WarcTargetURI, x.URL)
	rb.AddWarcHeaderTime(gowarc.WarcDate, x.Started)
	rb.AddWarcHeader(gowarc.WarcConcurrentTo, respID)
	if x.IP != "" {
		rb.AddWarcHeader(gowarc.WarcIPAddress, x.IP)
	}
	rb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=request")
	return build(rb, b.Bytes())
}

func (w *Writer) metadataRecord(x Exchange, id, respID string) (gowarc.WarcRecord, error) {
	var b bytes.Buffer
	fmt.Fprintf(&b, "fetchTimeMs: %d\r\n", x.Duration.Milliseconds())
	if x.IP != "" {
		fmt.Fprintf(&b, "ip: %s\r\n", x.IP)
	}
	fmt.Fprintf(&b, "status: %d\r\n", x.Status)
	fmt.Fprintf(&b, "payloadBytes: %d\r\n", len(x.Body))
	if ref := x.RequestHeader.Get("Referer"); ref != "" {
		fmt.Fprintf(&b, "via: %s\r\n", ref)
	}
	rb := gowarc.NewRecordBuilder(gowarc.Metadata, w.recordOptions()...)
	rb.AddWarcHeader(gowarc.WarcRecordID, id)
	rb.AddWarcHeader(gowarc.WarcTargetURI, x.URL)
	rb.AddWarcHeaderTime(gowarc.WarcDate, x.Started)
	rb.AddWarcHeader(gowarc.WarcConcurrentTo, respID)
	rb.AddWarcHeader(gowarc.ContentType, gowarc.ApplicationWarcFields)
	return build(rb, b.Bytes())
}

func (w *Writer) recordOptions() []gowarc.WarcRecordOption {
	return []gowarc.WarcRecordOption{
		gowarc.WithAddMissingDigest(true),
		gowarc.WithDefaultDigestAlgorithm("sha1"),
		gowarc.WithDefaultDigestEncoding(gowarc.Base32),
	}
}

func build(rb gowarc.WarcRecordBuilder, block []byte) (gowarc.WarcRecord, error) {
	if _, err := rb.Write(block); err != nil {
		rb.Close()
		return nil, fmt.Errorf("buffer record: %w", err)
	}
	rec, _, err := rb.Build()
	if err != nil {
		return nil, fmt.Errorf("build record: %w", err)
	}
	return rec, nil
}
