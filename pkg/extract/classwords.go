package extract

import (
	"slices"
	"strings"
	"unsafe"
)

// Words in class and id attributes. A strong word marks boilerplate even
// next to a content word; a weak word only when no content word is present.
var (
	strongBoilWords = map[string]bool{
		"comment": true, "comments": true, "commentlist": true, "disqus": true, "replies": true,
		"share": true, "sharing": true, "sharebar": true, "shares": true, "social": true, "socials": true,
		"related": true, "recommended": true, "recommendations": true, "recirc": true, "recirculation": true,
		"newsletter": true, "subscribe": true, "subscription": true, "signup": true,
		"cookie": true, "cookies": true, "consent": true, "gdpr": true,
		"promo": true, "promotion": true, "advert": true, "advertisement": true, "ad": true, "ads": true,
		"adslot": true, "adunit": true, "sponsored": true, "sponsor": true, "outbrain": true, "taboola": true,
		"breadcrumb": true, "breadcrumbs": true, "popular": true, "trending": true, "mostread": true,
		"byline": true, "caption": true, "figcaption": true, "credit": true, "credits": true,
		"tags": true, "tagcloud": true, "toolbar": true, "pagination": true, "pager": true,
		"modal": true, "popup": true, "overlay": true, "paywall-prompt": true,
		"newsletters": true, "follow": true, "skip": true, "sr-only": true,
		"visually-hidden": true, "screen-reader-text": true,
		"author-bio": true, "bio": true, "authorbio": true, "abouttheauthor": true, "rating": true,
		"author-box": true, "about-author": true, "about-the-author": true, "read-also": true, "also-read": true,
		"more-stories": true, "see-also": true, "cta": true, "donate": true, "donation": true, "supportus": true,
		// "Share" in the languages of the news, and an ad slot ("mid-page unit").
		"compartir": true, "compartilhar": true, "partilhar": true, "condividi": true, "partager": true, "teilen": true,
		"delen": true, "mpu": true,
		// A paywall's remainder sent scrambled ("obfuscated" letters).
		"obfuscated": true,
		// "Read also" boxes named in the languages of the news.
		"saiba-mais": true, "leia-tambem": true, "leia-mais": true, "veja-tambem": true, "lee-tambien": true,
		"lea-tambien": true, "ver-tambien": true, "lire-aussi": true, "a-lire-aussi": true, "leggi-anche": true,
		"vedi-anche": true, "auch-interessant": true, "mehr-zum-thema": true, "lees-ook": true, "czytaj-takze": true,
	}
	weakBoilWords = map[string]bool{
		"nav": true, "navbar": true, "navigation": true, "menu": true, "footer": true, "header": true,
		"masthead": true, "sidebar": true, "aside": true, "rail": true, "banner": true,
		"topbar": true, "login": true, "signin": true, "search": true, "copyright": true, "info": true,
	}
	// exactWeakWords are weak only as whole tokens: as parts of compound
	// names ("has-image", "photo-essay-body") they say little.
	exactWeakWords = map[string]bool{
		"meta": true, "author": true, "date": true, "dateline": true, "timestamp": true,
		"extra": true, "links": true, "widget": true, "widgets": true, "teaser": true,
		"image": true, "images": true, "img": true, "photo": true, "photos": true, "picture": true, "gallery": true,
		"slideshow": true, "thumbnail": true, "thumb": true, "poll": true, "polls": true, "membership": true,
	}
	contentWords = map[string]bool{
		"article": true, "body": true, "content": true, "story": true, "entry": true, "post": true,
		"main": true, "articlebody": true, "storybody": true,
	}
)

// shortBoilParts mark, as a class token or a part of one ("c-paywall",
// "paywall-upsell", "support-box", "disclaimer"), a box that is
// boilerplate when it holds little text: a paywall's pitch, a plea for
// support, a wire's disclaimer. A long element so named is the story
// itself (Google asks paywalled sites to mark the subscribers' part of the
// text with a class such as "paywall").
var shortBoilParts = map[string]bool{"paywall": true, "upsell": true, "support": true, "disclaimer": true,
	"leseprobe": true, "abo": true, "abonnement": true, "barrier": true,
	// A translator's credit set apart from the text; a press office's
	// contact box under a release ("contacto-prensa", "media-contact").
	"translator": true, "contact": true, "contacto": true, "contato": true, "contatti": true, "kontakt": true}

