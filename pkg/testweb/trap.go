package testweb

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// trapEntries are the trap site's entry paths, all linked from its home page.
func trapEntries() []string {
	return []string{
		"/calendar/2024/05",
		"/session?sid=a1b2c3d4e5",
		"/loop/a",
		"/chain/1",
		"/big.html",
		"/binary.html",
		"/bomb.html",
		"/slow.html",
		"/malformed.html",
	}
}

// forbiddenLinks are links to private and metadata addresses.
func forbiddenLinks() []string {
	return []string{
		"http://169.254.169.254/latest/meta-data/",
		"http://10.0.0.1/",
		"http://[::1]:1/",
		"http://127.0.0.1:6379/",
		"http://192.168.1.1/admin",
	}
}

func (w *Web) serveTrap(ctx context.Context, rw http.ResponseWriter, r *http.Request, s *site) {
	path := r.URL.Path
	h := rw.Header()
	switch {
	case path == "/robots.txt":
		h.Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = rw.Write([]byte(w.robots(s)))
	case path == "/":
		w.trapHome(rw, s)
	case strings.HasPrefix(path, "/calendar/"):
		w.calendar(rw, r, s, strings.TrimPrefix(path, "/calendar/"))
	case path == "/session":
		w.session(rw, r, s)
	case path == "/loop/a":
		http.Redirect(rw, r, "/loop/b", http.StatusFound)
	case path == "/loop/b":
		http.Redirect(rw, r, "/loop/a", http.StatusMovedPermanently)
	case strings.HasPrefix(path, "/chain/"):
		n, err := strconv.Atoi(strings.TrimPrefix(path, "/chain/"))
		if err != nil || n < 0 {
			http.NotFound(rw, r)
			return
		}
		http.Redirect(rw, r, "/chain/"+strconv.Itoa(n+1), http.StatusFound)
	case path == "/big.html":
		w.bigPage(rw, r)
	case path == "/binary.html":
		h.Set("Content-Type", htmlType)
		rnd := rand.New(rand.NewPCG(uint64(w.cfg.Seed), 99))
		b := make([]byte, 256<<10)
		for i := range b {
			b[i] = byte(rnd.Uint32())
		}
		_, _ = rw.Write(b)
	case path == "/bomb.html":
		w.bombOnce.Do(func() { w.bomb = gzipZeros(w.cfg.GzipBombBytes) })
		h.Set("Content-Type", htmlType)
		h.Set("Content-Encoding", "gzip")
		h.Set("Content-Length", strconv.Itoa(len(w.bomb)))
		_, _ = rw.Write(w.bomb)
	case path == "/slow.html":
		w.slow(ctx, rw, r)
	case path == "/malformed.html":
		h.Set("Content-Type", "text/html")
		_, _ = rw.Write(malformed())
	default:
		http.NotFound(rw, r)
	}
}

func (w *Web) trapHome(rw http.ResponseWriter, s *site) {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><title>Endless Archive</title></head><body>\n<h1>Endless Archive</h1>\n<ul>\n")
	for _, p := range trapEntries() {
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>\n", p, p)
	}
	b.WriteString("</ul>\n<h2>Partners</h2>\n<ul>\n")
	for _, u := range forbiddenLinks() {
		fmt.Fprintf(&b, "<li><a href=\"%s\">%s</a></li>\n", u, u)
	}
	b.WriteString("</ul>\n<p><a href=\"/calendar/2024/05?view=week\">This week</a></p>\n</body></html>\n")
	rw.Header().Set("Content-Type", htmlType)
	_, _ = rw.Write([]byte(b.String()))
}

