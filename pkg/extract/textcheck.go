package extract

import (
	"errors"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ErrNotText reports a body whose text is not language: binary noise, a
// base64 blob, one giant run of characters without word breaks. It is
// returned wrapped in a *NotTextError that names the reason.
var ErrNotText = errors.New("body text is not language")

// Reasons of a NotTextError.
const (
	NotTextBinary = "binary" // control characters, replacement characters, unassigned code points
	NotTextBase64 = "base64" // mostly long runs of the base64 alphabet
	NotTextToken  = "giant-token"
)

// NotTextError is the error Extract returns for a body that is not language.
type NotTextError struct {
	Reason string // NotTextBinary, NotTextBase64 or NotTextToken
	Detail string
}

func (e *NotTextError) Error() string {
	return "extract: " + ErrNotText.Error() + ": " + e.Reason + " (" + e.Detail + ")"
}

// Is makes errors.Is(err, ErrNotText) true.
func (e *NotTextError) Is(target error) bool { return target == ErrNotText }

// Thresholds of checkText. Natural language, in any script, has few
// characters outside letters, digits, punctuation and spaces, and breaks
// into words: even long compounds stay under longToken runes. Scripts
// written without spaces (Han, kana, Thai, ...) count one word per rune.
const (
	minJudged     = 200  // texts shorter than this are not judged
	maxBadShare   = 0.02 // control, replacement, private-use or unassigned runes
	longToken     = 60   // a run of this many runes without a break is not a word
	maxLongShare  = 0.25 // share of the text that may sit in such runs
	base64Share   = 0.9  // share of those runs in the base64 alphabet that says base64
	minLetterPart = 0.5  // letters and digits among the non-space runes
)

// checkText returns a *NotTextError when text is not language.
func checkText(text string) error {
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
		if c := text[i]; c < utf8.RuneSelf {
			// ASCII, read as the general case below reads it: the
			// controls are not text, letters and digits are, and none
			// is of a script written without spaces.
			if run == 0 {
				start = i
			}
			i++
			switch c {
			case '\t', '\n', '\v', '\f', '\r', ' ':
				endRun(i - 1)
				continue
			}
			total++
			alnum := '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
			switch {
			case c < 0x20 || c == 0x7f:
				bad++
			case alnum:
				letters++
			}
			run++
			if alnum || c == '+' || c == '/' || c == '=' || c == '-' || c == '_' {
				runB64++
			}
			continue
		}
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

// noSpaceScript reports runes of scripts written without spaces between
// words; each such rune counts as a word of its own.
func noSpaceScript(r rune) bool {
	return r >= 0x0E00 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai,
		unicode.Lao, unicode.Khmer, unicode.Myanmar, unicode.Tibetan, unicode.Yi)
}

// truncateText cuts text to at most maxRunes runes, at the last paragraph
// break in the second half of the allowance, else at the last space, else
// at a rune boundary. It reports whether it cut.
func truncateText(text string, maxRunes int) (string, bool) {
	if maxRunes <= 0 || len(text) <= maxRunes || utf8.RuneCountInString(text) <= maxRunes {
		return text, false
	}
	cut, n := len(text), 0
	for i := range text {
		if n == maxRunes {
			cut = i
			break
		}
		n++
	}
	head := text[:cut]
	if i := strings.LastIndexByte(head, '\n'); i >= cut/2 {
		return head[:i], true
	}
	if i := strings.LastIndexByte(head, ' '); i >= cut/2 {
		return head[:i], true
	}
	return head, true
}

// checkStory applies the story limits to an article's Result: text that is
// not language fails with a *NotTextError, and a body over maxRunes is cut,
// with the original length in Provenance["text_truncated"].
func checkStory(res *Result, maxRunes int) error {
	if err := checkText(res.Text); err != nil {
		return err
	}
	if t, cut := truncateText(res.Text, maxRunes); cut {
		if res.Provenance == nil {
			res.Provenance = map[string]string{}
		}
		res.Provenance["text_truncated"] = strconv.Itoa(utf8.RuneCountInString(res.Text)) + " characters"
		res.Text, res.Truncated = t, true
	}
	return nil
}
