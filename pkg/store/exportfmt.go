package store

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"
)

// storyWriter writes exported stories in one format. close flushes; it does
// not close the underlying writer.
type storyWriter interface {
	write(st *Story) error
	close() error
}

type jsonlWriter struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func newJSONLWriter(w io.Writer) *jsonlWriter {
	bw := bufio.NewWriterSize(w, 64<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{bw: bw, enc: enc}
}

func (j *jsonlWriter) write(st *Story) error { return j.enc.Encode(st) }
func (j *jsonlWriter) close() error          { return j.bw.Flush() }

// csvColumns is the header of a CSV export, in order. Times are RFC 3339
// in UTC (empty when unknown); authors, tags and duplicates are JSON arrays
// of strings; the text keeps its "\n" between paragraphs (quoted).
var csvColumns = []string{"id", "url", "canonical_url", "site", "site_name", "title", "authors", "published_at",
	"modified_at", "language", "section", "tags", "image", "text", "duplicates", "version", "tier", "fetched_at",
	"first_stored_at", "updated_at"}

// CSVColumns returns the header of a CSV export.
func CSVColumns() []string { return append([]string(nil), csvColumns...) }

type csvWriter struct {
	w   *csv.Writer
	row []string
	hdr bool
}

func newCSVWriter(w io.Writer) *csvWriter {
	return &csvWriter{w: csv.NewWriter(w), row: make([]string, len(csvColumns))}
}

func csvTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339Nano) // stored times are UTC; a publication time keeps its page's offset
}

func csvTimePtr(t *time.Time) string {
	if t == nil {
		return ""
	}
	return csvTime(*t)
}

func csvList(l []string) string {
	if len(l) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(l)
	return string(b)
}

func (c *csvWriter) write(st *Story) error {
	if !c.hdr {
		c.hdr = true
		if err := c.w.Write(csvColumns); err != nil {
			return err
		}
	}
	r := c.row
	r[0], r[1], r[2], r[3], r[4], r[5] = st.ID, st.URL, st.CanonicalURL, st.Site, st.SiteName, st.Title
	r[6], r[7], r[8], r[9], r[10] = csvList(st.Authors), csvTimePtr(st.PublishedAt), csvTimePtr(st.ModifiedAt), st.Language, st.Section
	r[11], r[12], r[13], r[14] = csvList(st.Tags), st.Image, st.Text, csvList(st.Duplicates)
	r[15], r[16], r[17] = strconv.FormatInt(st.Version, 10), st.Tier, csvTime(st.FetchedAt)
	r[18], r[19] = csvTime(st.FirstStoredAt), csvTime(st.UpdatedAt)
	return c.w.Write(r)
}

func (c *csvWriter) close() error {
	if !c.hdr { // an empty export still has its header
		c.hdr = true
		if err := c.w.Write(csvColumns); err != nil {
			return err
		}
	}
	c.w.Flush()
	return c.w.Error()
}

// ParquetStory is the row type of a Parquet export: the fields of Story with
// columnar types. Times are TIMESTAMP(MICROS, UTC) columns, null when
// unknown; lists are LIST<STRING>. Read an export back with
// parquet.Read[store.ParquetStory] or any Parquet reader.
type ParquetStory struct {
	ID            string     `parquet:"id"`
	URL           string     `parquet:"url"`
	CanonicalURL  string     `parquet:"canonical_url"`
	Site          string     `parquet:"site,dict"`
	SiteName      string     `parquet:"site_name,dict"`
	Title         string     `parquet:"title"`
	Authors       []string   `parquet:"authors,list"`
	PublishedAt   *time.Time `parquet:"published_at,optional,timestamp(microsecond)"`
	ModifiedAt    *time.Time `parquet:"modified_at,optional,timestamp(microsecond)"`
	Language      string     `parquet:"language,dict"`
	Section       string     `parquet:"section,dict"`
	Tags          []string   `parquet:"tags,list"`
	Image         string     `parquet:"image"`
	Text          string     `parquet:"text"`
	Duplicates    []string   `parquet:"duplicates,list"`
	Version       int64      `parquet:"version"`
	Tier          string     `parquet:"tier,dict"`
	FetchedAt     *time.Time `parquet:"fetched_at,optional,timestamp(microsecond)"`
	FirstStoredAt time.Time  `parquet:"first_stored_at,timestamp(microsecond)"`
	UpdatedAt     time.Time  `parquet:"updated_at,timestamp(microsecond)"`
}

// parquetRowGroup is how many stories a Parquet row group holds, which is
// also how many are held in memory at once.
const parquetRowGroup = 2000

type parquetWriter struct {
	w   *parquet.GenericWriter[ParquetStory]
	buf []ParquetStory
}

func newParquetWriter(w io.Writer) *parquetWriter {
	return &parquetWriter{
		w: parquet.NewGenericWriter[ParquetStory](w, parquet.Compression(&zstd.Codec{}),
			parquet.MaxRowsPerRowGroup(parquetRowGroup), parquet.CreatedBy("newsroom", "", "")),
		buf: make([]ParquetStory, 0, 64),
	}
}

func (p *parquetWriter) write(st *Story) error {
	var fetched *time.Time
	if !st.FetchedAt.IsZero() {
		f := st.FetchedAt
		fetched = &f
	}
	p.buf = append(p.buf, ParquetStory{ID: st.ID, URL: st.URL, CanonicalURL: st.CanonicalURL, Site: st.Site,
		SiteName: st.SiteName, Title: st.Title, Authors: st.Authors, PublishedAt: st.PublishedAt, ModifiedAt: st.ModifiedAt,
		Language: st.Language, Section: st.Section, Tags: st.Tags, Image: st.Image, Text: st.Text, Duplicates: st.Duplicates,
		Version: st.Version, Tier: st.Tier, FetchedAt: fetched, FirstStoredAt: st.FirstStoredAt, UpdatedAt: st.UpdatedAt})
	if len(p.buf) == cap(p.buf) {
		return p.flush()
	}
	return nil
}

func (p *parquetWriter) flush() error {
	if len(p.buf) == 0 {
		return nil
	}
	_, err := p.w.Write(p.buf)
	clear(p.buf)
	p.buf = p.buf[:0]
	return err
}

func (p *parquetWriter) close() error {
	if err := p.flush(); err != nil {
		return err
	}
	return p.w.Close()
}
