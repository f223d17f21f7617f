package webarchive

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	gowarc "github.com/nlnwa/gowarc/v3"
)

// OpenSuffix ends the name of a WARC file while its Writer still writes it;
// the Writer drops it when the file is finished. A file that keeps it was
// left by a process that did not close its Writer (killed, or crashed).
const OpenSuffix = ".open"

// IndexResult is what Index did to one file.
type IndexResult struct {
	Path      string // the WARC file as it is now (without OpenSuffix once repaired)
	Index     string // the CDXJ index written beside it
	Records   int64  // complete WARC records read
	Entries   int    // response and revisit records indexed
	Truncated int64  // bytes of an incomplete last record cut off (repaired files only)
}

// Index writes the CDXJ index of the WARC file at path, as the Writer writes
// it for the files it finishes: one line per response or revisit record,
// sorted by SURT key and time. The file must be gzipped per record or plain.
//
// A file whose name ends in OpenSuffix is one a Writer did not finish; Index
// repairs it first: an incomplete record at its end (the process died while
// writing it) is cut off, and the suffix is dropped, so the file is a valid
// WARC file again. In a finished file a malformed record is an error, and no
// index is written. Never call Index on a file a running Writer still writes.
func Index(ctx context.Context, path string) (IndexResult, error) {
	res := IndexResult{Path: path}
	repair := strings.HasSuffix(path, OpenSuffix)
	f, err := os.Open(path)
	if err != nil {
		return res, fmt.Errorf("index: %w", err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return res, fmt.Errorf("index: %w", err)
	}
	final := strings.TrimSuffix(path, OpenSuffix)
	size := fi.Size()
	if repair {
		// A record is gzipped on its own: it was written whole if its gzip
		// member is whole. Cut at the end of the last whole member, so that
		// a record cut inside its compressed data or trailer goes too.
		whole, gz, err := wholeMembers(f)
		if err != nil {
			return res, fmt.Errorf("index %s: %w", path, err)
		}
		if gz {
			size = whole
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return res, fmt.Errorf("index: %w", err)
		}
	}
	entries, end, records, err := scanIndex(ctx, io.LimitReader(f, size), size, filepath.Base(final))
	res.Records = records
	if err != nil {
		var bad *badRecordError
		if !repair || !errors.As(err, &bad) {
			return res, fmt.Errorf("index %s: %w", path, err)
		}
	}
	f.Close()
	if repair {
		if end < fi.Size() {
			if err := os.Truncate(path, end); err != nil {
				return res, fmt.Errorf("index: cut the incomplete last record of %s: %w", path, err)
			}
			res.Truncated = fi.Size() - end
		}
		if _, err := os.Stat(final); err == nil {
			return res, fmt.Errorf("index: cannot rename %s: %s exists", path, final)
		}
		if err := os.Rename(path, final); err != nil {
			return res, fmt.Errorf("index: %w", err)
		}
		res.Path = final
	}
	res.Index = IndexPath(final)
	res.Entries = len(entries)
	if err := writeCDXJ(res.Index, entries); err != nil {
		return res, fmt.Errorf("index %s: %w", final, err)
	}
	return res, nil
}

// badRecordError is a record that could not be read, at Offset.
type badRecordError struct {
	Offset int64
	Err    error
}

func (e *badRecordError) Error() string {
	return fmt.Sprintf("warc record at offset %d: %v", e.Offset, e.Err)
}

func (e *badRecordError) Unwrap() error { return e.Err }

// scanIndex reads the records of r (size bytes) and returns the index
// entries of its response and revisit records, the offset where the last
// complete record ends, and how many records it read. A record that cannot
// be read ends the scan with a *badRecordError; end is then that record's
// offset.
func scanIndex(ctx context.Context, r io.Reader, size int64, name string) (entries []cdxEntry, end, records int64, err error) {
	rd, err := gowarc.NewWarcFileReaderFromStream(r, 0,
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore), gowarc.WithBlockErrorPolicy(gowarc.ErrIgnore),
		gowarc.WithBufferMaxMemBytes(1<<20))
	if err != nil {
		return nil, 0, 0, fmt.Errorf("open warc: %w", err)
	}
	defer rd.Close()
	last := -1 // entry whose length ends at the next record's offset
	setLength := func(next int64) {
		if last >= 0 {
			off, _ := strconv.ParseInt(entries[last].fields.Offset, 10, 64)
			entries[last].fields.Length = strconv.FormatInt(next-off, 10)
			last = -1
		}
	}
	for {
		if err := ctx.Err(); err != nil {
			return nil, 0, records, err
		}
		rec, err := rd.Next()
		if errors.Is(err, io.EOF) {
			rec.Close()
			setLength(size)
			return entries, size, records, nil
		}
		if err != nil {
			rec.Close()
			setLength(rec.Offset)
			return entries, rec.Offset, records, &badRecordError{Offset: rec.Offset, Err: err}
		}
		// Read the block to its end, so that a record cut short shows here.
		if blk := rec.WarcRecord.Block(); blk != nil {
			if raw, rerr := blk.RawBytes(); rerr == nil {
				_, rerr = io.Copy(io.Discard, raw)
				if rerr != nil {
					rec.Close()
					setLength(rec.Offset)
					return entries, rec.Offset, records, &badRecordError{Offset: rec.Offset, Err: rerr}
				}
			}
		}
		records++
		setLength(rec.Offset)
		if e, ok := indexEntry(rec, name); ok {
			entries = append(entries, e)
			last = len(entries) - 1
		}
		rec.Close()
	}
}

