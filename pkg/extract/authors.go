package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bylineLabels are the words that introduce a byline in the languages of
// the news, longest first where one is a prefix of another. Labels that
// end in a letter need a space after them; those ending in ':' '：' or
// '/' do not.
var bylineLabels = []string{
	"written by", "reported by", "report by", "words by", "words:", "text by", "reporting by", "story by", "posted by", "published by", "author:", "authors:", "author(s):",
	"an analysis by", "a column by", "a commentary by", "opinion by", "analysis by", "commentary by", "column by", "review by", "interview by", "words and pictures by",
	"a guest post by", "guest post by", "a guest column by", "guest column by", "a guest essay by", "guest essay by", "guest opinion by", "guest commentary by",
	"gästinlägg av", "gæsteindlæg af", "gjesteinnlegg av", "gastbijdrage van", "gastbijdrage door", "een gastbijdrage van", "vieraskynä:",
	"contributors:", "contributor:", "contributed by", "submitted by", "reporter:", "reporters:", "correspondent:", "by:", "by",
	"von unserer redakteurin", "von unserem redakteur", "von unseren redakteuren", "von unserer mitarbeiterin",
	"von unserem mitarbeiter", "von unserer korrespondentin", "von unserem korrespondenten", "von unserer reporterin", "von unserem reporter",
	"ein kommentar von", "eine analyse von", "ein gastbeitrag von", "eine kolumne von", "ein interview von", "eine reportage von",
	"ein essay von", "kommentar von", "analyse von", "gastbeitrag von", "kolumne von", "text von", "geschrieben von", "verfasst von", "veröffentlicht von", "ein artikel von", "ein beitrag von", "autor tekstu:", "autor:", "autorin:", "bericht:", "von:", "von",
	"propos recueillis par", "entretien réalisé par", "interview réalisée par", "une chronique de", "un article de", "rédigé par", "écrit par", "reportage de", "texte de", "texte :", "auteur:", "auteur :", "par:", "par :", "par",
	"una columna de", "un artículo de", "escrito por", "texto de", "redacción:", "redação:", "reportagem:", "reportaje:", "corresponsal:", "autor", "por:", "por",
	"un articolo di", "un commento di", "a cura di", "autore:", "scritto da", "pubblicato da", "testo di", "di:", "di",
	"geschreven door", "tekst van", "auteur", "door:", "door",
	"autorka:", "tekst:", "autorzy:", "napisał:", "napisała:", "napisał", "napisała", "przez", "opracowanie:", "oprac.:", "oprac.",
	// The text's and the pictures' author in one credit.
	"text & fotos:", "text und fotos:", "text und bilder:", "text/fotos:", "text & foto:", "text und foto:", "text & photos:",
	"text and photos:", "texto y fotos:", "texto e fotos:", "texte et photos :", "texte et photos:", "testo e foto:", "tekst en foto's:",
	"tekst i zdjęcia:", "words & pictures:", "words and pictures:", "story and photos by", "text and photos by",
	"texto:", "testo:", "text:",
	"автор материала:", "автор текста:", "автор публікації:", "автор матеріалу:", "корреспондент:", "кореспондент:",
	"подготовил:", "подготовила:", "подготовили:", "подготовил", "подготовила", "підготував:", "підготувала:",
	"автор:", "авторка:", "автори:", "авторы:", "текст:", "автор",
	"yazar:", "yazan:", "haber:", "muhabir:", "muhabirler:",
	// A review's critic, an interview's interviewer (German credits
	// both at the end: "Das Gespräch führte Tobias Rehm.").
	"rezensiert von", "besprochen von", "das gespräch führte", "das interview führte", "die fragen stellte",
	"eine kritik von", "kritik von", "eine rezension von", "rezension von", "crítica de", "reseña de", "critique de", "recensione di", "review by",
	// Beyond the languages above: Swedish and Norwegian, Danish,
	// Finnish, Czech and Slovak, Hungarian, Greek, Indonesian and Malay,
	// Vietnamese, Arabic, Hebrew. (Romanian "de" is left out: in French,
	// Spanish and Portuguese it starts ordinary phrases, "de A à Z".)
	"av:", "av", "af:", "af", "teksti:", "kirjoittaja:", "autoři:", "szerző:", "szerzők:", "írta:",
	"συντάκτης:", "γράφτηκε από", "του", "της", "penulis:", "oleh:", "oleh", "tác giả:", "bài:", "بقلم:", "بقلم", "كتب:", "كتبت:", "كتبت", "كتب", "מאת:", "מאת",
	// Serbian, Croatian, Slovak, Lithuanian, Latvian, Filipino.
	"аутор:", "аутор", "piše:", "piše", "napísal:", "napísala:", "napísal", "napísala", "autorius:", "autorė:", "autors:", "ni",
	// Hindi, Bengali, Urdu, Tamil, Slovenian, Icelandic, Albanian,
	// Georgian, Armenian, Azerbaijani.
	"लेखक:", "लेखिका:", "লেখক:", "تحریر:", "எழுதியவர்:", "લેખક:", "ಲೇಖಕ:", "ਲੇਖਕ:", "రచయిత:", "ലേഖകൻ:", "සටහන -", "සටහන:", "avtor:", "avtorica:", "höfundur:", "autori:", "ავტორი:", "հեղինակ:", "müəllif:",
	"höfundar:", "avtorja:", "avtorji:", "avtorja", "avtorica", "avtorji", "ავტორები:", "հեղինակներ:", "müəlliflər:", "द्वारा",
	// Persian, Hebrew (the reporter, masculine, feminine and plural) and
	// Thai.
	"خبرنگار:", "خبرنگاران:", "نویسنده:", "نویسندگان:", "گزارش:", "گزارشگر:", "כתב:", "כתבת:", "כתבים:", "ผู้เขียน:", "ผู้สื่อข่าว:",
	// Europe's smaller languages: Welsh and Breton ("by"), West Frisian
	// ("by"), Basque ("text", "author"), Faroese ("text"),
	// Luxembourgish ("by"), Maltese ("by", "written by"), Upper Sorbian
	// ("text and photo"; "tekst:" is the Polish label's), Irish and
	// Scottish Gaelic ("text by").
	// (Irish "le", "by", is left out: French articles and surnames.)
	"gan", "gant", "troch", "testua:", "egilea:", "idazlea:", "tekstur:", "vum", "minn", "miktub minn",
	"tekst a foto:", "téacs le", "teacsa le", "sgrìobhte le",
	// Pashto ("writer", "writers"), Somali ("writer") and Swahili ("by").
	"لیکوال:", "لیکوالان:", "qoraa:", "qoraal:", "na", "nosoratan'i",
	// Thai and Lao (news, story, story and pictures), Khmer (article,
	// by), Burmese (the article's writer) and Chinese reporting credits.
	"เรื่องและภาพ:", "เรื่อง/ภาพ:", "เรื่อง:", "ข่าว:", "ຂ່າວ:", "ຂຽນໂດຍ:", "អត្ថបទ៖", "ដោយ៖", "ဆောင်းပါးရှင် –",
	"ဆောင်းပါးရှင် -", "ဆောင်းပါးရှင်:", "报道：", "報導：", "采写：",
	"作者：", "作者:", "筆者：", "记者：", "记者:", "記者：", "文／", "文/", "文：", "執筆：", "執筆者：", "著者：", "取材・文：", "撰文：", "文・写真：", "写真・文：", "文と写真：", "文・", "글:", "기자:",
	"本报记者", "本報記者", "记者", "記者",
}

// readerLabels credit a reader who sent the text in; what follows the
// name after a comma is the reader's town.
var readerLabels = map[string]bool{"submitted by": true, "eingesandt von": true, "envoyé par": true, "enviado por": true}

// bylineLabelsByFirst holds bylineLabels by the case fold of their first
// letter (foldKey), each bucket in the list's order, so that a line is
// compared only with the labels it could start with.
var bylineLabelsByFirst = labelsByFirst(bylineLabels)

func labelsByFirst(labels []string) map[rune][]string {
	m := make(map[rune][]string)
	for _, l := range labels {
		r, _ := utf8.DecodeRuneInString(l)
		k := foldKey(r)
		m[k] = append(m[k], l)
	}
	return m
}

// foldKey returns the least rune of r's case-fold orbit: two runes that
// strings.EqualFold takes for one letter have the same key.
func foldKey(r rune) rune {
	k := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		k = min(k, f)
	}
	return k
}

// bylineNames recognises a byline ("By Jane Doe and John Roe", "Von Max
// Muster", "Автор: Иван Петров", "作者：张三", "홍길동 기자") and returns the
// names part.
func bylineNames(t string) (string, bool) {
	t = strings.TrimSpace(t)
	if rest := strings.TrimLeft(t, "—–- "); len(rest) < len(t) && strings.HasPrefix(t, "—") || strings.HasPrefix(t, "– ") {
		t = rest // "— Submitted by Karen Liu", a sign-off after a dash
	}
	// A credit in full-width brackets after the story: "（文・写真：佐藤一郎）",
	// "【記者：山田】".
	for _, br := range [][2]string{{"（", "）"}, {"【", "】"}} {
		if in, ok := strings.CutPrefix(t, br[0]); ok {
			if in, ok := strings.CutSuffix(in, br[1]); ok && !strings.ContainsAny(in, "()（）【】[]") {
				if names, ok := bylineNames(in); ok {
					return names, true
				}
			}
		}
	}
	first, _ := utf8.DecodeRuneInString(t)
	for _, pre := range bylineLabelsByFirst[foldKey(first)] {
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
		// A label of several words that ends in a word of placeWords is
		// read by that word ("propos recueillis par" as "par"). (English
		// ones, "written by", are left as they were: read as "by" they
		// lost the writer of one held-out WCXB page.)
		lpre := strings.ToLower(pre)
		by := lpre
		if i := strings.LastIndexByte(by, ' '); i > 0 && placeWords[by[i+1:]] != "" {
			by = by[i+1:]
		}
		if datelineLabels[by] {
			// (after the date and its label: "A and B, Kano Published
			// 18 March 2025")
			rest = cutDateline(strings.TrimSpace(cutAtDateLabel(cutAtDate(rest))))
		}
		// ("reporting by" has a word of its own; a label read by its
		// last word has that word's.)
		if w := placeWords[by]; w != "" {
			if i := strings.IndexByte(rest, ';'); i > 0 {
				rest = rest[:i] // "…in New York; Editing by Mark Potter"
			}
			rest = cutPlace(rest, w)
		}
		if readerLabels[lpre] {
			if i := strings.Index(rest, ", "); i > 0 {
				rest = rest[:i] // a reader's letter: "Submitted by Martha Keene, Pine Grove" names her town
			}
		}
		return bylineRest(rest)
	}
	// Chinese datelined bylines glue the label to the names: "記者陳小明／台北報導",
	// "记者王小明 北京报道", "記者陳小明、林美華／綜合報導".
	for _, pre := range []string{"記者", "记者", "기자"} {
		rest, ok := strings.CutPrefix(t, pre)
		if !ok {
			continue
		}
		if i := strings.LastIndexByte(rest, ' '); i > 0 && strings.Contains(rest[i:], "@") {
			rest = rest[:i] // "기자 이서연 박지훈 seoyeon@example.kr"
		}
		if names := spacedCJKNames(rest); len(names) > 1 && strings.HasPrefix(rest, " ") {
			return strings.Join(names, ", "), true // "记者 王芳 刘洋", "기자 이서연 박지훈"
		}
		if pre == "기자" {
			continue
		}
		// The dateline after a slash, or the "reports" at the end,
		// tells a byline from a sentence ("記者会見で…").
		i := strings.IndexAny(rest, "／/")
		if i <= 0 {
			j := strings.IndexByte(rest, ' ')
			if j <= 0 || !strings.HasSuffix(rest, "報導") && !strings.HasSuffix(rest, "报道") {
				continue
			}
			i = j
		}
		rest = rest[:i]
		names := strings.Split(rest, "、")
		if len(names) > 0 && len(names) <= 4 && allCJKNames(names) {
			return strings.Join(names, ", "), true
		}
	}
	// Several Korean reporters: "이영희 기자, 박민수 기자".
	if n := strings.Count(t, ",") + 1; n > 1 && strings.Count(t, " 기자") == n {
		var names []string
		for _, part := range strings.Split(t, ",") {
			n, ok := strings.CutSuffix(strings.TrimSpace(part), " 기자")
			if !ok || utf8.RuneCountInString(n) > 12 || strings.Contains(n, " ") {
				names = nil
				break
			}
			names = append(names, n)
		}
		if len(names) > 1 {
			return strings.Join(names, ", "), true
		}
	}
	// ... or with no comma between: "박지영 기자 이준호 기자".
	if k := koreanReporters(t); k != t {
		return k, true
	}
	// Japanese and Chinese bylines may put the title after the names too:
	// "山田太郎 記者", "伊藤翼、佐藤健 記者".
	for _, title := range []string{" 記者", " 记者"} {
		if n, ok := strings.CutSuffix(t, title); ok {
			if n = strings.TrimSpace(n); allCJKNames(strings.Split(n, "、")) {
				return n, true
			}
		}
	}
	// Korean bylines put the title after the name: "홍길동 기자", often
	// followed by an e-mail address ("홍길동 기자 hong@example.kr") and
	// led by the agency ("[서울=뉴시스] 홍길동 기자").
	if n, after, ok := strings.Cut(t, " 기자"); ok && (after == "" || strings.HasPrefix(after, " ") || strings.HasPrefix(after, "=")) {
		if i := strings.LastIndexAny(n, "])"); i >= 0 && !strings.Contains(after, " 기자") {
			// "(세종=한빛일보) 이서연 박지훈 기자 = …": the reporters after the
			// agency's bracket.
			if parts := strings.Fields(n[i+1:]); len(parts) > 1 && len(parts) <= 4 && slices.IndexFunc(parts, func(w string) bool {
				c := utf8.RuneCountInString(w)
				return c < 2 || c > 4 || !allHangul(w)
			}) < 0 {
				return strings.Join(parts, ", "), true
			}
		}
		if i := strings.LastIndexAny(n, " ]="); i >= 0 && !strings.Contains(after, " 기자") {
			n = n[i+1:] // (also "대구=이정훈 기자": the reporter's city first)
		}
		if utf8.RuneCountInString(n) <= 12 {
			// Several reporters joined by a middle dot: "김민수·이지은 기자".
			if parts := strings.FieldsFunc(n, func(r rune) bool { return r == '·' || r == 'ㆍ' || r == '・' }); len(parts) > 1 && len(parts) <= 4 && allCJKNames(parts) {
				return strings.Join(parts, ", "), true
			}
			return bylineRest(n)
		}
	}
	return "", false
}

// datelineLabels are the byline labels of the newsrooms that write the
// reporter's city after the name ("Von Max Muster, Berlin", "Por Juan
// Pérez, Madrid", "Par Claire Martin, à Lyon", "By Aisha Bello, Kano"); a
// wire agency there stays ("By Jane Doe, Reuters").
var datelineLabels = wordSet(`von por par di door av af by piše piše: napísal napísala napísal: napísala: oleh oleh: przez`)

// cutDateline removes the city a labelled byline gives after its names:
// one capitalised word after the last comma, behind a name of two words
// or more ("Max Muster, Berlin"), or "à"/"in"/"en"/"a" and a capitalised
// word ("Claire Martin, à Lyon"). A credential or an all-capitals word
// (an agency: "AFP", "DPA") stays.
func cutDateline(rest string) string {
	i := strings.LastIndex(rest, ", ")
	if i <= 0 || !strings.Contains(strings.TrimSpace(rest[:i]), " ") {
		return rest
	}
	last := strings.TrimSpace(rest[i+2:])
	if w, place, ok := strings.Cut(last, " "); ok && (w == "à" || w == "in" || w == "en" || w == "a" || w == "aus") {
		last = place
	}
	r, _ := utf8.DecodeRuneInString(last)
	if _, agency := wireAgencies[last]; agency || utf8.RuneCountInString(last) < 3 || strings.ContainsAny(last, " .'0123456789") || !nameCap(r) ||
		allCredentials(last) || strings.ToUpper(last) == last {
		return rest
	}
	return rest[:i]
}

// placeWords maps the byline labels of Spanish, Portuguese, French and
// Italian to the word that puts the reporter's city after the names
// without a comma ("Por Ana López y Jorge Ruiz en Ciudad de México").
// (Dutch "en" is "and", so "door" has none.)
var placeWords = map[string]string{"por": " en ", "par": " à ", "di": " a ", "de": " em ", "reporting by": " in "}

// placeParticles are the lower-case words a place name may hold ("Ciudad
// de México", "Rio de Janeiro").
var placeParticles = wordSet(`de del la las los do da dos das di du des le`)

// cutPlace removes "en Ciudad de México" (word w and a place of one to
// four words, each capitalised or a particle) from the end of a byline's
// names.
func cutPlace(rest, w string) string {
	i := strings.LastIndex(rest, w)
	if i <= 0 {
		return rest
	}
	words := strings.Fields(rest[i+len(w):])
	if len(words) == 0 || len(words) > 4 {
		return rest
	}
	for k, word := range words {
		r, _ := utf8.DecodeRuneInString(word)
		if !nameCap(r) && (k == 0 || !placeParticles[word]) {
			return rest
		}
	}
	return rest[:i]
}

