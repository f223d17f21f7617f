package extract

import (
	"encoding/base64"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// prose returns n paragraphs of ordinary English.
func prose(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "<p>The council met on Tuesday evening to discuss paragraph %d of the budget, and members agreed that the library should stay open on Sundays while the new roof is built over the summer months.</p>\n", i)
	}
	return b.String()
}

func storyPage(title, body string) []byte {
	return []byte("<!doctype html><html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>" + body + "</article></body></html>")
}

func randomBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.UintN(256))
	}
	return b
}

func TestCheckText(t *testing.T) {
	blob := base64.StdEncoding.EncodeToString(randomBytes(30_000, 1))
	tests := []struct {
		name string
		text string
		want string // reason, "" for language
	}{
		{name: "english", text: strings.Repeat("The council met on Tuesday and agreed to keep the library open. ", 20)},
		{name: "german compounds", text: strings.Repeat("Die Donaudampfschifffahrtsgesellschaft meldet Rekordumsätze im Geschäftsjahr. ", 20)},
		{name: "chinese", text: strings.Repeat("市议会周二晚上开会讨论预算，议员们同意图书馆在周日继续开放。", 20)},
		{name: "thai", text: strings.Repeat("สภาเมืองประชุมเมื่อคืนวันอังคารเพื่อหารือเรื่องงบประมาณและห้องสมุด ", 20)},
		{name: "japanese", text: strings.Repeat("市議会は火曜日の夜に会合を開き、図書館を日曜日も開館することで合意した。", 20)},
		{name: "results table", text: strings.Repeat("1. Smith (USA) 10.23 2. Jones (GBR) 10.45 3. Müller (GER) 10.51\n", 20)},
		{name: "urls in text", text: strings.Repeat("Read the report at https://example.org/reports/2024/annual-budget-review-final-version.pdf today. ", 10) +
			strings.Repeat("The council met on Tuesday and agreed to keep the library open. ", 20)},
		{name: "too short to judge", text: "\x01\x02\x03"},
		{name: "utf-8 noise", text: strings.ToValidUTF8(string(randomBytes(4000, 2)), "\uFFFD"), want: NotTextBinary},
		{name: "latin-1 noise", text: latin1(randomBytes(4000, 3)), want: NotTextBinary},
		{name: "base64", text: blob, want: NotTextBase64},
		{name: "base64 in lines", text: strings.Join(chunks(blob, 76), "\n"), want: NotTextBase64},
		{name: "giant token", text: strings.Repeat("lorem·ipsum·dolor·sit·amet·", 2000), want: NotTextToken},
		{name: "symbols", text: strings.Repeat("#$%&*+<=>@^|~ ", 100), want: NotTextBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkText(tt.text)
			var nt *NotTextError
			got := ""
			if errors.As(err, &nt) {
				got = nt.Reason
			}
			if got != tt.want {
				t.Errorf("checkText = %v, want reason %q", err, tt.want)
			}
			if err != nil && !errors.Is(err, ErrNotText) {
				t.Errorf("%v is not ErrNotText", err)
			}
		})
	}
}

func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

func chunks(s string, n int) []string {
	var out []string
	for len(s) > n {
		out, s = append(out, s[:n]), s[n:]
	}
	return append(out, s)
}

func TestTruncateText(t *testing.T) {
	text := strings.Repeat("A paragraph of text here.\n", 100)
	got, cut := truncateText(text, 500)
	if !cut || utf8.RuneCountInString(got) > 500 || !strings.HasSuffix(got, ".") {
		t.Errorf("truncateText cut=%v, %d runes, ends %q; want a cut at a paragraph break within 500", cut, utf8.RuneCountInString(got), got[len(got)-5:])
	}
	if got, cut := truncateText("short", 500); cut || got != "short" {
		t.Errorf("short text cut: %q %v", got, cut)
	}
	long := strings.Repeat("ä", 1000)
	if got, cut := truncateText(long, 300); !cut || utf8.RuneCountInString(got) != 300 || !utf8.ValidString(got) {
		t.Errorf("unbroken text: cut=%v, %d runes", cut, utf8.RuneCountInString(got))
	}
}

