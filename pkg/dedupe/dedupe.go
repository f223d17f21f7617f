package dedupe

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Options shape the fingerprints. Zero fields take the defaults.
type Options struct {
	ShingleWords  int     // words per shingle (default 5)
	Bands         int     // LSH bands (default 16)
	Rows          int     // signature rows per band (default 4); signature length is Bands*Rows
	MinSimilarity float64 // estimated Jaccard accepted as the same story (default 0.5)
	MinWords      int     // texts with fewer words get no near-duplicate fingerprint (default 30)
}

func (o Options) withDefaults() Options {
	if o.ShingleWords <= 0 {
		o.ShingleWords = 5
	}
	if o.Bands <= 0 {
		o.Bands = 16
	}
	if o.Rows <= 0 {
		o.Rows = 4
	}
	if o.MinSimilarity <= 0 {
		o.MinSimilarity = 0.5
	}
	if o.MinWords <= 0 {
		o.MinWords = 30
	}
	return o
}

// Fingerprint is what the state store needs to place one copy.
type Fingerprint struct {
	TextHash  string   // hash of the normalised word sequence ("" for empty text)
	Signature []uint32 // MinHash signature (nil for short texts)
	Bands     []string // LSH band keys (nil for short texts)
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
	h := &Hasher{o: o, seeds: make([]uint64, o.Bands*o.Rows)}
	// Fixed, documented seeds: fingerprints must agree across processes and releases.
	x := uint64(0x9E3779B97F4A7C15)
	for i := range h.seeds {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		h.seeds[i] = x
	}
	return h
}

// MinSimilarity is the similarity threshold the hasher was built for.
func (h *Hasher) MinSimilarity() float64 { return h.o.MinSimilarity }

// Words splits text into normalised words: Unicode NFKC, lower case, letters
// and digits only, so quotes, dashes and punctuation never matter.
func Words(text string) []string {
	text = norm.NFKC.String(text)
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// Fingerprint computes the fingerprint of a body text.
func (h *Hasher) Fingerprint(text string) Fingerprint {
	words := Words(text)
	fp := Fingerprint{Words: len(words)}
	if len(words) == 0 {
		return fp
	}
	sum := sha256.Sum256([]byte(strings.Join(words, " ")))
	fp.TextHash = base64.RawURLEncoding.EncodeToString(sum[:16])
	if len(words) < h.o.MinWords {
		return fp
	}
	k := h.o.ShingleWords
	n := len(h.seeds)
	sig := make([]uint32, n)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	var buf []byte
	for i := 0; i+k <= len(words); i++ {
		buf = buf[:0]
		for j := i; j < i+k; j++ {
			buf = append(buf, words[j]...)
			buf = append(buf, ' ')
		}
		base := fnv64(buf)
		for s, seed := range h.seeds {
			v := uint32(mix(base ^ seed))
			if v < sig[s] {
				sig[s] = v
			}
		}
	}
	fp.Signature = sig
	fp.Bands = make([]string, h.o.Bands)
	var b []byte
	for band := 0; band < h.o.Bands; band++ {
		b = b[:0]
		b = append(b, byte(band))
		for r := 0; r < h.o.Rows; r++ {
			b = binary.BigEndian.AppendUint32(b, sig[band*h.o.Rows+r])
		}
		bs := sha256.Sum256(b)
		fp.Bands[band] = base64.RawURLEncoding.EncodeToString(append([]byte{byte(band)}, bs[:9]...))
	}
	return fp
}

// fnv64 is FNV-1a: deterministic across processes, releases and machines.
func fnv64(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
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