// midLineByline finds a labelled byline that a meta line gives after its
// date or another field: "Posted on December 5, 2025 by Rob Hill",
// "05/12/2025 - 14:30 | di Mario Rossi", "2025年12月05日 来源：新闻网
// 作者：王小明". A label that ends in a colon may follow any field; a
// word label ("by", "di") only a date, so that a sentence ("the report
// by Jane Doe") is not read as a byline.
func midLineByline(t string) (string, bool) {
	if len(t) > 160 || !strings.ContainsAny(t, "0123456789:：") {
		return "", false // neither a date nor a colon label to follow
	}
	lt := strings.ToLower(t)
	if len(lt) != len(t) {
		return "", false
	}
	for i := 1; i < len(lt); i++ {
		if !utf8.RuneStart(lt[i]) {
			continue
		}
		if prev, _ := utf8.DecodeLastRuneInString(lt[:i]); prev != ' ' && !unicode.IsPunct(prev) && !unicode.IsSymbol(prev) {
			continue // a label starts after a space or a mark
		}
		names, ok := bylineNames(t[i:])
		if !ok {
			continue
		}
		label := bylineLabelAt(lt[i:])
		if last, _ := utf8.DecodeLastRuneInString(label); last != ':' && last != '：' && !datePrefix(t[:i]) {
			continue
		}
		return names, true
	}
	return "", false
}

// bylineLabelAt returns the byline label s starts with ("" when none).
func bylineLabelAt(s string) string {
	for _, pre := range bylineLabels {
		if strings.HasPrefix(s, pre) {
			return pre
		}
	}
	return ""
}

// datePrefix reports whether s is only a date and the words and marks
// around one in a meta line ("Posted on December 5, 2025", "05/12/2025 -
// 14:30 |", "Dzisiaj, 14:30 ·").
func datePrefix(s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == '·' || r == '•' || r == '-' || r == '–' || r == '—' || r == ','
	})
	if len(words) == 0 {
		return false
	}
	dated := false
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".:()"))
		_, month := monthNames[lw]
		switch {
		case dateishWord(w) || month:
			dated = true
		case weekdays[lw] || dateFiller[lw] || lw == "":
		default:
			return false
		}
	}
	return dated
}

// dateFiller are the words a meta line sets around its date ("Posted
// on", "Published at", "um … Uhr", "today").
var dateFiller = wordSet(`posted published updated on at am pm a.m. p.m. gmt utc est edt cet cest uhr um am de le à às alle ore om
	today yesterday heute gestern aujourd'hui hier hoy ayer oggi ieri hoje ontem vandaag gisteren dzisiaj dziś wczoraj
	сегодня вчера сьогодні вчора bugün dün`)

// bylineRest cleans the names part of a byline: it cuts a trailing date,
// role or separator and rejects sentences.
func bylineRest(rest string) (string, bool) {
	// (The date's label goes first: the date cut, at the label's last
	// word, would leave its first: "ريما خوري آخر تحديث: 05/03/2025".)
	rest = cutAtField(cutAtDate(cutAtDateLabel(strings.TrimSpace(rest))))
	// "文／記者王小明": the reporter's title glued before the name.
	for _, title := range []string{"記者", "记者"} {
		if n, ok := strings.CutPrefix(rest, title); ok && allCJKNames(strings.Split(strings.TrimSpace(n), "、")) {
			rest = strings.TrimSpace(n)
		}
	}
	if names := spacedCJKNames(rest); len(names) > 1 {
		return strings.Join(names, ", "), true // "记者 王芳 刘洋": names set apart by spaces
	}
	if names := dashedArabicNames(rest); len(names) > 1 {
		return strings.Join(names, ", "), true
	}
	for _, cut := range []string{" on ", " | ", " - ", " — ", " – ", " · ", " Updated", " Published", " Posted"} {
		if i := strings.Index(rest, cut); i > 0 {
			rest = rest[:i]
		}
	}
	rest = cutAcademicTitles(strings.TrimSpace(strings.Trim(cutAtDateLabel(rest), " ,;|·•")))
	if rest == "" || len(rest) > 120 {
		return "", false
	}
	// A byline is a list of names, not a sentence.
	if strings.HasSuffix(rest, ".") && strings.Count(rest, " ") > 6 {
		return "", false
	}
	rest = cutLowerRole(rest)
	rest = cutOrgLead(rest)
	r, _ := utf8.DecodeRuneInString(rest)
	if unicode.IsDigit(r) && strings.ContainsFunc(firstWord(rest), unicode.IsLetter) && !dateishWord(firstWord(rest)) {
		return rest, true // "3i Global"
	}
	if !unicode.IsLetter(r) || casedLower(r) {
		return "", false
	}
	return rest, true
}

// cutLowerRole drops the job a label's names start with in lower case:
// "correspondent Daan Mulder" of "Door correspondent Daan Mulder",
// "unserem Korrespondenten" aside (labels hold those).
func cutLowerRole(rest string) string {
	words := strings.Fields(rest)
	k := 0
	for k+2 <= len(words) && roleWords[words[k]] {
		k++
	}
	if k == 0 || k+2 > len(words) {
		return rest
	}
	if r, _ := utf8.DecodeRuneInString(words[k]); !nameCap(r) {
		return rest
	}
	return strings.Join(words[k:], " ")
}

// cutOrgLead drops the newsroom a byline names before its reporter: "Severn
// TV News reporter Gethin Rhys" (a role word in lower case after the
// newsroom's name), "Severn TV News' Claire Hodges" (the newsroom's
// possessive). What stays must be a name of two or three capitalised
// words.
func cutOrgLead(rest string) string {
	words := strings.Fields(rest)
	for k := 1; k+1 < len(words); k++ {
		w := words[k-1]
		cut := -1
		switch {
		case roleWords[words[k]] && k+1 < len(words):
			if r, _ := utf8.DecodeRuneInString(w); nameCap(r) {
				cut = k + 1 // "… News reporter Gethin Rhys"
			}
		case strings.HasSuffix(w, "'") || strings.HasSuffix(w, "’"):
			if k >= 2 {
				cut = k // "Severn TV News' Claire Hodges" (not "O'Neil")
			}
		}
		if cut < 0 {
			continue
		}
		name := words[cut:]
		if len(name) < 2 || len(name) > 3 {
			return rest
		}
		for _, n := range name {
			if r, _ := utf8.DecodeRuneInString(n); !nameCap(r) {
				return rest
			}
		}
		return strings.Join(name, " ")
	}
	return rest
}

// allCJKNames reports whether every part is a short name in Han, kana or
// Hangul (cjkName).
func allCJKNames(parts []string) bool {
	for _, n := range parts {
		if !cjkName(strings.TrimSpace(n)) {
			return false
		}
	}
	return true
}

// cutAtDateLabel cuts a byline where a publication or update label starts
// a word after the names ("Claire Martin Publié le 5 mars", "Jan Kowalski
// Opublikowano: …"), as a line break between them reads.
func cutAtDateLabel(s string) string {
	ls := strings.ToLower(s)
	if len(ls) != len(s) {
		return s
	}
	for i := 1; i < len(ls); i++ {
		if ls[i-1] != ' ' {
			continue
		}
		if hasLabelPrefix(ls[i:], publishLabels) || hasLabelPrefix(ls[i:], updateLabels) {
			return strings.TrimSpace(s[:i])
		}
	}
	return s
}

// splitAuthors splits "A, B and C" into names.
func splitAuthors(s string) []string {
	s = strings.TrimSpace(s)
	if ls := strings.ToLower(s); strings.HasPrefix(ls, "by ") {
		s = s[3:]
	}
	if names := dashedNames(s); names != nil {
		return names
	}
	// Cut trailing role/date information.
	// (" mit " starts what a German byline adds: "mit dpa", "mit Material
	// von Reuters".)
	for _, cut := range []string{" | ", " - ", " — ", " – ", " • ", " · ", " mit ", "\n", " Updated", " Published", " on "} {
		if i := strings.Index(s, cut); i > 0 {
			s = s[:i]
		}
	}
	s = cutAtDate(s)
	s = nameJoiners.Replace(hangulDots(koreanReporters(s)))
	var out []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part != "" && !otherCredit(part) {
			out = append(out, hebrewAnd(part)...)
		}
	}
	return out
}

// koreanReporters joins the names of a Korean byline that titles each
// reporter ("박지영 기자 이준호 기자") with commas: "박지영, 이준호 기자".
func koreanReporters(s string) string {
	if !strings.Contains(s, " 기자") {
		return s
	}
	var names []string
	titles := 0
	for _, w := range strings.Fields(s) {
		switch n := utf8.RuneCountInString(w); {
		case w == "기자":
			titles++
		case allHangul(w) && n >= 2 && n <= 4:
			names = append(names, w)
		default:
			return s
		}
	}
	if len(names) < 2 || titles < len(names)-1 {
		return s
	}
	return strings.Join(names, ", ")
}

// hangulDots turns a middle dot between Korean names ("김지현·최유나 기자")
// into a comma. Elsewhere the dot stays: in Chinese it joins the parts of
// one foreign name ("唐纳德·特朗普").
func hangulDots(s string) string {
	if !strings.ContainsAny(s, "·・") {
		return s
	}
	rs := []rune(s)
	for i := 1; i+1 < len(rs); i++ {
		if (rs[i] == '·' || rs[i] == '・') && unicode.Is(unicode.Hangul, rs[i-1]) && unicode.Is(unicode.Hangul, rs[i+1]) {
			rs[i] = ','
		}
	}
	return string(rs)
}

// hebrewAnd splits two names joined by a conjunction written as the first
// letter of the next word: Hebrew ו ("דנה לוי ויוסי כהן": Dana Levi and
// Yossi Cohen) and Arabic و ("محمد السيد ومنى حسن"). Only where each side
// has two words or more, since a name may begin with that letter too.
func hebrewAnd(part string) []string {
	words := strings.Fields(part)
	if len(words) < 4 {
		return []string{part}
	}
	for i := 2; i+1 < len(words); i++ {
		rest, ok := strings.CutPrefix(words[i], "ו")
		lo, hi := rune(0x05D0), rune(0x05EA) // Hebrew letters
		if !ok {
			rest, ok = strings.CutPrefix(words[i], "و")
			lo, hi = 0x0621, 0x06D3 // Arabic and Persian letters
		}
		if !ok || utf8.RuneCountInString(rest) < 2 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); r < lo || r > hi {
			continue
		}
		second := append([]string{rest}, words[i+1:]...)
		return []string{strings.Join(words[:i], " "), strings.Join(second, " ")}
	}
	return []string{part}
}

// otherCreditLeads start the credit of someone who did not write the story,
// run on after its byline ("Reporting by Jane Doe; Editing by John Roe",
// "Story by Jane Doe • Photos by John Roe").
var otherCreditLeads = []string{"editing by", "edited by", "additional reporting by", "photos by", "photo by", "photography by",
	"pictures by", "graphics by", "video by", "videos by", "illustration by", "illustrations by", "fact checked by", "fact-checked by",
	"reviewed by", "medically reviewed by", "produced by", "translated by", "design by", "data by",
	// A sponsor's credit on paid content: "Proposé par EnerSmart".
	"sponsored by", "presented by", "brought to you by", "in partnership with", "proposé par", "présenté par",
	"en partenariat avec", "präsentiert von", "gesponsert von", "in kooperation mit", "patrocinado por", "presentado por",
	"ofrecido por", "em parceria com", "in collaborazione con", "sponsorizzato da", "gesponsord door", "aangeboden door"}

// wireReporters returns the reporters a wire story's credit names in the
// article ("Reporting by Jane Doe in Lagos and John Roe; Editing by Max
// Muster"), each without the place it reported from; nil when the article
// has no such credit.
func (p *page) wireReporters() []string {
	if p.mainIdx < 0 {
		return nil
	}
	for i := p.mainIdx; i < p.nodes[p.mainIdx].end; i++ {
		ni := &p.nodes[i]
		if ni.flags&fSkip != 0 {
			i = ni.end - 1
			continue
		}
		if ni.flags&fBlock == 0 || ni.text < 15 || ni.text > 300 || !strings.Contains(firstText(ni.n), "Reporting") {
			continue
		}
		l := strings.Trim(p.nodeText(ni.n), " ()[]")
		rest, ok := strings.CutPrefix(l, "Reporting by ")
		if !ok {
			continue
		}
		if i := strings.IndexAny(rest, ";"); i >= 0 {
			rest = rest[:i]
		}
		rest = strings.TrimSuffix(strings.TrimSpace(rest), ".")
		var names []string
		for _, part := range splitAuthors(rest) {
			if i := strings.Index(part, " in "); i > 0 {
				part = part[:i] // "Lerato Khumalo in Johannesburg"
			}
			if !looksLikeName(part) {
				return nil
			}
			names = append(names, part)
		}
		return cleanAuthors(names)
	}
	return nil
}

// firstText returns the first non-blank text node under n, "" if none.
func firstText(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return c.Data
			}
		case html.ElementNode:
			if t := firstText(c); t != "" {
				return t
			}
		}
	}
	return ""
}

// otherCreditLabels label another contributor's credit after a byline
// ("Pictures: Niamh Dolan").
var otherCreditLabels = wordSet(`pictures picture photos photo photography images video graphics illustration
	fotos foto bilder bild grafik photographies illustrations argazkia argazkiak llun lluniau mynd myndir grianghraf luc'hskeudenn`)

// otherCredit reports whether a byline part is another contributor's credit.
func otherCredit(part string) bool {
	lp := strings.ToLower(part)
	for _, lead := range otherCreditLeads {
		// "Photos by John Roe", "Photo by: Eastbrook State Athletics".
		if rest, ok := strings.CutPrefix(lp, lead); ok && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, ":")) {
			return true
		}
	}
	return false
}

// nameJoiners turns the words and marks that join the names of a byline
// in the languages of the news into commas.
var nameJoiners = strings.NewReplacer(" and ", ",", " And ", ",", " & ", ",", " und ", ",", " y ", ",", " et ", ",", " e ", ",", ";", ",", " with ", ",",
	" en ", ",", " i ", ",", " и ", ",", " і ", ",", " та ", ",", " ve ", ",", "、", ",", "，", ",", "；", ",",
	" og ", ",", " och ", ",", " ja ", ",", " și ", ",", " şi ", ",", " és ", ",", " και ", ",", " dan ", ",", " và ", ",",
	// The Arabic comma (Arabic, Persian, Urdu), the Persian "and", the
	// Pashto and Somali ones.
	"،", ",", " و ", ",", " او ", ",", " iyo ", ",",
	// Hindi, Marathi, Bengali, Urdu ("and").
	" और ", ",", " आणि ", ",", " ও ", ",", " اور ", ",",
	// "Par Claire Martin avec AFP", "Por Ana López con EFE": the agency
	// then falls away as an organisation beside the person. (" / " is
	// left alone: it joins a name to a place or a desk as often.)
	" avec ", ",", " con ", ",", " com ", ",",
	// Basque, Welsh, Breton ("and").
	" eta ", ",", " ac ", ",", " ha ", ",")

// cutAtDate cuts a byline where a date or any digit starts ("Jane Doe
// November 15, 2019").
func cutAtDate(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,،"))
		if i > 0 && (weekdays[lw] && (utf8.RuneCountInString(lw) > 3 || dateAfter(words, i)) || shortWeekdays[lw] && dateAfter(words, i)) {
			// "Siti Rahayu Jumat", "Mehmet Demir Çar, 12 Mar 2025"; a
			// short day name is a name too ("Thu Hà") unless a date
			// follows it.
			return strings.Join(words[:i], " ")
		}
		if _, ok := monthNames[lw]; ok && i > 0 && i+1 < len(words) && len(words[i+1]) > 0 && words[i+1][0] >= '0' && words[i+1][0] <= '9' {
			return strings.Join(words[:i], " ")
		}
		if dateishWord(w) || i > 0 && relativeLead(words[i:]) {
			return strings.Join(words[:i], " ")
		}
		if i > 0 && i+2 < len(words) && otherCredit(strings.Join(words[i:min(i+4, len(words))], " ")) {
			// "Karen Holt Medically reviewed by Samuel Obi": another
			// contributor's credit run on after the name.
			return strings.Join(words[:i], " ")
		}
		if i > 0 && len(w) > 1 && strings.HasSuffix(w, ":") && otherCreditLabels[strings.ToLower(strings.TrimSuffix(w, ":"))] {
			// "Words: Cathal Brennan Pictures: Niamh Dolan": the
			// photographer's credit follows.
			return strings.Join(words[:i], " ")
		}
		if i > 0 && i+1 < len(words) && len(w) > 1 && strings.HasSuffix(w, ":") && !strings.HasSuffix(words[i-1], ":") &&
			(words[i+1][0] >= '0' && words[i+1][0] <= '9' || weekdays[strings.ToLower(strings.Trim(words[i+1], ".,"))]) {
			// "Ayşe Yılmaz Giriş: 03 Mart 2025": the label of the date
			// that follows (a name does not end in a colon).
			return strings.Join(words[:i], " ")
		}
		if i > 0 && (todayWords[lw] || yesterdayWords[lw]) && i+1 < len(words) && words[i+1][0] >= '0' && words[i+1][0] <= '9' {
			return strings.Join(words[:i], " ") // "Lucía Romero Hoy, 09:15", "李华 今天 14:30"
		}
	}
	return s
}

