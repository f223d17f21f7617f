package extract

// This file parses one date string: numeric, ISO, written with month names
// (dates_lang.go), CJK, and dates in URL paths.

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/jalaali/go-jalaali"
)

// dateTok is one token of a date string: a number or a word.
type dateTok struct {
	s     string
	num   int
	isNum bool
	digs  int
	sep   byte // separator that followed the token
}

// maxDateToks bounds the tokens tokenizeDate reads.
const maxDateToks = 24

// tokenizeDate appends the tokens of s to toks (at most maxDateToks): a
// caller passes an array of its own ("var buf [maxDateToks]dateTok;
// tokenizeDate(s, buf[:0])") and allocates nothing.
func tokenizeDate(s string, toks []dateTok) []dateTok {
	i := 0
	for i < len(s) && len(toks) < maxDateToks {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			j := i
			n := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' && j-i < 9 {
				n = n*10 + int(s[j]-'0')
				j++
			}
			t := dateTok{s: s[i:j], num: n, isNum: true, digs: j - i}
			if j < len(s) {
				t.sep = s[j]
			}
			toks = append(toks, t)
			i = j
		case c >= 0x80 || (c|0x20 >= 'a' && c|0x20 <= 'z'):
			j := i
			for j < len(s) {
				d := s[j]
				if d >= 0x80 || (d|0x20 >= 'a' && d|0x20 <= 'z') {
					j++
					continue
				}
				break
			}
			w := s[i:j]
			t := dateTok{s: w}
			if j < len(s) {
				t.sep = s[j]
			}
			toks = append(toks, t)
			i = j
		default:
			if c == '+' || c == '-' {
				// keep sign tokens for zone offsets
				if len(toks) > 0 && toks[len(toks)-1].isNum && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
					toks[len(toks)-1].sep = c
				}
			}
			i++
		}
	}
	return toks
}

