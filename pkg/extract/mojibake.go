package extract

import (
	"bytes"
	"unicode/utf8"
)

// cp1252High maps the windows-1252 characters of bytes 0x80-0x9F to their
// byte: a UTF-8 text read as windows-1252 shows them where it had
// continuation bytes ("â€™" for "’").
var cp1252High = map[rune]byte{
	'€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
	'‰': 0x89, 'Š': 0x8A, '‹': 0x8B, 'Œ': 0x8C, 'Ž': 0x8E, '‘': 0x91, '’': 0x92, '“': 0x93,
	'”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9A, '›': 0x9B,
	'œ': 0x9C, 'ž': 0x9E, 'Ÿ': 0x9F,
}

// mojibakeByte returns the single byte a character stands for in a UTF-8
// text that was read as Latin-1 or windows-1252 and encoded again.
func mojibakeByte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		return byte(r), true
	}
	b, ok := cp1252High[r]
	return b, ok
}

// repairMojibake undoes double encoding in a UTF-8 document: runs of
// characters such as "â\u0080\u0099" or "â€™" (the bytes of "’" each read
// as a Latin-1 or windows-1252 character and encoded again) become the
// character they spell. A run is replaced only when its bytes form whole,
// valid multi-byte UTF-8 sequences, which ordinary text in Latin scripts
// practically never does ("Ã©" is "é", "é" alone stays). Pages with no
// such run are returned as they are, without copying.
func repairMojibake(b []byte) []byte {
	// Every run starts with the encoding of a lead byte U+00C2-U+00F4
	// (0xC3 0x82-0xB4); pages without one are common and skip the scan.
	if !hasMojibakeLead(b) {
		return b
	}
	var out []byte
	last := 0 // b[last:] is not yet copied to out
	var seq [4]byte
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r < 0xC2 || r > 0xF4 {
			i += size
			continue
		}
		// The lead byte says how many continuation bytes follow.
		need := 1
		switch {
		case r >= 0xF0:
			need = 3
		case r >= 0xE0:
			need = 2
		}
		seq[0] = byte(r)
		j := i + size
		k := 1
		for ; k <= need && j < len(b); k++ {
			c, cs := utf8.DecodeRune(b[j:])
			cb, ok := mojibakeByte(c)
			if !ok || cb < 0x80 || cb > 0xBF {
				break
			}
			seq[k] = cb
			j += cs
		}
		if k <= need {
			i += size
			continue
		}
		fixed, fs := utf8.DecodeRune(seq[:need+1])
		if fixed == utf8.RuneError || fs != need+1 {
			i += size
			continue
		}
		if out == nil {
			out = make([]byte, 0, len(b))
		}
		out = append(out, b[last:i]...)
		out = utf8.AppendRune(out, fixed)
		last = j
		i = j
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

// hasMojibakeLead reports whether b holds a lead character of a double
// encoded sequence (U+00C2-U+00F4, encoded 0xC3 0x82-0xB4) followed by a
// character that can stand for a continuation byte (U+0080-U+00BF, encoded
// 0xC2 0x80-0xBF, or a windows-1252 punctuation mark, encoded 0xC5, 0xC6,
// 0xCB or 0xE2).
func hasMojibakeLead(b []byte) bool {
	for {
		i := bytes.IndexByte(b, 0xC3)
		if i < 0 || i+2 >= len(b) {
			return false
		}
		c1, c2 := b[i+1], b[i+2]
		if c1 >= 0x82 && c1 <= 0xB4 && (c2 == 0xC2 || c2 == 0xC5 || c2 == 0xC6 || c2 == 0xCB || c2 == 0xE2) {
			return true
		}
		b = b[i+1:]
	}
}