// TestNotAStory runs whole pages through Extract: garbage after an <html>
// tag is refused with its reason, a huge single-paragraph page is cut and
// flagged, and an ordinary article inside 600 nested divs is extracted.
func TestNotAStory(t *testing.T) {
	ex := New(Options{})
	t.Run("random bytes", func(t *testing.T) {
		body := append([]byte("<html><body>"), randomBytes(400_000, 4)...)
		_, err := ex.Extract(Input{URL: "https://example.com/news/2024/05/noise-story", Body: body, ContentType: "text/html"})
		if !errors.Is(err, ErrNotText) && !errors.Is(err, ErrNotArticle) {
			t.Errorf("random bytes: err = %v, want ErrNotText or ErrNotArticle", err)
		}
	})
	t.Run("base64 page", func(t *testing.T) {
		blob := base64.StdEncoding.EncodeToString(randomBytes(60_000, 5))
		body := storyPage("Data dump", "<p>"+strings.Join(chunks(blob, 76), "\n")+"</p>")
		_, err := ex.Extract(Input{URL: "https://example.com/news/2024/05/data-dump", Body: body, ContentType: "text/html"})
		var nt *NotTextError
		if !errors.As(err, &nt) || nt.Reason != NotTextBase64 {
			t.Errorf("base64 page: err = %v, want %s", err, NotTextBase64)
		}
	})
	t.Run("giant story is cut", func(t *testing.T) {
		res, err := ex.Extract(Input{URL: "https://example.com/news/2024/05/long-story", Body: storyPage("A very long story", prose(3000)), ContentType: "text/html"})
		if err != nil {
			t.Fatal(err)
		}
		if !res.Truncated || utf8.RuneCountInString(res.Text) > DefaultOptions().MaxTextChars || res.Provenance["text_truncated"] == "" {
			t.Errorf("truncated=%v, %d runes, provenance %q", res.Truncated, utf8.RuneCountInString(res.Text), res.Provenance["text_truncated"])
		}
	})
	t.Run("600 divs deep", func(t *testing.T) {
		body := storyPage("Deep story", strings.Repeat("<div class=wrap>", 600)+prose(8)+strings.Repeat("</div>", 600))
		if _, err := html.Parse(strings.NewReader(string(body))); err == nil {
			t.Fatal("the parser accepts 600 nested divs now; this test no longer tests the fallback")
		}
		res, err := ex.Extract(Input{URL: "https://example.com/news/2024/05/deep-story", Body: body, ContentType: "text/html"})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(res.Text, "paragraph 7 of the budget") || res.Title != "Deep story" {
			t.Errorf("deep article: title %q, text %.200q", res.Title, res.Text)
		}
	})
	t.Run("200k nested divs stay refused or bounded", func(t *testing.T) {
		body := storyPage("Deeper", strings.Repeat("<div>", 200_000)+prose(3))
		_, err := ex.Extract(Input{URL: "https://example.com/news/2024/05/deeper", Body: body, ContentType: "text/html"})
		if err != nil && !errors.Is(err, ErrTooLarge) && !errors.Is(err, ErrNotArticle) {
			t.Errorf("err = %v", err)
		}
	})
}

func TestFlatten(t *testing.T) {
	in := "<div><div><div><p>x</p></div><span>y</span></div></div><b>z</b>"
	if got := string(flatten([]byte(in), 1)); got != "<div><p>x</p>y</div><b>z</b>" {
		t.Errorf("flatten = %q", got)
	}
	if got := string(flatten([]byte(in), 10)); got != in {
		t.Errorf("flatten within the limit changed the input: %q", got)
	}
	// Unmatched end tags pass through for the parser to judge.
	if got := string(flatten([]byte("</div><div>a"), 0)); got != "</div>a" {
		t.Errorf("flatten = %q", got)
	}
}

func FuzzCheckText(f *testing.F) {
	f.Add("The council met on Tuesday and agreed to keep the library open.")
	f.Add(strings.Repeat("市议会周二晚上开会讨论预算", 30))
	f.Add(base64.StdEncoding.EncodeToString(randomBytes(600, 6)))
	f.Fuzz(func(t *testing.T, text string) {
		err := checkText(text)
		var nt *NotTextError
		if err != nil && (!errors.As(err, &nt) || nt.Reason == "") {
			t.Fatalf("checkText(%q) = %v, want a *NotTextError with a reason", text, err)
		}
		got, cut := truncateText(text, 100)
		if cut && (utf8.RuneCountInString(got) > 100 || !strings.HasPrefix(text, got)) {
			t.Fatalf("truncateText(%q, 100) = %q", text, got)
		}
	})
}

func FuzzFlatten(f *testing.F) {
	f.Add([]byte(strings.Repeat("<div>", 50)+"<p>x</p>"+strings.Repeat("</div>", 50)), 10)
	f.Add([]byte("</span><div><span></div></span><script><div></script>"), 1)
	f.Fuzz(func(t *testing.T, body []byte, limit int) {
		if limit < 0 || limit > 1000 {
			return
		}
		out := flatten(body, limit)
		if len(out) > len(body) {
			t.Fatalf("flatten grew %d bytes to %d", len(body), len(out))
		}
	})
}

// TestCheckTextASCII: checkText, reading ASCII bytes without decoding
// them, answers as decoding every rune did.
func TestCheckTextASCII(t *testing.T) {
	pieces := []string{"a", "Z", "7", " ", "\n", "\t", "\v", "\x00", "\x01", "\x7f", "+", "/", "=", "-", "_", ".", "://", "www.",
		"é", "中", "ก", "\xff", "\ufffd", "\u00ad", "\u200b", "\ue000", "abcdefghijklmnopqrstuvwxyz0123456789", "QUJDREVGR0g="}
	rng := rand.New(rand.NewPCG(3, 4))
	judged := 0
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(200) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		got, want := checkText(s), checkTextRunes(s)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("checkText(%q) = %v, want %v", s, got, want)
		}
		if got != nil {
			judged++
		}
	}
	if judged < 1000 {
		t.Errorf("only %d texts found not text: the test reads too little", judged)
	}
}