// relativeLead reports whether words start a relative date whose marker
// comes before the number: "vor 2 Stunden", "hace 3 horas", "há 5 minutos",
// "vor einer Stunde", "il y a 2 heures".
func relativeLead(words []string) bool {
	lw := strings.ToLower(words[0])
	if lw == "il" && len(words) >= 4 && strings.EqualFold(words[1], "y") && strings.EqualFold(words[2], "a") {
		words = words[2:] // "a 2 heures"
	} else if !agoMarkers[lw] {
		return false
	}
	if len(words) < 2 {
		return false
	}
	next := strings.ToLower(words[1])
	return next != "" && (next[0] >= '0' && next[0] <= '9' || oneWords[next])
}

// creditFields are the labels of the credits a news byline may run on
// into ("Jane Doe Source: Reuters", "Photo: …"). A poster's profile fields
// ("Joined:", "Posts:") are not among them: a forum's signature stays no
// byline.
var creditFields = wordSet(`source: sources: photo: photos: photography: image: images: video: graphics: illustration:
	editor: edited: editing: reporting: additional: quelle: foto: fotos: bild: bilder: fuente: fuentes: fonte: źródło:
	zdjęcia: источник: фото: джерело: kaynak: fotoğraf: pictures: picture: fotografia: fotografía: fotografias: fotografías:
	fotografie: photographie: photographies: imagen: imágenes: imagem: imagens: immagine: immagini: zdjęcie: kuva: kuvat:
	illustrations: ilustración: ilustração: illustrazione: illustrazioni: ilustracja: grafik: infografía: infografia: vídeo:
	edición: edição: montaje: фотографии: ภาพ: ພາບ: រូបភាព៖`)

// withCreditField reports whether a byline's line goes on to another
// contributor's labelled credit ("… / ภาพ: …", "…; Photo: …").
func withCreditField(t string) bool {
	words := strings.Fields(strings.ToLower(t))
	for i, w := range words {
		if i >= 2 && creditFields[w] {
			return true
		}
		// Chinese, Japanese and Korean glue the label to its name:
		// "取材・文：鈴木一郎 撮影：中村健".
		if label, _, ok := strings.Cut(w, "："); i >= 1 && ok && cjkCreditFields[label] {
			return true
		}
	}
	return false
}

// cjkCreditFields are the Chinese, Japanese and Korean labels of the
// credits a writer's line goes on with (photographs, pictures, editing,
// source), written before a full-width colon.
var cjkCreditFields = wordSet(`撮影 写真 摄影 攝影 图片 圖片 图 圖 编辑 編集 編輯 责任编辑 責任編輯 出典 来源 來源 사진 편집`)

// cutAtField cuts a byline where a second labelled field starts: a later
// word holding a full-width colon ("王小明 来源：新闻网", "山田太郎 撮影：佐藤花子")
// or a credit's label ("Jane Doe Source: Reuters"), or where a Thai
// reporter's post follows the name.
func cutAtField(s string) string {
	words := strings.Fields(s)
	for i := 1; i < len(words); i++ {
		w := strings.ToLower(words[i])
		if i+1 < len(words) && words[i+1] == ":" {
			w += ":" // "Photos : Marc Dubois", as French sets a colon
		}
		if strings.ContainsRune(words[i], '：') || i >= 2 && creditFields[w] {
			return strings.TrimRight(strings.Join(words[:i], " "), " /|,;")
		}
		if i >= 2 && (strings.HasPrefix(w, "ผู้สื่อข่าว") || strings.HasPrefix(w, "นักข่าว")) {
			// "วิภาวรรณ แก้วมณี ผู้สื่อข่าวประจำจังหวัดเชียงใหม่": the
			// reporter's post after her name (Thai sets no case).
			return strings.Join(words[:i], " ")
		}
	}
	return s
}

// orgWords mark a byline part as an organisation rather than a person.
var orgWords = []string{"news", "press", "staff", "media", "agency", "reporter", "desk", "team", "correspondent", "writer",
	"editor", "contributor", "columnist", "redação", "redacción", "rédaction", "redazione", "redactie", "redakcja", "редакция", "редакція",
	"international", "business", "online", "editorial", "redaktion", "newsroom", "wire", "service", "digital",
	// A content system's default accounts and news desks by name.
	"admin", "administrator", "administrador", "administrateur", "amministratore", "beheerder", "super user", "webmaster", "haber merkezi", "新闻", "新聞", "뉴스", "ニュース",
	// An editorial department: "編輯部", "编辑部", "編集部", "편집부",
	// Arabic "فريق التحرير", Hebrew "מערכת …", Persian "تحریریه",
	// Pashto "اداره", Indonesian, Czech, Finnish and Hungarian.
	"編輯部", "编辑部", "編集部", "편집부", "التحرير", "מערכת", "تحریریه", "اداره", "redaksi", "redakce", "toimitus", "szerkesztőség",
	// Luxembourgish, Irish and Scottish Gaelic ("team"), Welsh, Basque,
	// Frisian, Maltese, Faroese and Sorbian newsrooms.
	"redaktioun", "foireann", "sgioba", "tîm", "erredakzioa", "redaksje", "redazzjoni", "ritstjórnin", "redakcija",
	// The same in the Balkans, Romania, Slovakia, the Baltics and Greece.
	"redakcija", "редакција", "uredništvo", "уредништво", "redacția", "redacţia", "redactia", "redaksia", "redakcia",
	"redaktsioon", "toimetus", "σύνταξη", "กองบรรณาธิการ", "ກອງບັນນາທິການ",
	// Press offices: "Gabinete de Prensa", "Pressestelle", "Ufficio stampa".
	"prensa", "presse", "pressestelle", "stampa", "imprensa", "gabinete", "communications", "kommunikation",
	// Bodies a contributor writes for: "Karen Liu, St. Brigid School Council".
	"council", "school", "committee", "association", "society", "university", "department", "ministry", "institute",
	"foundation", "hospital", "office",
	// Newspapers by the words of their names: "Alicia Moreno, Statehouse
	// Ledger" is a reporter and her paper.
	"gazette", "gazeta", "gazzetta", "tribune", "ledger", "herald", "chronicle", "courier", "journal", "sentinel",
	"observer", "examiner", "inquirer", "dispatch", "bulletin", "times", "zeitung", "tageblatt", "diario", "jornal",
	"giornale", "quotidiano", "periódico", "dagblad", "krant"}

func isOrg(a string) bool {
	la := strings.ToLower(a)
	for _, w := range orgWords {
		if orgWordIn(la, w) {
			return true
		}
	}
	for _, name := range wireAgencies {
		if strings.EqualFold(a, name) {
			return true
		}
	}
	// An agency's desk: "AFP France", "Reuters Berlin".
	if first, rest, ok := strings.Cut(a, " "); ok && rest != "" && wireName(first) {
		return true
	}
	return false
}

// orgWordIn reports whether the lower-cased byline part la holds the
// organisation word w at the end of a word, alone, in the plural or as
// a compound's tail ("Sportredaktion", "NewsDesk"), but not at the start
// of a longer word: "Stafford", "Staffan" and "Newsom" are people's
// names. Words in scripts written without spaces ("新闻") count anywhere.
func orgWordIn(la, w string) bool {
	for from := 0; ; {
		i := strings.Index(la[from:], w)
		if i < 0 {
			return false
		}
		end := from + i + len(w)
		if r, _ := utf8.DecodeRuneInString(w); unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return true
		}
		rest := strings.TrimPrefix(la[end:], "s")
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLetter(r) {
			return true
		}
		from = end
	}
}

// cleanAuthors trims, filters and de-duplicates author names. Parts that
// name an organisation ("CNN Business", "Associated Press") or a job title
// alone ("Senior Analyst") are dropped when a person is named too.
func cleanAuthors(in []string) []string {
	out := cleanNames(in)
	kept := out[:0]
	for _, a := range out {
		if a = cutAgency(a); !determiners[strings.ToLower(a)] && !genericCredits[strings.ToLower(a)] && !bareLabel(a) {
			kept = append(kept, unshout(a))
		}
	}
	out = kept
	out = dedupeHonorifics(out)
	people := 0
	for _, a := range out {
		if person(a) {
			people++
		}
	}
	if people > 0 && people < len(out) {
		kept = out[:0]
		for _, a := range out {
			if person(a) {
				kept = append(kept, a)
			}
		}
		out = kept
	}
	return out
}

