package extract

import (
	"strings"
	"unicode"
)

// bylineNames recognises a byline ("By Jane Doe and John Roe", "Von Max
// Muster", "Por ...") and returns the names part.
func bylineNames(t string) (string, bool) {
	lt := strings.ToLower(t)
	for _, pre := range []string{"by ", "by: ", "written by ", "words by ", "von ", "par ", "por ", "di ", "door "} {
		if strings.HasPrefix(lt, pre) {
			rest := strings.TrimSpace(t[len(pre):])
			if rest == "" || len(rest) > 120 {
				return "", false
			}
			// A byline is a list of capitalised names, not a sentence.
			if strings.HasSuffix(rest, ".") && strings.Count(rest, " ") > 6 {
				return "", false
			}
			r := []rune(rest)
			if len(r) == 0 || !unicode.IsUpper(r[0]) {
				return "", false
			}
			return rest, true
		}
	}
	return "", false
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
	repl := strings.NewReplacer(" and ", ",", " And ", ",", " & ", ",", " und ", ",", " y ", ",", " et ", ",", " e ", ",", ";", ",", " with ", ",")
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

// cleanAuthors trims, filters and de-duplicates author names.
func cleanAuthors(in []string) []string {
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