// parseDate parses dates in the formats news pages use: ISO 8601 and its
// relatives, RFC 1123, dd.mm.yyyy, dd/mm/yyyy, "May 17, 2024", "17 May
// 2024", month names in several languages, and CJK "2024年5月17日". It
// reports whether a time zone was given; without one the clock time is
// returned in UTC. usFirst selects mm/dd/yyyy (and mm-dd-yyyy) for
// ambiguous slashed and dashed dates.
func parseDate(s string, usFirst bool) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 6 || len(s) > 200 {
		return time.Time{}, false
	}
	persian := false
	if !hasASCIIDigit(s) {
		// Every date this reads has its day in digits, ASCII or the
		// script's own ("٣ مارس ٢٠٢٥"); the card and forum scans ask
		// about many blocks that have none.
		persian = strings.ContainsFunc(s, func(r rune) bool { return r >= '\u06f0' && r <= '\u06f9' })
		var ok bool
		if s, ok = asciiDigits(s); !ok {
			return time.Time{}, false
		}
	}
	if persian {
		if g, ok := jalaliNumeric(s); ok {
			// "۱۴۰۳/۱۲/۱۲ - ۰۰:۳۵": Iran's solar calendar in Persian
			// digits, year first.
			s = g
		}
	}
	if thai := hasThai(s); thai {
		// "12 มี.ค. 2568 13:14 น.": Thai month names, and the year of
		// the Buddhist era (543 years ahead).
		s = thaiDate(s)
	}
	if g, ok := japaneseEraDate(s); ok {
		// "令和7年3月3日 18時24分": the year of the emperor's era.
		s = g
	}
	if g, ok := mongolianDate(s); ok {
		// "2025 оны 2-р сарын 28, 20:10": year, month and day marked by
		// the words for year and month, as the CJK forms mark them.
		s = g
	}
	if g, ok := jalaliDate(s); ok {
		// "۲۵ اسفند ۱۴۰۳ - ۱۲:۱۰": Iran's solar calendar.
		s = g
	}
	if g, ok := ethiopianDate(s); ok {
		// "የካቲት 30 ቀን 2017 ዓ.ም.": Ethiopia's calendar.
		s = g
	}
	if t, ok := parseISO(s); ok {
		return t, true
	}
	var buf [maxDateToks]dateTok
	ls := strings.ToLower(splitGlued(s))
	if strings.Contains(ls, "\u0307") {
		// Turkish "EKİM", "ARALIK": lower-cased İ leaves a combining dot.
		ls = strings.ReplaceAll(ls, "\u0307", "")
	}
	// CJK: 2024年5月17日 15:04, 2024년 5월 17일 오후 3:04
	if (strings.Contains(ls, "年") && strings.Contains(ls, "月")) || (strings.Contains(ls, "년") && strings.Contains(ls, "월")) {
		toks := tokenizeDate(cjkDate.Replace(ls), buf[:0])
		var nums []int
		hh, mm := 0, 0
		for i, t := range toks {
			if !t.isNum {
				continue
			}
			if t.sep == ':' && i+1 < len(toks) && toks[i+1].isNum && len(nums) >= 3 {
				hh, mm = t.num, toks[i+1].num
				break
			}
			nums = append(nums, t.num)
		}
		if strings.Contains(ls, "오후") || strings.Contains(ls, "下午") || strings.Contains(ls, "午後") {
			if hh < 12 {
				hh += 12
			}
		}
		if len(nums) >= 3 && nums[0] >= 100 && nums[0] < 200 && strings.Contains(ls, "年") {
			// Taiwan counts years from the Republic's founding in 1912
			// ("113年10月18日", 民國113年: 2024).
			nums[0] += 1911
		}
		if len(nums) >= 3 && nums[0] > 1900 && hh < 24 && mm < 60 {
			// A zone after the clock: "2025年3月3日 18:24 JST".
			var zone *int
			for i, t := range toks {
				if !t.isNum && (hh != 0 || mm != 0) {
					if z, ok := readZone(toks, i); ok {
						off := z.offset(nums[0], nums[1], nums[2], hh)
						zone = &off
						break
					}
				}
			}
			return mkDate(nums[0], nums[1], nums[2], hh, mm, 0, zone)
		}
	}
	toks := tokenizeDate(ls, buf[:0])
	year, month, day := -1, -1, -1
	hh, mm, ss := 0, 0, 0
	var zone *int
	var named zoneRead // a zone word after the clock, resolved once the date is read
	hasNamed := false
	pm, am, clock := false, false, false
	clockEnd := -1       // the index of the first clock's last token
	monthBeside := false // the month word has a day or year beside it
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.isNum {
			// time hh:mm[:ss]
			if t.sep == ':' && i+1 < len(toks) && toks[i+1].isNum && t.num < 24 && toks[i+1].num < 60 {
				if clock {
					// Only the first clock time counts: "08:06 ·
					// Updated 21:06" is the publication time.
					i++
					continue
				}
				clock = true
				hh, mm = t.num, toks[i+1].num
				i++
				if toks[i].sep == ':' && i+1 < len(toks) && toks[i+1].isNum && toks[i+1].num < 61 {
					ss = toks[i+1].num
					i++
				}
				clockEnd = i
				// numeric offset after the time; not the end of a range
				// of hours ("10:00-14:00 h.": a later clock)
				if (toks[i].sep == '+' || toks[i].sep == '-') && i+1 < len(toks) && toks[i+1].isNum &&
					!(toks[i].sep == '-' && toks[i+1].digs <= 2 && toks[i+1].sep == ':' && toks[i+1].num < 24 && toks[i+1].num*60+nextNum(toks, i+2) > hh*60+mm) {
					off := 0
					o := toks[i+1]
					if o.digs == 4 {
						off = (o.num/100)*3600 + (o.num%100)*60
						i++
					} else if o.digs <= 2 {
						off = o.num * 3600
						i++
						if toks[i].sep == ':' && i+1 < len(toks) && toks[i+1].isNum {
							off += toks[i+1].num * 60
							i++
						}
					}
					if toks[i-1].sep == '-' || (o.digs <= 2 && toks[i-2].sep == '-') {
						off = -off
					}
					zone = &off
				}
				continue
			}
			if !clock && year > 0 && month > 0 && day > 0 && t.digs <= 2 && t.num < 24 && i+1 < len(toks) {
				// After a whole date, a clock written with a dot or an
				// h: "15.03.2025, 18.24 Uhr", "Mon 3 Mar 2025 11.24
				// GMT", "5 mars 2025 à 10h24", "à 10 h 24".
				next := toks[i+1]
				if t.sep == '.' && next.isNum && next.digs == 2 && next.num < 60 && next.sep != '.' {
					clock, hh, mm = true, t.num, next.num
					i++
					clockEnd = i
					continue
				}
				if !next.isNum && next.s == "h" && i+2 < len(toks) && toks[i+2].isNum && toks[i+2].digs == 2 && toks[i+2].num < 60 {
					clock, hh, mm = true, t.num, toks[i+2].num
					i += 2
					clockEnd = i
					continue
				}
			}
			if t.digs == 4 && t.num >= 1000 && t.num < 1990 && year < 0 && month > 0 && day > 0 && monthBeside {
				// "June 2, 1938 - Feb. 24, 2025": the first day is an old
				// one (a birth), not a day of this year or the next.
				return time.Time{}, false
			}
			if t.digs == 4 && t.num >= 1990 && t.num <= 2100 && year < 0 {
				year = t.num
				// yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd
				if (t.sep == '-' || t.sep == '/' || t.sep == '.') && i+2 < len(toks) && toks[i+1].isNum && toks[i+2].isNum && (month < 0 || !monthBeside) {
					month, day, monthBeside = toks[i+1].num, toks[i+2].num, true
					i += 2
				} else if (t.sep == '-' || t.sep == '/') && i+1 < len(toks) && toks[i+1].isNum && toks[i+1].digs == 2 && toks[i+1].num == (t.num+1)%100 {
					// "2025-26", "2024/25": a season or a fiscal year, not
					// a day of the year.
					i++
				}
				continue
			}
			// dd.mm.yyyy, dd/mm/yyyy, dd-mm-yyyy; also after a month
			// word with no number beside it, which is a name ("Jan
			// Schreiber · 12.03.2025", "May Chen, 12/03/2025").
			if (t.sep == '.' || t.sep == '/' || t.sep == '-') && i+2 < len(toks) && toks[i+1].isNum && toks[i+2].isNum &&
				toks[i+2].digs == 4 && t.digs <= 2 && toks[i+1].digs <= 2 && (month < 0 || !monthBeside) {
				a, b := t.num, toks[i+1].num
				year = toks[i+2].num
				// Slashes and dashes follow the page's order; dots are
				// day first wherever they are written.
				day, month = dayMonth(a, b, (t.sep == '/' || t.sep == '-') && usFirst)
				monthBeside = true
				i += 2
				continue
			}
			// dd.mm.yy, dd/mm/yy, mm/dd/yy: a two-digit year only
			// when the parts are written alike, nothing numeric
			// follows and no word is glued in front ("07.03.25 15:04",
			// not "1.2.3.4" or "v1.12.24").
			// (Dashes too when a clock follows: "12-03-25, 11:05".)
			if (t.sep == '.' || t.sep == '/' || t.sep == '-' && clockAfter(toks, i+3)) && i+2 < len(toks) && toks[i+1].isNum && toks[i+2].isNum && toks[i+1].sep == t.sep &&
				t.digs <= 2 && toks[i+1].digs <= 2 && toks[i+2].digs == 2 && month < 0 && year < 0 && day < 0 &&
				(i == 0 || toks[i-1].sep < '0' || toks[i-1].sep > '9') && // not "v1.12.24"
				toks[i+2].sep != '.' && toks[i+2].sep != '/' && toks[i+2].sep != '-' {
				a, b := t.num, toks[i+1].num
				year = 2000 + toks[i+2].num
				if toks[i+2].num >= 70 {
					year = 1900 + toks[i+2].num // "31.12.98"
				}
				day, month = dayMonth(a, b, t.sep == '/' && usFirst)
				monthBeside = true
				i += 2
				continue
			}
			if t.digs <= 2 && t.num >= 1 && t.num <= 31 && day < 0 {
				day = t.num
				continue
			}
			if t.digs == 2 && year < 0 && month > 0 && day > 0 && !yearAhead(toks[i+1:]) {
				// "Mar 3 '25"; not the end of a range of days when the
				// year follows ("May 13–15, 2025").
				year = 2000 + t.num
			}
			continue
		}
		w := strings.TrimSuffix(t.s, ".")
		if m, ok := monthNames[w]; ok && (month < 0 || !monthBeside) {
			// A month word with no number beside it gives way to a
			// later one that has: "Maio" in "By Alyssa Maio on January
			// 21, 2023" is a name (Portuguese May), "January 21" the
			// date.
			beside := numberBeside(toks, i)
			if month >= 0 && !beside {
				continue
			}
			month, monthBeside = m, beside
			// The day is the number beside the month name ("22 Apr",
			// "Apr 22"), not a stray earlier number ("Ledger 2 ·
			// Posted Mon, 22 Apr 2024").
			if k := dayBefore(toks, i); k >= 0 {
				day = toks[k].num
			} else if i+1 < len(toks) && toks[i+1].isNum && toks[i+1].digs <= 2 && toks[i+1].num >= 1 && toks[i+1].num <= 31 && toks[i+1].sep != ':' {
				day = toks[i+1].num
				i++
			}
			continue
		}
		// "a.m."/"p.m." belong to the clock just before them (not to an
		// update's later clock: "11:05 a.m. … Updated 3:30 p.m."); the
		// Korean, Chinese and Japanese words come before the clock.
		near := clockEnd >= 0 && i-clockEnd <= 2
		// A lone "a" or "p" ("6:24 p.m." split at its dots) follows the
		// clock at once; further on it is a word ("12:31 | Actualizado a
		// las 21:47": Spanish "at").
		next := clockEnd >= 0 && i == clockEnd+1
		switch w {
		case "pm":
			pm = pm || near
		case "p":
			pm = pm || next
		case "am":
			am = am || near
		case "a":
			am = am || next
		case "오후", "下午", "午後":
			pm = pm || !clock || near
		case "오전", "上午", "午前":
			am = am || !clock || near
		default:
			if zone == nil && !hasNamed && (hh != 0 || mm != 0) {
				if named, hasNamed = readZone(toks, i); hasNamed {
					i += named.n
				}
			} else if zone == nil && !hasNamed && !clock && i+1 < len(toks) && toks[i+1].isNum && toks[i+1].sep == ':' {
				// The zone written before the clock: "2025-03-14 HKT 10:15".
				if z, ok := readZone(toks, i); ok && z.n == 0 {
					named, hasNamed = z, true
				}
			}
		}
	}
	if year < 0 || month < 1 || month > 12 || day < 1 || day > 31 {
		return time.Time{}, false
	}
	if pm && hh < 12 {
		hh += 12
	}
	if am && hh == 12 {
		hh = 0
	}
	if hasNamed && zone == nil {
		off := named.offset(year, month, day, hh)
		zone = &off
	}
	return mkDate(year, month, day, hh, mm, ss, zone)
}

