package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"newsroom.dev/pkg/testkit"
)

// TestBylineLabels checks a labelled byline per language of the news.
func TestBylineLabels(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []string
		wantOK   bool
	}{
		{"en", "By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}, true},
		{"cy", "Gan Rhodri ap Dafydd Dydd Gwener, 28 Chwefror 2025", []string{"Rhodri ap Dafydd"}, true},
		{"br", "Gant Mikael Ar Gall", []string{"Mikael Ar Gall"}, true},
		{"br", "Gant Soazig Kerhervé ha Per Morvan", []string{"Soazig Kerhervé", "Per Morvan"}, true},
		{"eu", "Testua: Iker Larrañaga eta Maialen Goikoetxea", []string{"Iker Larrañaga", "Maialen Goikoetxea"}, true},
		{"eu", "Testua: Ane Zubizarreta Argazkia: Gorka Rubio", []string{"Ane Zubizarreta"}, true},
		{"fo", "Tekstur: Rói Joensen", []string{"Rói Joensen"}, true},
		{"fy", "Troch Tryntsje Wiersma en Bauke Postma", []string{"Tryntsje Wiersma", "Bauke Postma"}, true},
		{"lb", "Vum Carole Schmit", []string{"Carole Schmit"}, true},
		{"mt", "Minn Maria Camilleri", []string{"Maria Camilleri"}, true},
		{"en", "Author: Jane Doe", []string{"Jane Doe"}, true},
		{"en", "Words: Jane Doe", []string{"Jane Doe"}, true},
		{"en", "Guest column by Rajiv Menon", []string{"Rajiv Menon"}, true},
		{"nl", "Door correspondent Daan Mulder", []string{"Daan Mulder"}, true},
		{"fr", "Par Pieter De Smet (traduction : Anne Dupuis)", []string{"Pieter De Smet"}, true},
		{"de", "Von Lea Schubert (9b)", []string{"Lea Schubert"}, true},
		{"en", "Guest post by Tomás Reyes, who has run the island freight co-op since 2011.", []string{"Tomás Reyes"}, true},
		{"ru", "Автор материала: Иван Петров", []string{"Иван Петров"}, true},
		{"ru", "Корреспондент: Иван Петров", []string{"Иван Петров"}, true},
		{"ru", "Подготовила Мария Иванова", []string{"Мария Иванова"}, true},
		{"uk", "Автор публікації: Іван Петренко", []string{"Іван Петренко"}, true},
		{"pl", "Oprac.: Anna Nowak", []string{"Anna Nowak"}, true},
		{"pl", "Autor tekstu: Anna Nowak", []string{"Anna Nowak"}, true},
		{"fr", "Texte : Jean Dupont", []string{"Jean Dupont"}, true},
		{"de", "Geschrieben von Max Muster", []string{"Max Muster"}, true},
		{"de", "Ein Artikel von Max Muster", []string{"Max Muster"}, true},
		{"ja", "筆者：山田太郎", []string{"山田太郎"}, true},
		{"zh-TW", "記者陳小明／台北報導", []string{"陳小明"}, true},
		{"zh-TW", "記者陳小明、林美華／綜合報導", []string{"陳小明", "林美華"}, true},
		{"zh", "记者王小明 北京报道", []string{"王小明"}, true},
		{"ja", "記者会見で市長は述べた", nil, false},
		{"ko", "이영희 기자, 박민수 기자", []string{"이영희", "박민수"}, true},
		{"ko", "박지영 기자 이준호 기자", []string{"박지영", "이준호"}, true},
		{"ko", "기자 이서연 박지훈 seoyeon@hanbitnews.kr", []string{"이서연", "박지훈"}, true},
		{"ko", "(세종=한빛일보) 이서연 박지훈 기자 = 세종시 아파트값이 3주 연속 올랐다.", []string{"이서연", "박지훈"}, true},
		{"en", "Written by Jane Doe | March 3, 2025", []string{"Jane Doe"}, true},
		{"de", "Von Max Muster und Erika Mustermann", []string{"Max Muster", "Erika Mustermann"}, true},
		{"de", "Autorin: Erika Mustermann", []string{"Erika Mustermann"}, true},
		{"fr", "Par Jean Dupont et Marie Curie", []string{"Jean Dupont", "Marie Curie"}, true},
		{"fr", "Auteur : Jean Dupont", []string{"Jean Dupont"}, true},
		{"es", "Por María García y José Pérez", []string{"María García", "José Pérez"}, true},
		{"it", "Di Marco Rossi", []string{"Marco Rossi"}, true},
		{"it", "A cura di Giulia Bianchi", []string{"Giulia Bianchi"}, true},
		{"pt", "Por João Silva e Ana Souza", []string{"João Silva", "Ana Souza"}, true},
		{"nl", "Door Jan Jansen en Piet Peters", []string{"Jan Jansen", "Piet Peters"}, true},
		{"pl", "Autor: Jan Kowalski", []string{"Jan Kowalski"}, true},
		{"ru", "Автор: Иван Петров", []string{"Иван Петров"}, true},
		{"ru", "Текст: Иван Петров и Анна Смирнова", []string{"Иван Петров", "Анна Смирнова"}, true},
		{"uk", "Авторка: Олена Коваленко", []string{"Олена Коваленко"}, true},
		{"tr", "Yazar: Ahmet Yılmaz", []string{"Ahmet Yılmaz"}, true},
		{"zh", "作者：张三", []string{"张三"}, true},
		{"zh", "记者：李四、王五", []string{"李四", "王五"}, true},
		{"ja", "文／山田太郎", []string{"山田太郎"}, true},
		{"ko", "홍길동 기자", []string{"홍길동"}, true},
		{"en", "By Jane Doe, Staff Writer", []string{"Jane Doe"}, true},
		{"en", "By Jane Doe Updated March 3, 2025", []string{"Jane Doe"}, true},
		{"en", "Contributors: Jane Doe, John Roe", []string{"Jane Doe", "John Roe"}, true},
		{"de", "Text: Max Muster", []string{"Max Muster"}, true},
		{"fr", "Écrit par Jean Dupont", []string{"Jean Dupont"}, true},
		{"es", "Escrito por María García", []string{"María García"}, true},
		{"es", "Texto: José Pérez", []string{"José Pérez"}, true},
		{"it", "Scritto da Marco Rossi e Giulia Bianchi", []string{"Marco Rossi", "Giulia Bianchi"}, true},
		{"pt", "Escrito por João Silva", []string{"João Silva"}, true},
		{"nl", "Geschreven door Jan Jansen", []string{"Jan Jansen"}, true},
		{"pl", "Przez Jan Kowalski i Anna Nowak", []string{"Jan Kowalski", "Anna Nowak"}, true},
		{"pl", "Napisała Anna Nowak", []string{"Anna Nowak"}, true},
		{"uk", "Автор: Олена Коваленко та Іван Шевченко", []string{"Олена Коваленко", "Іван Шевченко"}, true},
		{"tr", "Haber: Ahmet Yılmaz ve Ayşe Demir", []string{"Ahmet Yılmaz", "Ayşe Demir"}, true},
		{"zh", "本报记者 张三", []string{"张三"}, true},
		{"ja", "執筆者：山田太郎", []string{"山田太郎"}, true},
		{"ja", "取材・文：佐藤花子", []string{"佐藤花子"}, true},
		{"ko", "글: 김철수", []string{"김철수"}, true},
		{"de", "Von Anna Schmidt, vor 2 Stunden", []string{"Anna Schmidt"}, true}, // a relative date after the name
		{"de", "Von Anna Schmidt vor einer Stunde", []string{"Anna Schmidt"}, true},
		{"es", "Por Juan Pérez hace 3 horas", []string{"Juan Pérez"}, true},
		{"fr", "Par Claire Martin, il y a 2 heures", []string{"Claire Martin"}, true},
		{"pt", "Por Maria Silva há 5 minutos", []string{"Maria Silva"}, true},
		{"en", "By Jane Doe 2 hours ago", []string{"Jane Doe"}, true},
		{"zh", "作者：王小明 来源：新闻网 2025年3月3日", []string{"王小明"}, true}, // the next labelled field ends the names
		{"en", "By Jane Doe Source: Reuters", []string{"Jane Doe"}, true},
		{"ja", "記者：山田太郎 撮影：佐藤花子", []string{"山田太郎"}, true},
		{"en", "By Jane Doe Photo: John Roe", []string{"Jane Doe"}, true},
		{"en", "By Jane Doe, Reuters", []string{"Jane Doe"}, true},
		{"en", "By Jane Doe - AP", []string{"Jane Doe"}, true},
		{"fr", "Reportage de Claire Martin", []string{"Claire Martin"}, true},
		{"es", "Texto de Juan Pérez", []string{"Juan Pérez"}, true},
		{"es", "Texto de la ley aprobada", nil, false},
		{"en", "By Jane Doe and John Roe, The Associated Press", []string{"Jane Doe", "John Roe"}, true},
		{"es", "Por lo tanto, la ciudad decidió", nil, false},
		{"pl", "Przez lata miasto rosło", nil, false},
		{"it", "Di fronte alla crisi il governo", nil, false},
		{"en", "Bystanders said the fire spread", nil, false},
		// Titles after CJK names, genre leads, affiliations and contacts
		// after the names.
		{"zh", "记者 张三", []string{"张三"}, true},
		{"zh-TW", "文／記者王小明", []string{"王小明"}, true},
		{"ja", "山田太郎 記者", []string{"山田太郎"}, true},
		{"ja", "伊藤翼、佐藤健 記者", []string{"伊藤翼", "佐藤健"}, true},
		{"zh", "文／记者李娜、赵敏", []string{"李娜", "赵敏"}, true},
		{"zh", "记者 李娜、赵敏 2025年11月25日 21:30 (GMT+8)", []string{"李娜", "赵敏"}, true},
		{"id", "Penulis: Siti Rahayu Jumat, 10 Januari 2025 09:30 WIB", []string{"Siti Rahayu"}, true},
		{"hu", "Szerző: Kovács Anna és Nagy Péter hétfő, 2025. március 3.", []string{"Kovács Anna", "Nagy Péter"}, true},
		{"de", "Ein Kommentar von Max Muster", []string{"Max Muster"}, true},
		{"de", "Von Max Muster, Berlin", []string{"Max Muster"}, true},
		{"de", "Von Max Muster und Erika Mustermann, Frankfurt", []string{"Max Muster", "Erika Mustermann"}, true},
		{"es", "Por Juan Pérez, Madrid", []string{"Juan Pérez"}, true},
		{"fr", "Par Claire Martin, à Lyon", []string{"Claire Martin"}, true},
		{"de", "Von Max Muster, dpa", []string{"Max Muster"}, true},
		{"de", "Von Max Muster, DPA", []string{"Max Muster"}, true},
		{"fr", "Propos recueillis par Marie Dupont", []string{"Marie Dupont"}, true},
		{"pt", "Por Maria Silva, da Redação", []string{"Maria Silva"}, true},
		{"en", "By Jane Doe (jane@example.com)", []string{"Jane Doe"}, true},
		{"en", "By Jane Doe @janedoe", []string{"Jane Doe"}, true},
		// Languages beyond the fourteen.
		{"sv", "Av Anna Andersson", []string{"Anna Andersson"}, true},
		{"da", "Af Anna Hansen og Peter Jensen", []string{"Anna Hansen", "Peter Jensen"}, true},
		{"fi", "Teksti: Matti Virtanen", []string{"Matti Virtanen"}, true},
		{"hu", "Szerző: Kovács Anna", []string{"Kovács Anna"}, true},
		{"el", "Του Γιάννη Παπαδόπουλου", []string{"Γιάννη Παπαδόπουλου"}, true},
		{"id", "Penulis: Budi Santoso", []string{"Budi Santoso"}, true},
		{"ar", "بقلم: محمد علي", []string{"محمد علي"}, true},
		{"he", "מאת: דני כהן", []string{"דני כהן"}, true},
		// Georgian is written without capitals, though Unicode files
		// Mkhedruli as lower case.
		{"ka", "ავტორი: ნინო ბერიძე", []string{"ნინო ბერიძე"}, true},
		{"ka", "ავტორები: ნინო ბერიძე, გიორგი კაპანაძე", []string{"ნინო ბერიძე", "გიორგი კაპანაძე"}, true},
		{"ar", "كتب: محمد السيد ومنى حسن", []string{"محمد السيد", "منى حسن"}, true},
		{"ar", "كتبت: ياسمين فاروق الإثنين، ٣ مارس ٢٠٢٥", []string{"ياسمين فاروق"}, true},
		{"fa", "خبرنگاران: مریم احمدی، حسین کریمی", []string{"مریم احمدی", "حسین کریمی"}, true},
		{"he", "כתבת: מיכל שפירא", []string{"מיכל שפירא"}, true},
		{"th", "ผู้เขียน: วิไลวรรณ ศรีสุข, ประเสริฐ คำมา", []string{"วิไลวรรณ ศรีสุข", "ประเสริฐ คำมา"}, true},
		{"tr", "Muhabirler: Mehmet Demir ve Elif Kaya", []string{"Mehmet Demir", "Elif Kaya"}, true},
		{"sv", "Av de tjugo deltagarna kom tre", nil, false},
		{"pt", "De acordo com a prefeitura", nil, false},
		{"id", "Oleh karena itu pemerintah", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.in, func(t *testing.T) {
			names, ok := bylineNames(tt.in)
			if ok != tt.wantOK {
				t.Fatalf("bylineNames(%q) = %q, %v; want ok %v", tt.in, names, ok, tt.wantOK)
			}
			if !ok {
				return
			}
			if got := cleanAuthors(splitAuthors(names)); !cmp.Equal(got, tt.want) {
				t.Errorf("authors of %q = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestBylineClass: an author element named with an abbreviation ("athr")
// is read as a byline.
func TestBylineClass(t *testing.T) {
	page := `<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1><span class="athr">Anna Schmidt</span>` + paragraphs(6) + `</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/city/council-votes-on-new-bike-lanes", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !cmp.Equal(res.Authors, []string{"Anna Schmidt"}) {
		t.Errorf("Authors = %q (%s), want [Anna Schmidt]", res.Authors, res.Provenance["authors"])
	}
}

func TestTrimName(t *testing.T) {
	for _, tt := range testkit.ReadCases(t, "testdata/trimname.txt", 2) {
		if got := trimName(tt[0]); got != tt[1] {
			t.Errorf("trimName(%q) = %q, want %q", tt[0], got, tt[1])
		}
	}
	if got := cleanAuthors([]string{"page.head.extra.author", "View more posts", "Extension horticulture educators", "kirstin boatto"}); !cmp.Equal(got, []string{"kirstin boatto"}) {
		t.Errorf("cleanAuthors kept %q, want only the user name", got)
	}
}

// TestAuthorLinks: links to author pages name the authors when nothing
// else does; links in the page's navigation do not.
func TestAuthorLinks(t *testing.T) {
	page := `<html><head><title>Council votes</title></head><body><nav><a href="/authors/">Our authors</a><a href="/authors/editor-in-chief/">Editor In Chief</a></nav>
<article><h1>Council votes</h1><div><span>Written by </span><span><a href="/authors/jane-doe/">Jane Doe</a></span> and <span><a href="https://news.example/authors/john-roe">John Roe</a></span></div>` + paragraphs(6) +
		`<aside><a href="/authors/other-person/">Other Person</a></aside></article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/city/council-votes-on-new-bike-lanes", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if !cmp.Equal(res.Authors, []string{"Jane Doe", "John Roe"}) {
		t.Errorf("Authors = %q (%s), want [Jane Doe John Roe]", res.Authors, res.Provenance["authors"])
	}
	for _, h := range []string{"/author/jane", "https://x.example/de/autor/max-muster?x=1", "/people/jane-doe/"} {
		if !authorHref(h) {
			t.Errorf("authorHref(%q) = false", h)
		}
	}
	for _, h := range []string{"/authors/", "/news/authors-say", "https://x.example/"} {
		if authorHref(h) {
			t.Errorf("authorHref(%q) = true", h)
		}
	}
}

// TestBylineLabelThenName: a label alone in its element ("Article by")
// with the name in the next one, and an author element named "creator".
func TestBylineLabelThenName(t *testing.T) {
	for _, tt := range []struct{ name, byline string }{
		{"label then name", `<h2>Article by</h2><div>Matias Heikkilä</div>`},
		{"creator class", `<div class="creator-name">Anna Schmidt</div>`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>Council votes</title></head><body><article><h1>Council votes</h1>` + paragraphs(6) + tt.byline + `</article></body></html>`
			res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/city/council-votes-on-new-bike-lanes", Body: []byte(page)})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Authors) != 1 || res.Authors[0] == "" {
				t.Errorf("Authors = %q (%s), want the one name", res.Authors, res.Provenance["authors"])
			}
		})
	}
}

// TestBylineCredits checks what a byline adds to its names that is not a
// person: a wire agency or a role in brackets, a job title before the
// name, and the same person written with and without a title.
func TestBylineCredits(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Jane Doe (Reuters)", []string{"Jane Doe"}},
		{"Jane Doe (Staff Writer)", []string{"Jane Doe"}},
		{"JILL LAWLESS Associated Press", []string{"Jill Lawless"}},
		{"Senior Editor Jane Doe", []string{"Jane Doe"}},
		{"Redakteurin Erika Mustermann", []string{"Erika Mustermann"}},
		{"Jane Doe and Dr. Jane Doe", []string{"Jane Doe"}},
		{"Prof. Jane Doe, Jane Doe", []string{"Prof. Jane Doe"}},
		{"Kev", []string{"Kev"}},
		{"hackermondev (Daniel)", []string{"hackermondev (Daniel)"}},
	}
	for _, tc := range tests {
		if got := cleanAuthors(splitAuthors(tc.in)); !cmp.Equal(got, tc.want) {
			t.Errorf("cleanAuthors(splitAuthors(%q)) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestBylineRunOn: what a byline runs on into after the writers' names
// (an agency joined with "avec", "con", "com" or German "mit", another
// contributor's credit, a role or a publication) is not an author, read
// from a page as the crawl meets it.
func TestBylineRunOn(t *testing.T) {
	for _, c := range []struct {
		byline string
		want   []string
	}{
		{"Par Claire Martin avec AFP", []string{"Claire Martin"}},
		{"Par Claire Martin et Jean Dupont avec AFP", []string{"Claire Martin", "Jean Dupont"}},
		{"Por Ana López con información de EFE", []string{"Ana López"}},
		{"Por Ana López com Lusa", []string{"Ana López"}},
		{"Von Lisa Müller mit Material von dpa", []string{"Lisa Müller"}},
		{"Reporting by Jane Doe; Editing by John Roe", []string{"Jane Doe"}},
		{"Story by Jane Doe • Photos by John Roe", []string{"Jane Doe"}},
		{"By Jane Doe, Special to The Post", []string{"Jane Doe"}},
		{"By Jane Doe and John Roe, CNN", []string{"Jane Doe", "John Roe"}},
	} {
		page := `<html lang="en"><head><title>Council approves budget</title></head><body><article><h1>Council approves budget</h1><p class="byline">` +
			c.byline + `</p><p class="date">March 3, 2025</p>` + paragraphs(5) + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/2025/03/03/council-budget", Body: []byte(page)})
		if err != nil {
			t.Fatalf("%q: %v", c.byline, err)
		}
		if !cmp.Equal(res.Authors, c.want) {
			t.Errorf("%q: authors %q, want %q", c.byline, res.Authors, c.want)
		}
	}
}

// TestAuthorHrefSegments: authorHref, reading the path's segments in
// place, answers as splitting the path did.
func TestAuthorHrefSegments(t *testing.T) {
	for _, h := range []string{"", "/", "//", "@", "/@", "/@jane", "/@jane/", "@jane/x", "//example.com/@jane", "https://x.com/@jane",
		"/author/jane-doe", "/Author/Jane", "/AUTHOR/", "/author//jane", "/a/b/c/author/jane", "/a/b/c/d/author/jane", "/a/b/author/x?y=1",
		"https://example.com/authors/jane#top", "https://example.com", "https://example.com/author", "/news/author/jane/page/2",
		"/autor/", "/autoren/max", "/ÄUTHOR/x", "/\u212aolumnist/x", "/writers/jane", "author/jane", "/profile/jane", "/by/jane"} {
		if got, want := authorHref(h), authorHrefSplit(h); got != want {
			t.Errorf("authorHref(%q) = %v, want %v", h, got, want)
		}
	}
}

// authorHrefSplit is authorHref splitting the path, as it was first
// written.
func authorHrefSplit(href string) bool {
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
	parts := strings.Split(strings.Trim(href, "/"), "/")
	if !absolute && len(parts) == 1 && len(parts[0]) > 1 && parts[0][0] == '@' {
		return true // the site's own profile address: "/@jane"
	}
	for i := 0; i+1 < len(parts) && i < 4; i++ {
		if authorSegments[strings.ToLower(parts[i])] && parts[i+1] != "" {
			return true
		}
	}
	return false
}

// TestCutAtNumber: a date after the names is cut, in any script; a
// station's name with its channel number is not.
func TestCutAtNumber(t *testing.T) {
	for in, want := range map[string]string{
		"نجیب الله صافي ۱۰ کب ۱۴۰۳": "نجیب الله صافي",
		"Jane Doe 12 March 2025":    "Jane Doe",
		"Jane Doe 12":               "Jane Doe",
		"CWNX 9 News":               "CWNX 9 News",
		"Channel 4 News":            "Channel 4 News",
		"3i Global":                 "3i Global",
	} {
		if got := cutAtNumber(in); got != want {
			t.Errorf("cutAtNumber(%q) = %q, want %q", in, got, want)
		}
	}
}