// subscriberContent are class tokens that mark a story's text as the part
// for subscribers: "subscribe" inside them names no sign-up box.
var subscriberContent = map[string]bool{"subscriber-premium": true, "subscriber-only": true, "subscribers-only": true,
	"subscriber-content": true}

// strongSubstrings mark boilerplate when they occur anywhere in a class or
// id token (compound names such as "socialShareBar" or "relatedposts").
var strongSubstrings = slices.Concat(commentSubstrings, []string{"share", "social", "newsletter", "related", "subscribe", "cookie", "breadcrumb", "advert", "promo", "caption", "outbrain", "taboola", "recommend", "byline",
	// "Was this page helpful?" boxes: "mntl-feedback", "gem-c-feedback".
	"feedback",
	// Newsletter and subscription boxes named in other languages, and
	// a Quarto page's appendix (its BibTeX entry and how to cite it).
	"nyhetsbrev", "nyhedsbrev", "nieuwsbrief", "suscripcion", "quarto-appendix"})

// commentSubstrings name readers' comment threads in class and id tokens:
// "comments", and the same under other names, "talkbacks", "comentarios",
// "comentários", uCoz's "comEnt", "kommentare", "reactions", "diskuse".
var commentSubstrings = []string{"comment", "talkback", "coment", "kommentar", "reactions", "diskus"}

// asciiLower writes s into dst (of s's length) with ASCII capitals in
// lower case and returns dst: a lower-cased copy in a caller's buffer.
func asciiLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
	return dst
}

// lowerIn reports whether set holds strings.ToLower(w), without
// allocating for a short ASCII word.
func lowerIn(set map[string]bool, w string) bool {
	var buf [32]byte
	if len(w) > len(buf) || !isASCII(w) {
		return set[strings.ToLower(w)]
	}
	return set[string(asciiLower(buf[:len(w)], w))]
}

// isASCII reports whether s holds only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// classWords returns boilerplate flags for a class or id attribute value.
func classWords(v string) uint16 { return classWordsIn(v, nil) }

// What a class or id token says (classToken).
const (
	tokStrong  uint8 = 1 << iota // a strong boilerplate word
	tokWeak                      // a weak boilerplate word
	tokContent                   // a content word
	tokVeto                      // never a wrapper of the article
	tokShort                     // boilerplate when its text is short
)

// classWordsIn is classWords keeping what each token says in tokens (a
// page's, keyed by the lower-cased token), when tokens is not nil: pages
// repeat tokens across many class values.
func classWordsIn(v string, tokens map[string]uint8) uint16 {
	if v == "" {
		return 0
	}
	var bits uint8
	var buf [64]byte
	i := 0
	for i < len(v) {
		for i < len(v) && !isWordByte(v[i]) {
			i++
		}
		j := i
		for j < len(v) && isWordByte(v[j]) {
			j++
		}
		if j > i {
			tok := v[i:j]
			if len(tok) <= len(buf) {
				b := asciiLower(buf[:len(tok)], tok)
				t, ok := tokens[string(b)]
				if !ok {
					t = classToken(b)
					if tokens != nil && len(tokens) < maxClassTokens {
						tokens[string(b)] = t
					}
				}
				bits |= t
			}
		}
		i = j
	}
	strong, content := bits&tokStrong != 0, bits&tokContent != 0
	var f uint16
	if strong {
		f |= fBoilClass | fBoilStrong
	}
	if bits&tokVeto != 0 {
		f |= fBoilVeto
	}
	if bits&tokWeak != 0 && !content {
		f |= fBoilClass
	}
	if content && !strong {
		f |= fContentHint
	}
	if bits&tokShort != 0 && !content {
		f |= fBoilShort
	}
	return f
}

// maxClassTokens caps the class tokens a page remembers (classWordsIn).
const maxClassTokens = 8192