// yearAhead reports whether a four-digit year is among toks.
func yearAhead(toks []dateTok) bool {
	for _, t := range toks {
		if t.isNum && t.digs == 4 && t.num >= 1990 && t.num <= 2100 {
			return true
		}
	}
	return false
}

// zoneRead is a time zone read after a clock time: its offset in seconds,
// or, for a US zone named without its season, the standard offset in
// hours (us), and how many tokens after the zone's word it took (n).
type zoneRead struct {
	off, us, n int
}

// offset returns the zone's offset in seconds for a clock hour on a day:
// a US zone named without its season takes summer time by the date.
func (z zoneRead) offset(y, mo, d, hh int) int {
	if z.us == 0 {
		return z.off
	}
	off := z.us * 3600
	if usSummerTime(y, mo, d, hh) {
		off += 3600
	}
	return off
}

// readZone reads the time zone whose word is toks[i]: an abbreviation
// ("CET", "МСК", "JST"), GMT or UTC with an offset ("GMT+8", "UTC-05:00",
// "GMT+0530"), or a US zone without its season ("ET", "PT", "6:24 p.m.
// Eastern"), whose offset needs the date (zoneRead.offset).
func readZone(toks []dateTok, i int) (zoneRead, bool) {
	t := toks[i]
	w := strings.TrimSuffix(t.s, ".")
	if (w == "gmt" || w == "utc" || w == "ut") && (t.sep == '+' || t.sep == '-') && i+1 < len(toks) && toks[i+1].isNum {
		o := toks[i+1]
		z := zoneRead{n: 1}
		switch {
		case o.digs == 4 && o.num/100 <= 14 && o.num%100 < 60:
			z.off = (o.num/100)*3600 + (o.num%100)*60
		case o.digs <= 2 && o.num <= 14:
			z.off = o.num * 3600
			if o.sep == ':' && i+2 < len(toks) && toks[i+2].isNum && toks[i+2].digs == 2 && toks[i+2].num < 60 {
				z.off += toks[i+2].num * 60
				z.n++
			}
		default:
			return zoneRead{}, false
		}
		if t.sep == '-' {
			z.off = -z.off
		}
		return z, true
	}
	if off, ok := zoneOffsets[w]; ok {
		return zoneRead{off: off}, true
	}
	us, ok := usZones[w]
	if !ok {
		return zoneRead{}, false
	}
	if len(w) > 2 {
		// "Eastern", "Pacific": only right after the clock, where no
		// other word could be meant ("6:24 p.m. Eastern").
		prev := ""
		if i > 0 {
			prev = toks[i-1].s
		}
		if i == 0 || !(toks[i-1].isNum || prev == "pm" || prev == "am" || prev == "m" || prev == "p.m" || prev == "a.m") {
			return zoneRead{}, false
		}
	}
	return zoneRead{us: us}, true
}

