package extract

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// TestParseDateLanguages checks one or more written dates per language of
// the news: month names, numeric orders, clock times and zone names.
func TestParseDateLanguages(t *testing.T) {
	utc := time.UTC
	msk := time.FixedZone("", 3*3600)
	cet := time.FixedZone("", 3600)
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, utc) }
	tests := []struct {
		lang, in string
		usFirst  bool
		want     time.Time
	}{
		{"en", "March 3, 2025 6:24 PM EST", true, time.Date(2025, 3, 3, 18, 24, 0, 0, time.FixedZone("", -5*3600))},
		{"en", "03/07/2025", true, day(2025, 3, 7)},
		// Europe's smaller languages.
		{"cy", "Dydd Mawrth, 4 Mawrth 2025", false, day(2025, 3, 4)},
		{"br", "Embannet Dimeurzh 4 a viz Meurzh 2025", false, day(2025, 3, 4)},
		{"br", "Embannet Digwener 21 a viz C'hwevrer 2025", false, day(2025, 2, 21)},
		{"eu", "2025eko otsailaren 27a, 10:15", false, time.Date(2025, 2, 27, 10, 15, 0, 0, utc)},
		{"mt", "4 ta' Marzu 2025", false, day(2025, 3, 4)},
		{"lb", "4. Mäerz 2025", false, day(2025, 3, 4)},
		{"fy", "tiisdei 4 maart 2025, 14.30 oere", false, time.Date(2025, 3, 4, 14, 30, 0, 0, utc)},
		// Full-width digits and colon.
		{"ja", "２０２５年３月２日 ０９：１５", false, time.Date(2025, 3, 2, 9, 15, 0, 0, utc)},
		// A range of days: the first day, in the year written after it.
		{"en", "May 13–15, 2025 · Denver, CO", true, day(2025, 5, 13)},
		{"en", "Mar 3 '25", true, day(2025, 3, 3)},
		// Digits of the script's own, and the Thai Buddhist-era year.
		{"ar", "الاثنين ٣ مارس ٢٠٢٥ - ٠٦:٠٠", false, time.Date(2025, 3, 3, 6, 0, 0, 0, utc)},
		// Khmer, Myanmar and Lao digits, and the month and year words
		// Khmer glues to them.
		{"km", "ថ្ងៃអង្គារ ទី១១ ខែមីនា ឆ្នាំ២០២៥ ម៉ោង ០៩:៣០", false, time.Date(2025, 3, 11, 9, 30, 0, 0, utc)},
		{"my", "မတ် ၁၂၊ ၂၀၂၅", false, day(2025, 3, 12)},
		{"lo", "ວັນທີ ໑໒ ມີນາ ໒໐໒໕", false, day(2025, 3, 12)},
		// Ethiopia's calendar: 30 Yekatit 2017 is 9 March 2025, 1 Meskerem
		// 2018 is 11 September 2025.
		{"am", "እሑድ፣ የካቲት 30 ቀን 2017 ዓ.ም.", false, day(2025, 3, 9)},
		{"am", "መስከረም 1 ቀን 2018 ዓ.ም. 10:30", false, time.Date(2025, 9, 11, 10, 30, 0, 0, utc)},
		{"fa", "۱۲/۰۳/۲۰۲۵", false, day(2025, 3, 12)},
		{"th", "12 มี.ค. 2568 13:14 น.", false, time.Date(2025, 3, 12, 13, 14, 0, 0, utc)},
		{"th", "3 มีนาคม 2568", false, day(2025, 3, 3)},
		{"th", "3 มีนาคม 2025", false, day(2025, 3, 3)},
		// Spanish "a" (at) after an update label is no "a.m.".
		{"es", "04/03/2025 12:31 | Actualizado a las 21:47", false, time.Date(2025, 3, 4, 12, 31, 0, 0, utc)},
		// Iran's solar calendar (13 Esfand 1403 is 3 March 2025, 25 Esfand
		// the 15th) and Taiwan's Republic years (113 is 2024).
		{"fa", "تاریخ انتشار: ۲۵ اسفند ۱۴۰۳ - ۱۲:۱۰", false, time.Date(2025, 3, 15, 12, 10, 0, 0, utc)},
		{"fa", "۱۳ اسفند ۱۴۰۳", false, day(2025, 3, 3)},
		{"fa", "1 فروردین 1404", false, day(2025, 3, 21)},
		{"zh-TW", "113年10月18日 11:30", false, time.Date(2024, 10, 18, 11, 30, 0, 0, utc)},
		{"zh-TW", "民國114年3月3日", false, day(2025, 3, 3)},
		{"en-GB", "3 Mar 2025, 18:24 GMT", false, time.Date(2025, 3, 3, 18, 24, 0, 0, utc)},
		{"de", "07.03.2025 15:04", false, time.Date(2025, 3, 7, 15, 4, 0, 0, utc)},
		{"de", "Veröffentlicht am 3. März 2025, 18:24 Uhr MEZ", false, time.Date(2025, 3, 3, 18, 24, 0, 0, cet)},
		{"fr", "Publié le 3 mars 2025", false, day(2025, 3, 3)},
		{"fr", "mis à jour le 12 févr. 2025 à 09h30", false, time.Date(2025, 2, 12, 9, 30, 0, 0, utc)},
		{"es", "3 de marzo de 2025", false, day(2025, 3, 3)},
		{"es", "14 dic 2024", false, day(2024, 12, 14)},
		{"it", "3 marzo 2025 alle 18:24", false, time.Date(2025, 3, 3, 18, 24, 0, 0, utc)},
		{"it", "12 ott 2024", false, day(2024, 10, 12)},
		{"pt", "3 de março de 2025", false, day(2025, 3, 3)},
		{"pt", "07/03/2025 às 15h04", false, time.Date(2025, 3, 7, 15, 4, 0, 0, utc)},
		{"nl", "3 maart 2025 om 18:24", false, time.Date(2025, 3, 3, 18, 24, 0, 0, utc)},
		{"nl", "12 mrt 2025", false, day(2025, 3, 12)},
		{"pl", "3 marca 2025, 18:24", false, time.Date(2025, 3, 3, 18, 24, 0, 0, utc)},
		{"pl", "15 października 2024", false, day(2024, 10, 15)},
		{"ru", "3 марта 2025, 18:24 МСК", false, time.Date(2025, 3, 3, 18, 24, 0, 0, msk)},
		{"ru", "12 сент. 2024", false, day(2024, 9, 12)},
		{"uk", "3 березня 2025, 18:24", false, time.Date(2025, 3, 3, 18, 24, 0, 0, utc)},
		{"uk", "21 листопада 2024", false, day(2024, 11, 21)},
		{"tr", "3 Mart 2025 18:24", false, time.Date(2025, 3, 3, 18, 24, 0, 0, utc)},
		{"tr", "12 Ağustos 2024", false, day(2024, 8, 12)},
		{"zh", "2025年3月3日", false, day(2025, 3, 3)},
		{"zh", "2025年3月3日 18:24", false, time.Date(2025, 3, 3, 18, 24, 0, 0, utc)},
		{"ja", "2025年3月3日 18時24分", false, time.Date(2025, 3, 3, 18, 24, 0, 0, utc)},
		{"ko", "2025년 3월 3일", false, day(2025, 3, 3)},
		{"ko", "2025년 3월 3일 오후 6:24", false, time.Date(2025, 3, 3, 18, 24, 0, 0, utc)},
		// Two-digit years, weekdays, abbreviations, zones and the
		// afternoon words of the CJK languages outside a 年/년 date.
		{"de", "07.03.25 15:04", false, time.Date(2025, 3, 7, 15, 4, 0, 0, utc)},
		{"en", "3/7/25", true, day(2025, 3, 7)},
		{"en-GB", "31/12/98", false, day(1998, 12, 31)},
		{"ru", "понедельник, 3 марта 2025", false, day(2025, 3, 3)},
		{"uk", "3 бер. 2025 о 18:24", false, time.Date(2025, 3, 3, 18, 24, 0, 0, utc)},
		{"pl", "3 marca 2025 r., godz. 18:24", false, time.Date(2025, 3, 3, 18, 24, 0, 0, utc)},
		{"tr", "3 EKİM 2024 Perşembe", false, day(2024, 10, 3)},
		{"tr", "03.10.2024 14:30 TSİ", false, time.Date(2024, 10, 3, 14, 30, 0, 0, msk)},
		{"tr", "12 Ağu 2024", false, day(2024, 8, 12)},
		{"zh", "2025-03-03 下午3:04", false, time.Date(2025, 3, 3, 15, 4, 0, 0, utc)},
		{"ja", "2025/03/03 午後3:04", false, time.Date(2025, 3, 3, 15, 4, 0, 0, utc)},
		{"ko", "2025.03.03. 오후 3:04", false, time.Date(2025, 3, 3, 15, 4, 0, 0, utc)},
		// A name that is a month word in another language gives way to
		// the month that has its day beside it.
		{"en", "By Alyssa Maio on January 21, 2023", true, day(2023, 1, 21)},
		{"en", "Mai Nguyen · March 3, 2025", true, day(2025, 3, 3)},
		// Inline elements glued without a space: the month name still
		// stands alone ("<a>Mental Health</a><span>DECEMBER 22, 2022</span>
		// <span>Updated: JANUARY 02, 2026</span>").
		{"en", "Mental HealthDECEMBER 22, 2022Updated: JANUARY 02, 2026", true, day(2022, 12, 22)},
		{"en", "NewsMarch 3, 2025", true, day(2025, 3, 3)},
		{"de", "Von Mai Tran, 3. März 2025", false, day(2025, 3, 3)},
		{"es", "5 de marzo de 2025", false, day(2025, 3, 5)},
		// An ordinal day after a stray number ("8 min" of reading time).
		{"en-GB", "Gopal Singh 8 min 29th August, 2023", false, day(2023, 8, 29)},
		{"en-GB", "3 min read · the 5th of March 2025", false, day(2025, 3, 5)},
		{"fr", "Lecture 4 min · 1er mars 2025", false, day(2025, 3, 1)},
		// Languages beyond the fourteen, in their own order.
		{"hu", "2025. március 3. 18:24", false, time.Date(2025, 3, 3, 18, 24, 0, 0, utc)},
		{"cs", "3. března 2025", false, day(2025, 3, 3)},
		{"da", "3. marts 2025 kl. 18:24", false, time.Date(2025, 3, 3, 18, 24, 0, 0, utc)},
		{"el", "3 Μαρτίου 2025, 18:24", false, time.Date(2025, 3, 3, 18, 24, 0, 0, utc)},
		{"id", "Senin, 3 Maret 2025 18:24 WIB", false, time.Date(2025, 3, 3, 18, 24, 0, 0, time.FixedZone("", 7*3600))},
		{"he", "3 במרץ 2025", false, day(2025, 3, 3)},
		// A product name is no month of another language ("Mac", Malay
		// March).
		{"en", "The 9to5Mac BundleHunt delivers over 40 top apps from 2025", false, time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.in, func(t *testing.T) {
			got, ok := parseDate(tt.in, tt.usFirst)
			if tt.want.IsZero() {
				if ok && plausibleDate(got) {
					t.Errorf("parseDate(%q, %v) = %v, want no plausible date", tt.in, tt.usFirst, got)
				}
				return
			}
			if !ok || !got.Equal(tt.want) {
				t.Errorf("parseDate(%q, %v) = %v, %v; want %v", tt.in, tt.usFirst, got, ok, tt.want)
			}
		})
	}
}

