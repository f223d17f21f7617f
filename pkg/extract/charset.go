package extract

import (
	"bytes"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// metaScanLimit is how far into the document decodeBody looks for a
// <meta charset> or http-equiv declaration.
const metaScanLimit = 16 << 10

// decodeBody converts body to UTF-8. The charset comes from, in order: a
// byte order mark, the Content-Type header, a <meta> declaration in the
// first 16 KiB, and otherwise a UTF-8 validity check (windows-1252 when the
// bytes are not UTF-8). A body that is valid UTF-8 with multi-byte sequences
// is kept as UTF-8 even when a single-byte charset is declared, since a
// legacy-encoded text almost never validates as UTF-8 by accident and
// re-served pages often keep a stale declaration.
func decodeBody(body []byte, contentType string) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(body, []byte{0xEF, 0xBB, 0xBF}):
		return body[3:], "utf-8", nil
	case bytes.HasPrefix(body, []byte{0xFE, 0xFF}):
		return transcode(body, "utf-16be", unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM))
	case bytes.HasPrefix(body, []byte{0xFF, 0xFE}):
		return transcode(body, "utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM))
	}
	label := ""
	if contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil {
			label = params["charset"]
		}
	}
	if label == "" {
		label = metaCharset(body)
	}
	name := ""
	var enc encoding.Encoding
	if label != "" {
		if e, err := htmlindex.Get(label); err == nil {
			enc = e
			name, _ = htmlindex.Name(e)
		}
	}
	if name == "utf-8" {
		return body, name, nil
	}
	ascii, valid := utf8Class(body)
	if ascii || (valid && !strings.HasPrefix(name, "utf-16")) {
		return body, "utf-8", nil
	}
	if enc == nil {
		if valid {
			return body, "utf-8", nil
		}
		enc, _ = htmlindex.Get("windows-1252")
		name = "windows-1252"
	}
	if strings.HasPrefix(name, "utf-16") {
		// A UTF-16 declaration on a body without a BOM is usually wrong
		// (the declaration is ASCII, so the document is not UTF-16).
		return body, "utf-8", nil
	}
	return transcode(body, name, enc)
}

func transcode(body []byte, name string, enc encoding.Encoding) ([]byte, string, error) {
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, name, err
	}
	return out, name, nil
}

// utf8Class reports whether b is pure ASCII and whether it is valid UTF-8.
func utf8Class(b []byte) (ascii, valid bool) {
	i := 0
	for i < len(b) && b[i] < utf8.RuneSelf {
		i++
	}
	if i == len(b) {
		return true, true
	}
	return false, utf8.Valid(b[i:])
}

// metaCharset finds a charset declared in a <meta> tag near the start of
// the document: <meta charset=x> or <meta http-equiv=content-type
// content="text/html; charset=x">.
func metaCharset(body []byte) string {
	if len(body) > metaScanLimit {
		body = body[:metaScanLimit]
	}
	for {
		i := indexFold(body, "<meta")
		if i < 0 {
			return ""
		}
		body = body[i+5:]
		end := bytes.IndexByte(body, '>')
		if end < 0 {
			end = len(body)
		}
		tag := body[:end]
		j := indexFold(tag, "charset")
		if j < 0 {
			continue
		}
		v := tag[j+7:]
		v = bytes.TrimLeft(v, " \t\r\n")
		if len(v) == 0 || v[0] != '=' {
			continue
		}
		v = bytes.TrimLeft(v[1:], " \t\r\n\"'")
		k := 0
		for k < len(v) && v[k] != '"' && v[k] != '\'' && v[k] != ' ' && v[k] != ';' && v[k] != '/' && v[k] != '>' {
			k++
		}
		if k > 0 {
			return string(v[:k])
		}
	}
}

// indexFold is bytes.Index for an ASCII lower-case needle, ignoring case.
func indexFold(b []byte, needle string) int {
	n := len(needle)
	for i := 0; i+n <= len(b); i++ {
		c := b[i]
		if c|0x20 != needle[0] {
			continue
		}
		ok := true
		for k := 1; k < n; k++ {
			if b[i+k]|0x20 != needle[k] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}
