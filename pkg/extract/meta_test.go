package extract

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParseDate(t *testing.T) {
	est := time.FixedZone("", -5*3600)
	cet := time.FixedZone("", 3600)
	tests := []struct {
		in      string
		usFirst bool
		want    time.Time
		wantOK  bool
	}{
		{"2024-05-17T09:30:00-04:00", false, time.Date(2024, 5, 17, 9, 30, 0, 0, time.FixedZone("", -4*3600)), true},
		{"2024-05-17", false, time.Date(2024, 5, 17, 0, 0, 0, 0, time.UTC), true},
		// A month word without a number beside it is a name: the
		// numeric date after it is the date.
		{"Jan Schreiber · 12.03.2025 · Lesezeit: 3 Min.", false, time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), true},
		{"May Chen, 12/03/2025", false, time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC), true},
		// A range of hours is no zone offset; an earlier clock after a
		// dash is.
		{"29/03/2025, 10:00-14:00 h.", false, time.Date(2025, 3, 29, 10, 0, 0, 0, time.UTC), true},
		// A two-digit year between dashes, read only before a clock.
		{"12-03-25, 11:05", false, time.Date(2025, 3, 12, 11, 5, 0, 0, time.UTC), true},
		{"12-03-25", false, time.Time{}, false},
		{"2025-03-03 15:00-05:00", false, time.Date(2025, 3, 3, 15, 0, 0, 0, est), true},
		{"2025-04-13 22:27:44", false, time.Date(2025, 4, 13, 22, 27, 44, 0, time.UTC), true},
		{"Date:2025-04-13 22:27:44", false, time.Date(2025, 4, 13, 22, 27, 44, 0, time.UTC), true},
		{"17.05.2024, 08:45 Uhr", false, time.Date(2024, 5, 17, 8, 45, 0, 0, time.UTC), true},
		{"May 17, 2024 at 9:30 a.m.", true, time.Date(2024, 5, 17, 9, 30, 0, 0, time.UTC), true},
		{"Published Monday, November 18th, 2019 at 11:08 p.m. EST", true, time.Date(2019, 11, 18, 23, 8, 0, 0, est), true},
		{"17 мая 2024, 10:20", false, time.Date(2024, 5, 17, 10, 20, 0, 0, time.UTC), true},
		{"17. Mai 2024 14:00 CET", false, time.Date(2024, 5, 17, 14, 0, 0, 0, cet), true},
		{"17 de mayo de 2024", false, time.Date(2024, 5, 17, 0, 0, 0, 0, time.UTC), true},
		{"2024年5月17日", false, time.Date(2024, 5, 17, 0, 0, 0, 0, time.UTC), true},
		{"05/10/2018", false, time.Date(2018, 10, 5, 0, 0, 0, 0, time.UTC), true},
		{"05/10/2018", true, time.Date(2018, 5, 10, 0, 0, 0, 0, time.UTC), true},
		{"Fri, 17 May 2024 10:00:00 GMT", false, time.Date(2024, 5, 17, 10, 0, 0, 0, time.UTC), true},
		{"15.03.2025, 18.24 Uhr", false, time.Date(2025, 3, 15, 18, 24, 0, 0, time.UTC), true},
		{"Mon 3 Mar 2025 11.24 GMT", false, time.Date(2025, 3, 3, 11, 24, 0, 0, time.UTC), true},
		{"Publié le 05 mars 2025 à 10h24, modifié le 06 mars 2025 à 08h10", false, time.Date(2025, 3, 5, 10, 24, 0, 0, time.UTC), true},
		{"le 5 mars 2025 à 10 h 15", false, time.Date(2025, 3, 5, 10, 15, 0, 0, time.UTC), true},
		{"3 March 2025 1.5 million", false, time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC), true},
		{"2022-01-10T22:06:08:684Z", false, time.Date(2022, 1, 10, 22, 6, 8, 684e6, time.UTC), true},
		// "p.m." belongs to its own clock, not to the update's earlier one.
		{"Published 11:05 a.m. ET March 5, 2025 | Updated 3:30 p.m. ET March 5, 2025", true, time.Date(2025, 3, 5, 11, 5, 0, 0, est), true},
		{"Published 9:05 a.m. March 5, 2025 | Updated 3:30 p.m. March 5, 2025", true, time.Date(2025, 3, 5, 9, 5, 0, 0, time.UTC), true},
		// Mongolian: the year and the month marked by words, as in CJK.
		{"2025 оны 2-р сарын 28, 20:10", false, time.Date(2025, 2, 28, 20, 10, 0, 0, time.UTC), true},
		{"2025 оны хоёрдугаар сарын 28", false, time.Date(2025, 2, 28, 0, 0, 0, 0, time.UTC), true},
		{"Нийтэлсэн: 2024 оны 11 сарын 5-ны 09:30", false, time.Date(2024, 11, 5, 9, 30, 0, 0, time.UTC), true},
		{"2024 оны арван хоёрдугаар сарын 1", false, time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC), true},
		{"2025 оны 13-р сарын 1", false, time.Time{}, false},
		// Japan's era years.
		{"公開日時 令和7年3月3日 18時24分", false, time.Date(2025, 3, 3, 18, 24, 0, 0, time.UTC), true},
		{"令和元年5月1日", false, time.Date(2019, 5, 1, 0, 0, 0, 0, time.UTC), true},
		{"平成31年4月30日", false, time.Date(2019, 4, 30, 0, 0, 0, 0, time.UTC), true},
		// A season or fiscal year is no day: "2025-26" beside a month.
		{"Hundreds pledge to withhold April rent over the increase for 2025-26", false, time.Time{}, false},
		{"12:04, Wednesday 12 March 2025 · budget for 2025/26", false, time.Date(2025, 3, 12, 12, 4, 0, 0, time.UTC), true},
		{"no date here", false, time.Time{}, false},
		{"31.02.2024", false, time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in, tt.usFirst)
		if ok != tt.wantOK || (ok && !got.Equal(tt.want)) {
			t.Errorf("parseDate(%q, %v) = %v, %v; want %v, %v", tt.in, tt.usFirst, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestURLDate(t *testing.T) {
	tests := []struct {
		path string
		want string
	}{
		{"/2024/05/17/council-votes", "2024-05-17"},
		{"/news/2019/nov/18/some-story", "2019-11-18"},
		{"/story/2024-05-17-council", "2024-05-17"},
		{"/archive/20240517/story", "2024-05-17"},
		{"/news/local/story-123456", ""},
	}
	for _, tt := range tests {
		got, ok := urlDate(tt.path)
		s := ""
		if ok {
			s = got.Format("2006-01-02")
		}
		if s != tt.want {
			t.Errorf("urlDate(%q) = %q, want %q", tt.path, s, tt.want)
		}
	}
}

func TestCleanTitle(t *testing.T) {
	tests := []struct {
		title, site, want string
	}{
		{"Council approves bike lanes | The Riverton Gazette", "The Riverton Gazette", "Council approves bike lanes"},
		{"The Riverton Gazette: Council approves bike lanes", "The Riverton Gazette", "Council approves bike lanes"},
		{"Council approves bike lanes - Gazette", "", "Council approves bike lanes"},
		{"Putin focuses on trade and cultural exchanges in Harbin -Wealth Empowerment Academy", "", "Putin focuses on trade and cultural exchanges in Harbin"},
		{"Covid-19 - what we know about the new variant so far", "", "Covid-19 - what we know about the new variant so far"},
		{"Riverton Gazette :: Council approves bike lanes", "Riverton Gazette", "Council approves bike lanes"},
		{"Council approves bike lanes after a long debate « Gazette", "", "Council approves bike lanes after a long debate"},
		{"Council approves bike lanes — riverton-gazette.com", "The Riverton Gazette", "Council approves bike lanes"},
		{"Рада ухвалила бюджет — Українська правда", "Українська правда", "Рада ухвалила бюджет"},
		{"市议会批准新自行车道_新浪新闻", "新浪新闻", "市议会批准新自行车道"},
		{"東京で大雪 ｜ 毎日新聞", "毎日新聞", "東京で大雪"},
		{"snake_case naming rules explained in detail", "", "snake_case naming rules explained in detail"},
		{"武汉的声音：有英勇的你，才有英雄的城！-新华网", "", "武汉的声音：有英勇的你，才有英雄的城！"},
		{"中美贸易谈判取得新进展－人民日报", "", "中美贸易谈判取得新进展"},
		{"北京-上海高铁今日提速", "", "北京-上海高铁今日提速"},
		{"Ξεκινούν τα έργα στη Λάρισα (Η Φωνή της Θεσσαλίας)", "Η Φωνή της Θεσσαλίας", "Ξεκινούν τα έργα στη Λάρισα"},
		{"Council approves budget (updated)", "The Riverton Gazette", "Council approves budget (updated)"},
		{"Library plans approved: what comes next (1)", "1", "Library plans approved: what comes next (1)"},
	}
	for _, tt := range tests {
		if got := cleanTitle(tt.title, tt.site); got != tt.want {
			t.Errorf("cleanTitle(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}

func TestAuthors(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"By Jane Doe and John Roe", []string{"Jane Doe", "John Roe"}},
		{"Jill Disis, CNN Business", []string{"Jill Disis"}},
		{"By Carrie Arnold November 15, 2019", []string{"Carrie Arnold"}},
		{"GREG BEACHAM, AP Sports Writer", []string{"Greg Beacham"}},
		{"Associated Press", []string{"Associated Press"}},
		{"Maria Lopez; Tom Becker & Ann Lee", []string{"Maria Lopez", "Tom Becker", "Ann Lee"}},
		// A middle dot joins two Korean reporters, but one foreign name
		// written in Chinese.
		{"김지현·최유나", []string{"김지현", "최유나"}},
		{"唐纳德·特朗普", []string{"唐纳德·特朗普"}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, cleanAuthors(splitAuthors(tt.in))); d != "" {
			t.Errorf("authors(%q) mismatch (-want +got):\n%s", tt.in, d)
		}
	}
}

func TestDecodeBody(t *testing.T) {
	tests := []struct {
		name, ct string
		body     []byte
		want     string
		wantEnc  string
	}{
		{"header windows-1251", "text/html; charset=windows-1251", []byte("<p>\xcf\xf0\xe8\xe2\xe5\xf2</p>"), "<p>Привет</p>", "windows-1251"},
		{"meta charset gbk", "", []byte("<meta charset=\"gbk\"><p>\xc4\xe3\xba\xc3</p>"), "<meta charset=\"gbk\"><p>你好</p>", "gbk"},
		{"http-equiv shift_jis", "", []byte("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>\x82\xb1\x82\xf1</p>"), "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"><p>こん</p>", "shift_jis"},
		{"bom wins", "text/html; charset=iso-8859-1", []byte("\xef\xbb\xbf<p>é</p>"), "<p>é</p>", "utf-8"},
		{"utf-8 despite latin-1 label", "", []byte("<meta charset=iso-8859-1><p>Café</p>"), "<meta charset=iso-8859-1><p>Café</p>", "utf-8"},
		{"undeclared latin-1", "", []byte("<p>Caf\xe9</p>"), "<p>Café</p>", "windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := decodeBody(tt.body, tt.ct)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want || enc != tt.wantEnc {
				t.Errorf("decodeBody = %q (%s), want %q (%s)", got, enc, tt.want, tt.wantEnc)
			}
		})
	}
}

func TestTitleSiteFromHost(t *testing.T) {
	page := `<html><head><title>Gazette :: Council approves bike lanes after long debate</title></head><body><article><p>` + paragraphs(5) + `</p></article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://www.gazette.co.uk/city/council-approves-bike-lanes-after-long-debate", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Council approves bike lanes after long debate"; res.Title != want {
		t.Errorf("Title = %q (%s), want %q", res.Title, res.Provenance["title"], want)
	}
	if got := hostName("edition.cnn.com"); got != "cnn" {
		t.Errorf("hostName(edition.cnn.com) = %q", got)
	}
}

func TestAllCapsHeadlineTakesDeclaredCase(t *testing.T) {
	page := `<html><head><title>Beginner Marathon Plan | Runners Weekly</title><meta property="og:site_name" content="Runners Weekly"></head><body><article><h1>BEGINNER MARATHON PLAN</h1>` + paragraphs(5) + `</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://runners.example/plans/beginner-marathon-plan-16-weeks", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if res.Title != "Beginner Marathon Plan" {
		t.Errorf("Title = %q (%s), want the declared case", res.Title, res.Provenance["title"])
	}
}

func TestCleanTitleSiteWords(t *testing.T) {
	tests := []struct {
		title, site, want string
	}{
		{"SoundStage! Xperience | SoundStageXperience.com - The Five Best Noise-Canceling Headphones", "soundstagexperience", "The Five Best Noise-Canceling Headphones"},
		{"Gazette reporters win the regional award for local news | Gazette", "Gazette", "Gazette reporters win the regional award for local news"},
		{"gazette.example Council approves bike lanes", "gazette", "Council approves bike lanes"},
		{"Council approves bike lanes (gazette.example)", "gazette", "Council approves bike lanes"},
		{"Node.js streams explained", "gazette", "Node.js streams explained"},
		// "_" between CJK segments is the site's trail; in Latin text
		// it stays unless it names the site.
		{"市议会批准港口预算_新闻_每日新闻网", "", "市议会批准港口预算"},
		{"市议会批准港口预算_每日新闻网", "", "市议会批准港口预算"},
		{"Kamala_Harris interview transcript", "", "Kamala_Harris interview transcript"},
		{"新闻_市议会批准港口预算", "", "新闻_市议会批准港口预算"},
	}
	for _, tt := range tests {
		if got := cleanTitle(tt.title, tt.site); got != tt.want {
			t.Errorf("cleanTitle(%q, %q) = %q, want %q", tt.title, tt.site, got, tt.want)
		}
	}
}

// TestRepeatedAuthorMeta reads one author per repeated <meta name=author>.
func TestRepeatedAuthorMeta(t *testing.T) {
	page := `<html><head><title>Council approves budget | E5</title><meta name="author" content="Jane Doe"><meta name="author" content="John Roe">` +
		`<meta property="article:published_time" content="2025-12-05"></head><body><article><h1>Council approves budget</h1>` + paragraphs(5) + `</article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://e5.example/story/council-budget", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Authors) != 2 || res.Authors[0] != "Jane Doe" || res.Authors[1] != "John Roe" {
		t.Errorf("authors %q (%s), want Jane Doe and John Roe", res.Authors, res.Provenance["authors"])
	}
}
