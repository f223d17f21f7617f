package extract

import "strings"

// colophonMarks are what a site's footer says of itself in the languages
// of the news: its copyright, its rights reserved, the engine it runs on
// and how long the page took to make.
var colophonMarks = []string{"©", "(c) ", "copyright", "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
	"todos los derechos reservados", "tutti i diritti riservati", "todos os direitos reservados", "alle rechten voorbehouden",
	"wszelkie prawa zastrzeżone", "все права защищены", "усі права захищені", "tüm hakları saklıdır", "drepturile rezervate",
	"powered by", "propulsé par", "realizzato con", "page generation", "page generated in", "generated in", "seite erzeugt in"}

// colophonText reports whether a short body text is a site's footer: the
// lines that name its copyright, its engine or the page's making hold at
// least half of it. Pages with nothing of their own (a "send to a friend"
// form, an empty archive month) give their footer as their text.
func colophonText(text string, minText int) bool {
	if nonSpace(text) >= 2*minText {
		return false
	}
	marked, all := 0, 0
	for _, line := range strings.Split(text, "\n") {
		n := nonSpace(line)
		all += n
		if containsAny(strings.ToLower(line), colophonMarks) {
			marked += n
		}
	}
	return all > 0 && 2*marked >= all
}
