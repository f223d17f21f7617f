package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// bylineLabels are the words that introduce a byline in the languages of
// the news, longest first where one is a prefix of another. Labels that
// end in a letter need a space after them; those ending in ':' '：' or
// '/' do not.
var bylineLabels = []string{
	"written by", "words by", "reporting by", "story by", "posted by", "published by", "author:", "authors:", "by:", "by",
	"text von", "autor:", "autorin:", "von:", "von",
	"rédigé par", "écrit par", "auteur:", "auteur :", "par:", "par",
	"escrito por", "autor", "por:", "por",
	"a cura di", "autore:", "scritto da", "di:", "di",
	"geschreven door", "auteur", "door:", "door",
	"autorka:", "tekst:", "autorzy:",
	"автор:", "авторка:", "автори:", "авторы:", "текст:", "автор",
	"yazar:", "yazan:", "haber:", "muhabir:",
	"作者：", "作者:", "记者：", "记者:", "記者：", "文／", "文/", "文：", "執筆：", "著者：", "글:", "기자:",
}

// bylineNames recognises a byline ("By Jane Doe and John Roe", "Von Max
// Muster", "Автор: Иван Петров", "作者：张三", "홍길동 기자") and returns the
// names part.
func bylineNames(t string) (string, bool) {
	t = strings.TrimSpace(t)
	for _, pre := range bylineLabels {
		if len(t) <= len(pre) || !strings.EqualFold(t[:len(pre)], pre) {
			continue
		}
		last, _ := utf8.DecodeLastRuneInString(pre)
		rest := t[len(pre):]
		if unicode.IsLetter(last) {
			r, _ := utf8.DecodeRuneInString(rest)
			if !unicode.IsSpace(r) && r != ':' && r != '：' {
				continue
			}
			rest = strings.TrimLeft(rest, " :：\u00a0")
		}
		return bylineRest(rest)
	}
	// Korean bylines put the title after the name: "홍길동 기자".
	if n, ok := strings.CutSuffix(t, " 기자"); ok && utf8.RuneCountInString(n) <= 12 {
		return bylineRest(n)
	}
	return "", false
}

// bylineRest cleans the names part of a byline: it cuts a trailing date,
// role or separator and rejects sentences.
func bylineRest(rest string) (string, bool) {
	rest = cutAtDate(strings.TrimSpace(rest))
	for _, cut := range []string{" on ", " | ", " - ", " — ", " – ", " · ", " Updated", " Published", " Posted"} {
		if i := strings.Index(rest, cut); i > 0 {
			rest = rest[:i]
		}
	}
	rest = strings.TrimSpace(strings.Trim(rest, " ,;|"))
	if rest == "" || len(rest) > 120 {
		return "", false
	}
	// A byline is a list of names, not a sentence.
	if strings.HasSuffix(rest, ".") && strings.Count(rest, " ") > 6 {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if !unicode.IsLetter(r) || unicode.IsLower(r) {
		return "", false
	}
	return rest, true
}

// splitAuthors splits "A, B and C" into names.
func splitAuthors(s string) []string {
	s = strings.TrimSpace(s)
	if ls := strings.ToLower(s); strings.HasPrefix(ls, "by ") {
		s = s[3:]
	}
	// Cut trailing role/date information.
	for _, cut := range []string{" | ", " - ", " — ", " – ", "\n", " Updated", " Published", " on "} {
		if i := strings.Index(s, cut); i > 0 {
			s = s[:i]
		}
	}
	s = cutAtDate(s)
	repl := strings.NewReplacer(" and ", ",", " And ", ",", " & ", ",", " und ", ",", " y ", ",", " et ", ",", " e ", ",", ";", ",", " with ", ",",
		" en ", ",", " i ", ",", " и ", ",", " і ", ",", " та ", ",", " ve ", ",", "、", ",", "，", ",", "；", ",")
	s = repl.Replace(s)
	var out []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part != "" {
			out = append(out, part)
		}
	}
	return out
}

// cutAtDate cuts a byline where a date or any digit starts ("Jane Doe
// November 15, 2019").
func cutAtDate(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,"))
		if i > 0 && weekdays[lw] {
			return strings.Join(words[:i], " ")
		}
		if _, ok := monthNames[lw]; ok && i > 0 && i+1 < len(words) && len(words[i+1]) > 0 && words[i+1][0] >= '0' && words[i+1][0] <= '9' {
			return strings.Join(words[:i], " ")
		}
		if strings.IndexAny(w, "0123456789") >= 0 {
			return strings.Join(words[:i], " ")
		}
	}
	return s
}

// orgWords mark a byline part as an organisation rather than a person.
var orgWords = []string{"news", "press", "staff", "media", "agency", "reporter", "desk", "team", "correspondent", "writer",
	"editor", "contributor", "columnist",
	"international", "business", "online", "editorial", "redaktion", "newsroom", "wire", "service", "digital"}

func isOrg(a string) bool {
	la := strings.ToLower(a)
	for _, w := range orgWords {
		if strings.Contains(la, w) {
			return true
		}
	}
	for _, name := range wireAgencies {
		if strings.EqualFold(a, name) {
			return true
		}
	}
	return false
}

// cleanAuthors trims, filters and de-duplicates author names. Parts that
// name an organisation ("CNN Business", "Associated Press") are dropped
// when a person is named too.
func cleanAuthors(in []string) []string {
	out := cleanNames(in)
	for i, a := range out {
		// "JILL LAWLESS Associated Press": strip a trailing agency.
		for _, name := range wireAgencies {
			if len(a) > len(name)+3 && strings.HasSuffix(a, " "+name) {
				out[i] = strings.TrimSpace(strings.TrimSuffix(a, name))
			}
		}
	}
	people := 0
	for _, a := range out {
		if !isOrg(a) {
			people++
		}
	}
	if people > 0 && people < len(out) {
		kept := out[:0]
		for _, a := range out {
			if !isOrg(a) {
				kept = append(kept, a)
			}
		}
		out = kept
	}
	return out
}