// usZones are the US zones news pages name without saying whether summer
// time applies ("3:04 p.m. ET"), with their standard offsets in hours.
var usZones = map[string]int{
	"et": -5, "ct": -6, "mt": -7, "pt": -8,
	"eastern": -5, "central": -6, "mountain": -7, "pacific": -8,
}

// usSummerTime reports whether a US clock time on the given day is in
// summer time: from 2 a.m. on the second Sunday of March to 2 a.m. on the
// first Sunday of November (the rule since 2007).
func usSummerTime(y, mo, d, hh int) bool {
	sunday := func(month time.Month, nth int) int {
		first := time.Date(y, month, 1, 0, 0, 0, 0, time.UTC).Weekday()
		return 1 + (7-int(first))%7 + 7*(nth-1)
	}
	switch {
	case mo > 3 && mo < 11:
		return true
	case mo == 3:
		s := sunday(time.March, 2)
		return d > s || (d == s && hh >= 2)
	case mo == 11:
		s := sunday(time.November, 1)
		return d < s || (d == s && hh < 2)
	}
	return false
}

// numberBeside reports whether the month word toks[i] has a day or a year
// beside it ("22 Apr", "Apr 22", "April 2024", "5 de marzo").
func numberBeside(toks []dateTok, i int) bool {
	dateNum := func(k int) bool {
		if k < 0 || k >= len(toks) || !toks[k].isNum {
			return false
		}
		t := toks[k]
		return (t.digs <= 2 && t.num >= 1 && t.num <= 31) || t.digs == 4
	}
	if dateNum(i-1) || dateNum(i+1) || dayBefore(toks, i) >= 0 {
		return true
	}
	// "5 de marzo de 2024", "5 do março"
	return i >= 2 && (toks[i-1].s == "de" || toks[i-1].s == "do") && dateNum(i-2)
}

// dayBefore returns the index of the day number written before the month
// word toks[i] ("22 Apr", "29th August", "the 5th of March", "1er mars"),
// -1 when there is none.
func dayBefore(toks []dateTok, i int) int {
	k := i - 1
	if k >= 1 && toks[k].s == "of" {
		k--
	}
	if k >= 1 && !toks[k].isNum && ordinalSuffixes[toks[k].s] && toks[k-1].isNum && toks[k-1].sep == toks[k].s[0] {
		k-- // "29th": the suffix is glued to its number
	}
	if k >= 0 && toks[k].isNum && toks[k].digs <= 2 && toks[k].num >= 1 && toks[k].num <= 31 {
		return k
	}
	return -1
}

// ordinalSuffixes are the letters glued to a day number: "29th", "1er".
var ordinalSuffixes = wordSet(`st nd rd th er`)

// yearlessDate reads a short date line that names the month and day but
// not the year ("March 3, 18:24", "3. März", "3 марта в 18:24", "3月3日
// 15:04", "3월 3일") as the latest such day no later than a day after now
// (the fetch time). Numeric dates without a year ("03.03.") are not read:
// their order and their year are both unknown.
func yearlessDate(s string, now time.Time, us bool) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if now.IsZero() || len(s) > 60 || len(s) < 3 {
		return time.Time{}, false
	}
	ls := strings.ToLower(s)
	var buf [maxDateToks]dateTok
	toks := tokenizeDate(ls, buf[:0])
	named := false
	for i, t := range toks {
		if t.isNum && t.digs >= 3 {
			return time.Time{}, false // a year, or not a date line
		}
		if _, ok := monthNames[strings.TrimSuffix(t.s, ".")]; ok && !t.isNum {
			beside := func(k int) bool {
				return k >= 0 && k < len(toks) && toks[k].isNum && toks[k].num >= 1 && toks[k].num <= 31 && toks[k].sep != ':'
			}
			named = named || beside(i-1) || beside(i+1) || (i >= 2 && (toks[i-1].s == "de" || toks[i-1].s == "do") && beside(i-2))
		}
	}
	now = now.UTC()
	y := now.Year()
	var withYear string
	switch {
	case strings.Contains(ls, "月") && strings.Contains(ls, "日") && !strings.Contains(ls, "年"):
		withYear = strconv.Itoa(y) + "年" + s
	case strings.Contains(ls, "월") && strings.Contains(ls, "일") && !strings.Contains(ls, "년"):
		withYear = strconv.Itoa(y) + "년 " + s
	case named:
		// The year goes first, before any number a clock or a count
		// could be ("à 18h24").
		withYear = strconv.Itoa(y) + " " + s
		if !looksLikeDateLine(strings.ToLower(withYear)) {
			return time.Time{}, false
		}
	default:
		return time.Time{}, false
	}
	t, ok := parseDate(withYear, us)
	if !ok {
		return time.Time{}, false
	}
	if t.After(now.Add(48 * time.Hour)) {
		// "December 30" read on January 2 is last year's.
		last := time.Date(y-1, t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, t.Location())
		if last.Day() != t.Day() {
			return time.Time{}, false // 29 February
		}
		t = last
	}
	if wd, ok := namedWeekday(toks); ok && t.Weekday() != wd {
		// "Tuesday, March 04": the latest year in which that day is a
		// Tuesday (a page fetched long after it was posted).
		for back := 1; back <= 11; back++ {
			if e := t.AddDate(-back, 0, 0); e.Day() == t.Day() && e.Weekday() == wd {
				return e, true
			}
		}
		return time.Time{}, false
	}
	return t, true
}

