package feeds

import (
	"bytes"
	"compress/gzip"
	"io"
)

// gunzipHead decompresses at most n bytes from the start of a gzip body,
// ignoring errors (a truncated stream still shows its root element).
func gunzipHead(body []byte, n int64) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil
	}
	var buf bytes.Buffer
	_, _ = buf.ReadFrom(io.LimitReader(zr, n))
	return buf.Bytes()
}