// TestParseDateZones checks the zones written after a clock time: GMT and
// UTC with an offset, abbreviations after a CJK date, and US zones named
// without their season, which take summer time by the date.
func TestParseDateZones(t *testing.T) {
	at := func(mo, d, h, mi int, off float64) time.Time {
		return time.Date(2025, time.Month(mo), d, h, mi, 0, 0, time.FixedZone("", int(off*3600)))
	}
	tests := []struct {
		in   string
		want time.Time
	}{
		{"2025-03-03 18:24 (GMT+8)", at(3, 3, 18, 24, 8)},
		// The zone before the clock (RTHK's "2025-03-14 HKT 10:15").
		{"2025-03-03 HKT 18:24", at(3, 3, 18, 24, 8)},
		{"3 March 2025 18:24 UTC+3", at(3, 3, 18, 24, 3)},
		{"3 March 2025 18:24 GMT+05:30", at(3, 3, 18, 24, 5.5)},
		{"03.03.2025 18:24 (UTC+09:00)", at(3, 3, 18, 24, 9)},
		{"March 3, 2025 6:24 PM GMT-5", at(3, 3, 18, 24, -5)},
		{"3 Mar 2025 18:24 GMT+0100", at(3, 3, 18, 24, 1)},
		{"3 March 2025 18:24 GMT", at(3, 3, 18, 24, 0)},
		{"2025年3月3日 18:24 JST", at(3, 3, 18, 24, 9)},
		{"2025년 3월 3일 오후 6:24 KST", at(3, 3, 18, 24, 9)},
		// US zones: standard time until the second Sunday of March
		// (9 March 2025), summer time until the first Sunday of
		// November (2 November 2025), both at 2 a.m.
		{"Published 3:04 p.m. ET March 3, 2025", at(3, 3, 15, 4, -5)},
		{"March 10, 2025 6:24 PM ET", at(3, 10, 18, 24, -4)},
		{"Published 3:04 p.m. ET July 3, 2025", at(7, 3, 15, 4, -4)},
		{"Nov. 2, 2025 1:30 a.m. PT", at(11, 2, 1, 30, -7)},
		{"Nov. 2, 2025 3:30 a.m. PT", at(11, 2, 3, 30, -8)},
		{"March 3, 2025 6:24 p.m. Eastern", at(3, 3, 18, 24, -5)},
		{"Aug 3, 2025 10:24 am CT", at(8, 3, 10, 24, -5)},
		// Indonesia's central and eastern zones, Malaysia, Nepal, South
		// Australia's summer.
		{"3 Maret 2025 18:24 WITA", at(3, 3, 18, 24, 8)},
		{"3 Maret 2025 18:24 WIT", at(3, 3, 18, 24, 9)},
		{"March 3, 2025 6:24 PM MYT", at(3, 3, 18, 24, 8)},
		{"3 March 2025 18:24 NPT", at(3, 3, 18, 24, 5.75)},
		{"3 March 2025 6:24pm ACDT", at(3, 3, 18, 24, 10.5)},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in, true)
		if !ok || !got.Equal(tt.want) || zoneless(got) {
			t.Errorf("parseDate(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
		}
	}
	// A zone's word elsewhere in the line is not a zone.
	if got, ok := parseDate("Central Park, March 3, 2025 6:24 PM", true); !ok || !zoneless(got) {
		t.Errorf("parseDate read a zone from a place name: %v, %v", got, ok)
	}
}