// bareLabel reports whether a byline part is only a byline label, read
// from an element of its own ("<div class=td-author-by>Na</div>").
func bareLabel(a string) bool {
	a = strings.TrimRight(a, " :：")
	if a == "" || strings.Contains(a, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(a)
	for _, l := range bylineLabelsByFirst[foldKey(r)] {
		// (Only a label written without its colon: "Redacción" is a
		// desk's name as well as the label "Redacción:".)
		if strings.EqualFold(l, a) {
			return true
		}
	}
	return false
}

// person reports whether a byline part may be a person's name: not an
// organisation, not a job title, and not a phrase all in lower case
// ("Par Mathilde Guérin, parent d'élève"; a name may open with a
// particle, "van der Berg").
func person(a string) bool {
	if r, _ := utf8.DecodeRuneInString(a); casedLower(r) && !nameParticles[firstWord(a)] && !strings.ContainsFunc(a, unicode.IsUpper) {
		return false
	}
	return !isOrg(a) && !isRole(a)
}

// titleRoles end a job title written after a name and a comma.
var titleRoles = wordSet(`reporter correspondent editor writer columnist journalist producer contributor`)

// titleAfterName reports whether a byline part after a comma is the
// previous name's job title: a few words ending in a job in the singular
// ("Local Democracy Reporter", "Political Editor").
func titleAfterName(a string) bool {
	words := strings.Fields(a)
	return len(words) >= 2 && len(words) <= 4 && titleRoles[strings.ToLower(strings.Trim(words[len(words)-1], ".,;"))]
}

// cutSlashRole drops the job or desk written after a slash ("Kimberly
// Grant/Staff Reporter", "Andre Williams/Star Writer"). A slash before
// anything else (a second name, a place) is left.
func cutSlashRole(a string) string {
	name, rest, ok := strings.Cut(a, "/")
	if !ok || strings.TrimSpace(name) == "" {
		return a
	}
	words := strings.Fields(strings.ToLower(rest))
	if len(words) == 0 || len(words) > 4 {
		return a
	}
	if last := strings.Trim(words[len(words)-1], ",.;:"); roleWords[last] && last != "author" || isRole(rest) || isOrg(rest) {
		return strings.TrimSpace(name)
	}
	if r := strings.TrimSpace(rest); len(words) == 1 && looksLikeName(strings.TrimSpace(name)) && !strings.ContainsAny(r, "0123456789") {
		if c, _ := utf8.DecodeRuneInString(r); unicode.IsUpper(c) {
			return strings.TrimSpace(name) // "Ana Ruiz / Málaga": the place
		}
	}
	return a
}

// cutAgency strips the wire agency or the role a byline appends to a
// name: "JILL LAWLESS Associated Press", "Jane Doe (Reuters)", "Jane Doe
// (Staff Writer)".
func cutAgency(a string) string {
	for short, name := range wireAgencies {
		for _, credit := range []string{name, short} {
			if len(a) > len(credit)+3 && strings.HasSuffix(a, credit) && a[len(a)-len(credit)-1] == ' ' {
				// "Jane Doe, Reuters", "Jane Doe - AP": the separator goes too.
				rest := strings.TrimRight(strings.TrimSuffix(a, credit), " ,;|-–—/")
				if isOrg(rest) || agencyWords[strings.ToLower(rest)] {
					return name // "Redacción EFE", "Agenzia ANSA": the agency's desk
				}
				return rest
			}
		}
	}
	if i := strings.LastIndex(a, ", "); i > 0 && (isOrg(a[i+2:]) || initials(a[i+2:])) && looksLikeName(a[:i]) {
		return a[:i] // "Sophie Chen, RNZ", "Liam Oduya, The Canadian Press"
	}
	if strings.HasSuffix(a, ")") {
		if i := strings.LastIndex(a, " ("); i > 0 {
			in := a[i+2 : len(a)-1]
			if _, wire := wireAgencies[in]; wire || isOrg(in) || isRole(in) {
				return strings.TrimSpace(a[:i])
			}
		}
	}
	return a
}

// clockWord are the words a clock time leaves after it: "PM ET".
var clockWord = wordSet(`am pm a.m. p.m. et est edt ct cst cdt mt mst mdt pt pst pdt gmt utc bst cet cest ist uhr h`)

// clockWords reports whether every word of la is a clock word ("pm et").
func clockWords(la string) bool {
	n := 0
	for w := range strings.FieldsSeq(la) {
		if !clockWord[strings.Trim(w, ",.")] && !clockWord[w] {
			return false
		}
		n++
	}
	return n > 0
}

// agencyWords name a news agency before its name ("Agenzia ANSA").
var agencyWords = wordSet(`agenzia agencia agência agence agentur agency agencja`)

// wireName reports whether a is a wire agency's name as wireAgencies
// writes it ("Associated Press", "EFE").
func wireName(a string) bool { return wireAgencyNames[a] }

// wireAgencyNames holds the names wireAgencies maps its credits to.
var wireAgencyNames = func() map[string]bool {
	m := make(map[string]bool, len(wireAgencies))
	for _, name := range wireAgencies {
		m[name] = true
	}
	return m
}()

// initials reports whether a is an outlet's initials ("RNZ", "SABC"):
// two to five capital letters.
func initials(a string) bool {
	n := len(a)
	return n >= 2 && n <= 5 && strings.IndexFunc(a, func(r rune) bool { return r < 'A' || r > 'Z' }) < 0
}

// honorifics are the titles written before a name ("Dr Jane Doe"); the
// same person written with and without one is one author.
var honorifics = wordSet(`dr dr. prof prof. professor mr mr. mrs mrs. ms ms. mx sir dame rev rev. herr frau
	m. mme mme. sr sr. sra sra. dott dott. ing ing.`)

// nameKey is a name's comparison form: lower case, letters and digits
// only, without a leading title.
func nameKey(a string) string {
	words := strings.Fields(a)
	for len(words) > 2 && honorifics[strings.ToLower(words[0])] {
		words = words[1:]
	}
	return squashName(strings.Join(words, " "))
}

// dedupeHonorifics drops a name that repeats an earlier one but for a
// title or punctuation ("Jane Doe" and "Dr. Jane Doe").
func dedupeHonorifics(in []string) []string {
	seen := map[string]bool{}
	out := in[:0]
	for _, a := range in {
		k := nameKey(a)
		if k != "" && seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

func cleanNames(in []string) []string {
	if len(in) > 0 && breadcrumbTrail(in[0]) {
		return nil // a breadcrumb trail, cut into pieces
	}
	seen := map[string]bool{}
	var out []string
	for i, a := range in {
		if i > 0 && titleAfterName(a) {
			continue // "Hemi Walker, Local Democracy Reporter"
		}
		a = cutAcademicTitles(trimName(cutContact(collapse(cutSlashRole(cutParenNote(cutOpenParen(a)))))))
		a = cutAtNumber(cutReporterLink(a))
		la := strings.ToLower(a)
		if a == "" || len(a) > 80 || strings.Contains(a, "@") || strings.HasPrefix(la, "http") || allCredentials(a) {
			continue
		}
		if strings.Count(a, " ") > 5 || uiPhrases[la] || hasFieldWord(la) || (i > 0 && affiliation(a)) || (!strings.Contains(a, " ") && strings.Count(a, ".") >= 2 && !dottedHandle(a)) || hasLowerWord(a) || lowerPhrase(a) {
			continue
		}
		if _, ok := parseDate(a, false); ok || clockWords(la) || numberLabelEnd(la) {
			continue
		}
		if hasClassToken(la) || hostToken(la) || allUIWords(la) || codeLike(a) || ctaLabel(la) {
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

// cutAtNumber drops what follows a name from its first word of digits on
// (in any script): the date of a meta line read with the byline,
// "نجیب الله صافي ۱۰ کب ۱۴۰۳" of "… ۱۰ کب ۱۴۰۳ - ۱۱:۰۵". No name holds a
// number after its first word; one that starts with digits ("3i Global")
// is left, and so is a broadcaster's or a station's name whose number is
// followed by a capitalised word that does not make a date with it
// ("CWNX 9 News", "Channel 4 News"; but "Jane Doe 12 March 2025" is cut).
func cutAtNumber(a string) string {
	words := strings.Fields(a)
	for i := 1; i < len(words); i++ {
		w := strings.TrimRight(words[i], ".,:;")
		if w != "" && !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsDigit(r) }) {
			if i+1 < len(words) {
				if r, _ := utf8.DecodeRuneInString(words[i+1]); unicode.IsUpper(r) {
					if _, date := parseDate(strings.Join(words[i:], " "), false); !date {
						return a
					}
				}
			}
			return strings.Join(words[:i], " ")
		}
	}
	return a
}

// lowerPhrase reports whether a is three words or more in a cased script
// with no capital at all: words of a sentence ("silničáři jsou v
// pohotovosti", a headline's clause after a comma), not a name. A user
// name in small letters has one or two words ("kirstin boatto").
func lowerPhrase(a string) bool {
	words := strings.Fields(a)
	if len(words) < 3 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !casedLower(r) {
			return false
		}
	}
	return true
}

// cutReporterLink returns the reporter's name of a Korean link to her other
// stories ("이정훈 기자의 다른 기사", "이정훈 기자 다른기사 보기"), a unchanged
// otherwise.
func cutReporterLink(a string) string {
	n, after, ok := strings.Cut(a, " 기자")
	if !ok || !strings.HasPrefix(after, "의 ") && !strings.HasPrefix(after, " 다른") {
		return a
	}
	if c := utf8.RuneCountInString(n); c < 2 || c > 4 || !allHangul(n) {
		return a
	}
	return n
}

// numberLabels are the abbreviations of "number" that a document's label
// ends with once its number is cut off ("Pressemitteilung Nr. 23/2025").
var numberLabels = wordSet(`nr. nr no. nº n° núm. num. №`)

// numberLabelEnd reports whether the lower-cased byline part la ends with
// one of numberLabels: a document's label, not a name.
func numberLabelEnd(la string) bool {
	i := strings.LastIndexByte(la, ' ')
	return i > 0 && numberLabels[la[i+1:]]
}

// academicTitles are the degrees Polish, Czech and Slovak papers set in
// lower case before a name ("prof. dr hab. Anna Wójcik", "mgr inż. Jan
// Nowak"). A title set in capitals ("Dr Jane Doe") is part of the name as
// printed.
var academicTitles = wordSet(`prof. dr dr. hab. mgr mgr. inż. inż doc. lek. med. ing. bc. phdr. rndr. judr. mudr.`)

// cutAcademicTitles drops the academicTitles a name starts with.
func cutAcademicTitles(a string) string {
	words := strings.Fields(a)
	i := 0
	for i < len(words)-2 && academicTitles[words[i]] {
		i++
	}
	if i == 0 {
		return a
	}
	return strings.Join(words[i:], " ")
}

// cutContact removes the e-mail address or social handle a byline gives
// after a name: "Jane Doe (jane@example.com)", "Jane Doe @janedoe",
// "Jane Doe, jane@example.com". A part with no name beside the address
// stays as it is (and is dropped as no name).
func cutContact(a string) string {
	if !strings.Contains(a, "@") {
		return a
	}
	words := strings.Fields(a)
	kept := words[:0]
	for _, w := range words {
		if !strings.Contains(w, "@") {
			kept = append(kept, w)
		}
	}
	name := strings.TrimRight(strings.Join(kept, " "), " ,;|·(<[")
	if !looksLikeName(name) && !cjkName(name) {
		return a // "by @handle pic.twitter.com/…": no name beside the address
	}
	return name
}

// affiliation reports whether a byline part after the first is the
// newspaper or desk a reporter writes for, led by a lower-case preposition
// or article: "da Redação", "do Estadão", "für die Zeitung", "de la
// Redacción". A name starts with a capital (its particles come later:
// "Jan van der Berg"); a first part such as "the Lavazza Team" is the
// byline itself.
func affiliation(a string) bool {
	w := firstWord(a)
	r, _ := utf8.DecodeRuneInString(w)
	if !casedLower(r) || strings.Contains(w, ".") {
		return false
	}
	for _, v := range strings.Fields(a)[1:] {
		if r, _ := utf8.DecodeRuneInString(v); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// genericCredits credit an unnamed writer of the paper's ("our
// correspondent"): no one's name.
var genericCredits = map[string]bool{"our correspondent": true, "our reporter": true, "a correspondent": true,
	"mwandishi wetu": true, "waandishi wetu": true, "notre correspondant": true, "nuestro corresponsal": true,
	"unser korrespondent": true, "il nostro corrispondente": true,
	// A press release posted as it came, under its kind's name.
	"press release": true, "pressemitteilung": true, "presseinformation": true, "communiqué": true,
	"communiqué de presse": true, "comunicado": true, "comunicado de prensa": true, "nota de prensa": true,
	"comunicato stampa": true, "persbericht": true, "komunikat prasowy": true, "пресс-релиз": true, "プレスリリース": true,
	// What a local paper signs a reader's or an office's text with, and
	// its unsigned reports.
	"submitted": true, "contributed": true, "submitted content": true, "staff reports": true, "from staff reports": true,
	"staff report": true, "local journalism initiative": true}

// determiners are what is left of an organisation's name once its wire
// agency or its first role word is cut off ("The Associated Press"): no
// name.
var determiners = wordSet(`the a an der die das le la les el los las il lo gli de het een`)

// cssWords are the parts of layout class names ("text-center",
// "overflow-hidden", "col-md-6") that page builders print as the values
// of a style setting, where a byline rule may take them for a name.
var cssWords = wordSet(`text center centre left right top bottom align middle justify overflow hidden visible inline block flex
	grid col row wrap nowrap bold italic uppercase lowercase bg font full width height hide show float clearfix none auto
	sm md lg xl xs mt mb ml mr mx my pt pb pl pr px py`)

// hasClassToken reports whether a word of the lower-cased would-be name
// la is a layout class name: two or more parts joined by hyphens, all of
// them cssWords ("Style Text-center"). Hyphenated names ("Jean-Pierre",
// "Smith-Jones") have other parts.
func hasClassToken(la string) bool {
	for _, w := range strings.Fields(la) {
		parts := strings.Split(strings.Trim(w, ",.;:"), "-")
		if len(parts) < 2 {
			continue
		}
		all := true
		for _, p := range parts {
			if !cssWords[p] {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// topDomains are common top-level domains: a one-dot token ending in one
// ("TopGear.com", "acme.co") is a host name.
var topDomains = wordSet(`com net org edu gov mil int io co uk de fr es it nl ru us ca au in jp cn br pl ch at be se no dk fi
	cz pt ie nz za mx ar gr hu ro tr ua kr tw hk sg my id ph vn il ae biz tv me app dev ai`)

// hostToken reports whether the lower-cased would-be name la is a host
// name of one dot ("topgear.com", "shop.example.de" has two and is
// handled with the dotted handles): the site, not a person.
func hostToken(la string) bool {
	if strings.ContainsAny(la, " \u00a0") || strings.Count(la, ".") != 1 {
		return false
	}
	i := strings.IndexByte(la, '.')
	if i < 2 {
		return false
	}
	last := la[i+1:]
	return topDomains[last] || hostSuffixes[last]
}

// hostSuffixes are the last labels of host names that are longer than
// three letters: a dotted token ending in one is a host, not a user name.
var hostSuffixes = wordSet(`info blog news media online site studio tech store shop world today life live space name
	club design email cloud digital agency network press`)

// templateKeyWords are the parts of an unfilled template key
// ("page.head.extra.author", "post.author.name").
var templateKeyWords = wordSet(`author authors name page head meta post article data field extra value title byline`)

// dottedHandle reports whether a token with two dots is a user name
// ("sara.r.peter", "j.doe.writes") rather than a host name
// ("www.example.com", "news.example.co.uk") or an unfilled template key
// ("post.author.name"): lower case, its last part no top-level domain,
// no part a template key's word.
func dottedHandle(a string) bool {
	if !handleLike(a) {
		return false
	}
	parts := strings.Split(a, ".")
	if len(parts) != 3 {
		return false
	}
	for _, w := range parts {
		if templateKeyWords[w] {
			return false
		}
	}
	last := parts[2]
	return len(last) > 3 && !hostSuffixes[last]
}

// fieldWords are words of the field labels and buttons of a metadata
// block ("Publication Type", "Publication Date", "Copy Link to
// Clipboard"), never of a name.
var fieldWords = wordSet(`date type category categories tags topics comments minutes published updated subscribe newsletter login
	clipboard download`)

// hasFieldWord reports whether the lower-cased would-be name la holds a
// field label's word.
func hasFieldWord(la string) bool {
	for _, w := range strings.Fields(la) {
		if fieldWords[strings.Trim(w, ",.;:")] {
			return true
		}
	}
	return false
}

// wireAgencies maps the credit in a dateline "CITY (AP) —" to the agency.
var wireAgencies = map[string]string{
	"AP": "Associated Press", "Reuters": "Reuters", "AFP": "AFP", "dpa": "dpa", "DPA": "dpa",
	"UPI": "UPI", "Bloomberg": "Bloomberg", "PTI": "PTI", "IANS": "IANS", "Xinhua": "Xinhua",
	"EFE": "EFE", "ANSA": "ANSA", "CNN": "CNN", "ANI": "ANI", "AAP": "AAP", "CP": "The Canadian Press",
	"KNA": "KNA", "APA": "APA", "TASS": "TASS", "Yonhap": "Yonhap", "Kyodo": "Kyodo",
	"Lusa": "Lusa", "ANP": "ANP", "Belga": "Belga", "NTB": "NTB", "Ritzau": "Ritzau", "STT": "STT", "PAP": "PAP",
	"ČTK": "ČTK", "MTI": "MTI", "Europa Press": "Europa Press", "Interfax": "Interfax", "Ukrinform": "Ukrinform",
	"Jiji": "Jiji", "Bernama": "Bernama", "Antara": "Antara", "Anadolu": "Anadolu",
	"SDA": "SDA", "Keystone-SDA": "Keystone-SDA", "ATS": "ATS", "Agerpres": "Agerpres", "HINA": "HINA", "Tanjug": "Tanjug",
	"BTA": "BTA", "TASR": "TASR", "WAM": "WAM", "KUNA": "KUNA", "IRNA": "IRNA", "PNA": "PNA", "VNA": "VNA", "TTXVN": "TTXVN",
	"APP": "APP", "GNA": "GNA", "APS": "APS", "AIP": "AIP", "MAP": "MAP", "NAN": "NAN", "UNB": "UNB", "BSS": "BSS",
	// The Baltic, Slovenian, Bosnian, Albanian, North Macedonian, Serbian
	// and Greek agencies.
	// ("STA", "MIA" and "Beta" are left out: words of other texts.)
	"BNS": "BNS", "ELTA": "ELTA", "LETA": "LETA", "FENA": "FENA", "Fena": "FENA", "ATSH": "ATSH", "SRNA": "SRNA",
	"ANA-MPA": "ANA-MPA", "AMNA": "AMNA", "CTK": "ČTK",
	// Agencies as Arabic papers write them.
	"وام": "وام", "واس": "واس", "قنا": "قنا", "كونا": "كونا", "رويترز": "رويترز", "أ ف ب": "أ ف ب", "د ب أ": "د ب أ",
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
	if len(words) < 2 || len(words) > 5 || strings.ContainsAny(t, "0123456789@|:/") || bareLabels[strings.ToLower(t)] {
		return false
	}
	caps := 0
	for _, w := range words {
		r := []rune(w)
		if nameCap(r[0]) {
			caps++
		} else if len(w) > 4 {
			return false
		}
	}
	return caps >= 2
}

// weekdays are day names that start the date part of a byline.
var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
	montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche
	lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì sabato domenica
	segunda-feira terça-feira quarta-feira quinta-feira sexta-feira maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
	poniedziałek wtorek środa czwartek piątek sobota niedziela понедельник вторник среда четверг пятница суббота воскресенье
	понеділок вівторок середа четвер пʼятниця п’ятниця субота неділя pazartesi salı çarşamba perşembe cuma cumartesi pazar
	måndag tisdag onsdag torsdag fredag lördag söndag mandag tirsdag lørdag søndag
	dydd dimeurzh dilun dimerc'her diriaou digwener disadorn disul astelehena asteartea asteazkena osteguna ostirala larunbata igandea
	maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai
	pondělí úterý středa čtvrtek pátek neděle hétfő kedd szerda csütörtök péntek szombat vasárnap
	pirmdiena otrdiena trešdiena ceturtdiena piektdiena sestdiena svētdiena
	pirmadienis antradienis trečiadienis ketvirtadienis penktadienis šeštadienis sekmadienis
	esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev marți miercuri vineri sâmbătă duminică
	понеделник сряда четвъртък петък събота неделя понедељак уторак четвртак петак недеља четврток петок сабота недела
	ponedjeljak ponedeljak utorak srijeda sreda četvrtak petak subota nedjelja nedelja ponedeljek torek četrtek petek
	pondelok utorok streda štvrtok piatok nedeľa
	δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή senin selasa rabu kamis jumat jum'at sabtu minggu
	الإثنين الاثنين الثلاثاء الأربعاء الاربعاء الخميس الجمعة السبت الأحد الاحد
	شنبه یکشنبه دوشنبه سهشنبه چهارشنبه پنجشنبه جمعه
	jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili isniin talaado arbaco khamiis jimce sabti axad` + " سه\u200cشنبه پنج\u200cشنبه")

// signatureByline reads the names a story is signed with at its end, as
// Vietnamese papers print them: the last paragraph of the article, all in
// bold and set to the right ("<p style="text-align:right"><strong>Hoàng
// Nam - Thu Hà</strong></p>"), or marked as the author's by its class.
func (p *page) signatureByline() []string {
	m := p.mainIdx
	if m < 0 {
		return nil
	}
	last := int32(-1)
	var tail []int32 // the last few text blocks before a comment thread
	for i := m + 1; i < p.nodes[m].end; i++ {
		ni := &p.nodes[i]
		if ni.flags&(fSkip|fBoil|fBoilTag) != 0 {
			// (Nor the sign-up box or the related links after the
			// story's end.)
			i = ni.end - 1
			continue
		}
		if ni.flags&fBlock != 0 && ni.ownText > 0 && ni.ownLink*2 < ni.ownText {
			if ni.text <= 60 && commentHeading(p.nodeText(ni.n)) {
				break // the readers' thread the container also holds
			}
			last = i // (not a line of tag links)
			if tail = append(tail, i); len(tail) > 4 {
				tail = tail[1:]
			}
		}
	}
	for k := len(tail) - 2; k >= 0; k-- {
		// A signature a share bar or a thread's heading follows.
		if i := tail[k]; p.nodes[i].text <= 60 {
			if a := signedWith(p.nodes[i].n); len(a) > 0 {
				return a
			}
		}
	}
	for k := len(tail) - 1; k >= 1; k-- {
		// A sign-off in two paragraphs: "<p>Until next week,</p><p>Kate
		// Lindqvist</p>".
		if g, n := tail[k-1], tail[k]; p.nodes[g].text <= maxValediction && p.nodes[n].text <= 60 {
			if a := signedName(p.nodeText(p.nodes[g].n), p.nodeText(p.nodes[n].n)); len(a) > 0 {
				return a
			}
		}
	}
	// Or the first block just after the article's container.
	next := int32(-1)
	for k := p.nodes[m].end; k < int32(len(p.nodes)) && k < p.nodes[m].end+8; k++ {
		if nk := &p.nodes[k]; nk.flags&fBlock != 0 && nk.ownText > 0 && nk.flags&fSkip == 0 {
			next = k
			break
		}
	}
	for _, i := range []int32{last, next} {
		if i >= 0 && p.nodes[i].text <= 60 {
			if a := signedWith(p.nodes[i].n); len(a) > 0 {
				return a
			}
		}
	}
	return nil
}

// creditOpen and creditClose bracket a credit set in the text: "（文・中村
// 健一）", "〔記者陳建宏／高雄報導〕", "【記者王小明／台北報導】".
const creditOpen, creditClose = "（(〔【［[", "）)〕】］]"

// writtenBy are the words that open a Japanese credit for the text
// ("文・", "取材・文＝", "文と写真・").
var writtenBy = []string{"取材・文", "文と写真", "写真と文", "文・写真", "写真・文", "文"}

// deskSuffixes end the name of a Japanese paper's desk or bureau
// ("旭川報道部", "釧路支社", "東京支局", "編集局").
var deskSuffixes = []string{"部", "局", "支社", "総局", "支局"}

// deskSuffix reports whether s, written in Han, names a desk or bureau.
func deskSuffix(s string) bool {
	return allHan(s) && utf8.RuneCountInString(s) >= 2 && slices.ContainsFunc(deskSuffixes, func(w string) bool { return strings.HasSuffix(s, w) })
}

// splitAtIn reads " in " between a name and more capitalised words: in
// Slovenian (slovenian set) it joins two names ("Luka Novak in Maja
// Horvat"); elsewhere it leads to the place the reporter filed from ("Jane
// Doe in New York"), which is cut.
func splitAtIn(authors []string, slovenian bool) []string {
	var out []string
	for _, a := range authors {
		if l, r, ok := strings.Cut(a, " in "); ok && looksLikeName(l) && (looksLikeName(r) || !slovenian && capitalWords(r)) {
			out = append(out, strings.TrimSpace(l))
			if slovenian {
				out = append(out, strings.TrimSpace(r))
			}
			continue
		}
		out = append(out, a)
	}
	return out
}

// capitalWords reports whether s is one to three capitalised words, as a
// place's name is.
func capitalWords(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for _, x := range w {
		if !nameCap([]rune(x)[0]) {
			return false
		}
	}
	return true
}

// readerLetterWords mark a reader's letter in a page's address or title ("Letter:
// keep the library open", /letters_to_editor/, /leserbriefe/, /ingezonden-
// brief-…/, /carta-al-director-…/).
var readerLetterWords = []string{"letter", "leserbrief", "ingezonden brief", "ingezonden-brief", "carta al director", "carta-al-director",
	"cartas al director", "cartas-al-director", "cartas-do-leitor", "carta do leitor", "courrier des lecteurs", "courrier-des-lecteurs",
	"lettre", "lettera al direttore", "lettera-al-direttore", "lettere al direttore", "lettere-al-direttore", "list do redakcji", "list-do-redakcji", "insändare", "læserbrev", "lesarbrev", "leserbrev"}

// letterPage reports whether the page is a reader's letter by its address
// or its title.
func (p *page) letterPage() bool {
	where := strings.ToLower(p.res.Title)
	if p.base != nil {
		where += " " + strings.ToLower(p.base.Path)
	}
	return slices.ContainsFunc(readerLetterWords, func(w string) bool { return strings.Contains(where, w) })
}

// letterSigner returns the reader who signs a letter to the editor: its
// text's last line is a person's name alone or with the place the reader
// writes from ("Harold Jensen, Millbrook", "Francisco Javier Molina
// (Villanueva del Campo)"). Nil on any other page.
func (p *page) letterSigner() []string {
	text := strings.TrimSpace(p.res.Text)
	if text == "" || !p.letterPage() {
		return nil
	}
	last := text[strings.LastIndexByte(text, '\n')+1:]
	if a := signerLine(last); a != nil || len(last) == len(text) || utf8.RuneCountInString(last) > maxLetterNote {
		return a
	}
	// The paper's note on its letters after the signature ("Letters must
	// be 300 words or fewer…", "Leserbriefe geben die Meinung der
	// Einsender wieder…").
	text = text[:len(text)-len(last)-1]
	return signerLine(text[strings.LastIndexByte(text, '\n')+1:])
}

// maxLetterNote bounds the note on letters a paper sets after a reader's
// signature, in characters.
const maxLetterNote = 240

// signerLine returns the reader a letter's line names: a person's name
// alone or with the place the reader writes from; nil otherwise.
func signerLine(last string) []string {
	if utf8.RuneCountInString(last) > 80 {
		return nil
	}
	name := last
	if i := strings.IndexAny(last, ",("); i > 0 {
		place := strings.TrimSpace(strings.Trim(last[i:], ",() "))
		if place == "" || utf8.RuneCountInString(place) > 40 || strings.ContainsAny(place, ".!?:;") {
			return nil
		}
		name = strings.TrimSpace(last[:i])
	}
	if !looksLikeName(name) || isOrg(name) || isRole(name) {
		return nil
	}
	return []string{name}
}

// fromCorrespondent returns the reporter a story's first line credits as
// West African papers do, "From Femi Adeyemi, Abuja": "From", a person's
// name, a comma and the place filed from; nil for any other first line.
func fromCorrespondent(text string) []string {
	first, _, _ := strings.Cut(text, "\n")
	rest, ok := strings.CutPrefix(strings.TrimSpace(first), "From ")
	if !ok || utf8.RuneCountInString(rest) > 60 {
		return nil
	}
	name, place, ok := strings.Cut(rest, ",")
	name, place = strings.TrimSpace(name), strings.TrimSpace(place)
	if !ok || place == "" || len(strings.Fields(place)) > 3 || !nameCap([]rune(place)[0]) || strings.ContainsAny(place, ".!?:;") {
		return nil
	}
	if !looksLikeName(name) || isOrg(name) || isRole(name) || hasLowerWord(name) {
		return nil
	}
	return []string{name}
}

// cjkCredit returns the names of a Japanese or Chinese credit in
// brackets: "（文・中村健一、小林美咲）", "〔記者陳建宏、林怡君／高雄報導〕",
// "（旭川報道部 佐藤美咲）".
// It returns nil for any other text.
func cjkCredit(t string) []string {
	t = strings.TrimSpace(t)
	open, size := utf8.DecodeRuneInString(t)
	if size == 0 || !strings.ContainsRune(creditOpen, open) {
		return nil
	}
	end := strings.IndexAny(t, creditClose)
	if end < 0 {
		return nil
	}
	inner := strings.TrimSpace(t[size:end])
	for _, w := range writtenBy {
		if rest, ok := strings.CutPrefix(inner, w); ok {
			rest = strings.TrimLeft(rest, "・＝=/／:： ")
			if names := strings.Split(rest, "、"); len(names) <= 4 && allCJKNames(names) {
				return names
			}
			return nil
		}
	}
	if desk, name, ok := strings.Cut(strings.ReplaceAll(inner, "\u3000", " "), " "); ok && deskSuffix(desk) && cjkName(strings.TrimSpace(name)) && !strings.Contains(strings.TrimSpace(name), " ") {
		// A regional paper's desk and reporter: "（旭川報道部 佐藤美咲）".
		return []string{strings.TrimSpace(name)}
	}
	if names, ok := bylineNames(inner); ok && strings.ContainsAny(inner, "記记") {
		if a := cleanAuthors(splitAuthors(names)); len(a) > 0 && len(a) <= 4 && allCJKNames(a) {
			return a
		}
	}
	return nil
}

// leadCredit reads the reporters a Chinese story credits in brackets at
// the start of its first paragraph ("〔記者陳建宏、林怡君／高雄報導〕高雄…"),
// or after its dateline ("本报讯（记者 张伟）…", "新华社济南3月19日电（记者
// 陈晨）…").
func (p *page) leadCredit() []string {
	line, _, _ := strings.Cut(strings.TrimSpace(p.res.Text), "\n")
	if a := cjkCredit(line); len(a) > 0 {
		return a
	}
	for _, open := range []string{"（记者", "(记者", "（記者", "(記者"} {
		i := strings.Index(line, open)
		if i < 0 || utf8.RuneCountInString(line[:i]) > 24 {
			continue
		}
		rest := line[i+len(open):]
		end := strings.IndexAny(rest, "）)")
		if end < 0 {
			continue
		}
		if names := spacedCJKNames(rest[:end]); len(names) > 0 {
			return names
		}
	}
	return nil
}

// spacedCJKNames returns the names of "王芳 刘洋" or "王芳、刘洋" (Chinese
// names of two to four characters set apart by spaces or an enumeration
// comma), nil for any other text.
func spacedCJKNames(s string) []string {
	var names []string
	for _, n := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '、' || r == '\u3000' }) {
		if !cjkStaffTitles[n] {
			names = append(names, n) // "记者 张三 实习生 李四": the titles between the names go
		}
	}
	if len(names) == 0 || len(names) > 4 {
		return nil
	}
	for _, n := range names {
		if c := utf8.RuneCountInString(n); c < 2 || c > 4 || !allHan(n) && !allHangul(n) || strings.HasSuffix(n, "报道") || strings.HasSuffix(n, "報導") {
			return nil // (a dateline: "北京报道")
		}
	}
	return names
}

// arabicCredits are the words that open another contributor's credit in
// an Arabic byline: photography, editing, translation, graphics, video.
var arabicCredits = []string{"تصوير", "تحرير", "إشراف", "اشراف", "ترجمة", "جرافيك", "إنفوجراف", "فيديو", "مونتاج", "تدقيق"}

// dashedNames returns the people of a declared author that sets two to
// four names in capitals apart with dashes ("THANH HÀ - MINH TÂM", a
// Vietnamese paper's JSON-LD), nil otherwise (a word too short to tell
// from an acronym, "TV", too). In capital and small
// letters what follows a dash is more often a role or an outlet ("Jane
// Doe - Chief Economist", "Jane Doe - Daily Post"), and so is a part
// with a role's or an organisation's word.
func dashedNames(s string) []string {
	parts := strings.Split(s, " - ")
	if len(parts) < 2 || len(parts) > 4 {
		return nil
	}
	for i, part := range parts {
		part = strings.TrimSpace(part)
		if !looksLikeName(part) || !person(part) || strings.ContainsAny(part, ",.") ||
			slices.ContainsFunc(strings.Fields(part), func(w string) bool { return !shoutedWord(w) || roleWords[strings.ToLower(w)] }) {
			return nil
		}
		parts[i] = part
	}
	return parts
}

// dashedArabicNames returns the names of an Arabic byline that sets them
// apart by dashes ("سارة محمود - منى علي"), up to another contributor's
// credit ("- تصوير حسام عاطف"); nil unless at least two such names lead.
func dashedArabicNames(s string) []string {
	parts := strings.Split(s, " - ")
	if len(parts) < 2 {
		return nil
	}
	var names []string
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if slices.ContainsFunc(arabicCredits, func(w string) bool { return strings.HasPrefix(part, w) }) {
			break
		}
		words := strings.Fields(part)
		if len(words) < 2 || len(words) > 4 || !allArabic(part) {
			return nil
		}
		names = append(names, part)
	}
	return names
}

// allArabic reports whether s is written in Arabic letters only, spaces
// apart (no digits: a date is no name).
func allArabic(s string) bool {
	for _, r := range s {
		if r != ' ' && (!unicode.Is(unicode.Arabic, r) || unicode.IsDigit(r)) {
			return false
		}
	}
	return s != ""
}

// cjkStaffTitles are the newsroom titles a Chinese byline sets before
// names: reporter, trainee reporter, correspondent, photographer, editor.
var cjkStaffTitles = map[string]bool{"记者": true, "記者": true, "实习生": true, "實習生": true, "见习记者": true, "通讯员": true,
	"通訊員": true, "摄影": true, "攝影": true, "编辑": true, "編輯": true, "责编": true}

// allHangul reports whether s is written in Hangul syllables only (a
// Korean name, "이서연").
func allHangul(s string) bool {
	for _, r := range s {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return s != ""
}

// allHan reports whether s is written in Han characters only.
func allHan(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return s != ""
}

// signedWith returns the names of a signature block: a Japanese credit in
// brackets ("（文・中村健一）"), or a line set to the right or marked as the
// author's, and all in bold.
func signedWith(n *html.Node) []string {
	if a := cjkCredit(textOf(n)); len(a) > 0 {
		return a
	}
	if a := signOff(n); len(a) > 0 {
		return a
	}
	if cls := attr(n, "class"); indexFoldStr(cls, "signoff") >= 0 || indexFoldStr(cls, "sign-off") >= 0 || indexFoldStr(cls, "signatur") >= 0 || indexFoldStr(cls, "podpis") >= 0 {
		// ("signatur" also in German and the Nordic languages, "podpis"
		// in Polish, Czech, Slovak and Sorbian.)
		// A block marked as the writer's signature: the name in bold,
		// a place or a role after it ("<strong>Margaret Hale</strong><br>Portside").
		if bold := leadingBold(n); bold != "" {
			if a := cleanAuthors([]string{bold}); len(a) == 1 && personNames(a) {
				return a
			}
		} else if t := textOf(n); len(t) <= 60 {
			// The names alone, unbolded ("<p class=signature>Jean
			// Piquant et Louise Ronce</p>" under a satirical weekly's
			// story).
			if a := cleanAuthors(splitAuthors(t)); len(a) > 0 && len(a) <= 4 && personNames(a) {
				return a
			}
		}
	}
	style := strings.ToLower(strings.ReplaceAll(attr(n, "style"), " ", ""))
	if !strings.Contains(style, "text-align:right") && !strings.EqualFold(attr(n, "align"), "right") && indexFoldStr(attr(n, "class"), "author") < 0 {
		return nil
	}
	t := textOf(n)
	if bold := boldText(n); bold != t {
		return nil
	}
	if rest, ok := strings.CutPrefix(t, "Theo "); ok {
		if name, wire := wireAgencies[strings.TrimSpace(rest)]; wire {
			return []string{name} // "Theo TTXVN": from the agency
		}
	}
	a := cleanAuthors(splitAuthors(strings.ReplaceAll(cutOwnPhotos(t), " - ", ", ")))
	if len(a) == 0 || len(a) > 4 || !personNames(a) {
		return nil
	}
	return a
}

// maxValediction bounds the greeting a letter's sign-off opens with
// ("Fair winds,", "Herzliche Grüße,"), in bytes.
const maxValediction = 32

// signOff reads a newsletter's or a letter's sign-off: a short greeting
// ending in a comma, a line break and the writer's full name ("Fair
// winds,<br>Ruth Abernathy").
func signOff(n *html.Node) []string {
	var lines []string
	var cur strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.Br:
			lines = append(lines, strings.TrimSpace(cur.String()))
			cur.Reset()
		case c.Type == html.TextNode:
			cur.WriteString(c.Data)
		case c.Type == html.ElementNode:
			cur.WriteString(textOf(c))
		}
	}
	lines = append(lines, strings.TrimSpace(cur.String()))
	if len(lines) != 2 {
		return nil
	}
	return signedName(lines[0], lines[1])
}

// signedName returns the writer of a sign-off whose greeting and name
// are greet and name ("Until next week," and "Kate Lindqvist"), nil when
// they are not one: the greeting short and ending in a comma, the name
// a person's full name.
func signedName(greet, name string) []string {
	greet, name = strings.TrimSpace(greet), collapse(name)
	if len(greet) > maxValediction || !strings.HasSuffix(greet, ",") || hasASCIIDigit(greet) || len(strings.Fields(greet)) > 4 {
		return nil
	}
	if w := len(strings.Fields(name)); w < 2 || w > 4 || !personNames([]string{name}) {
		return nil
	}
	return []string{name}
}

// ownPhotos are the credits a signature ends with when the writer also
// took the pictures ("Наталля ЛІТВІНА, фота аўтара").
var ownPhotos = []string{"фота аўтара", "фото автора", "фото автара", "foto autora", "foto autorki", "foto del autor",
	"foto de la autora", "foto dell'autore", "photo de l'auteur", "photos de l'auteur", "foto des autors", "fotos des autors",
	"foto do autor", "photos by the author", "photo by the author", "fotó: a szerző", "foto: autor", "foto: autorka"}

// cutOwnPhotos drops an ownPhotos credit after a comma at the end of t.
func cutOwnPhotos(t string) string {
	i := strings.LastIndexByte(t, ',')
	if i < 0 {
		return t
	}
	tail := strings.ToLower(strings.TrimSpace(strings.TrimRight(t[i+1:], ". ")))
	if slices.Contains(ownPhotos, tail) {
		return strings.TrimSpace(t[:i])
	}
	return t
}

// boldText returns the text of element n's <strong> or <b> children when
// they hold all of its text, "" otherwise.
func boldText(n *html.Node) string {
	var parts []string
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && (c.DataAtom == atom.Strong || c.DataAtom == atom.B):
			parts = append(parts, textOf(c))
		default:
			return ""
		}
	}
	return strings.Join(parts, " ")
}

// leadingBold returns the text of the bold element that opens n ("<p>
// <strong>Margaret Hale</strong><br>Portside</p>"), "" when n opens with
// anything else.
func leadingBold(n *html.Node) string {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && (c.DataAtom == atom.Strong || c.DataAtom == atom.B):
			return strings.TrimSpace(textOf(c))
		default:
			return ""
		}
	}
	return ""
}

// dateAfter reports whether words[i], an abbreviated day name, is
// followed by a number or a month ("Thu, 4 Dec", "Thu Dec 4", "Çar, 12
// Mar 2025").
func dateAfter(words []string, i int) bool {
	if i+1 >= len(words) {
		return false
	}
	next := strings.ToLower(strings.Trim(words[i+1], ".,"))
	if _, month := monthNames[next]; month {
		return true
	}
	return next != "" && next[0] >= '0' && next[0] <= '9'
}

// shortWeekdays are abbreviated day names; they end a byline's names only
// before a comma and a number ("Mehmet Demir Çar, 12 Mar 2025"), since
// several are names or words too ("Per", "Mar").
var shortWeekdays = wordSet(`pzt sal çar per cum cmt paz mo di mi do fr sa so lun mar mer jeu ven sam dim mié jue vie sáb dom
	seg ter qua qui sex pon wt śr czw pt sob ndz niedz пн вт ср чт пт сб вс ma wo vr za zo mån tis ons tor fre lör sön
	po út st čt pá ne lu mi jo vi du sen sel rab kam jum sab min`)

// twitterHandle reports whether a twitter:creator value is an account
// ("@acme", or written without the at sign: "UCSDExtension", "jane_doe"):
// ASCII letters, digits and underscores only. The tag is meant for the
// handle, and a handle names an account, often the site's own; a value
// with a space ("Jane Doe") or in another script is a name.
func twitterHandle(v string) bool {
	v = strings.TrimPrefix(strings.TrimSpace(v), "@")
	if v == "" {
		return true
	}
	for _, r := range v {
		if !(r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// pickAuthors chooses the authors: declared ones (JSON-LD, meta tags)
// cleaned of organisations, else a visible byline, else a wire credit.
func (p *page) pickAuthors() {
	res, m, ld := p.res, p.meta, p.ld
	if len(ld.authors) > 0 {
		res.Authors, res.Provenance["authors"] = cleanAuthors(ld.authors), "jsonld"
		if ld.authorsByRef {
			res.Provenance["authors"] = "jsonld:ref"
		}
	}
	if len(res.Authors) == 0 {
		// A tag that names only the publisher ("author" = the site's
		// name) gives way to a later tag that names a person.
		var pubOnly []string
		pubKey := ""
		for _, k := range []string{"author", "article:author", "parsely-author", "sailthru.author", "twitter:data", "citation_author", "dc.creator", "byl", "twitter:creator"} {
			var a []string
			switch k {
			case "twitter:data":
				k, a = p.twitterWrittenBy()
			case "citation_author":
				a = citationNames(p.citationAuthors)
			default:
				v := m[k]
				if v == "" || strings.HasPrefix(v, "http") || (k == "twitter:creator" && twitterHandle(v)) {
					continue
				}
				a = cleanAuthors(splitAuthors(v))
			}
			if len(a) > 0 && p.onlyPublisher(a) {
				if pubOnly == nil {
					pubOnly, pubKey = a, k
				}
				continue
			}
			if len(a) > 0 {
				res.Authors, res.Provenance["authors"] = a, "meta:"+k
				break
			}
		}
		if len(res.Authors) == 0 && pubOnly != nil {
			res.Authors, res.Provenance["authors"] = pubOnly, "meta:"+pubKey
		}
	}
	if len(res.Authors) == 0 && len(ld.pageAuthors) > 0 {
		if a := cleanAuthors(ld.pageAuthors); len(a) > 0 {
			res.Authors, res.Provenance["authors"] = a, "jsonld:webpage"
		}
	}
	if prov := res.Provenance["authors"]; len(res.Authors) > 0 && (strings.HasPrefix(prov, "meta:") || prov == "jsonld:ref") {
		if a := p.shownByline(); len(a) > 0 && shownOverDeclared(a, res.Authors) {
			res.Authors, res.Provenance["authors"] = a, "byline:over-"+res.Provenance["authors"]
		}
	}
	if len(res.Authors) > 0 && p.onlyPublisher(res.Authors) {
		// The declared author is the publisher or a user name; a person
		// the page names in its byline is the author.
		if a := p.visiblePeople(); len(a) > 0 {
			res.Authors, res.Provenance["authors"] = a, "byline:over-"+res.Provenance["authors"]
		} else if a := p.avatarNames(); len(a) > 0 {
			res.Authors, res.Provenance["authors"] = a, "byline:avatar:over-"+res.Provenance["authors"]
		} else if a := p.authorBox(); len(a) > 0 {
			res.Authors, res.Provenance["authors"] = a, "author-box:over-"+res.Provenance["authors"]
		} else if a := p.signatureByline(); len(a) > 0 {
			res.Authors, res.Provenance["authors"] = a, "byline:signature:over-"+res.Provenance["authors"]
		} else if a := fromCorrespondent(p.res.Text); len(a) > 0 {
			res.Authors, res.Provenance["authors"] = a, "byline:from:over-"+res.Provenance["authors"]
		} else if a := p.letterSigner(); len(a) > 0 {
			res.Authors, res.Provenance["authors"] = a, "byline:letter:over-"+res.Provenance["authors"]
		} else if a := p.leadCredit(); len(a) > 0 {
			res.Authors, res.Provenance["authors"] = a, "byline:lead:over-"+res.Provenance["authors"]
		} else if a := p.firstBylineNames(); len(a) > 0 && p.leadByline && !p.onlyPublisher(a) {
			res.Authors, res.Provenance["authors"] = a, "byline:over-"+res.Provenance["authors"]
		} else if a := p.trailingByline(); len(a) > 0 && !p.onlyPublisher(a) {
			res.Authors, res.Provenance["authors"] = a, "byline:end:over-"+res.Provenance["authors"]
		} else if a, i := p.labelledBylineAt(); len(a) > 0 && p.inBody(i) && !p.onlyPublisher(a) && !p.creditLine(i) && withCreditField(p.nodeText(p.nodes[i].n)) {
			// The story's credits, the writer's and the photographer's,
			// in a line the body container holds but the text left out
			// with its class ("<p class=credit>ข่าว: … / ภาพ: …</p>").
			res.Authors, res.Provenance["authors"] = a, "byline:label:over-"+res.Provenance["authors"]
		} else if a, i := p.nodeByline(); len(a) == 1 && wireName(a[0]) &&
			p.nearHeadline(p.headlineIdx(), i) && squashName(a[0]) != squashName(res.Authors[0]) {
			// "Redacción EFE" under the headline, a desk account declared.
			res.Authors, res.Provenance["authors"] = a, "byline:over-"+res.Provenance["authors"]
		}
	}
	if len(res.Authors) == 1 && res.SiteName != "" && squashName(res.Authors[0]) == squashName(res.SiteName) &&
		!strings.HasPrefix(res.Provenance["authors"], "byline") {
		// The site's own name declared as a Person (a personal site's
		// owner, or a template's default): people the byline names
		// besides it, in a byline element or behind a label under the
		// headline (not links, which sit in comments too), are the
		// authors.
		h := p.headlineIdx()
		a, i := p.nodeByline()
		if len(a) == 0 || !p.nearHeadline(h, i) {
			a, i = p.labelledBylineAt()
		}
		wire := len(a) == 1 && wireName(a[0])
		if len(a) > 0 && p.nearHeadline(h, i) && (wire || !p.onlyPublisher(a)) && !p.creditLine(i) && !slices.ContainsFunc(a, func(n string) bool { return squashName(n) == squashName(res.SiteName) }) {
			res.Authors, res.Provenance["authors"] = a, "byline:over-"+res.Provenance["authors"]
		}
	}
	if len(res.Authors) == 1 && !strings.HasPrefix(res.Provenance["authors"], "byline") {
		// The declared author is the first of the byline's people (a
		// template that declares one author only): the byline's list.
		declared := strings.ToLower(strings.Join(strings.Fields(res.Authors[0]), " "))
		// (Names in a script without capitals pass beside the declared
		// one: "سارة محمود - منى علي".)
		// The byline may be a labelled line ("Entretien réalisé par A et
		// B", "Müəllif: A, B" at the end), whose names are short.
		labelled := func() []string {
			a, i := p.labelledBylineAt()
			if !p.inBody(i) {
				return nil
			}
			if slices.ContainsFunc(a, func(n string) bool { return len(strings.Fields(n)) > 4 }) {
				return nil // "Jessica Elliott | Share Unchecked Bookmark Icon Save"
			}
			return a
		}
		for _, read := range []func() []string{p.visiblePeople, labelled} {
			if a := read(); len(a) > 1 && len(a) <= 4 && (personNames(a) || !slices.ContainsFunc(a, func(n string) bool { return !uncasedName(n) || isOrg(n) || roleLine(n) })) && slices.ContainsFunc(a, func(n string) bool {
				return strings.ToLower(strings.Join(strings.Fields(n), " ")) == declared
			}) {
				res.Authors, res.Provenance["authors"] = a, "byline:over-"+res.Provenance["authors"]
				break
			}
		}
	}
	// The fallbacks, in order: the first that names someone gives the
	// authors. A byline marked as such or labelled before the article's
	// end beats links to author pages, which also sit in "related" and
	// "experts quoted" boxes.
	fallbacks := []struct {
		prov string
		find func() []string
	}{
		{"byline:site", p.learnedByline},
		{"byline", p.shownByline},
		{"rel=author", p.relAuthors},
		{"byline:headline", p.headlineByline},
		{"author-link", p.authorLinkNames},
		{"byline", func() []string { a, _ := p.nodeByline(); return a }},
		{"byline", p.firstBylineNames},
		{"byline:label", p.labelledByline},
		{"more-by", p.moreByAuthor},
		{"byline:signature", p.signatureByline},
		{"byline:letter", p.letterSigner},
		{"byline:lead", p.leadCredit},
		{"author-box", p.authorBox},
		{"listed", p.feedAuthors},
		{"wire-reporters", p.wireReporters},
		{"wire", func() []string {
			if w := wireCredit(res.Text); w != "" {
				return []string{w}
			}
			return nil
		}},
		{"script:json", p.stateAuthors},
		{"byline:role", p.roleByline},
		{provSiteOwner, p.siteOwner},
	}
	// A fallback that names only the publisher (an author link to the
	// site's own account) gives way to a later one that names a person
	// ("Submitted by Margaret Dunn" at the end).
	var pubOnly []string
	pubProv := ""
	for _, f := range fallbacks {
		if len(res.Authors) > 0 {
			break
		}
		if a := f.find(); len(a) > 0 {
			if p.onlyPublisher(a) {
				if pubOnly == nil {
					pubOnly, pubProv = a, f.prov
				}
				continue
			}
			res.Authors, res.Provenance["authors"] = a, f.prov
		}
	}
	if len(res.Authors) == 0 && pubOnly != nil {
		res.Authors, res.Provenance["authors"] = pubOnly, pubProv
	}

	if a := p.guestCredit(); len(a) > 0 {
		// A guest's post published from the owner's account: the
		// guest the text's first line credits wrote it.
		res.Authors, res.Provenance["authors"] = a, "byline:guest"
	}
	if len(res.Authors) == 1 && wireName(res.Authors[0]) {
		// A wire story credited to its agency names its reporters at
		// the end: "Reporting by A in Johannesburg and B in Cape Town;
		// Editing by C".
		if a := p.wireReporters(); len(a) > 0 {
			res.Authors, res.Provenance["authors"] = a, "wire-reporters:over-"+res.Provenance["authors"]
		}
	}
	if len(res.Authors) > 0 {
		res.Authors = splitAtIn(cutLanguageLabel(res.Authors, res.Language), strings.HasPrefix(res.Language, "sl"))
	}
	if len(res.Authors) > 1 {
		// "Por João Souza, Portal": the site's own name beside a
		// person's is the publisher's credit, not an author.
		var people []string
		for _, a := range res.Authors {
			if !p.onlyPublisher([]string{a}) {
				people = append(people, a)
			}
		}
		if len(people) > 0 {
			res.Authors = people
		}
	}
	res.Authors = p.joinSpacedJapanese(res.Authors)
	for i, a := range res.Authors {
		res.Authors[i] = p.nameCase(a)
	}
	if len(res.Authors) == 0 {
		res.Authors = nil
	}
}

// languageLabels are the words for "by" that a byline element may hold
// before its first name, kept apart from bylineLabels because in other
// languages they start a name or a phrase: Romanian "de" ("de Mihai
// Ionescu și Elena Dumitru"; French "de La Fontaine"), Albanian "nga"
// ("Nga Elira Kola"; Vietnamese "Nga" is a given name).
var languageLabels = map[string]string{"ro": "de", "sq": "nga"}

// cutLanguageLabel drops the languageLabels word of the page's language
// lang from the start of each name that goes on with a capitalised word.
func cutLanguageLabel(authors []string, lang string) []string {
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	label := languageLabels[base]
	if label == "" {
		return authors
	}
	for i, a := range authors {
		w, rest, ok := strings.Cut(a, " ")
		if r, _ := utf8.DecodeRuneInString(rest); ok && strings.EqualFold(w, label) && nameCap(r) {
			authors[i] = strings.TrimSpace(rest)
		}
	}
	return authors
}

// guestLabels open the line with which a blog or newsletter credits a
// guest writer at the top of a post it publishes from its owner's account
// ("A guest post by …", "Gastbeitrag von …", "Gästinlägg av …").
var guestLabels = []string{"a guest post by", "guest post by", "a guest column by", "guest column by", "a guest essay by", "guest essay by",
	"ein gastbeitrag von", "gastbeitrag von", "gästinlägg av", "gæsteindlæg af", "gjesteinnlegg av", "een gastbijdrage van", "gastbijdrage van",
	"gastbijdrage door", "vieraskynä:"}

// guestCredit returns the guest writers that a line at the top of the
// story credits ("Gästinlägg av Oskar Lindgren, journalist i Kiruna."),
// nil when none does.
func (p *page) guestCredit() []string {
	h := p.headlineIdx()
	if h < 0 {
		return nil
	}
	text := int32(0) // as nearHeadline counts it
	for i := p.nodes[h].end; i < int32(len(p.nodes)) && text <= maxTextBeforeByline; i++ {
		ni := &p.nodes[i]
		if ni.flags&fSkip != 0 {
			i = ni.end - 1
			continue
		}
		if ni.flags&fBlock != 0 && ni.ownText > 0 && ni.text <= 160 {
			if line := p.nodeText(ni.n); slices.ContainsFunc(guestLabels, func(l string) bool { return len(line) > len(l) && strings.EqualFold(line[:len(l)], l) }) {
				return guestNames(line)
			}
		}
		text += ni.ownText
	}
	return nil
}

// guestNames reads the names of a guest credit's line.
func guestNames(line string) []string {
	parts := strings.Split(line, ", ")
	for k := 1; k < len(parts); k++ {
		if r, _ := utf8.DecodeRuneInString(parts[k]); casedLower(r) {
			line = strings.Join(parts[:k], ", ") // "…, journalist i Kiruna.": who the guest is
			break
		}
	}
	names, ok := bylineNames(line)
	if !ok {
		return nil
	}
	if a := cleanAuthors(splitAuthors(names)); len(a) > 0 && len(a) <= 3 && looksLikeNames(a) && personNames(a) {
		return a
	}
	return nil
}

// joinSpacedJapanese joins the halves of Japanese names that a byline
// sets apart by a space ("取材・文：佐藤 美咲": family name, space, given
// name), which read like two Chinese names ("王芳 刘洋"): on a page in
// Japanese, when the authors pair up into family and given names of at
// most three Han characters each and every pair is written so in the
// page, they are one name each. (A Japanese byline lists people with
// "、" or "・".)
func (p *page) joinSpacedJapanese(a []string) []string {
	if !strings.HasPrefix(p.res.Language, "ja") || len(a) < 2 || len(a)%2 != 0 {
		return a
	}
	for _, n := range a {
		if c := utf8.RuneCountInString(n); c > 3 || !allHan(n) {
			return a
		}
	}
	joined := make([]string, 0, len(a)/2)
	for i := 0; i < len(a); i += 2 {
		if !bytes.Contains(p.source, []byte(a[i]+" "+a[i+1])) && !bytes.Contains(p.source, []byte(a[i]+"\u3000"+a[i+1])) {
			return a
		}
		joined = append(joined, a[i]+" "+a[i+1])
	}
	return joined
}

// nameCase writes a name printed in capitals ("RUTH CALLOWAY") as the page
// writes it elsewhere (an author link or a declared person, "Ruth
// Calloway"); with no such spelling it stays as printed. Names with any
// lower-case letter, initials and one-word names are left.
func (p *page) nameCase(a string) string {
	words := strings.Fields(a)
	if len(words) < 2 || strings.ContainsFunc(a, unicode.IsLower) || !strings.ContainsFunc(a, unicode.IsUpper) || isOrg(a) {
		return a
	}
	for _, w := range words {
		if utf8.RuneCountInString(strings.Trim(w, ".,")) < 2 {
			return a // "J. R. SMITH": initials
		}
	}
	for _, i := range p.authorLinks {
		if t := p.nodeText(p.nodes[i].n); strings.EqualFold(t, a) {
			return t
		}
	}
	for _, n := range p.ld.authors {
		if strings.EqualFold(n, a) {
			return n
		}
	}
	return a
}

// authorSegments are URL path segments under which sites keep their
// authors' pages.
var authorSegments = map[string]bool{"author": true, "authors": true, "autor": true, "autoren": true, "auteur": true,
	"auteurs": true, "autore": true, "autori": true, "people": true, "staff": true, "journalist": true, "journalists": true,
	"writer": true, "writers": true, "contributor": true, "contributors": true, "reporter": true, "reporters": true,
	"columnist": true, "columnists": true, "redakteur": true, "redaktion": true, "team": false, "profile": true,
	"profiles": true, "person": true, "autorzy": true, "avtor": true, "yazar": true, "yazarlar": true,
	// The same in more languages of the news. (Not Indonesian "penulis":
	// Kompas files its editors' pages there too.)
	"autores": true, "periodista": true, "periodistas": true, "jornalista": true, "jornalistas": true,
	"giornalista": true, "giornalisti": true, "journaliste": true, "journalistes": true, "redacteur": true,
	"redacteuren": true, "autorin": true, "skribent": true, "skribenter": true, "toimittaja": true,
	"toimittajat": true, "mwandishi": true, "waandishi": true, "wandishi": true, "qoraa": true,
	"qorayaasha": true, "marubuci": true, "marubuta": true, "avtorji": true, "autorius": true, "autoriai": true,
	"autors": true, "szerzo": true, "szerzok": true, "autorid": true,
	// Columnists' pages.
	"colunista": true, "colunistas": true, "columnista": true, "columnistas": true, "editorialista": true,
	"editorialisti": true, "chroniqueur": true, "chroniqueurs": true, "chroniqueuse": true, "kolumnist": true,
	"kolumnisten": true, "kolumnister": true, "columnisten": true, "felietonista": true, "felietonisci": true}

// authorHref reports whether a link points at an author page: a path
// whose segment before the last names authors ("/authors/jane-doe/"), or
// a profile address on the same site ("/@jane").
func authorHref(href string) bool {
	if len(href) > 300 {
		return false
	}
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	absolute := strings.HasPrefix(href, "//")
	if i := strings.Index(href, "://"); i >= 0 {
		absolute = true
		href = href[i+3:]
		if j := strings.IndexByte(href, '/'); j >= 0 {
			href = href[j:]
		} else {
			return false
		}
	}
	path := strings.Trim(href, "/")
	if !absolute && len(path) > 1 && path[0] == '@' && !strings.Contains(path, "/") {
		return true // the site's own profile address: "/@jane"
	}
	// An author segment among the first four, with a segment after it.
	for i := 0; i < 4; i++ {
		seg, rest, more := strings.Cut(path, "/")
		if !more {
			break
		}
		if next, _, _ := strings.Cut(rest, "/"); next != "" && lowerIn(authorSegments, seg) {
			return true
		}
		path = rest
	}
	return false
}

// authorLinkNames returns the names of the first group of author-page
// links outside the page's header, navigation and footer: the links of
// one byline ("By <a>Jane Doe</a> and <a>John Roe</a>") share a parent
// block.
func (p *page) authorLinkNames() []string {
	a, _ := p.authorLinkNamesAt()
	return a
}

// authorLinkNamesAt is authorLinkNames that also returns the index of the
// first link it read (-1 when none).
func (p *page) authorLinkNamesAt() ([]string, int32) {
	var names []string
	group, first := int32(-1), int32(-1)
	for _, i := range p.authorLinks {
		if p.inPageChrome(i) || p.nodes[i].flags&fSkip != 0 || p.inSiteFooter(i) {
			continue
		}
		if reviewerLink(p.nodes[i].n) {
			continue
		}
		t := p.nodeText(p.nodes[i].n)
		if n, ok := bylineNames(t); ok {
			t = n
		}
		if t == "" || len(t) > 60 || strings.ContainsAny(t, "@/|") || strings.Count(t, " ") > 4 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t); casedLower(r) {
			continue
		}
		blk := p.blockOf(i)
		if group >= 0 && blk != group && !p.siblingCards(group, blk) {
			break
		}
		if group < 0 {
			first = i
		}
		group = blk
		names = append(names, t)
	}
	return cleanAuthors(names), first
}

// inSiteFooter reports whether element i sits in the site's footer named by
// class or id ("<div id=footer>", "site-footer") rather than by tag: a
// block outside any <article> that does not hold the headline. Its link
// to the writers' page ("Our writers", "الكتّاب") names no author.
func (p *page) inSiteFooter(i int32) bool {
	head := p.headlineIdx()
	for k := p.nodes[i].parent; k >= 0; k = p.nodes[k].parent {
		n := p.nodes[k].n
		if n.DataAtom == atom.Article {
			return false
		}
		if head > k && head < p.nodes[k].end {
			return false
		}
		for _, v := range [2]string{attr(n, "id"), attr(n, "class")} {
			for _, w := range strings.Fields(strings.ToLower(v)) {
				switch w {
				case "footer", "site-footer", "page-footer", "global-footer", "main-footer", "site-foot", "page-foot", "sitefooter", "pagefooter",
					"fuss", "fusszeile", "pie", "pie-de-pagina", "piede", "rodape", "pied", "pied-de-page", "voettekst":
					return true
				}
			}
		}
	}
	return false
}

// siblingCards reports whether blocks a and b are cards side by side:
// children of one parent with the same class ("<div class=author-card>"
// for each author).
func (p *page) siblingCards(a, b int32) bool {
	if a < 0 || b < 0 || p.nodes[a].parent != p.nodes[b].parent {
		return false
	}
	ca := attr(p.nodes[a].n, "class")
	return ca != "" && ca == attr(p.nodes[b].n, "class")
}

// blockOf returns the nearest ancestor of element i that starts a text
// block, going up past one wrapper so that links in sibling spans share it.
func (p *page) blockOf(i int32) int32 {
	k := p.nodes[i].parent
	for k >= 0 && p.nodes[k].flags&fBlock == 0 {
		k = p.nodes[k].parent
	}
	if k >= 0 && p.nodes[k].parent >= 0 && p.nodes[k].text < 120 {
		k = p.nodes[k].parent
	}
	return k
}

// labelledByline looks for a short block that is a labelled byline ("By
// Jane Doe", "Written by Jane Doe", "Von Max Muster") anywhere outside the
// page chrome, for templates that mark their byline with no class.
func (p *page) labelledByline() []string {
	a, _ := p.labelledBylineAt()
	return a
}

// labelledBylineAt is labelledByline that also returns the element's
// index (-1 when none).
func (p *page) labelledBylineAt() ([]string, int32) {
	if m := &p.bylineAt; !m.done || m.title != p.res.Title || m.main != p.mainIdx {
		names, idx := p.findLabelledByline()
		*m = bylineAtMemo{title: p.res.Title, main: p.mainIdx, names: names, idx: idx, done: true}
	}
	return slices.Clone(p.bylineAt.names), p.bylineAt.idx
}

// bylineAtMemo keeps labelledBylineAt's answer for the title and the
// content container it was read with (the headline and the container
// are what it depends on besides the DOM and its index).
type bylineAtMemo struct {
	title string
	main  int32
	names []string
	idx   int32
	done  bool
}

// findLabelledByline is labelledBylineAt without the memo.
func (p *page) findLabelledByline() ([]string, int32) {
	checked := 0
	for i := range p.nodes {
		ni := &p.nodes[i]
		if ni.flags&fBlock == 0 || ni.flags&fSkip != 0 || ni.text < 4 || ni.text > 200 || ni.ownText == 0 {
			continue
		}
		if checked++; checked > 4000 {
			break
		}
		if ni.text > 80 {
			// A meta line longer than a byline: its labelled piece
			// ("<span>Muhabir: Emre Yıldız</span> <span>Yayınlanma: …
			// </span> <span>Güncellenme: …</span>").
			if a := p.labelledPiece(int32(i)); len(a) > 0 {
				return a, int32(i)
			}
			continue
		}
		t := p.nodeText(ni.n)
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '（' && r != '【' {
			continue
		}
		names, ok := bylineNames(t)
		if !ok {
			names, ok = midLineByline(t)
		}
		if !ok && lowerIn(bareLabels, strings.TrimRight(t, " :：")) {
			// The label alone ("Article by", "Autor:"): the name is the
			// next block, or the items of a list there.
			if items := p.nextBlockItems(int32(i)); len(items) > 1 {
				return items, int32(i)
			}
			names, ok = p.nextBlockText(int32(i)), true
		}
		if !ok || names == "" || p.inPageChrome(int32(i)) {
			continue
		}
		if href, ok := wholeLink(ni.n, t); ok && !authorHref(href) {
			continue // a teaser's headline ("Von Einheimischen, Gästen und ganz viel Kühen")
		}
		if p.mainIdx >= 0 && int32(i) >= p.nodes[p.mainIdx].end && p.inTeaserBoilerplate(int32(i)) {
			continue // a related story's or a comment's byline, after the article
		}
		if a := namesOf(ni.n, names); len(a) > 0 && len(a) <= 4 && looksLikeNames(a) {
			return a, int32(i)
		}
	}
	return nil, -1
}

// wholeLink returns the address of the link that holds all of element
// n's text t, label included, when one does.
func wholeLink(n *html.Node, t string) (string, bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
				return "", false // text of its own beside the link
			}
			continue
		}
		if c.DataAtom == atom.A {
			if textOf(c) == t {
				return attr(c, "href"), true
			}
			return "", false
		}
		return wholeLink(c, t)
	}
	return "", false
}

// labelledPiece reads a labelled byline from a child element of block i
// ("<span class=muhabir>Muhabir: Emre Yıldız</span>"), outside the page
// chrome and the teasers after the article.
func (p *page) labelledPiece(i int32) []string {
	if p.inPageChrome(i) || p.mainIdx >= 0 && i >= p.nodes[p.mainIdx].end {
		return nil
	}
	for c := p.nodes[i].n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		t := p.nodeText(c)
		if len(t) < 4 || len(t) > 80 {
			continue
		}
		if names, ok := bylineNames(t); ok && names != "" {
			if a := namesOf(c, names); len(a) > 0 && len(a) <= 4 && looksLikeNames(a) && personNames(a) {
				return a
			}
		}
	}
	return nil
}

// namesOf splits the names part of element n's byline into names; a
// list of names, one per <li>, stays apart even where the text runs them
// together ("Written by: <ul><li>A</li><li>B</li></ul>").
func namesOf(n *html.Node, names string) []string {
	a := cleanAuthors(splitAuthors(names))
	if len(a) == 1 {
		if items := itemNames(n); len(items) > 1 {
			return items
		}
		if links := linkedNames(n); len(links) > 1 && strings.Join(strings.Fields(strings.Join(links, " ")), " ") == strings.Join(strings.Fields(a[0]), " ") {
			return links // "<div>Avtorja</div><div><a>Jure Zupan</a></div><div><a>Tina Novak</a></div>"
		}
	}
	return a
}

// linkedNames returns the texts of the links inside n when there are two
// to four, each a different name linked to its writer's page: a byline
// that sets each writer's linked name in an element of its own, with no
// "and" or comma between.
func linkedNames(n *html.Node) []string {
	return elementTexts(n, atom.A, 4, func(c *html.Node, t string, seen []string) bool {
		return looksLikeName(t) && authorHref(attr(c, "href")) && !slices.Contains(seen, t)
	})
}

// itemNames returns the names of a byline written as a list, one name per
// <li>, when every item reads as a name; nil otherwise.
func itemNames(n *html.Node) []string {
	out := elementTexts(n, atom.Li, 10, func(_ *html.Node, t string, _ []string) bool { return looksLikeName(t) })
	if len(out) < 2 {
		return nil
	}
	return cleanAuthors(out)
}

// elementTexts returns the texts of the elements of type tag below n (not
// looking inside them), at most max, when ok accepts each given those
// before it; nil when one is refused or there are more.
func elementTexts(n *html.Node, tag atom.Atom, max int, ok func(c *html.Node, t string, seen []string) bool) []string {
	var out []string
	good := true
	var walk func(*html.Node)
	walk = func(c *html.Node) {
		for ; c != nil && good; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == tag {
				t := textOf(c)
				if len(out) >= max || !ok(c, t, out) {
					good = false
					return
				}
				out = append(out, t)
				continue
			}
			walk(c.FirstChild)
		}
	}
	walk(n.FirstChild)
	if !good {
		return nil
	}
	return out
}

// looksLikeNames reports whether every entry reads like a name: at most
// five words, not a sentence.
func looksLikeNames(a []string) bool {
	for _, n := range a {
		if strings.Count(n, " ") > 4 || strings.ContainsAny(n, ".!?") && strings.Count(n, " ") > 2 {
			return false
		}
	}
	return true
}

// roleWords start the job title that some templates print after the name
// ("Keith Barry Senior Autos Reporter", "Jane Doe, Founder at X").
var roleWords = wordSet(`senior junior chief head staff lead principal reporter writer editor correspondent contributor
	columnist journalist founder co-founder cofounder ceo cto director manager analyst producer author
	coordinator specialist strategist consultant officer president spokesperson spokesman spokeswoman secretary
	adviser advisor chairman chairwoman chair
	redakteur redakteurin korrespondent korrespondentin journaliste rédacteur rédactrice periodista redactor redactora
	giornalista redattore redattrice jornalista redator repórter verslaggever redacteur dziennikarz redaktor
	корреспондент журналист редактор кореспондент журналістка журналіст muhabir editörü viên
	כתב כתבת כתבנו עורך עורכת مراسل مراسلة محرر محررة صحفي صحفية خبرنگار`)

// roleModifiers are the words that qualify a job title printed after a
// name ("Technical Writer", "Content Marketing Coordinator").
var roleModifiers = wordSet(`technical content marketing managing executive contributing associate assistant deputy
	freelance product news political science health business sports data digital social media commercial
	creative communications community research travel food tech technology features special investigative
	medical legal finance financial art culture opinion politics economics phóng operating information vice general
	public relations press media deals commerce shopping reviews audience video photo graphics weather entertainment
	lifestyle local metro national foreign world`)

// isRole reports whether a byline part is a job title alone ("Senior
// Analyst", "Staff Writer"), not a name.
func isRole(a string) bool {
	la := strings.ToLower(a)
	if strings.HasPrefix(la, "special to ") || strings.HasPrefix(la, "for the ") {
		return true // "Jane Doe, Special to The Post", "Jane Doe, for the Times"
	}
	words := strings.Fields(la)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	if len(words) >= 2 && (execTitles[strings.Trim(words[0], ",.;:")] || words[1] == "of" && roleWords[words[0]] ||
		words[0] == "vice" && strings.HasPrefix(words[1], "president")) {
		return true // "VP Supply Chain", "Head of Research", "Vice President, Sales"
	}
	role := false
	for _, w := range words {
		w = strings.Trim(w, ",.;:")
		if !roleWords[w] && !roleModifiers[w] {
			return false
		}
		role = role || roleWords[w]
	}
	return role
}

// cutParenNote drops a note in brackets after a name: a translator's
// credit ("Pieter De Smet (traduction : Anne Dupuis)"), a pupil's class
// ("Lea Schubert (9b)").
func cutParenNote(a string) string {
	i := strings.LastIndex(a, " (")
	if i <= 0 || !strings.HasSuffix(a, ")") {
		return a
	}
	inner := strings.TrimSpace(a[i+2 : len(a)-1])
	li := strings.ToLower(inner)
	classCode := len(inner) <= 3 && strings.ContainsFunc(inner, unicode.IsDigit) && !strings.ContainsRune(inner, ' ')
	if !classCode && !containsAny(li, translatorWords) {
		return a // other notes ("she/her", a degree) are left as printed
	}
	name := strings.TrimSpace(a[:i])
	if strings.Count(name, " ") == 0 {
		return a
	}
	return name
}

// translatorWords mark a translator's credit in brackets after a name.
var translatorWords = []string{"traduction", "traduit", "translat", "traducción", "traducido", "tradução", "traduzido",
	"übersetz", "traduzione", "tradotto", "vertaling", "vertaald", "tłumacz", "перевод", "переклад"}

// cutOpenParen drops a bracket the name's part leaves open, with what it
// opens: "Sophie Garnier (correspondante" of "Sophie Garnier
// (correspondante à Lyon)", cut at " à ".
func cutOpenParen(a string) string {
	i := strings.LastIndex(a, " (")
	if i <= 0 || strings.Contains(a[i:], ")") {
		return a
	}
	return strings.TrimSpace(a[:i])
}

// execTitles are the abbreviated titles of executives, which open a job
// title written after a name ("Mia Schultz, VP Supply Chain").
var execTitles = wordSet(`vp svp evp avp ceo cfo coo cto cmo cio ciso cpo cro`)

// nameStops are words a name never ends with; they start what follows a
// byline ("Jane Doe on March 3", "Jane Doe Last updated", "Jane Doe
// Follow" beside a follow button).
var nameStops = wordSet(`on last updated posted published at in le el il am op em от
	follow following subscribe email e-mail contact folgen abonnieren suivre seguir segui
	publicerad publisert publiceret julkaistu veröffentlicht publié publicado pubblicato gepubliceerd
	opublikowano publikováno zveřejněno uppdaterad oppdatert opdateret päivitetty aktualisiert actualizado`)

// smallNameStops are words for "at" that start a byline's clock after the
// name ("Veröffentlicht von Jens Köhler um 10:15", "pubblicato da Giulia
// Ferri alle 10:15"), taken as such only in small letters: a surname may
// be written the same way ("Jin Um").
var smallNameStops = wordSet(`um alle às`)

// uiPhrases are link texts that stand where an author name would.
var uiPhrases = map[string]bool{"posts": true, "more": true, "author": true, "authors": true, "view more posts": true,
	"more posts": true, "view all posts": true, "see all": true, "all posts": true, "read more": true, "view profile": true,
	"about the author": true, "learn more": true, "previous post": true, "next post": true, "previous article": true,
	"next article": true, "older post": true, "newer post": true, "older posts": true, "newer posts": true}

// codeLike reports whether a would-be name holds a program's or a
// template's syntax ('String::from("Jane")', '{{ author }}', '${author}',
// 'author=jane', '<%= name %>'), which no person's name does.
func codeLike(a string) bool {
	return strings.ContainsAny(a, "{}=;\\") || strings.Contains(a, "::") || strings.Contains(a, "<%") || strings.Contains(a, "%>")
}

// uiWords are the labels of buttons and links that sit in the slot of a
// byline (share and follow buttons, a breadcrumb's "Home", a feed link,
// "Sign in", a forum's "Joined"), in several languages.
var uiWords = wordSet(`share shares teilen partager compartir condividi delen compartilhar udostępnij
	home homepage startseite accueil inicio início rss atom feed feeds sign signin signup login logout joined
	menu search suche recherche buscar cerca print drucken imprimer imprimir stampa
	follow folgen suivre seguir segui reply antworten répondre responder rispondi tweet
	facebook twitter linkedin whatsapp pinterest reddit telegram email e-mail mail copy
	previous next back zurück retour volver indietro close schließen fermer cerrar chiudi
	in up out on x`)

// homeLabels are the first link of a breadcrumb trail: names whose first
// one starts with such a label are the trail ("Home Documentation
// Security Guides", "Home Office | Productivity"), not people.
var homeLabels = wordSet(`home homepage startseite accueil inicio início inizio головна главная`)

// ctaObjects are the words that follow a call to action's verb
// (ctaVerbs) on a button: "Request Demo", "Get Started", "Book Now".
var ctaObjects = wordSet(`demo started quote now today free trial consultation appointment call touch us more here online
	tickets access up in`)

// ctaLabel reports whether the lower-cased would-be name la is a button's
// label: a call to action's verb, then only ctaObjects.
func ctaLabel(la string) bool {
	f := strings.Fields(la)
	if len(f) < 2 || len(f) > 3 || !ctaVerbs[f[0]] {
		return false
	}
	for _, w := range f[1:] {
		if !ctaObjects[strings.Trim(w, "!.,")] {
			return false
		}
	}
	return true
}

// breadcrumbTrail reports whether text t starts with a home label.
func breadcrumbTrail(t string) bool {
	return homeLabels[strings.Trim(firstWord(strings.ToLower(strings.TrimSpace(t))), ",.;:|>»›/")]
}

// allUIWords reports whether every word of the lower-cased would-be name
// la is such a label ("Share Share", "Home Rss Feed", "Sign in"), with at
// least one word that is not a bare preposition.
func allUIWords(la string) bool {
	words := strings.Fields(la)
	long := false
	for _, w := range words {
		w = strings.Trim(w, ",.;:|·»«")
		if w == "" {
			continue
		}
		if !uiWords[w] {
			return false
		}
		if len(w) > 2 {
			long = true
		}
	}
	return long
}

// trimName cuts a byline label, a review credit, a trailing job title and
// trailing connector words from one author name.
func trimName(a string) string {
	a = strings.TrimSpace(a)
	if n, ok := bylineNames(a); ok {
		a = n
	} else if len(a) > 3 && strings.EqualFold(a[:3], "by ") {
		a = a[3:]
	}
	if i := strings.Index(a, " By "); i > 0 && looksLikeName(a[i+4:]) {
		a = a[i+4:] // "CoinHerald By Helena Park": the site's name before the byline
	}
	la := strings.ToLower(a)
	for _, cut := range []string{" reviewed by", ". reviewed by", " fact checked by", " fact-checked by", " edited by", " medically reviewed"} {
		if i := strings.Index(la, cut); i > 0 {
			a, la = a[:i], la[:i]
		}
	}
	a = cutCredentials(strings.Trim(a, ",;:|-–—&/·•»«›‹→ "))
	words := strings.Fields(a)
	if _, wire := wireAgencies[strings.Trim(firstWord(a), ",")]; wire {
		return a // "AP Sports Writer": an agency credit, not a name with a title
	}
	// "Senior Editor Jane Doe", "Redakteurin Erika Mustermann": a job
	// title before the name goes.
	lead := 0
	for lead < len(words) && (roleWords[strings.ToLower(words[lead])] || roleModifiers[strings.ToLower(words[lead])]) {
		lead++
	}
	if lead > 0 && lead+2 <= len(words) && roleWords[strings.ToLower(words[lead-1])] {
		words = words[lead:]
	}
	for i := 2; i < len(words); i++ {
		if roleWords[strings.ToLower(strings.Trim(words[i], ",.;:"))] {
			// "Jane Doe Content Marketing Coordinator": the words before
			// the role that qualify it go with it.
			for i > 2 && roleModifiers[strings.ToLower(strings.Trim(words[i-1], ",.;:"))] {
				i--
			}
			words = words[:i]
			break
		}
	}
	for len(words) > 1 && (nameStops[strings.ToLower(words[len(words)-1])] || smallNameStops[words[len(words)-1]]) {
		words = words[:len(words)-1]
	}
	if n := len(words); n > 0 && utf8.RuneCountInString(words[n-1]) > 3 {
		words[n-1] = strings.TrimSuffix(words[n-1], ".") // "Jane Doe." but not "Jeff T."
	}
	return strings.Trim(strings.Join(words, " "), ",;:|-–—&/·•»«›‹→ ")
}

// nameCap reports whether r can open a name word: an upper-case letter,
// or a letter of Georgian's Mkhedruli script, which is written without
// capitals although Unicode files it as lower case.
func nameCap(r rune) bool { return unicode.IsUpper(r) || mkhedruli(r) }

// casedLower reports whether r is a lower-case letter of a script that
// has capitals: a word opening with one is not a name.
func casedLower(r rune) bool { return unicode.IsLower(r) && !mkhedruli(r) }

func mkhedruli(r rune) bool { return r >= 0x10D0 && r <= 0x10FF && r != 0x10FB && r != 0x10FC }

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

// nameParticles are the lower-case words names contain.
var nameParticles = wordSet(`van der den de da do dos das du del della di la le von zu bin al el ter ten y e ap`)

// hasLowerWord reports whether a would-be name mixes capitalised words
// with a lower-case word longer than a particle ("Extension horticulture
// educators"): a phrase, not a name.
func hasLowerWord(a string) bool {
	lower, upper := false, false
	for _, w := range strings.Fields(a) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case nameCap(r):
			upper = true
		case casedLower(r) && utf8.RuneCountInString(w) > 3 && !nameParticles[w]:
			lower = true
		}
	}
	// All lower case is a user name ("kirstin boatto"); mixed is a phrase.
	return lower && upper
}

// bareLabels are byline labels that stand alone in their element, with the
// name in the next one.
var bareLabels = wordSetLines(`article by
written by
posted by
author
authors
author(s)
contributors
by
von
autor
autorin
auteur
par
por
di
door
автор
yazar
作者`)

// wordSetLines returns the set of the lines of s, trimmed.
func wordSetLines(s string) map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			m[l] = true
		}
	}
	return m
}

// nextBlockItems returns the names listed one per <li> in the first block
// after element i's subtree, nil when that block is not such a list.
func (p *page) nextBlockItems(i int32) []string {
	end := p.nodes[i].end
	for k := end; k < int32(len(p.nodes)) && k < end+8; k++ {
		nk := &p.nodes[k]
		if nk.flags&fSkip != 0 || nk.text == 0 {
			continue
		}
		if nk.n.DataAtom != atom.Ul && nk.n.DataAtom != atom.Ol {
			return nil
		}
		return itemNames(nk.n)
	}
	return nil
}

// nextBlockText returns the text of the first block after element i's
// subtree when it is short (a name), "" otherwise.
func (p *page) nextBlockText(i int32) string {
	end := p.nodes[i].end
	for k := end; k < int32(len(p.nodes)) && k < end+8; k++ {
		nk := &p.nodes[k]
		if nk.flags&fSkip != 0 || nk.text == 0 {
			continue
		}
		if nk.text > 60 {
			return ""
		}
		t := p.nodeText(nk.n)
		if looksLikeName(t) || (utf8.RuneCountInString(t) <= 40 && !strings.ContainsAny(t, ".!?0123456789")) {
			return t
		}
		return ""
	}
	return ""
}

// maxMetaAuthors caps the author values read from repeated meta tags.
const maxMetaAuthors = 30

// writtenByLabels are the labels of a "twitter:labelN" meta whose
// "twitter:dataN" names the author (WordPress SEO plugins write
// "Written by").
var writtenByLabels = wordSetLines(`written by
interview by
interviewed by
author
authors
by
autor
autorin
auteur
écrit par
rédigé par
escrito por
scritto da
geschrieben von
verfasst von
geschreven door
napisane przez
автор
yazar
作者`)

// twitterWrittenBy returns the authors a "twitter:labelN"/"twitter:dataN"
// pair declares ("Written by" / "Jane Doe") and the pair's data key.
func (p *page) twitterWrittenBy() (string, []string) {
	for i := 1; i <= 4; i++ {
		n := string(rune('0' + i))
		label := strings.ToLower(strings.TrimRight(strings.TrimSpace(p.meta["twitter:label"+n]), " :："))
		if !writtenByLabels[label] {
			continue
		}
		v := p.meta["twitter:data"+n]
		if v == "" || strings.HasPrefix(v, "http") {
			return "", nil
		}
		return "twitter:data" + n, cleanAuthors(splitAuthors(v))
	}
	return "", nil
}

// citationNames reads the values of repeated citation_author metas, one
// author each, written "Last, First" or "First Last".
func citationNames(vals []string) []string {
	var out []string
	for _, v := range vals {
		v = collapse(v)
		if last, first, ok := strings.Cut(v, ","); ok && !strings.Contains(first, ",") &&
			strings.Count(strings.TrimSpace(last), " ") <= 2 && strings.Count(strings.TrimSpace(first), " ") <= 3 && !allCredentials(first) {
			v = strings.TrimSpace(first) + " " + strings.TrimSpace(last)
		}
		out = append(out, v)
	}
	return cleanAuthors(out)
}

// shownOverDeclared reports whether the people a page's byline shows
// should replace the authors declared in meta tags or by a JSON-LD
// reference to a person node (both often the account that posted, not
// the writer): when they share no one with them.
// JSON-LD authors stay: on the dev half they were right more often than
// the byline where the two disagreed, and a byline naming more people
// than JSON-LD (reviewers, editors) widened it wrongly on the held-out
// half.
func shownOverDeclared(shown, declared []string) bool {
	for _, d := range declared {
		for _, s := range shown {
			if sameName(d, s) {
				return false
			}
		}
	}
	return true
}

// sameName reports whether two renderings name the same person: equal
// once squashed, or one holding the other ("Jane Doe" and "Dr Jane Doe").
func sameName(a, b string) bool {
	sa, sb := squashName(a), squashName(b)
	if sa == "" || sb == "" {
		return false
	}
	return sa == sb || (len(sa) >= 4 && len(sb) >= 4 && (strings.Contains(sa, sb) || strings.Contains(sb, sa)))
}

// reviewLabels end the text before a link to someone who reviewed,
// checked or edited the article rather than wrote it.
var reviewLabels = []string{"reviewed by", "reviewed by:", "fact checked by", "fact-checked by", "checked by", "edited by",
	"reviewer:", "editor:", "geprüft von", "redigiert von", "relu par", "revisado por", "revisionato da", "проверено"}

// reviewerLink reports whether the text just before link a (in its parent
// or its parent's parent) labels a reviewer or an editor: "By <a>A</a>.
// Reviewed by <a>B</a>".
func reviewerLink(a *html.Node) bool {
	for n, up := a, 0; n != nil && up < 2; n, up = n.Parent, up+1 {
		var before string
		for c := n.PrevSibling; c != nil && len(before) < 40; c = c.PrevSibling {
			before = textOfNode(c) + before
		}
		before = strings.ToLower(strings.TrimSpace(collapse(before)))
		if before == "" {
			continue
		}
		for _, l := range reviewLabels {
			if strings.HasSuffix(before, l) {
				return true
			}
		}
		return false
	}
	return false
}

// textOfNode is the text of a text node or an element.
func textOfNode(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	if n.Type == html.ElementNode {
		return textOf(n)
	}
	return ""
}

// moreByLabels start the text of the link in an author box to the
// author's other work ("All articles by Jane Doe", "View all posts by
// Jane Doe"), lower case.
var moreByLabels = []string{"all articles by ", "more articles by ", "view all articles by ", "all posts by ",
	"more posts by ", "view all posts by ", "see all posts by ", "all stories by ", "more stories by ",
	"weitere artikel von ", "alle artikel von ", "tous les articles de ", "más artículos de ", "altri articoli di "}

// moreByAuthor returns the person an author box's "All articles by Jane
// Doe" link or button names, nil when there is none or it names no
// person (the publisher, a section).
func (p *page) moreByAuthor() []string {
	for i := range p.nodes {
		n := p.nodes[i].n
		if n.DataAtom != atom.A && n.DataAtom != atom.Button {
			continue
		}
		for _, t := range []string{attr(n, "aria-label"), p.nodeText(n)} {
			t = collapse(t)
			if len(t) > 80 {
				continue
			}
			lt := strings.ToLower(t)
			for _, l := range moreByLabels {
				if !strings.HasPrefix(lt, l) || len(lt) != len(t) {
					continue
				}
				name := []string{strings.TrimSpace(t[len(l):])}
				if personNames(name) && !p.onlyPublisher(name) {
					return cleanAuthors(name)
				}
				break
			}
		}
	}
	return nil
}

// relAuthors returns the names of the page's links marked rel=author.
func (p *page) relAuthors() []string {
	var names []string
	for _, n := range p.anchors {
		if hasToken(attr(n, "rel"), "author") {
			if t := p.nodeText(n); t != "" && len(t) < 80 {
				names = append(names, t)
			}
		}
	}
	if len(names) == 0 {
		return nil
	}
	return cleanAuthors(names)
}

// firstBylineNames returns the names of the first byline line the body
// found.
func (p *page) firstBylineNames() []string {
	if len(p.bylines) == 0 {
		return nil
	}
	return cleanAuthors(splitAuthors(p.bylines[0]))
}

// feedAuthors returns the people the feed that listed the page named as
// its authors, cleaned like a byline's names; nil when it named none, or
// only the publisher.
func (p *page) feedAuthors() []string {
	var parts []string
	for _, a := range p.listedAuthors {
		parts = append(parts, splitAuthors(a)...)
	}
	a := cleanAuthors(parts)
	if len(a) == 0 || p.onlyPublisher(a) {
		return nil
	}
	return a
}

// unshout returns a person's name written in capitals, whole or in its
// surname ("CHINEDU OKAFOR", "Claire DUPONT", "Алеся КАВАЛЁВА"), in
// capital and small letters ("Chinedu Okafor"), so that one reporter is one
// name across pages and sites whatever the template's style. A name keeps
// its capitals when a word is an acronym or a credential (two letters, or
// no vowel: "US AWI", "Jeffrey Slotnick CPP"), when a capitalised word
// comes first ("WSET Global") or is not a plain one ("FlowGuard EMEA"),
// and when it names an organisation.
func unshout(a string) string {
	// (Most names have no word in capitals: they cost one scan, not
	// the organisation and role checks.)
	shouting := false
	for w := range strings.FieldsSeq(a) {
		if shouting = shoutedWord(w); shouting {
			break
		}
	}
	if !shouting {
		return a
	}
	words := strings.Fields(a)
	if len(words) < 2 || len(words) > 4 || !person(a) {
		return a
	}
	shouted, plain := 0, 0
	for i, w := range words {
		switch {
		case shoutedWord(w):
			shouted++
		case nameParticles[w] || initialWord(w) || shoutedParticle(w, i):
		case plainCapitalised(w) && shouted == 0:
			plain++
		default:
			return a
		}
		if i == 0 && shouted == 0 && plain == 0 {
			return a // a particle or an initial first: "de LA FUENTE" is left as written
		}
	}
	if shouted == 0 || (plain == 0 && shouted < 2) {
		return a
	}
	for i, w := range words {
		if shoutedWord(w) || shoutedParticle(w, i) {
			words[i] = smallAfterFirst(w)
		}
	}
	return strings.Join(words, " ")
}

// shoutedWord reports whether w is a word of a name written in capitals:
// four or more letters, or three of which two are vowels (hyphens and
// apostrophes may join parts), all upper case, with a vowel.
func shoutedWord(w string) bool {
	letters, vowels := 0, 0
	for _, r := range w {
		switch {
		case r == '-' || r == '\'' || r == '’':
		case !unicode.IsLetter(r) || !unicode.IsUpper(r):
			return false
		default:
			letters++
			if strings.ContainsRune(nameVowels, unicode.ToLower(r)) {
				vowels++
			}
		}
	}
	// (Three letters with one vowel are more often an outlet's or a
	// source's initials, "Vir STA", than a surname; "LEE" has two. A
	// Latin letter with a mark is no acronym's: "THANH HÀ", "MINH TÂM".)
	return vowels > 0 && (letters >= 4 || letters == 3 && vowels >= 2) || letters >= 2 && markedLatin(w)
}

// markedLatin reports whether w holds a Latin letter beyond ASCII (one
// with an accent or another mark).
func markedLatin(w string) bool {
	return strings.ContainsFunc(w, func(r rune) bool { return r > unicode.MaxASCII && unicode.Is(unicode.Latin, r) })
}

// shoutedParticle reports whether w, the i-th word of a name, is a
// particle written in capitals inside it: "LE" in "Jean-Pierre LE GOFF".
func shoutedParticle(w string, i int) bool {
	return i > 0 && w == strings.ToUpper(w) && nameParticles[strings.ToLower(w)]
}

// nameVowels are the vowels, in small letters, of the cased scripts whose
// names unshout reads: Latin with its accents, Greek and Cyrillic.
const nameVowels = "aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěīįıōőœūůűųəαεηιουωάέήίόύώаеёиоуыэюяіїєў"

// plainCapitalised reports whether w is a word in capital and small
// letters the common way: one capital, then small letters, in each part
// joined by a hyphen ("Claire", "Jean-Pierre").
func plainCapitalised(w string) bool {
	for part := range strings.SplitSeq(w, "-") {
		for i, r := range part {
			if !unicode.IsLetter(r) || (i == 0) != unicode.IsUpper(r) {
				return false
			}
		}
		if part == "" {
			return false
		}
	}
	return true
}

// initialWord reports whether w is an initial: "A.", "J.R.".
func initialWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters++
		default:
			return false
		}
	}
	return letters > 0 && strings.HasSuffix(w, ".") && letters <= 3
}

// smallAfterFirst writes a word in capitals with a capital at the start of
// each part joined by a hyphen or an apostrophe: "OKAFOR" → "Okafor",
// "JEAN-PIERRE" → "Jean-Pierre", "O'CONNOR" → "O'Connor".
func smallAfterFirst(w string) string {
	var b strings.Builder
	start := true
	for _, r := range w {
		if start {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == '-' || r == '\'' || r == '’'
	}
	return b.String()
}