// calendar serves /calendar/YYYY/MM: every month links to the next and the
// previous one, forever.
func (w *Web) calendar(rw http.ResponseWriter, r *http.Request, s *site, rest string) {
	parts := strings.Split(strings.Trim(rest, "/"), "/")
	if len(parts) < 2 {
		http.NotFound(rw, r)
		return
	}
	y, err1 := strconv.Atoi(parts[0])
	m, err2 := strconv.Atoi(parts[1])
	if err1 != nil || err2 != nil || m < 1 || m > 12 || y < 1 || y > 1_000_000 {
		http.NotFound(rw, r)
		return
	}
	ny, nm, py, pm := y, m+1, y, m-1
	if nm > 12 {
		ny, nm = y+1, 1
	}
	if pm < 1 {
		py, pm = y-1, 12
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html><head><title>Events in %04d-%02d</title></head><body>\n<h1>Events calendar %04d-%02d</h1>\n", y, m, y, m)
	fmt.Fprintf(&b, "<a href=\"/calendar/%04d/%02d\">&laquo; previous month</a> | <a href=\"/calendar/%04d/%02d\">next month &raquo;</a>\n<table><tr>\n", py, pm, ny, nm)
	for d := 1; d <= 28; d++ {
		fmt.Fprintf(&b, "<td><a href=\"/calendar/%04d/%02d?day=%d\">%d</a></td>", y, m, d, d)
		if d%7 == 0 {
			b.WriteString("</tr>\n<tr>")
		}
	}
	b.WriteString("</tr></table>\n<p>No events scheduled.</p>\n</body></html>\n")
	rw.Header().Set("Content-Type", htmlType)
	_, _ = rw.Write([]byte(b.String()))
}

// session serves pages whose links carry fresh random session ids.
func (w *Web) session(rw http.ResponseWriter, r *http.Request, s *site) {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><title>Member news</title></head><body>\n<h1>Member news</h1>\n<ul>\n")
	for i := range 10 {
		fmt.Fprintf(&b, "<li><a href=\"/session?sid=%016x&amp;page=%d\">Page %d</a></li>\n", rand.Uint64(), i+1, i+1)
	}
	b.WriteString("</ul>\n</body></html>\n")
	rw.Header().Set("Content-Type", htmlType)
	rw.Header().Set("Set-Cookie", fmt.Sprintf("sid=%016x; Path=/", rand.Uint64()))
	_, _ = rw.Write([]byte(b.String()))
}

// bigPage streams an HTML page of Config.BigPageBytes.
func (w *Web) bigPage(rw http.ResponseWriter, r *http.Request) {
	head := []byte("<!DOCTYPE html>\n<html><head><title>Complete archive</title></head><body>\n<h1>Complete archive</h1>\n")
	tail := []byte("</body></html>\n")
	chunk := []byte("<p>Archive entry: the committee reviewed the ledger and approved the revised timetable for the harbour works. <a href=\"/calendar/2024/05\">calendar</a></p>\n")
	total := w.cfg.BigPageBytes
	rw.Header().Set("Content-Type", htmlType)
	rw.Header().Set("Content-Length", strconv.Itoa(total))
	if r.Method == http.MethodHead {
		return
	}
	left := total
	write := func(p []byte) bool {
		if len(p) > left {
			p = p[:left]
		}
		n, err := rw.Write(p)
		left -= n
		return err == nil && left > 0
	}
	if !write(head) {
		return
	}
	var buf bytes.Buffer
	for buf.Len() < 32<<10 {
		buf.Write(chunk)
	}
	for left > len(tail) {
		p := buf.Bytes()
		if len(p) > left-len(tail) {
			p = p[:left-len(tail)]
		}
		if !write(p) {
			return
		}
	}
	write(tail)
}

// gzipZeros returns a gzip stream that inflates to a short HTML prefix and
// n zero bytes. It is a chain of gzip members (decoders read on across
// members): one MiB of zeros is compressed once and its member repeated,
// so a bomb of hundreds of MiB is made in milliseconds, also under -race.
func gzipZeros(n int) []byte {
	member := func(p []byte) []byte {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		_, _ = zw.Write(p)
		_ = zw.Close()
		return b.Bytes()
	}
	out := member([]byte("<!DOCTYPE html><html><body>"))
	const block = 1 << 20
	zeros := make([]byte, block)
	full := member(zeros)
	for ; n >= block; n -= block {
		out = append(out, full...)
	}
	if n > 0 {
		out = append(out, member(zeros[:n])...)
	}
	return out
}

// slow dribbles a response one byte per Config.SlowInterval.
func (w *Web) slow(ctx context.Context, rw http.ResponseWriter, r *http.Request) {
	rw.Header().Set("Content-Type", htmlType)
	rw.WriteHeader(http.StatusOK)
	body := "<!DOCTYPE html><html><head><title>Slow</title></head><body><p>" + strings.Repeat("z", max(0, w.cfg.SlowBytes))
	f, _ := rw.(http.Flusher)
	t := time.NewTicker(w.cfg.SlowInterval)
	defer t.Stop()
	for i := 0; i < len(body) && i < w.cfg.SlowBytes; i++ {
		if _, err := rw.Write([]byte{body[i]}); err != nil {
			return
		}
		if f != nil {
			f.Flush()
		}
		select {
		case <-ctx.Done():
			return
		case <-r.Context().Done():
			return
		case <-t.C:
		}
	}
}

// malformed returns broken HTML with NUL bytes, unclosed tags and bad entities.
func malformed() []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html><head><title>Broken\x00page</title><meta charset=\"utf-8\"><meta charset=\"iso-8859-1\">")
	b.WriteString("<body><div><p>Unclosed paragraph <b>bold <i>italic</b></i> &amp &#xZZ; &notanentity; \x00\x00 text")
	b.WriteString("<a href=\"/calendar/2024/05\x00\">nul link</a><a href='/loop/a>unterminated</a>")
	b.WriteString("<table><tr><td>cell<td>cell<tr><p>para in table</table><<<>>><!-- unterminated comment <a href=\"/x\">")
	b.WriteString("<script>document.write('<a href=\"/chain/1\">');</script><svg><p>foreign</svg>\xff\xfe invalid utf-8 \xc3\x28")
	b.WriteString(strings.Repeat("<div>", 3000))
	b.WriteString("deep</body>")
	return b.Bytes()
}
