package extract

import (
	"strconv"
	"strings"
)

// galleryOf are the words a slide counter sets between a picture's number
// and the gallery's count ("3 of 7", "3 von 7", "3 de 7", "3 / 7").
var galleryOf = map[string]bool{"of": true, "von": true, "de": true, "di": true, "sur": true, "van": true, "z": true,
	"av": true, "af": true, "из": true, "з": true, "/": true}

// galleryText reports whether a body text is a photo gallery's: three or
// more slide counters of one count ("1 of 7" … "7 of 7") on lines of
// their own, each under a short caption, and, the captions set aside,
// too little text to be a story (a story with a slideshow inside it
// keeps its own text).
func galleryText(text string, minText int) bool {
	counters, total, captions, count := 0, 0, 0, -1
	prev, firstCounter := "", false
	for l := range strings.Lines(text) {
		n, of, ok := slideCounter(l)
		if ok && prev == "" {
			firstCounter = true
		}
		if ok && n <= of && (count < 0 || of == count) {
			count = of
			counters++
			c := nonSpace(prev) // the caption it counts
			total -= nonSpace(l) + c
			captions += c
		}
		prev = l
	}
	if firstCounter || counters < 3 || captions > maxGalleryCaption*counters {
		// (Slides that each open on their number and carry a heading
		// and a paragraph are a story told in slides: "The iPhone's
		// 10 best features".)
		return false
	}
	return total+nonSpace(text) < 2*minText
}

// maxGalleryCaption bounds a gallery's mean caption (non-space
// characters): a picture's caption is a sentence or two.
const maxGalleryCaption = 160

// slideCounter reads a line that is only a slide counter: "3 of 7", "3/7".
func slideCounter(l string) (n, of int, ok bool) {
	l = strings.TrimSpace(l)
	if len(l) < 3 || len(l) > 16 || l[0] < '0' || l[0] > '9' {
		return 0, 0, false // (most lines: read no further)
	}
	if a, b, cut := strings.Cut(l, "/"); cut && !strings.Contains(b, "/") {
		l = strings.TrimSpace(a) + " / " + strings.TrimSpace(b)
	}
	f := strings.Fields(l)
	if len(f) != 3 || !galleryOf[strings.ToLower(f[1])] {
		return 0, 0, false
	}
	n, err1 := strconv.Atoi(f[0])
	of, err2 := strconv.Atoi(f[2])
	if err1 != nil || err2 != nil || n < 1 || of < 2 || of > 500 {
		return 0, 0, false
	}
	return n, of, true
}