func cleanNames(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range in {
		a = collapse(a)
		a = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(a, "By "), "by "))
		a = strings.Trim(a, ",;:|-–— ")
		la := strings.ToLower(a)
		if a == "" || len(a) > 80 || strings.Contains(a, "@") || strings.HasPrefix(la, "http") {
			continue
		}
		if strings.Count(a, " ") > 5 {
			continue
		}
		if _, ok := parseDate(a, false); ok {
			continue
		}
		if seen[la] {
			continue
		}
		seen[la] = true
		out = append(out, a)
		if len(out) >= 10 {
			break
		}
	}
	return out
}

// wireAgencies maps the credit in a dateline "CITY (AP) —" to the agency.
var wireAgencies = map[string]string{
	"AP": "Associated Press", "Reuters": "Reuters", "AFP": "AFP", "dpa": "dpa", "DPA": "dpa",
	"UPI": "UPI", "Bloomberg": "Bloomberg", "PTI": "PTI", "IANS": "IANS", "Xinhua": "Xinhua",
	"EFE": "EFE", "ANSA": "ANSA", "CNN": "CNN", "ANI": "ANI", "AAP": "AAP", "CP": "The Canadian Press",
	"KNA": "KNA", "APA": "APA", "TASS": "TASS", "Yonhap": "Yonhap", "Kyodo": "Kyodo",
}

// wireCredit finds a wire agency credit in the first line of the body:
// "BEIJING (AP) — ..." or "(Reuters) - ...".
func wireCredit(text string) string {
	if len(text) > 400 {
		text = text[:400]
	}
	i := strings.IndexByte(text, '(')
	if i < 0 || i > 80 {
		return ""
	}
	j := strings.IndexByte(text[i:], ')')
	if j < 0 || j > 20 {
		return ""
	}
	credit := strings.TrimSpace(text[i+1 : i+j])
	if name, ok := wireAgencies[credit]; ok {
		return name
	}
	return ""
}

// looksLikeName reports whether t is a short run of capitalised words, as
// an author element's text is: "Jane Doe", "Jean-Luc de la Croix".
func looksLikeName(t string) bool {
	words := strings.Fields(t)
	if len(words) < 2 || len(words) > 5 || strings.IndexAny(t, "0123456789@|:/") >= 0 {
		return false
	}
	caps := 0
	for _, w := range words {
		r := []rune(w)
		if unicode.IsUpper(r[0]) {
			caps++
		} else if len(w) > 4 {
			return false
		}
	}
	return caps >= 2
}

// weekdays are day names that start the date part of a byline.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"lunes": true, "martes": true, "miércoles": true, "jueves": true, "viernes": true, "sábado": true, "domingo": true,
	"lunedì": true, "martedì": true, "mercoledì": true, "giovedì": true, "venerdì": true, "sabato": true, "domenica": true,
}

// pickAuthors chooses the authors: declared ones (JSON-LD, meta tags)
// cleaned of organisations, else a visible byline, else a wire credit.
func (p *page) pickAuthors() {
	res, m, ld := p.res, p.meta, p.ld
	if len(ld.authors) > 0 {
		res.Authors, res.Provenance["authors"] = cleanAuthors(ld.authors), "jsonld"
	}
	if len(res.Authors) == 0 {
		for _, k := range []string{"author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "twitter:creator"} {
			v := m[k]
			if v == "" || strings.HasPrefix(v, "http") || (k == "twitter:creator" && strings.HasPrefix(v, "@")) {
				continue
			}
			if a := cleanAuthors(splitAuthors(v)); len(a) > 0 {
				res.Authors, res.Provenance["authors"] = a, "meta:"+k
				break
			}
		}
	}
	if len(res.Authors) == 0 && len(ld.pageAuthors) > 0 {
		if a := cleanAuthors(ld.pageAuthors); len(a) > 0 {
			res.Authors, res.Provenance["authors"] = a, "jsonld:webpage"
		}
	}
	if len(res.Authors) == 0 {
		for _, n := range p.anchors {
			if hasToken(attr(n, "rel"), "author") {
				if t := textOf(n); t != "" && len(t) < 80 {
					res.Authors = append(res.Authors, t)
				}
			}
		}
		if len(res.Authors) > 0 {
			res.Authors, res.Provenance["authors"] = cleanAuthors(res.Authors), "rel=author"
		}
	}
	if len(res.Authors) == 0 {
		for _, i := range p.bylineNodes {
			t := textOf(p.nodes[i].n)
			if names, ok := bylineNames(t); ok {
				res.Authors, res.Provenance["authors"] = cleanAuthors(splitAuthors(names)), "byline"
				break
			}
			if looksLikeName(t) {
				res.Authors, res.Provenance["authors"] = cleanAuthors([]string{t}), "byline"
				break
			}
		}
	}
	if len(res.Authors) == 0 && len(p.bylines) > 0 {
		res.Authors, res.Provenance["authors"] = cleanAuthors(splitAuthors(p.bylines[0])), "byline"
	}
	if len(res.Authors) == 0 {
		if w := wireCredit(res.Text); w != "" {
			res.Authors, res.Provenance["authors"] = []string{w}, "wire"
		}
	}
	if len(res.Authors) == 0 {
		res.Authors = nil
	}
}