// weekdayNumbers are the English, German, French, Spanish, Italian and
// Dutch names of the days of the week, full and short.
var weekdayNumbers = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
	"sun": time.Sunday, "mon": time.Monday, "tue": time.Tuesday, "tues": time.Tuesday, "wed": time.Wednesday, "thu": time.Thursday, "thur": time.Thursday, "thurs": time.Thursday, "fri": time.Friday, "sat": time.Saturday,
	"sonntag": time.Sunday, "montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday, "donnerstag": time.Thursday, "freitag": time.Friday, "samstag": time.Saturday,
	"dimanche": time.Sunday, "lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday, "jeudi": time.Thursday, "vendredi": time.Friday, "samedi": time.Saturday,
	"domingo": time.Sunday, "lunes": time.Monday, "martes": time.Tuesday, "miércoles": time.Wednesday, "jueves": time.Thursday, "viernes": time.Friday, "sábado": time.Saturday,
	"domenica": time.Sunday, "lunedì": time.Monday, "martedì": time.Tuesday, "mercoledì": time.Wednesday, "giovedì": time.Thursday, "venerdì": time.Friday, "sabato": time.Saturday,
	"zondag": time.Sunday, "maandag": time.Monday, "dinsdag": time.Tuesday, "woensdag": time.Wednesday, "donderdag": time.Thursday, "vrijdag": time.Friday, "zaterdag": time.Saturday,
}

// namedWeekday returns the day of the week a date line's tokens name, if
// one does.
func namedWeekday(toks []dateTok) (time.Weekday, bool) {
	for _, t := range toks {
		if wd, ok := weekdayNumbers[strings.TrimSuffix(t.s, ".")]; ok && !t.isNum {
			return wd, true
		}
	}
	return 0, false
}

// cjkDate turns the year, month and day marks of Chinese, Japanese and
// Korean dates into spaces.
var cjkDate = strings.NewReplacer("年", " ", "月", " ", "日", " ", "년", " ", "월", " ", "일", " ", "时", ":", "時", ":", "시", ":", "分", " ", "분", " ")

// floating marks a time parsed without a time zone: its clock reads as UTC
// but the page did not say where. Result.PublishedPrecision reports it, and
// no time leaves the package in this location.
var floating = time.FixedZone("floating", 0)

// zoneless reports whether t was parsed without a time zone.
func zoneless(t time.Time) bool { return t.Location() == floating }

func mkDate(y, mo, d, h, mi, s int, zone *int) (time.Time, bool) {
	if y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	loc := floating
	switch {
	case zone != nil && *zone != 0:
		loc = time.FixedZone("", *zone)
	case zone != nil:
		loc = time.UTC
	}
	t := time.Date(y, time.Month(mo), d, h, mi, s, 0, loc)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// parseISO parses ISO 8601 / RFC 3339 style timestamps, with or without
// seconds, fractions and zone, and RFC 1123 dates.
func parseISO(s string) (time.Time, bool) {
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' && isDigits(s[:4]) {
		for _, layout := range isoLayouts {
			if t, err := time.Parse(layout, s); err == nil {
				if !strings.Contains(layout, "07") && !strings.Contains(layout, "MST") {
					t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), floating)
				}
				if t.Year() < 1990 || t.Year() > 2100 {
					return time.Time{}, false
				}
				return t, true
			}
		}
		if len(s) > 21 && s[10] == 'T' && s[19] == ':' && isDigits(s[20:21]) {
			// A colon before the fraction of a second
			// ("2022-01-10T22:06:08:684Z", a CMS's own format).
			return parseISO(s[:19] + "." + s[20:])
		}
		return time.Time{}, false
	}
	if !weekdayComma(s) {
		return time.Time{}, false
	}
	for _, layout := range rfcLayouts {
		if t, err := time.Parse(layout, s); err == nil && t.Year() >= 1990 && t.Year() <= 2100 {
			return t, true
		}
	}
	return time.Time{}, false
}

