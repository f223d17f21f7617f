package extract

import (
	"unicode"
	"unicode/utf8"
)

// TemplateSet holds the text blocks known to repeat across many pages of
// one site (share prompts, disclaimers, "about us" boxes): the site's
// template. The caller learns it from Result.BlockHashes of earlier pages
// (for example by counting, per site, the distinct pages each hash is seen
// on) and passes it in Input.Template. Implementations must be safe for
// concurrent use.
type TemplateSet interface {
	// Repeated reports whether the block with this hash belongs to the
	// site's template and should be dropped from the body.
	Repeated(hash uint64) bool
}

// BlockHash returns the hash Result.BlockHashes uses for a body line:
// FNV-1a (64 bit) of the lower-cased line with whitespace collapsed.
func BlockHash(line string) uint64 {
	const (
		offset = 14695981039346656037
		prime  = 1099511628211
	)
	h := uint64(offset)
	space := false
	started := false
	// Rune by rune as strings.ToLower maps them (an invalid byte reads
	// as utf8.RuneError either way), without the lower-cased copy.
	for _, r := range line {
		r = unicode.ToLower(r)
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' {
			space = started
			continue
		}
		if space {
			h ^= ' '
			h *= prime
			space = false
		}
		started = true
		var buf [utf8.UTFMax]byte
		n := utf8.EncodeRune(buf[:], r)
		for _, b := range buf[:n] {
			h ^= uint64(b)
			h *= prime
		}
	}
	return h
}

// applyTemplate records the hash of every line and drops the lines the
// site template marks as repeated.
func (p *page) applyTemplate(lines []line) []line {
	if len(lines) == 0 {
		return lines
	}
	hashes := make([]uint64, 0, len(lines))
	out := lines[:0]
	for _, l := range lines {
		h := BlockHash(l.text)
		hashes = append(hashes, h)
		if p.template != nil && p.template.Repeated(h) {
			p.templateDropped++
			continue
		}
		out = append(out, l)
	}
	p.res.BlockHashes = hashes
	return out
}