func TestRelativeDate(t *testing.T) {
	now := time.Date(2025, 3, 10, 12, 30, 0, 0, time.UTC)
	hoursAgo := func(h int) time.Time { return now.Add(-time.Duration(h) * time.Hour) }
	day := func(d int) time.Time { return time.Date(2025, 3, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		lang, in string
		want     time.Time
		wantOK   bool
	}{
		{"en", "2 hours ago", hoursAgo(2), true},
		{"cy", "2 awr yn ôl", hoursAgo(2), true},
		{"eu", "duela 3 ordu", hoursAgo(3), true},
		{"fy", "3 oere lyn", hoursAgo(3), true},
		{"lb", "virun 2 Stonnen", hoursAgo(2), true},
		{"mt", "3 sigħat ilu", hoursAgo(3), true},
		// South Asian scripts, whose vowel signs are marks within words;
		// Sinhala sets the unit before the number; Albanian, Burmese.
		{"hi", "2 घंटे पहले", hoursAgo(2), true},
		{"bn", "৩ ঘণ্টা আগে", hoursAgo(3), true},
		{"mr", "2 तासांपूर्वी", hoursAgo(2), true},
		{"gu", "5 કલાક પહેલા", hoursAgo(5), true},
		{"ta", "3 மணி நேரத்திற்கு முன்பு", hoursAgo(3), true},
		{"te", "4 గంటల క్రితం", hoursAgo(4), true},
		{"kn", "2 ಗಂಟೆಗಳ ಹಿಂದೆ", hoursAgo(2), true},
		{"ml", "3 മണിക്കൂർ മുമ്പ്", hoursAgo(3), true},
		{"pa", "2 ਘੰਟੇ ਪਹਿਲਾਂ", hoursAgo(2), true},
		{"ur", "3 گھنٹے پہلے", hoursAgo(3), true},
		{"si", "පැය 5 කට පෙර", hoursAgo(5), true},
		{"sq", "3 orë më parë", hoursAgo(3), true},
		{"my", "လွန်ခဲ့သော ၃ နာရီက", hoursAgo(3), true},
		{"hi", "5 दिन पहले", day(5), true},
		{"en", "an hour ago", hoursAgo(1), true},
		{"en", "3 days ago", day(7), true},
		{"en", "Yesterday at 15:04", time.Date(2025, 3, 9, 15, 4, 0, 0, time.UTC), true},
		{"de", "vor 2 Stunden", hoursAgo(2), true},
		{"de", "vor einer Stunde", hoursAgo(1), true},
		{"de", "gestern, 09:15", time.Date(2025, 3, 9, 9, 15, 0, 0, time.UTC), true},
		{"de", "heute 08:00 Uhr", time.Date(2025, 3, 10, 8, 0, 0, 0, time.UTC), true},
		{"fr", "il y a 3 heures", hoursAgo(3), true},
		{"fr", "il y a 2 jours", day(8), true},
		{"es", "hace 2 horas", hoursAgo(2), true},
		{"it", "2 ore fa", hoursAgo(2), true},
		{"it", "un'ora fa", hoursAgo(1), true},
		{"pt", "há 5 horas", hoursAgo(5), true},
		{"nl", "2 uur geleden", hoursAgo(2), true},
		{"pl", "2 godziny temu", hoursAgo(2), true},
		{"ru", "2 часа назад", hoursAgo(2), true},
		{"ru", "вчера в 18:24", time.Date(2025, 3, 9, 18, 24, 0, 0, time.UTC), true},
		{"uk", "2 години тому", hoursAgo(2), true},
		{"tr", "2 saat önce", hoursAgo(2), true},
		{"zh", "2小时前", hoursAgo(2), true},
		{"zh", "3天前", day(7), true},
		{"ja", "2時間前", hoursAgo(2), true},
		{"ja", "30分前", now.Add(-30 * time.Minute), true},
		{"ko", "2시간 전", hoursAgo(2), true},
		{"ko", "어제", day(9), true},
		{"fa", "۳ ساعت پیش", hoursAgo(3), true},
		{"ar", "منذ ٣ ساعات", hoursAgo(3), true},
		{"ar", "قبل ٣ ساعات", hoursAgo(3), true},
		{"so", "2 maalmood kahor", day(8), true},
		{"so", "3 saacadood kahor", hoursAgo(3), true},
		// Central Asia, the Caucasus, Eastern and Northern Europe, the
		// Middle East and South-East Asia.
		{"kk", "2 сағат бұрын", hoursAgo(2), true},
		{"kk", "Кеше, 10:15", time.Date(2025, 3, 9, 10, 15, 0, 0, time.UTC), true},
		{"ky", "Кечээ, 10:15", time.Date(2025, 3, 9, 10, 15, 0, 0, time.UTC), true},
		{"ky", "3 саат мурун", hoursAgo(3), true},
		{"uz", "3 soat oldin", hoursAgo(3), true},
		{"uz", "Bugun, 09:40", time.Date(2025, 3, 10, 9, 40, 0, 0, time.UTC), true},
		{"az", "2 saat əvvəl", hoursAgo(2), true},
		{"az", "Dünən, 18:47", time.Date(2025, 3, 9, 18, 47, 0, 0, time.UTC), true},
		{"tg", "2 соат пеш", hoursAgo(2), true},
		{"mn", "2 цагийн өмнө", hoursAgo(2), true},
		{"be", "Учора, 18:47", time.Date(2025, 3, 9, 18, 47, 0, 0, time.UTC), true},
		{"be", "2 гадзіны таму", hoursAgo(2), true},
		{"ro", "acum 2 ore", hoursAgo(2), true},
		{"ro", "Ieri, 18:47", time.Date(2025, 3, 9, 18, 47, 0, 0, time.UTC), true},
		{"cs", "před 3 hodinami", hoursAgo(3), true},
		{"cs", "včera 18:47", time.Date(2025, 3, 9, 18, 47, 0, 0, time.UTC), true},
		{"sv", "för 2 timmar sedan", hoursAgo(2), true},
		{"da", "for 2 timer siden", hoursAgo(2), true},
		{"fi", "2 tuntia sitten", hoursAgo(2), true},
		{"el", "πριν από 2 ώρες", hoursAgo(2), true},
		{"id", "2 jam yang lalu", hoursAgo(2), true},
		{"vi", "2 giờ trước", hoursAgo(2), true},
		{"he", "לפני 2 שעות", hoursAgo(2), true},
		{"fa", "2 ساعت پیش", hoursAgo(2), true},
		{"sr", "pre 2 sata", hoursAgo(2), true},
		{"hr", "prije 2 sata", hoursAgo(2), true},
		{"bg", "преди 2 часа", hoursAgo(2), true},
		{"en", "2 hours", time.Time{}, false},
		{"en", "500 days ago", time.Time{}, false},
		{"en", "the story so far", time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.in, func(t *testing.T) {
			got, ok := relativeDate(tt.in, now)
			if ok != tt.wantOK || (ok && !got.Equal(tt.want)) {
				t.Errorf("relativeDate(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
			}
		})
	}
	if _, ok := relativeDate("2 hours ago", time.Time{}); ok {
		t.Errorf("relativeDate without a fetch time read a date")
	}
}

// TestNotADate checks strings that must not read as dates: version
// numbers and words that are month abbreviations in another language.
func TestNotADate(t *testing.T) {
	// A life's span (an obituary's) names no day of publication.
	for _, s := range []string{"v1.12.24", "1.2.3.4", "release 2.10.11.5", "Ele tem 3 filhos", "June 2, 1938 - Feb. 24, 2025", "2 June 1938 – 24 February 2025"} {
		if got, ok := parseDate(s, false); ok {
			t.Errorf("parseDate(%q) = %v, want no date", s, got)
		}
	}
}

// TestYearlessDate checks dates shown without their year, per language,
// read as the latest such day up to a day after the fetch time.
func TestYearlessDate(t *testing.T) {
	now := time.Date(2025, 3, 10, 12, 30, 0, 0, time.UTC)
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		lang, in string
		want     time.Time // zero: not read
	}{
		{"en", "March 3", day(2025, 3, 3)},
		{"en", "Updated Mar 9, 6:24 PM", time.Date(2025, 3, 9, 18, 24, 0, 0, time.UTC)},
		{"en", "December 30", day(2024, 12, 30)},
		{"en", "March 11", day(2025, 3, 11)},
		{"de", "3. März, 18:24 Uhr", time.Date(2025, 3, 3, 18, 24, 0, 0, time.UTC)},
		{"fr", "Publié le 3 mars à 18h24", time.Date(2025, 3, 3, 18, 24, 0, 0, time.UTC)},
		{"es", "3 de marzo", day(2025, 3, 3)},
		{"it", "3 marzo alle 18:24", time.Date(2025, 3, 3, 18, 24, 0, 0, time.UTC)},
		{"pt", "3 de março às 18:24", time.Date(2025, 3, 3, 18, 24, 0, 0, time.UTC)},
		{"nl", "3 maart om 18:24", time.Date(2025, 3, 3, 18, 24, 0, 0, time.UTC)},
		{"pl", "3 marca, 18:24", time.Date(2025, 3, 3, 18, 24, 0, 0, time.UTC)},
		{"ru", "3 марта в 18:24 МСК", time.Date(2025, 3, 3, 18, 24, 0, 0, time.FixedZone("", 3*3600))},
		{"uk", "3 березня, 18:24", time.Date(2025, 3, 3, 18, 24, 0, 0, time.UTC)},
		{"tr", "3 Mart 18:24", time.Date(2025, 3, 3, 18, 24, 0, 0, time.UTC)},
		{"zh", "3月3日 15:04", time.Date(2025, 3, 3, 15, 4, 0, 0, time.UTC)},
		{"ja", "3月3日", day(2025, 3, 3)},
		{"ko", "3월 3일 오후 3:04", time.Date(2025, 3, 3, 15, 4, 0, 0, time.UTC)},
		{"en", "03.03. 18:24", time.Time{}},
		{"en", "Top 5 things you may want", time.Time{}},
		{"en", "We met on March 3 at the hall to talk", time.Time{}},
		{"en", "March 3, 2019", time.Time{}}, // has its year: parseDate's
		{"en", "February 29", time.Time{}},   // 2025 has none, 2024 is not the latest
		// The weekday names the year: 4 March was a Tuesday in 2025, a
		// Monday in 2024, a Saturday in 2023; 4 February 2025 a Tuesday.
		{"en", "Tuesday, March 04 @ 10:15:32 GMT", time.Date(2025, 3, 4, 10, 15, 32, 0, time.UTC)},
		{"en", "Monday, March 4", day(2024, 3, 4)},
		{"en", "Saturday, March 4", day(2023, 3, 4)},
		{"de", "Dienstag, 4. Februar", day(2025, 2, 4)},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.in, func(t *testing.T) {
			got, ok := yearlessDate(tt.in, now, tt.lang == "en")
			if tt.want.IsZero() {
				if ok {
					t.Errorf("yearlessDate(%q) = %v, want none", tt.in, got)
				}
				return
			}
			if !ok || !got.Equal(tt.want) {
				t.Errorf("yearlessDate(%q) = %v, %v; want %v", tt.in, got, ok, tt.want)
			}
		})
	}
	if _, ok := yearlessDate("March 3", time.Time{}, true); ok {
		t.Errorf("yearlessDate without a fetch time read a date")
	}
}