// rfcLayouts are the mail and HTTP date forms, each opening with the
// weekday and a comma.
var rfcLayouts = []string{time.RFC1123Z, time.RFC1123, time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST"}

// weekdayComma reports whether s opens with a word of three to nine
// ASCII letters and a comma, as every one of rfcLayouts does: the cheap
// test that spares time.Parse (and its error values) on other text.
func weekdayComma(s string) bool {
	i := strings.IndexByte(s, ',')
	if i < 3 || i > 9 {
		return false
	}
	for j := 0; j < i; j++ {
		if c := s[j] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// clockAfter reports whether toks[i:] opens with a clock time ("11:05").
func clockAfter(toks []dateTok, i int) bool {
	return i+1 < len(toks) && toks[i].isNum && toks[i].sep == ':' && toks[i+1].isNum && toks[i].num < 24 && toks[i+1].num < 60
}

// nextNum returns the number of toks[i], or 0 when there is none.
func nextNum(toks []dateTok, i int) int {
	if i < len(toks) && toks[i].isNum {
		return toks[i].num
	}
	return 0
}

// nativeZeros are the zero digits of the scripts whose digits asciiDigits
// reads: Arabic-Indic, Persian, Devanagari, Bengali, Gurmukhi, Gujarati,
// Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala, Thai, Lao, Myanmar,
// Khmer and full-width.
var nativeZeros = []rune{'\u0660', '\u06f0', '\u0966', '\u09e6', '\u0a66', '\u0ae6', '\u0b66', '\u0be6', '\u0c66',
	'\u0ce6', '\u0d66', '\u0de6', '\u0e50', '\u0ed0', '\u1040', '\u17e0', '\uff10'}

// asciiDigits returns s with the digits of other scripts written as ASCII
// digits, and whether it held any.
func asciiDigits(s string) (string, bool) {
	if strings.IndexFunc(s, func(r rune) bool { return asciiDigit(r) != r }) < 0 {
		return s, false // (most text: no copy)
	}
	return strings.Map(asciiDigit, s), true
}

// asciiDigit returns the ASCII digit for a digit of one of nativeZeros'
// scripts, and any other rune as it is.
func asciiDigit(r rune) rune {
	switch r {
	case '：', '／', '－', '．':
		return r - 0xFEE0 // full-width marks beside full-width digits: "０９：１５"
	case '၊':
		return ',' // Myanmar's comma: "မတ် ၁၂၊ ၂၀၂၅"
	case '။', '។':
		return '.' // Myanmar's and Khmer's full stops
	}
	for _, z := range nativeZeros {
		if r >= z && r <= z+9 {
			return '0' + (r - z)
		}
	}
	return r
}

// hasThai reports whether s holds a letter of the Thai script.
func hasThai(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == 0xE0 && (s[i+1] == 0xB8 || s[i+1] == 0xB9) {
			return true
		}
	}
	return false
}

// thaiMonths spells the Thai abbreviated month names in full, so that
// their inner full stops do not split them ("มี.ค." is มีนาคม, March).
var thaiMonths = strings.NewReplacer("ม.ค.", " มกราคม ", "ก.พ.", " กุมภาพันธ์ ", "มี.ค.", " มีนาคม ", "เม.ย.", " เมษายน ",
	"พ.ค.", " พฤษภาคม ", "มิ.ย.", " มิถุนายน ", "ก.ค.", " กรกฎาคม ", "ส.ค.", " สิงหาคม ", "ก.ย.", " กันยายน ",
	"ต.ค.", " ตุลาคม ", "พ.ย.", " พฤศจิกายน ", "ธ.ค.", " ธันวาคม ")

// thaiDate rewrites a Thai date for the general parser: full month names,
// and a Buddhist-era year (2443-2643) as the Gregorian one.
func thaiDate(s string) string {
	s = thaiMonths.Replace(s)
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j-i == 4 {
			if y, _ := strconv.Atoi(s[i:j]); y >= 2443 && y <= 2643 {
				b.WriteString(strconv.Itoa(y - 543))
				i = j
				continue
			}
		}
		if j > i {
			b.WriteString(s[i:j])
			i = j
			continue
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// jalaliMonths are the months of the solar calendar of Iran, in order.
var jalaliMonths = map[string]int{"فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
	"شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12}

// jalaliDate rewrites a date of the solar calendar ("25 اسفند 1403",
// digits already ASCII) as the Gregorian day in English ("15 March
// 2025"), keeping what follows it (the clock). The day must come before
// the month name and a year of 1300-1499 after it, since some of the
// month names are common words too ("دی", "مهر").
func jalaliDate(s string) (string, bool) {
	if !strings.ContainsAny(s, "فاختمشآبد") {
		return "", false
	}
	words := strings.Fields(s)
	for k := 1; k+1 < len(words); k++ {
		m, ok := jalaliMonths[strings.Trim(words[k], "،,")]
		if !ok {
			continue
		}
		d, err1 := strconv.Atoi(strings.Trim(words[k-1], "،,"))
		y, err2 := strconv.Atoi(strings.Trim(words[k+1], "،,"))
		if err1 != nil || err2 != nil || d < 1 || d > 31 || y < 1300 || y > 1499 {
			continue
		}
		gy, gm, gd, err := jalaali.ToGregorian(y, jalaali.Month(m), d)
		if err != nil {
			return "", false
		}
		rest := strings.Join(words[k+2:], " ")
		return fmt.Sprintf("%d %s %d %s", gd, gm, gy, rest), true
	}
	return "", false
}

// ethiopianMonths are the thirteen months of the Ethiopian calendar, in the
// spellings Amharic papers use.
var ethiopianMonths = map[string]int{"መስከረም": 1, "ጥቅምት": 2, "ኅዳር": 3, "ህዳር": 3, "ታኅሣሥ": 4, "ታህሳስ": 4, "ታኅሳስ": 4,
	"ጥር": 5, "የካቲት": 6, "መጋቢት": 7, "ሚያዝያ": 8, "ግንቦት": 9, "ሰኔ": 10, "ሐምሌ": 11, "ሃምሌ": 11, "ነሐሴ": 12, "ነሃሴ": 12,
	"ጳጉሜ": 13, "ጳጉሜን": 13}

// ethiopianEpoch is the Julian day number before the first day of the
// Ethiopian era (1 Meskerem 1 is Julian day 1724221).
const ethiopianEpoch = 1724220

// ethiopianDate rewrites a date of the Ethiopian calendar ("እሑድ፣ የካቲት 30
// ቀን 2017 ዓ.ም.", "30 የካቲት 2017") as the Gregorian day ("9 March 2025"),
// keeping what follows it.
func ethiopianDate(s string) (string, bool) {
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Ethiopic, r) }) {
		return "", false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '፣' || r == ',' || r == '።' })
	num := func(k int) int {
		if k < 0 || k >= len(words) {
			return 0
		}
		n, err := strconv.Atoi(strings.TrimRight(words[k], "."))
		if err != nil {
			return 0
		}
		return n
	}
	for k, w := range words {
		m, ok := ethiopianMonths[w]
		if !ok {
			continue
		}
		d := num(k + 1) // "የካቲት 30 ቀን 2017"
		yk := k + 2
		if d < 1 || d > 30 {
			d, yk = num(k-1), k+1 // "30 የካቲት 2017"
		}
		y := 0
		for j := yk; j < len(words) && j <= yk+1; j++ { // (after "ቀን", "day")
			if y = num(j); y != 0 {
				break
			}
		}
		if d < 1 || d > 30 || m == 13 && d > 6 || y < 1983 || y > 2092 { // (Gregorian 1990-2100)
			continue
		}
		jdn := ethiopianEpoch + 365*(y-1) + y/4 + 30*(m-1) + d
		g := time.Unix(int64(jdn-2440588)*86400, 0).UTC()
		rest := ""
		if i := strings.Index(s, "ዓ.ም"); i >= 0 {
			rest = strings.TrimLeft(s[i+len("ዓ.ም"):], ". ")
		}
		return fmt.Sprintf("%d %s %d %s", g.Day(), g.Month(), g.Year(), rest), true
	}
	return "", false
}

// jalaliNumeric rewrites a numeric Solar Hijri date, year first
// ("1403/12/12 - 00:35", "1403-12-12"), as the Gregorian day ("2025-03-02
// 00:35"), keeping the rest of s. Only a year of 1300-1499 is read.
func jalaliNumeric(s string) (string, bool) {
	for i := 0; i+10 <= len(s); i++ {
		if i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			continue
		}
		part := s[i : i+10]
		sep := part[4]
		if (sep != '/' && sep != '-' && sep != '.') || part[7] != sep {
			continue
		}
		y, e1 := strconv.Atoi(part[:4])
		m, e2 := strconv.Atoi(part[5:7])
		d, e3 := strconv.Atoi(part[8:10])
		if e1 != nil || e2 != nil || e3 != nil || y < 1300 || y > 1499 || m < 1 || m > 12 || d < 1 || d > 31 {
			continue
		}
		gy, gm, gd, err := jalaali.ToGregorian(y, jalaali.Month(m), d)
		if err != nil {
			return "", false
		}
		return s[:i] + fmt.Sprintf("%04d-%02d-%02d", gy, int(gm), gd) + s[i+10:], true
	}
	return "", false
}