// TestNonSpaceASCII: nonSpace, reading ASCII bytes without decoding them,
// counts as unicode.IsSpace over every rune does.
func TestNonSpaceASCII(t *testing.T) {
	pieces := []string{"a", " ", "\t", "\n", "\v", "\f", "\r", "\x1c", "\x85", "\u0085", "\u00a0", "\u3000", "\u2009", "é", "\xff", "\x00"}
	rng := rand.New(rand.NewPCG(7, 8))
	for range 10000 {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want := 0
		for _, r := range s {
			if !unicode.IsSpace(r) {
				want++
			}
		}
		if got := nonSpace(s); got != want {
			t.Fatalf("nonSpace(%q) = %d, want %d", s, got, want)
		}
	}
}

// checkTextRunes is checkText decoding every rune, as it was first
// written.
func checkTextRunes(text string) error {
	var total, bad, letters, inLong, b64Long, run, runB64, start int
	// endRun ends the run of runes text[start:end] without a word break. A
	// web address is a long run that belongs in prose.
	endRun := func(end int) {
		if run >= longToken {
			if tok := text[start:end]; !strings.Contains(tok, "://") && !strings.HasPrefix(tok, "www.") {
				inLong += run
				b64Long += runB64
			}
		}
		run, runB64 = 0, 0
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if run == 0 {
			start = i
		}
		i += size
		if unicode.IsSpace(r) {
			endRun(i - size)
			continue
		}
		total++
		switch {
		case r == utf8.RuneError && size <= 1, r == unicode.ReplacementChar,
			(unicode.IsControl(r) && r != 0xAD), unicode.Is(unicode.Co, r), !unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Zs, unicode.Cf):
			bad++
		case unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r):
			letters++
		}
		if noSpaceScript(r) {
			endRun(i - size)
			continue
		}
		run++
		if r < utf8.RuneSelf && (r == '+' || r == '/' || r == '=' || r == '-' || r == '_' ||
			('0' <= r && r <= '9') || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z')) {
			runB64++
		}
	}
	endRun(len(text))
	if total < minJudged {
		return nil
	}
	share := func(n int) string { return strconv.FormatFloat(100*float64(n)/float64(total), 'f', 1, 64) + "%" }
	switch {
	case float64(bad) > maxBadShare*float64(total):
		return &NotTextError{Reason: NotTextBinary, Detail: share(bad) + " of the characters are not text"}
	case float64(inLong) > maxLongShare*float64(total):
		if float64(b64Long) >= base64Share*float64(inLong) {
			return &NotTextError{Reason: NotTextBase64, Detail: share(inLong) + " in base64-like runs of " + strconv.Itoa(longToken) + "+ characters"}
		}
		return &NotTextError{Reason: NotTextToken, Detail: share(inLong) + " in runs of " + strconv.Itoa(longToken) + "+ characters without a break"}
	case float64(letters) < minLetterPart*float64(total):
		return &NotTextError{Reason: NotTextBinary, Detail: "only " + share(letters) + " letters and digits"}
	}
	return nil
}

// TestPlaylistHeadingNotBody: the heading over a Brazilian portal's video
// playlist at a story's end is not a line of the story (blind web bt).
func TestPlaylistHeadingNotBody(t *testing.T) {
	page := `<html lang="pt-BR"><head><title>Linha 6 começa testes</title></head><body><main><article><h1>Linha 6-Laranja do metrô começa testes com trens em abril</h1>` + paragraphs(5) +
		`<div class="content-video"><div class="video-player"><button>Play</button></div><div class="content-video__description">VÍDEOS: mais assistidos do Portal Cruzeiro</div></div></article></main></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://cruzeiro.example/sp/noticia/2025/03/14/linha-6.ghtml", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(res.Text, "mais assistidos") {
		t.Errorf("text keeps the playlist heading: %q", res.Text[max(0, len(res.Text)-80):])
	}
	for in, want := range map[string]bool{"VÍDEOS: Tudo sobre o Vale": true, "VÍDEOS: veja mais.": false, "Vídeos: o que se sabe": false, "VÍDEOS:": false} {
		if got := playlistHeading(in); got != want {
			t.Errorf("playlistHeading(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestNumberedSources(t *testing.T) {
	for in, want := range map[string]bool{"source (1)": true, "sources: (1) (2)": true, "fuente [1], [2]": true,
		"source: reuters": false, "source (1) and more": false, "sources": false, "sourced from 2 papers": false} {
		if got := numberedSources(in); got != want {
			t.Errorf("numberedSources(%q) = %v, want %v", in, got, want)
		}
	}
}