func FuzzYearlessDate(f *testing.F) {
	now := time.Date(2025, 3, 10, 12, 30, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string, us bool) {
		got, ok := yearlessDate(s, now, us)
		if !ok {
			return
		}
		if got.After(now.Add(49*time.Hour)) || got.Before(now.AddDate(-1, 0, -3)) {
			t.Fatalf("yearlessDate(%q) = %v, outside the year before %v", s, got, now)
		}
	})
}

// TestMastheadDate: a date in the site header (today's date) is not taken
// for the article's when the article shows its own.
func TestMastheadDate(t *testing.T) {
	page := `<html><head><title>Rat beschließt Radwege</title></head><body>
<header class="site-header"><span class="date">Montag, 10. März 2025</span><a href="/">Zeitung</a></header>
<article><h1>Rat beschließt Radwege</h1><div class="byline">Von Anna Schmidt</div><div class="meta-date">vor 3 Stunden</div>` + paragraphs(6) + `</article></body></html>`
	now := time.Date(2025, 3, 12, 12, 0, 0, 0, time.UTC)
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://zeitung.example/lokal/rat-beschliesst-radwege-fuer-die-innenstadt", Body: []byte(page), FetchedAt: now})
	if err != nil {
		t.Fatal(err)
	}
	want := now.Add(-3 * time.Hour)
	if res.PublishedAt == nil || !res.PublishedAt.Equal(want) {
		t.Fatalf("PublishedAt = %v (%s), want %v", res.PublishedAt, res.Provenance["published_at"], want)
	}
}

