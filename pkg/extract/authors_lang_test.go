package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBylineLabels checks a labelled byline per language of the news.
func TestBylineLabels(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []string
		wantOK   bool
	}{
		{"en", "By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}, true},
		{"en", "Author: Jane Doe", []string{"Jane Doe"}, true},
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
		{"es", "Por lo tanto, la ciudad decidió", nil, false},
		{"it", "Di fronte alla crisi il governo", nil, false},
		{"en", "Bystanders said the fire spread", nil, false},
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
