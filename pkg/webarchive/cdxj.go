package webarchive

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
)

// cdxEntry is one response record in a CDXJ index.
type cdxEntry struct {
	key       string // SURT form of the URL
	timestamp string // 14-digit UTC
	fields    cdxFields
}

// cdxFields is the JSON block of a CDXJ line, in the field names pywb and
// the OpenWayback CDXJ readers use.
type cdxFields struct {
	URL      string `json:"url"`
	Mime     string `json:"mime,omitempty"`
	Status   string `json:"status"`
	Digest   string `json:"digest,omitempty"`
	Length   string `json:"length"`
	Offset   string `json:"offset"`
	Filename string `json:"filename"`
}

// cdxTimestamp formats t as a 14-digit WARC/CDX timestamp.
func cdxTimestamp(t time.Time) string { return t.UTC().Format("20060102150405") }

// SURT returns the Sort-friendly URI Reordering Transform of rawURL used as
// the key of CDX and CDXJ indexes: lower-cased host labels reversed and
// joined by commas with a leading "www." dropped, a ")" and then the path and
// query, with the query parameters sorted. The scheme, a default port and
// the fragment are left out. A URL that does not parse is returned
// lower-cased as it is.
func SURT(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return strings.ToLower(rawURL)
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimSuffix(host, ".")
	port := u.Port()
	if (u.Scheme == "http" && port == "80") || (u.Scheme == "https" && port == "443") {
		port = ""
	}
	var b strings.Builder
	if strings.Contains(host, ":") { // IPv6 literal: keep as is
		b.WriteString("[" + host + "]")
	} else if isIPv4(host) {
		b.WriteString(host)
	} else {
		host = strings.TrimPrefix(host, "www.")
		labels := strings.Split(host, ".")
		slices.Reverse(labels)
		b.WriteString(strings.Join(labels, ","))
	}
	if port != "" {
		b.WriteString(":" + port)
	}
	b.WriteByte(')')
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	b.WriteString(strings.ToLower(path))
	if u.RawQuery != "" {
		params := strings.Split(u.RawQuery, "&")
		slices.Sort(params)
		b.WriteByte('?')
		b.WriteString(strings.ToLower(strings.Join(params, "&")))
	}
	return b.String()
}

func isIPv4(h string) bool {
	parts := strings.Split(h, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if n, err := strconv.Atoi(p); err != nil || n < 0 || n > 255 {
			return false
		}
	}
	return true
}

// writeCDXJ writes the sorted index of one WARC file to path, through a
// temporary file renamed into place so a reader never sees half an index.
func writeCDXJ(path string, entries []cdxEntry) error {
	slices.SortStableFunc(entries, func(a, b cdxEntry) int {
		if c := strings.Compare(a.key, b.key); c != 0 {
			return c
		}
		return strings.Compare(a.timestamp, b.timestamp)
	})
	tmp := path + ".open"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("create index: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w) // writes the newline
	enc.SetEscapeHTML(false)
	for _, e := range entries {
		fmt.Fprintf(w, "%s %s ", e.key, e.timestamp)
		if err := enc.Encode(e.fields); err != nil {
			f.Close()
			return fmt.Errorf("encode index line: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write index %s: %w", tmp, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close index %s: %w", tmp, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("rename index: %w", err)
	}
	return nil
}

// IndexPath is where the CDXJ index of the WARC file at warcPath is written:
// the same name with ".warc.gz" (or ".warc") replaced by ".cdxj".
func IndexPath(warcPath string) string {
	base := strings.TrimSuffix(strings.TrimSuffix(warcPath, ".gz"), ".warc")
	return base + ".cdxj"
}