func FuzzRelativeDate(f *testing.F) {
	for _, s := range []string{"2 hours ago", "vor 2 Stunden", "il y a 3 jours", "2小时前", "2시간 전", "gestern, 09:15", "a a a ago", "999 ago", "昨日"} {
		f.Add(s)
	}
	now := time.Date(2025, 3, 10, 12, 30, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := relativeDate(s, now)
		if !ok {
			return
		}
		if got.After(now.Add(24*time.Hour)) || got.Before(now.Add(-62*24*time.Hour)) {
			t.Fatalf("relativeDate(%q) = %v, more than the allowed span from %v", s, got, now)
		}
		if len(s) > 80 || !utf8.ValidString(s) {
			t.Fatalf("relativeDate read an overlong or invalid string %q", s)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2025-03-03T18:24:00+03:00", "3 марта 2025, 18:24 МСК", "07.03.2025 15:04", "2025年3月3日 18時24分",
		"2025년 3월 3일 오후 6:24", "Publié le 3 mars 2025", "Fri, 17 May 2024 10:00:00 GMT", "31.02.2024", strings.Repeat("1:", 40),
		"الاثنين ٣ مارس ٢٠٢٥ - ٠٦:٠٠", "12 มี.ค. 2568 13:14 น.", "Published 11:05 a.m. ET March 5, 2025 | Updated 3:30 p.m. ET March 5, 2025",
		"2022-01-10T22:06:08:684Z", "تاریخ انتشار: ۲۵ اسفند ۱۴۰۳ - ۱۲:۱۰", "۳۱ اسفند ۱۴۹۹", "دی 1403 مهر", "113年10月18日 11:30", "199年1月1日", "እሑድ፣ የካቲት 30 ቀን 2017 ዓ.ም.", "ጳጉሜ 6 ቀን 1982", "၇ ခែធ្នូ ឆ្នាំ២០២៦"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, us bool) {
		got, ok := parseDate(s, us)
		if ok && (got.Year() < 1990 || got.Year() > 2100) {
			t.Fatalf("parseDate(%q) = %v: year out of range", s, got)
		}
	})
}

