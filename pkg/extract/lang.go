package extract

import "strings"

// stopwords are frequent short words of some languages, used to guess the
// language of a body when the page declares none.
var stopwords = map[string]string{
	"the": "en", "and": "en", "of": "en", "to": "en", "is": "en", "that": "en", "with": "en", "for": "en", "was": "en",
	"der": "de", "die": "de", "und": "de", "das": "de", "ist": "de", "nicht": "de", "mit": "de", "sich": "de", "auf": "de",
	"le": "fr", "les": "fr", "et": "fr", "des": "fr", "est": "fr", "une": "fr", "dans": "fr", "pour": "fr", "qui": "fr",
	"el": "es", "los": "es", "las": "es", "y": "es", "es": "es", "por": "es", "una": "es", "con": "es", "para": "es",
	"os": "pt", "não": "pt", "uma": "pt", "com": "pt", "em": "pt", "ao": "pt", "mais": "pt", "foi": "pt", "são": "pt",
	"il": "it", "che": "it", "di": "it", "della": "it", "sono": "it", "gli": "it", "anche": "it", "nel": "it", "questo": "it",
	"het": "nl", "een": "nl", "van": "nl", "niet": "nl", "zijn": "nl", "voor": "nl", "ook": "nl", "wordt": "nl", "naar": "nl",
	"и": "ru", "в": "ru", "не": "ru", "на": "ru", "что": "ru", "с": "ru", "по": "ru", "это": "ru", "как": "ru",
	"się": "pl", "nie": "pl", "jest": "pl", "że": "pl", "oraz": "pl", "na": "pl", "jak": "pl", "tak": "pl", "przez": "pl",
	"ve": "tr", "bir": "tr", "bu": "tr", "için": "tr", "ile": "tr", "olarak": "tr", "daha": "tr", "çok": "tr", "gibi": "tr",
	"yang": "id", "dan": "id", "dengan": "id", "untuk": "id", "tidak": "id", "ini": "id", "dari": "id", "dalam": "id",
}

// guessLanguage returns the language whose stopwords dominate the first
// few thousand characters of text, or "" when no language clearly wins.
func guessLanguage(text string) string {
	if len(text) > 4000 {
		text = text[:4000]
	}
	counts := map[string]int{}
	total := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return r == ' ' || r == '\n' || r == ',' || r == '.' || r == ';' || r == ':' || r == '"' || r == '(' || r == ')'
	}) {
		total++
		if l := stopwords[w]; l != "" {
			counts[l]++
		}
	}
	best, bestN, second := "", 0, 0
	for l, n := range counts {
		if n > bestN {
			best, bestN, second = l, n, bestN
		} else if n > second {
			second = n
		}
	}
	if bestN < 5 || bestN < 2*second || bestN*20 < total {
		return ""
	}
	return best
}