// japaneseEras are the eras of Japan's calendar still met in news pages,
// with the Gregorian year before each one's first.
var japaneseEras = []struct {
	name string
	base int
}{{"令和", 2018}, {"平成", 1988}}

// japaneseEraDate rewrites an era year ("令和7年", "令和元年" for its first)
// as the Gregorian one ("2025年"), keeping the rest of s.
func japaneseEraDate(s string) (string, bool) {
	for _, e := range japaneseEras {
		i := strings.Index(s, e.name)
		if i < 0 {
			continue
		}
		rest := s[i+len(e.name):]
		n, j := 0, 0
		if strings.HasPrefix(rest, "元") {
			n, j = 1, len("元")
		} else {
			for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
				n = n*10 + int(rest[j]-'0')
				j++
			}
		}
		if n < 1 || n > 99 || !strings.HasPrefix(rest[j:], "年") {
			continue
		}
		return s[:i] + strconv.Itoa(e.base+n) + rest[j:], true
	}
	return "", false
}

// mongolianMonthWords are the Mongolian ordinal month names ("хоёрдугаар
// сар" is the second month), longest first so that "арван нэгдүгээр"
// is not read as "нэгдүгээр".
var mongolianMonthWords = []struct {
	word  string
	month int
}{
	{"арван нэгдүгээр", 11}, {"арван хоёрдугаар", 12}, {"нэгдүгээр", 1}, {"хоёрдугаар", 2}, {"гуравдугаар", 3},
	{"дөрөвдүгээр", 4}, {"тавдугаар", 5}, {"зургаадугаар", 6}, {"долдугаар", 7}, {"наймдугаар", 8},
	{"есдүгээр", 9}, {"аравдугаар", 10},
}

// mongolianDate rewrites a Mongolian date ("2025 оны 2-р сарын 28",
// "2025 оны хоёрдугаар сарын 28", "2025 оны 2 сарын 28-ны 20:10") in the
// CJK form the parser reads ("2025年2月28日 20:10"), keeping the rest.
func mongolianDate(s string) (string, bool) {
	ls := strings.ToLower(s)
	y := strings.Index(ls, "оны")
	m := strings.Index(ls, "сар")
	if y < 4 || m < y {
		return "", false
	}
	before := strings.TrimRight(ls[:y], " ")
	i := len(before)
	for i > 0 && before[i-1] >= '0' && before[i-1] <= '9' {
		i--
	}
	year, err := strconv.Atoi(before[i:])
	if err != nil || year < 1900 || year > 2200 {
		return "", false
	}
	mid := strings.TrimSpace(ls[y+len("оны") : m])
	month := 0
	for _, w := range mongolianMonthWords {
		if mid == w.word {
			month = w.month
			break
		}
	}
	if month == 0 {
		digits := strings.TrimRight(strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(mid, "р"), "-")), "- ")
		if month, err = strconv.Atoi(digits); err != nil || month < 1 || month > 12 {
			return "", false
		}
	}
	rest := ls[m+len("сар"):]
	rest = strings.TrimPrefix(rest, "ын")
	rest = strings.TrimLeft(rest, " ")
	j := 0
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	day, err := strconv.Atoi(rest[:j])
	if err != nil || day < 1 || day > 31 {
		return "", false
	}
	tail := strings.TrimLeft(rest[j:], "-ныий ,")
	return fmt.Sprintf("%d年%d月%d日 %s", year, month, day, tail), true
}

// hasASCIIDigit reports whether s holds a digit 0-9.
func hasASCIIDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

var isoLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -07:00",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// urlDate finds a /yyyy/mm/dd/, /yyyy-mm-dd or /yyyymmdd/ date in a URL path.
func urlDate(path string) (time.Time, bool) {
	parts := strings.Split(path, "/")
	for i, part := range parts {
		if len(part) == 4 && isDigits(part) && i+2 < len(parts) {
			y, _ := strconv.Atoi(part)
			m, err1 := strconv.Atoi(parts[i+1])
			if mn, ok := monthNames[strings.ToLower(parts[i+1])]; ok {
				m, err1 = mn, nil
			}
			d, err2 := strconv.Atoi(strings.SplitN(parts[i+2], "-", 2)[0])
			if err1 == nil && err2 == nil && len(parts[i+2]) >= 1 {
				if t, ok := mkDate(y, m, d, 0, 0, 0, nil); ok {
					return t, true
				}
			}
		}
		if len(part) >= 10 && part[4] == '-' && part[7] == '-' && isDigits(part[:4]) && isDigits(part[5:7]) && isDigits(part[8:10]) {
			y, _ := strconv.Atoi(part[:4])
			m, _ := strconv.Atoi(part[5:7])
			d, _ := strconv.Atoi(part[8:10])
			if t, ok := mkDate(y, m, d, 0, 0, 0, nil); ok {
				return t, true
			}
		}
		if len(part) == 8 && isDigits(part) && (part[:2] == "19" || part[:2] == "20") {
			y, _ := strconv.Atoi(part[:4])
			m, _ := strconv.Atoi(part[4:6])
			d, _ := strconv.Atoi(part[6:8])
			if t, ok := mkDate(y, m, d, 0, 0, 0, nil); ok {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// urlMonth returns the year and month a WordPress-style address files a
// story under ("/2019/10/slug", "/2019/10/03/slug"), ok false without.
func urlMonth(path string) (year int, month time.Month, ok bool) {
	parts := strings.Split(path, "/")
	for i := 0; i+2 < len(parts); i++ {
		if len(parts[i]) != 4 || !isDigits(parts[i]) || len(parts[i+1]) != 2 || !isDigits(parts[i+1]) {
			continue
		}
		y, _ := strconv.Atoi(parts[i])
		m, _ := strconv.Atoi(parts[i+1])
		if y >= 1990 && y <= 2100 && m >= 1 && m <= 12 {
			return y, time.Month(m), true
		}
	}
	return 0, 0, false
}

// looksLikeDateLine reports whether a short lower-case line is just a
// date/time stamp, possibly with a label ("Updated", "Date:").
func looksLikeDateLine(lt string) bool {
	if len(lt) > 80 && (len(lt) > 3*80 || nonSpace(lt) > 80) {
		return false
	}
	_, ok := parseDate(lt, false)
	if !ok {
		return false
	}
	return otherDateWords(lt) <= 1
}

// otherDateWords counts the words of a lower-case line that are neither
// numbers, months, zones nor date labels.
func otherDateWords(lt string) int {
	lt, _ = asciiDigits(lt) // ("ទី១១ ខែមីនា": the day glued to its word)
	other := 0
	var buf [maxDateToks]dateTok
	for _, t := range tokenizeDate(lt, buf[:0]) {
		if t.isNum {
			continue
		}
		w := strings.TrimSuffix(t.s, ".")
		if _, ok := monthNames[w]; ok {
			continue
		}
		if _, ok := zoneOffsets[w]; ok {
			continue
		}
		if _, ok := usZones[w]; ok {
			continue
		}
		if dateLabelWords[w] {
			continue
		}
		other++
	}
	return other
}

// numericOrder returns "dmy" or "mdy" for a string holding a numeric date
// whose first two parts can only be read one way (31/12/2024, 12/31/2024),
// "" otherwise.
func numericOrder(s string) string {
	var buf [maxDateToks]dateTok
	toks := tokenizeDate(s, buf[:0])
	for i := 0; i+2 < len(toks); i++ {
		a, b, y := toks[i], toks[i+1], toks[i+2]
		if !a.isNum || !b.isNum || !y.isNum || a.digs > 2 || b.digs > 2 || y.digs != 4 {
			continue
		}
		if a.sep != '/' && a.sep != '.' && a.sep != '-' {
			continue
		}
		switch {
		case a.num > 12 && a.num <= 31 && b.num >= 1 && b.num <= 12:
			return "dmy"
		case b.num > 12 && b.num <= 31 && a.num >= 1 && a.num <= 12:
			return "mdy"
		}
	}
	return ""
}

// ambiguousNumeric reports whether s holds a numeric date whose day and
// month could be read either way ("11/01/2023": both parts 12 or less
// and different).
func ambiguousNumeric(s string) bool {
	var buf [maxDateToks]dateTok
	toks := tokenizeDate(s, buf[:0])
	for i := 0; i+2 < len(toks); i++ {
		a, b, y := toks[i], toks[i+1], toks[i+2]
		if !a.isNum || !b.isNum || !y.isNum || a.digs > 2 || b.digs > 2 || y.digs != 4 || (a.sep != '/' && a.sep != '.' && a.sep != '-') {
			continue
		}
		return a.num >= 1 && a.num <= 12 && b.num >= 1 && b.num <= 12 && a.num != b.num
	}
	return false
}

// plausibleDate rejects zero and far-off dates that CMSs emit as
// placeholders.
func plausibleDate(t time.Time) bool {
	y := t.Year()
	return y >= 1990 && y <= time.Now().Year()+1
}

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// dayMonth orders the first two parts a and b of a numeric date: a part
// above 12 is the day; otherwise the day comes first unless monthFirst (a
// slashed date in a US-style page).
func dayMonth(a, b int, monthFirst bool) (day, month int) {
	if a > 12 || (b <= 12 && !monthFirst) {
		return a, b
	}
	return b, a
}

// splitGlued puts a space where a lower-case letter runs into an upper-case
// one ("Mental HealthDECEMBER 22, 2022"): the text of inline elements that
// the page sets apart only by style is glued together, and the month name
// must stand as a word of its own.
func splitGlued(s string) string {
	k := -1
	for i := 1; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' {
			k = i
			break
		}
	}
	if k < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 4)
	b.WriteString(s[:k])
	for i := k; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' {
			b.WriteByte(' ')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