// TestDateLineLabels checks that a labelled date line reads as a date line
// and its label as a publication or an update, per language.
func TestDateLineLabels(t *testing.T) {
	tests := []struct {
		lang, line string
		update     bool
	}{
		{"en", "Publication date: March 3, 2025", false},
		{"en", "Last updated: November 13, 2025", true},
		{"de", "Publiziert am 3. März 2025", false},
		{"de", "Zuletzt geändert am 03.03.2025", true},
		{"fr", "Mis en ligne le 3 mars 2025", false},
		{"fr", "Modifié le 4 mars 2025", true},
		{"es", "Fecha de publicación: 3 de marzo de 2025", false},
		{"es", "Actualización: 4 de marzo de 2025", true},
		{"it", "Data di pubblicazione: 3 marzo 2025", false},
		{"it", "Aggiornamento: 4 marzo 2025", true},
		{"pt", "Data de publicação: 3 de março de 2025", false},
		{"pt", "Atualização: 4 de março de 2025", true},
		{"nl", "Geplaatst op 3 maart 2025", false},
		{"nl", "Laatst gewijzigd op 4 maart 2025", true},
		{"pl", "Data publikacji: 3 marca 2025", false},
		{"pl", "Aktualizacja: 4 marca 2025", true},
		{"ru", "Дата публикации: 3 марта 2025", false},
		{"ru", "Изменено: 4 марта 2025", true},
		{"uk", "Дата публікації: 3 березня 2025", false},
		{"uk", "Змінено: 4 березня 2025", true},
		{"tr", "Yayın tarihi: 3 Mart 2025", false},
		{"tr", "Son güncelleme: 4 Mart 2025", true},
		{"zh", "发表于 2025年3月3日", false},
		{"zh", "更新时间 2025年3月4日", true},
		{"ja", "配信 2025年3月3日", false},
		{"ja", "更新日 2025年3月4日", true},
		{"ko", "등록 2025.03.03", false},
		{"ko", "최종수정 2025.03.04", true},
	}
	for _, tt := range tests {
		lt := strings.ToLower(tt.line)
		if !looksLikeDateLine(lt) {
			t.Errorf("%s: %q is not read as a date line", tt.lang, tt.line)
		}
		if got := hasLabelPrefix(lt, updateLabels); got != tt.update {
			t.Errorf("%s: %q update label = %v, want %v", tt.lang, tt.line, got, tt.update)
		}
		if got := hasLabelPrefix(lt, publishLabels); got == tt.update {
			t.Errorf("%s: %q publication label = %v, want %v", tt.lang, tt.line, got, !tt.update)
		}
	}
}

