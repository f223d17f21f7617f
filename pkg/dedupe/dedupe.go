package dedupe

import (
	"crypto/sha256"
	"encoding/binary"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Options shape the fingerprints. Zero fields take the defaults. Every
// replica of a crawl must use the same options: fingerprints made with
// different options never match.
type Options struct {
	ShingleWords  int     // words per shingle (default 5)
	Bands         int     // LSH bands (default 10)
	Rows          int     // signature rows per band (default 2)
	Signature     int     // MinHash signature length, >= Bands*Rows (default 64)
	MinSimilarity float64 // estimated Jaccard accepted as the same story (default 0.35)
	MinWords      int     // texts with fewer words get no near-duplicate fingerprint and a title-salted text hash (default 40)
	MaxWords      int     // words of a text considered at most (default 20000)
}

// Default option values.
const (
	DefaultShingleWords  = 5
	DefaultBands         = 10
	DefaultRows          = 2
	DefaultSignature     = 64
	DefaultMinSimilarity = 0.35
	DefaultMinWords      = 40
	DefaultMaxWords      = 20000
)

func (o Options) withDefaults() Options {
	if o.ShingleWords <= 0 {
		o.ShingleWords = DefaultShingleWords
	}
	if o.Bands <= 0 {
		o.Bands = DefaultBands
	}
	if o.Rows <= 0 {
		o.Rows = DefaultRows
	}
	if o.Bands > 255 {
		o.Bands = 255
	}
	if o.Signature < o.Bands*o.Rows {
		o.Signature = max(DefaultSignature, o.Bands*o.Rows)
	}
	if o.MinSimilarity <= 0 || o.MinSimilarity > 1 {
		o.MinSimilarity = DefaultMinSimilarity
	}
	if o.MinWords <= 0 {
		o.MinWords = DefaultMinWords
	}
	if o.MaxWords <= 0 {
		o.MaxWords = DefaultMaxWords
	}
	return o
}

// Fingerprint is what the state store needs to place one copy. The hashes
// are compact binary strings (not printable), meant as key material.
type Fingerprint struct {
	TextHash  string   // 12-byte hash of the normalised word sequence ("" for empty text)
	Signature []uint32 // MinHash signature (nil for short texts)
	Bands     []string // 8-byte LSH band keys (nil for short texts)
	Words     int      // words in the normalised text
}

// Hasher computes fingerprints. It is safe for concurrent use.
type Hasher struct {
	o     Options
	seeds []uint64
}

// NewHasher returns a Hasher for o.
func NewHasher(o Options) *Hasher {
	o = o.withDefaults()
	h := &Hasher{o: o, seeds: make([]uint64, o.Signature)}
	// Fixed seeds from a xorshift sequence: fingerprints must agree across
	// processes and releases.
	x := uint64(0x9E3779B97F4A7C15)
	for i := range h.seeds {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		h.seeds[i] = x
	}
	return h
}

// Options returns the options in effect (defaults filled in).
func (h *Hasher) Options() Options { return h.o }

// MinSimilarity is the similarity threshold the hasher was built for.
func (h *Hasher) MinSimilarity() float64 { return h.o.MinSimilarity }

// Words splits text into normalised words: Unicode NFKC, lower case, letters
// and digits only, so quotes, dashes, punctuation and white space never matter.
// The scripts written without spaces between words (Chinese, Japanese kana,
// Thai, Lao, Khmer, Myanmar) give a word per two characters of each run
// between punctuation, so that a story in them has shingles through its
// length and not one per sentence. A
// letter's combining marks (the vowel signs of Thai, Khmer, Indic scripts)
// stay with it.
func Words(text string) []string {
	text = strings.ToLower(norm.NFKC.String(text))
	var words []string
	start, chars := -1, 0 // the current word's start (-1: none), and its unspaced characters
	flush := func(end int) {
		if start >= 0 {
			words = append(words, text[start:end])
		}
		start, chars = -1, 0
	}
	for i, r := range text {
		switch {
		case unicode.IsMark(r) && start >= 0:
			// (a combining mark stays with its letter)
		case unspaced(r):
			if chars == 0 || chars == unspacedWordChars {
				flush(i)
				start = i
			}
			chars++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if chars > 0 {
				flush(i)
			}
			if start < 0 {
				start = i
			}
		default:
			flush(i)
		}
	}
	flush(len(text))
	return words
}

// unspacedWordChars is how many characters of a script written without
// spaces make one word: two, about a word of Chinese, so that a shingle of
// five words spans ten characters, a phrase, as five words do in English.
const unspacedWordChars = 2

// unspaced reports whether r is a letter of a script written without
// spaces between words.
func unspaced(r rune) bool {
	return r >= 0x0E00 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// edgeWords is the length under which a first or last line counts as page
// chrome rather than story text.
const edgeWords = 8

// trailerPrefixes start lines that syndicated copies add around a story.
var trailerPrefixes = []string{"read more", "continue reading", "originally published", "this story was originally",
	"this article was originally", "this article originally", "view original", "source:", "via "}

// TrimEdges removes the lines a copy's chrome adds around a story, which
// differ between the copies of one story: short first and last lines (fewer
// than 8 words: "Advertisement", "Share this", a date line) and "Read more
// at ..." or "Originally published ..." trailers. At least one line is kept.
func TrimEdges(text string) string {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	edge := func(l string) bool {
		l = strings.TrimSpace(l)
		if l == "" {
			return true
		}
		n := len(strings.Fields(l))
		if strings.ContainsFunc(l, unspaced) {
			n = len(Words(l)) // (a line of Chinese is one field but many words)
		}
		if n < edgeWords {
			return true
		}
		if n > 2*edgeWords {
			return false
		}
		low := strings.ToLower(l)
		for _, p := range trailerPrefixes {
			if strings.HasPrefix(low, p) {
				return true
			}
		}
		return false
	}
	for len(lines) > 1 && edge(lines[len(lines)-1]) {
		lines = lines[:len(lines)-1]
	}
	for len(lines) > 1 && edge(lines[0]) {
		lines = lines[1:]
	}
	return strings.Join(lines, "\n")
}

// Fingerprint computes the fingerprint of a body text.
func (h *Hasher) Fingerprint(text string) Fingerprint {
	return h.FingerprintDoc("", text)
}

// FingerprintDoc computes the fingerprint of a story from its title and body
// text. Long texts are fingerprinted by their body alone, so copies under
// other titles still match. A short text (fewer than MinWords words: a photo
// caption, a brief, a paywall stub) is too weak to identify a story by
// itself: its text hash also covers the title and it gets no near-duplicate
// fingerprint, so two different briefs with the same boilerplate body never merge.
func (h *Hasher) FingerprintDoc(title, text string) Fingerprint {
	words := Words(TrimEdges(text))
	if len(words) > h.o.MaxWords {
		words = words[:h.o.MaxWords]
	}
	fp := Fingerprint{Words: len(words)}
	if len(words) == 0 {
		return fp
	}
	d := sha256.New()
	if len(words) < h.o.MinWords {
		tw := Words(title)
		if len(tw) == 0 {
			// No title to tell short texts apart: no text identity at all.
			return fp
		}
		d.Write([]byte("short\x00"))
		for _, w := range tw {
			d.Write([]byte(w))
			d.Write([]byte{' '})
		}
		d.Write([]byte{0})
	}
	for _, w := range words {
		d.Write([]byte(w))
		d.Write([]byte{' '})
	}
	var sum [sha256.Size]byte
	fp.TextHash = string(d.Sum(sum[:0])[:12])
	if len(words) < h.o.MinWords {
		return fp
	}
	fp.Signature = h.signature(words)
	fp.Bands = h.bands(fp.Signature)
	return fp
}

// signature is the MinHash of the text's word shingles.
func (h *Hasher) signature(words []string) []uint32 {
	k := h.o.ShingleWords
	wh := make([]uint64, len(words))
	for i, w := range words {
		wh[i] = fnv64(w)
	}
	sig := make([]uint32, len(h.seeds))
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	n := len(words) - k + 1
	if n < 1 {
		n = 1
		k = len(words)
	}
	for i := range n {
		var base uint64
		for j := i; j < i+k; j++ {
			base = mix(base ^ wh[j])
		}
		for s, seed := range h.seeds {
			if v := uint32(mix(base^seed) >> 32); v < sig[s] {
				sig[s] = v
			}
		}
	}
	return sig
}

// bands folds the signature rows of each band into an 8-byte key: the band
// number, then 7 bytes of a hash of its rows.
func (h *Hasher) bands(sig []uint32) []string {
	out := make([]string, h.o.Bands)
	var b [8]byte
	for band := range h.o.Bands {
		x := uint64(band+1) * 0x9E3779B97F4A7C15
		for r := range h.o.Rows {
			x = mix(x ^ uint64(sig[band*h.o.Rows+r]))
		}
		binary.BigEndian.PutUint64(b[:], x)
		b[0] = byte(band)
		out[band] = string(b[:])
	}
	return out
}

// fnv64 is FNV-1a: deterministic across processes, releases and machines.
func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix is the SplitMix64 finaliser.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	return x
}