// classToken says what one lower-cased class or id token b is (tok bits).
func classToken(b []byte) uint8 {
	s := unsafeString(b) // b is not changed while s is in use
	var t uint8
	switch {
	case subscriberContent[s]:
		// The story itself, shown to subscribers (BLOX's
		// "asset-content subscriber-premium"), not a pitch.
		t |= tokContent
	case strongBoilWords[s]:
		t |= tokStrong
		if hasVetoSubstring(b) {
			t |= tokVeto
		}
	case weakBoilWords[s] || exactWeakWords[s]:
		t |= tokWeak
	case contentWords[s]:
		t |= tokContent
	case s == "hidden" || s == "hide":
		t |= tokStrong
	case strings.HasPrefix(s, "rollover-") || strings.HasPrefix(s, "tooltip") || strings.HasPrefix(s, "popover") || strings.HasPrefix(s, "hovercard"):
		// hover cards stay hidden until pointed at
		t |= tokStrong
	default:
		// split on '-' and '_' for compound tokens
		parts := tokenParts(b)
		if hasBoilSubstring(b, parts) {
			t |= tokStrong
			if hasVetoSubstring(b) {
				t |= tokVeto
			}
		} else if splitWeak(b, parts) {
			t |= tokWeak
		} else if parts&partContent != 0 {
			t |= tokContent
		}
		if parts&partShort != 0 {
			t |= tokShort
		}
	}
	return t
}

// vetoSubstrings mark blocks that are never the article even when they
// hold content-like classes: comment threads, related and recommended
// lists, newsletter and cookie boxes.
var vetoSubstrings = slices.Concat(commentSubstrings, []string{"disqus", "repl", "related", "recommend", "newsletter", "cookie", "consent",
	"outbrain", "taboola"})

func hasVetoSubstring(b []byte) bool {
	for _, s := range vetoSubstrings {
		if containsBytes(b, s) && !(s == "comment" && containsBytes(b, "commentary")) {
			return true
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f'
}

// hasBoilSubstring reports whether token b, whose parts are in the sets
// parts (tokenParts), names boilerplate by a part of it.
func hasBoilSubstring(b []byte, parts uint8) bool {
	if containsBytes(b, "embed") && (containsBytes(b, "social") || containsBytes(b, "tweet") || containsBytes(b, "twitter") || containsBytes(b, "instagram")) {
		// social-embed, tweet-embed: quoted posts are part of the story
		return false
	}
	for _, s := range strongSubstrings {
		if containsBytes(b, s) && !(s == "comment" && containsBytes(b, "commentary")) {
			return true
		}
	}
	return parts&partStrong != 0
}

// splitWeak reports whether token b, whose parts are in the sets parts
// (tokenParts), has a weak boilerplate word for a part.
func splitWeak(b []byte, parts uint8) bool {
	if parts&partStyle != 0 {
		// "pane-header-alignment-left" says how a part looks, not
		// that the element is page furniture.
		return false
	}
	return parts&partWeak != 0 || containsBytes(b, "sidebar")
}

// styleParts are parts of compound class names that set how an element
// looks (its alignment, size, colour or icon).
var styleParts = map[string]bool{"align": true, "alignment": true, "color": true, "colour": true, "size": true,
	"style": true, "icon": true, "layout": true, "font": true, "width": true, "height": true, "spacing": true,
	"padding": true, "margin": true}

// The sets of words a part of a compound class token is looked up in
// (tokenParts).
const (
	partStrong  uint8 = 1 << iota // strongBoilWords
	partWeak                      // weakBoilWords
	partStyle                     // styleParts
	partContent                   // contentWords
	partShort                     // shortBoilParts
)

// partSets maps the words of those sets to the sets that hold them.
var partSets = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, set := range []struct {
		words map[string]bool
		bit   uint8
	}{{strongBoilWords, partStrong}, {weakBoilWords, partWeak}, {styleParts, partStyle}, {contentWords, partContent}, {shortBoilParts, partShort}} {
		for w, in := range set.words {
			if in {
				m[w] |= set.bit
			}
		}
	}
	return m
}()

// tokenParts returns the sets (part bits) that hold one of the first 8
// parts of a lower-case token, split on '-', '_', ':' and '.'.
func tokenParts(b []byte) uint8 {
	var bits uint8
	start, n := 0, 0
	for k := 0; k <= len(b) && n < 8; k++ {
		if k == len(b) || b[k] == '-' || b[k] == '_' || b[k] == ':' || b[k] == '.' {
			if k > start {
				n++
				bits |= partSets[string(b[start:k])]
			}
			start = k + 1
		}
	}
	return bits
}

func containsBytes(b []byte, s string) bool {
	// The string conversion does not allocate when used in a comparison
	// context; strings.Index uses the SIMD search.
	return strings.Contains(unsafeString(b), s)
}

// unsafeString views b as a string without copying; b must not change
// while the string is in use.
func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