// TestUnixStampDeclared reads a JSON-LD datePublished written as Unix
// seconds or milliseconds; a number of another length is not a time.
func TestUnixStampDeclared(t *testing.T) {
	for stamp, want := range map[string]string{"1764925200": "2025-12-05", "1764925200000": "2025-12-05", "20251205": ""} {
		page := `<html><head><title>Council approves budget</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council approves budget","datePublished":"` +
			stamp + `"}</script></head><body><article><h1>Council approves budget</h1>` + paragraphs(5) + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://f1.example/story/council-budget", Body: []byte(page)})
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if res.PublishedAt != nil && res.Provenance["published_at"] == "jsonld" {
			got = res.PublishedAt.Format(time.DateOnly)
		}
		if got != want {
			t.Errorf("datePublished %q: got %q (%s), want %q", stamp, got, res.Provenance["published_at"], want)
		}
	}
}

// TestMonthNamesComplete reads "3 <month> 2025" for every month of each
// language with month words, as its dates write them (genitive where the
// language declines the month), so that no month of a language is missing
// from the table.
func TestMonthNamesComplete(t *testing.T) {
	months := map[string]string{
		"en":      "January February March April May June July August September October November December",
		"de":      "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
		"fr":      "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
		"es":      "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
		"it":      "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
		"pt":      "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
		"nl":      "januari februari maart april mei juni juli augustus september oktober november december",
		"pl":      "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
		"ru":      "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
		"uk":      "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
		"tr":      "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
		"cy":      "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr",
		"eu":      "urtarrilaren otsailaren martxoaren apirilaren maiatzaren ekainaren uztailaren abuztuaren irailaren urriaren azaroaren abenduaren",
		"fy":      "jannewaris febrewaris maart april maaie juny july augustus septimber oktober novimber desimber",
		"lb":      "Januar Februar Mäerz Abrëll Mee Juni Juli August September Oktober November Dezember",
		"mt":      "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru",
		"rm":      "schaner favrer mars avrigl matg zercladur fanadur avust settember october november december",
		"ga":      "Eanáir Feabhra Márta Aibreán Bealtaine Meitheamh Iúil Lúnasa",
		"hsb":     "januara februara měrca apryla meje junija julija awgusta septembra oktobra nowembra decembra",
		"en-abbr": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
		"fr-abbr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
		"pt-abbr": "jan fev mar abr mai jun jul ago set out nov dez",
		"ru-abbr": "янв фев мар апр мая июн июл авг сен окт ноя дек",
		"sv":      "januari februari mars april maj juni juli augusti september oktober november december",
		"da":      "januar februar marts april maj juni juli august september oktober november december",
		"no":      "januar februar mars april mai juni juli august september oktober november desember",
		"fi":      "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
		"cs":      "ledna února března dubna května června července srpna září října listopadu prosince",
		"ro":      "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
		"hu":      "január február március április május június július augusztus szeptember október november december",
		"el":      "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
		"el-caps": "ΙΑΝΟΥΑΡΙΟΥ ΦΕΒΡΟΥΑΡΙΟΥ ΜΑΡΤΙΟΥ ΑΠΡΙΛΙΟΥ ΜΑΙΟΥ ΙΟΥΝΙΟΥ ΙΟΥΛΙΟΥ ΑΥΓΟΥΣΤΟΥ ΣΕΠΤΕΜΒΡΙΟΥ ΟΚΤΩΒΡΙΟΥ ΝΟΕΜΒΡΙΟΥ ΔΕΚΕΜΒΡΙΟΥ",
		"id":      "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
		"ar":      "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
		"he":      "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
		"ca":      "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
		"gl":      "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro",
		"et":      "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
		"lv":      "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
		"lt":      "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
		"sk":      "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
		"sr":      "јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
		"bg":      "януари февруари март април май юни юли август септември октомври ноември декември",
		"sw":      "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
		"tl":      "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
		"hi":      "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
		"bn":      "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
		"ur":      "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
		"ta":      "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
		"sl":      "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
		"is":      "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
		"sq":      "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
		"az":      "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr",
		"ka":      "იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი",
		"hy":      "հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի",
		"km":      "មករា កុម្ភៈ មីនា មេសា ឧសភា មិថុនា កក្កដា សីហា កញ្ញា តុលា វិច្ឆិកា ធ្នូ",
		"km-khe":  "ខែមករា ខែកុម្ភៈ ខែមីនា ខែមេសា ខែឧសភា ខែមិថុនា ខែកក្កដា ខែសីហា ខែកញ្ញា ខែតុលា ខែវិច្ឆិកា ខែធ្នូ",
		"my":      "ဇန်နဝါရီ ဖေဖော်ဝါရီ မတ် ဧပြီ မေ ဇွန် ဇူလိုင် ဩဂုတ် စက်တင်ဘာ အောက်တိုဘာ နိုဝင်ဘာ ဒီဇင်ဘာ",
		"lo":      "ມັງກອນ ກຸມພາ ມີນາ ເມສາ ພຶດສະພາ ມິຖຸນາ ກໍລະກົດ ສິງຫາ ກັນຍາ ຕຸລາ ພະຈິກ ທັນວາ",
	}
	for lang, list := range months {
		for i, m := range strings.Fields(list) {
			s := "3 " + m + " 2025"
			got, ok := parseDate(s, false)
			if want := time.Date(2025, time.Month(i+1), 3, 0, 0, 0, 0, floating); !ok || !got.Equal(want) {
				t.Errorf("%s: parseDate(%q) = %v, %v, want %v", lang, s, got, ok, want)
			}
		}
	}
}