// indexEntry is the index line of a response or revisit record; other
// records, and records whose block is not HTTP, have none.
func indexEntry(rec gowarc.Record, name string) (cdxEntry, bool) {
	wr := rec.WarcRecord
	if wr == nil {
		return cdxEntry{}, false
	}
	var r *Response
	mt := ""
	switch wr.Type() {
	case gowarc.Response:
		r = response(wr)
		if r != nil {
			if m, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err == nil {
				mt = m
			}
		}
	case gowarc.Revisit:
		r = revisit(wr)
		mt = "warc/revisit"
	}
	if r == nil {
		return cdxEntry{}, false
	}
	h := wr.WarcHeader()
	u := h.GetId(gowarc.WarcTargetURI)
	date, _ := wr.Date()
	return cdxEntry{key: SURT(u), timestamp: cdxTimestamp(date), fields: cdxFields{
		URL: u, Mime: mt, Status: strconv.Itoa(r.Status), Digest: h.Get(gowarc.WarcPayloadDigest),
		Offset: strconv.FormatInt(rec.Offset, 10), Filename: name,
	}}, true
}

// wholeMembers returns where the last whole gzip member of r ends, reading
// r from its start. gz is false if r does not start with a gzip header (a
// plain WARC file). A member is whole when it decompresses to its end and
// its trailer's checksum and length match.
func wholeMembers(r io.Reader) (end int64, gz bool, err error) {
	cr := &countingReader{r: r}
	br := bufio.NewReaderSize(cr, 64<<10)
	head, err := br.Peek(2)
	if err != nil || head[0] != 0x1f || head[1] != 0x8b {
		return 0, false, nil
	}
	zr, err := gzip.NewReader(br)
	if err != nil {
		return 0, true, nil
	}
	for {
		zr.Multistream(false)
		if _, err := io.Copy(io.Discard, zr); err != nil {
			return end, true, nil // this member is cut short
		}
		end = cr.n - int64(br.Buffered())
		if err := zr.Reset(br); err != nil {
			return end, true, nil // io.EOF after the last member, or a cut header
		}
	}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// Unfinished lists the WARC files in dir that a Writer with this file name
// prefix (default "newsroom-") did not finish: they still end in OpenSuffix.
func Unfinished(dir, prefix string) ([]string, error) {
	if prefix == "" {
		prefix = "newsroom-"
	}
	m, err := filepath.Glob(filepath.Join(dir, globEscape(prefix)+"*"+OpenSuffix))
	if err != nil {
		return nil, err
	}
	return m, nil
}

// globEscape quotes the pattern characters of s for filepath.Glob.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`*?[]\`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