// TestPersianAgencyStory: an Iranian agency's story dated only in Persian
// digits, year first in the solar calendar ("۱۴۰۳/۱۲/۱۲ - ۰۰:۳۵"), with its
// reporter behind "گزارش:" and the agencies' closing "انتهای پیام/".
func TestPersianAgencyStory(t *testing.T) {
	doc := `<html lang="fa" dir="rtl"><head><title>کمبود آب شرب در روستاها - خبرگزاری</title></head><body><article>` +
		`<div class="news-info"><span class="news-date">۱۴۰۳/۱۲/۱۲ - ۰۰:۳۵</span><span class="news-code">کد خبر: ۳۲۶۴۱۹۰</span></div>` +
		`<h1>کمبود آب شرب در ۱۲ روستای سیستان؛ تانکرها دیر می رسند</h1><div class="reporter">گزارش: مریم احمدی</div><div class="story">` +
		`<p>اهالی دوازده روستای بخش شیب آب سیستان می گویند از ابتدای زمستان آب لوله کشی ندارند و تانکرهای آبرسانی گاهی تا یک هفته دیر می رسند.</p>` +
		`<p>یکی از اهالی روستای قلعه نو می گوید خانواده اش ناچار است آب آشامیدنی را در گالن های پلاستیکی از شهر زابل بخرد و برای شستشو از آب چاه استفاده کند.</p>` +
		`<p>مدیر آبفای روستایی شهرستان دلیل قطعی را خرابی خط انتقال و کاهش ذخیره چاه نیمه ها عنوان کرد و گفت تعمیر خط لوله تا پایان اسفند به پایان می رسد.</p>` +
		`<p>انتهای پیام/</p></div></article></body></html>`
	res, err := New(DefaultOptions()).Extract(Input{URL: "https://agency.example/fa/news/1403/12/12/3264190/", Body: []byte(doc)})
	if err != nil {
		t.Fatal(err)
	}
	if res.PublishedAt == nil || res.PublishedAt.Format("2006-01-02 15:04") != "2025-03-02 00:35" {
		t.Errorf("published %v (%s), want 2025-03-02 00:35", res.PublishedAt, res.Provenance["published_at"])
	}
	if len(res.Authors) != 1 || res.Authors[0] != "مریم احمدی" {
		t.Errorf("authors %q, want مریم احمدی", res.Authors)
	}
	if strings.Contains(res.Text, "انتهای پیام") {
		t.Errorf("body keeps the closing line")
	}
	for _, s := range []string{"Qoraa: Maryan Cali iyo Xasan Nuur", "لیکوالان: زرمینه احمدزۍ او نجیب الله صافي"} {
		doc := `<html><head><title>Story</title></head><body><article><h1>Story of the day</h1><p class="byline">` + s + `</p>` + paragraphs(4) + `</article></body></html>`
		res, err := New(DefaultOptions()).Extract(Input{URL: "https://news.example/2025/02/28/story/", Body: []byte(doc)})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Authors) != 2 {
			t.Errorf("%q: authors %q, want two", s, res.Authors)
		}
	}
}

// TestBirthIsNoDate: a profile's "Geboren: 12 mei 1999" or "Born: March
// 3, 1990" gives someone's birth, not the page's date.
func TestBirthIsNoDate(t *testing.T) {
	p := &page{}
	for _, s := range []string{"Geboren: 12 mei 1999, Tilburg. Ploeg: Team Lowlands.", "Born: March 3, 1990", "Date of birth 14/09/2002", "Né le 3 mars 1990 à Lyon"} {
		if v, ok := p.parseVisible(s, false); ok {
			t.Errorf("%q read as the date %v", s, v)
		}
	}
	if _, ok := p.parseVisible("Published: March 3, 2025", false); !ok {
		t.Error("a publication line is no longer read")
	}
}
