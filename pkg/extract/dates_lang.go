package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// This file holds the words dates are written with in the languages of
// the news the extractor is tested on: English, German, French, Spanish,
// Italian, Portuguese, Dutch, Polish, Russian, Ukrainian, Turkish, Chinese,
// Japanese and Korean; and the month names of Swedish, Danish, Norwegian,
// Finnish, Czech, Romanian, Hungarian, Greek, Indonesian, Arabic and
// Hebrew, and of the other languages a crawl meets, down to Europe's
// smaller ones (Welsh, Breton, Basque, Frisian, Luxembourgish, Maltese,
// Romansh, Irish, Gaelic, Sorbian). Keys are lower case; a trailing "."
// is stripped before lookup.

// monthNames maps month names and abbreviations to month numbers.
var monthNames = map[string]int{
	// English
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
	// German
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6, "juli": 7,
	"oktober": 10, "dezember": 12, "okt": 10, "dez": 12, "mär": 3, "jän": 1,
	// French
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7,
	"août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
	"janv": 1, "févr": 2, "fevr": 2, "fév": 2, "avr": 4, "juil": 7, "déc": 12,
	// Spanish
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"ene": 1, "abr": 4, "ago": 8, "dic": 12,
	// Portuguese
	"janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
	"setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12, "fev": 2, "set": 9, "out": 10,
	// Italian
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
	"settembre": 9, "ottobre": 10, "dicembre": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10,
	// Dutch
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8, "mrt": 3,
	// Polish (nominative and genitive)
	"styczeń": 1, "luty": 2, "marzec": 3, "kwiecień": 4, "maj": 5, "czerwiec": 6, "lipiec": 7,
	"sierpień": 8, "wrzesień": 9, "październik": 10, "listopad": 11, "grudzień": 12,
	"stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6, "lipca": 7, "sierpnia": 8,
	"września": 9, "października": 10, "listopada": 11, "grudnia": 12,
	"sty": 1, "lut": 2, "kwi": 4, "cze": 6, "lip": 7, "sie": 8, "wrz": 9, "paź": 10, "lis": 11, "gru": 12,
	// Russian (genitive, nominative, abbreviations)
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
	"сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
	"январь": 1, "февраль": 2, "март": 3, "апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8,
	"сентябрь": 9, "октябрь": 10, "ноябрь": 11, "декабрь": 12,
	"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9,
	"окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
	// Ukrainian (genitive and nominative)
	"січня": 1, "лютого": 2, "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8,
	"вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
	"січень": 1, "лютий": 2, "березень": 3, "квітень": 4, "травень": 5, "червень": 6, "липень": 7,
	"серпень": 8, "вересень": 9, "жовтень": 10, "листопад": 11, "грудень": 12,
	"січ": 1, "лют": 2, "бер": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8, "вер": 9, "жовт": 10,
	"лист": 11, "груд": 12,
	// Turkish
	"ocak": 1, "şubat": 2, "subat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "mayis": 5, "haziran": 6, "temmuz": 7,
	"ağustos": 8, "agustos": 8, "eylül": 9, "eylul": 9, "ekim": 10, "kasım": 11, "kasim": 11, "aralık": 12, "aralik": 12,
	// (the abbreviations "tem", "kas" and "ara" are left out: they are
	// common words in Portuguese and Spanish short lines)
	"oca": 1, "şub": 2, "nis": 4, "haz": 6, "ağu": 8, "eyl": 9, "eki": 10,
	// Beyond the languages above, as a crawl meets them: Swedish,
	// Danish and Norwegian ("maj", "mai", "mars" as above)
	"augusti": 8, "marts": 3, "desember": 12,
	// Finnish (partitive, as dates write them, and nominative)
	"tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5, "kesäkuuta": 6,
	"heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10, "marraskuuta": 11, "joulukuuta": 12,
	"tammikuu": 1, "helmikuu": 2, "maaliskuu": 3, "huhtikuu": 4, "toukokuu": 5, "kesäkuu": 6,
	"heinäkuu": 7, "elokuu": 8, "syyskuu": 9, "lokakuu": 10, "marraskuu": 11, "joulukuu": 12,
	// Czech (genitive and nominative; "listopad" is November as in Polish)
	"ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7, "srpna": 8,
	"září": 9, "října": 10, "listopadu": 11, "prosince": 12,
	"leden": 1, "únor": 2, "březen": 3, "duben": 4, "květen": 5, "červen": 6, "červenec": 7, "srpen": 8,
	"říjen": 10, "prosinec": 12,
	// Romanian
	"ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7, "septembrie": 9,
	"octombrie": 10, "noiembrie": 11, "decembrie": 12,
	// Hungarian ("2025. március 3.")
	"január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6, "július": 7,
	"augusztus": 8, "szeptember": 9, "október": 10, "febr": 2, "márc": 3, "ápr": 4, "máj": 5, "jún": 6,
	"júl": 7, "szept": 9,
	// Greek (genitive as dates write it, with and without accents, and
	// nominative)
	"ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5, "ιουνίου": 6, "ιουλίου": 7,
	"αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10, "νοεμβρίου": 11, "δεκεμβρίου": 12,
	"ιανουαριου": 1, "φεβρουαριου": 2, "μαρτιου": 3, "απριλιου": 4, "μαιου": 5, "ιουνιου": 6, "ιουλιου": 7,
	"αυγουστου": 8, "σεπτεμβριου": 9, "οκτωβριου": 10, "νοεμβριου": 11, "δεκεμβριου": 12,
	"ιανουάριος": 1, "φεβρουάριος": 2, "μάρτιος": 3, "απρίλιος": 4, "μάιος": 5, "ιούνιος": 6, "ιούλιος": 7,
	"αύγουστος": 8, "σεπτέμβριος": 9, "οκτώβριος": 10, "νοέμβριος": 11, "δεκέμβριος": 12,
	// Indonesian and Malay ("Des" and "Mac" are left out: a French word
	// and a computer)
	"maret": 3, "agustus": 8, "ogos": 8, "disember": 12, "agu": 8, "agt": 8,
	// Arabic (the names used in Egypt and the Gulf, and the single-word
	// Levantine ones)
	"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
	"أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
	"شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
	// Catalan, Galician, Estonian, Latvian (and its locative: "3. martā"),
	// Lithuanian (genitive), Slovak, Croatian (Croatian "listopada", October,
	// is left to Polish, where it is November), Serbian in both scripts,
	// Bulgarian, Swahili, Malay and Filipino.
	"janvārī": 1, "februārī": 2, "martā": 3, "aprīlī": 4, "maijā": 5, "jūnijā": 6, "jūlijā": 7, "augustā": 8,
	"septembrī": 9, "oktobrī": 10, "novembrī": 11, "decembrī": 12, "januára": 1, "februára": 2, "apríla": 4, "mája": 5,
	"júna": 6, "júla": 7, "augusta": 8, "septembra": 9, "októbra": 10, "novembra": 11, "decembra": 12, "siječnja": 1,
	"veljače": 2, "ožujka": 3, "travnja": 4, "svibnja": 5, "lipnja": 6, "srpnja": 7, "kolovoza": 8, "rujna": 9,
	"studenoga": 11, "prosinca": 12, "януари": 1, "февруари": 2, "април": 4, "юни": 6, "юли": 7, "септември": 9,
	"октомври": 10, "ноември": 11, "декември": 12, "јануар": 1, "фебруар": 2, "мај": 5, "јун": 6, "јул": 7,
	"септембар": 9, "октобар": 10, "новембар": 11, "децембар": 12, "avgust": 8, "septembar": 9, "oktobar": 10,
	"novembar": 11, "decembar": 12, "gener": 1, "febrer": 2, "març": 3, "maig": 5, "juny": 6, "juliol": 7, "agost": 8,
	"setembre": 9, "desembre": 12, "xaneiro": 1, "febreiro": 2, "xuño": 6, "xullo": 7, "decembro": 12, "machi": 3,
	"aprili": 4, "julai": 7, "agosti": 8, "septemba": 9, "oktoba": 10, "novemba": 11, "desemba": 12, "sausio": 1,
	"vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6, "liepos": 7, "rugpjūčio": 8, "rugsėjo": 9,
	"spalio": 10, "lapkričio": 11, "gruodžio": 12, "jaanuar": 1, "veebruar": 2, "märts": 3, "aprill": 4, "juuni": 6,
	"juuli": 7, "oktoober": 10, "detsember": 12, "pebrero": 2, "marso": 3, "hunyo": 6, "hulyo": 7, "setyembre": 9,
	"oktubre": 10, "nobyembre": 11, "disyembre": 12, "janvāris": 1, "februāris": 2, "aprīlis": 4, "maijs": 5, "jūnijs": 6,
	"jūlijs": 7, "augusts": 8, "septembris": 9, "oktobris": 10, "novembris": 11, "decembris": 12,
	// Hindi, Marathi, Bengali, Urdu and Tamil (Gregorian months), Slovenian,
	// Icelandic, Albanian, Macedonian, Azerbaijani, Georgian and Armenian
	// (genitive).
	"जनवरी": 1, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6, "जुलाई": 7, "अगस्त": 8, "सितंबर": 9,
	"अक्टूबर": 10, "नवंबर": 11, "दिसंबर": 12, "फरवरी": 2, "सितम्बर": 9, "अक्तूबर": 10, "नवम्बर": 11,
	"दिसम्बर": 12, "जानेवारी": 1, "फेब्रुवारी": 2, "एप्रिल": 4, "मे": 5, "जुलै": 7, "ऑगस्ट": 8, "सप्टेंबर": 9,
	"ऑक्टोबर": 10, "नोव्हेंबर": 11, "डिसेंबर": 12, "জানুয়ারি": 1, "ফেব্রুয়ারি": 2, "মার্চ": 3, "এপ্রিল": 4,
	"মে": 5, "জুন": 6, "জুলাই": 7, "আগস্ট": 8, "সেপ্টেম্বর": 9, "অক্টোবর": 10, "নভেম্বর": 11, "ডিসেম্বর": 12,
	"জানুয়ারী": 1, "ফেব্রুয়ারী": 2, "جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "جون": 6,
	"جولائی": 7, "اگست": 8, "ستمبر": 9, "اکتوبر": 10, "نومبر": 11, "دسمبر": 12, "ஜனவரி": 1, "பிப்ரவரி": 2,
	"மார்ச்": 3, "ஏப்ரல்": 4, "மே": 5, "ஜூன்": 6, "ஜூலை": 7, "ஆகஸ்ட்": 8, "செப்டம்பர்": 9, "அக்டோபர்": 10,
	"நவம்பர்": 11, "டிசம்பர்": 12, "marec": 3, "junij": 6, "julij": 7, "januarja": 1, "februarja": 2,
	"aprila": 4, "junija": 6, "julija": 7, "avgusta": 8, "oktobra": 10, "janúar": 1, "febrúar": 2, "apríl": 4,
	"maí": 5, "júní": 6, "júlí": 7, "ágúst": 8, "nóvember": 11, "janar": 1, "shkurt": 2, "prill": 4,
	"qershor": 6, "korrik": 7, "gusht": 8, "shtator": 9, "tetor": 10, "nëntor": 11, "dhjetor": 12, "јануари": 1,
	"јуни": 6, "јули": 7, "yanvar": 1, "fevral": 2, "aprel": 4, "iyun": 6, "iyul": 7, "avqust": 8,
	"sentyabr": 9, "oktyabr": 10, "noyabr": 11, "dekabr": 12, "იანვარი": 1, "თებერვალი": 2, "მარტი": 3,
	"აპრილი": 4, "მაისი": 5, "ივნისი": 6, "ივლისი": 7, "აგვისტო": 8, "სექტემბერი": 9, "ოქტომბერი": 10,
	"ნოემბერი": 11, "დეკემბერი": 12, "հունվարի": 1, "փետրվարի": 2, "մարտի": 3, "ապրիլի": 4, "մայիսի": 5,
	"հունիսի": 6, "հուլիսի": 7, "օգոստոսի": 8, "սեպտեմբերի": 9, "հոկտեմբերի": 10, "նոյեմբերի": 11,
	"դեկտեմբերի": 12,
	// Europe's smaller languages: Welsh (also after the mutations "fis
	// Mawrth"), Breton ("4 a viz Meurzh"; "du", "here" and "mae" are left
	// out: French, English and Welsh words), Basque (nominative and the
	// genitive dates write, "2025eko martxoaren 3a"), West Frisian,
	// Luxembourgish, Maltese, Romansh, Occitan, Irish, Scottish Gaelic
	// and Upper Sorbian (genitive). The rest are spelled as in a language
	// above.
	"ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mehefin": 6, "gorffennaf": 7, "awst": 8,
	"medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
	"genver": 1, "c'hwevrer": 2, "hwevrer": 2, "meurzh": 3, "ebrel": 4, "mezheven": 6, "gouere": 7, "eost": 8, "gwengolo": 9, "kerzu": 12,
	"urtarrila": 1, "otsaila": 2, "martxoa": 3, "apirila": 4, "maiatza": 5, "ekaina": 6, "uztaila": 7, "abuztua": 8,
	"iraila": 9, "urria": 10, "azaroa": 11, "abendua": 12, "urtarrilaren": 1, "otsailaren": 2, "martxoaren": 3,
	"apirilaren": 4, "maiatzaren": 5, "ekainaren": 6, "uztailaren": 7, "abuztuaren": 8, "irailaren": 9, "urriaren": 10,
	"azaroaren": 11, "abenduaren": 12,
	"jannewaris": 1, "febrewaris": 2, "maaie": 5, "septimber": 9, "novimber": 11, "desimber": 12,
	"mäerz": 3, "abrëll": 4, "mee": 5,
	"jannar": 1, "frar": 2, "marzu": 3, "mejju": 5, "ġunju": 6, "gunju": 6, "lulju": 7, "awwissu": 8, "settembru": 9,
	"ottubru": 10, "novembru": 11, "diċembru": 12, "dicembru": 12,
	"schaner": 1, "favrer": 2, "avrigl": 4, "matg": 5, "zercladur": 6, "fanadur": 7, "avust": 8, "settember": 9,
	"genièr": 1, "febrièr": 2, "junh": 6, "julhet": 7, "octòbre": 10,
	"eanáir": 1, "feabhra": 2, "márta": 3, "aibreán": 4, "bealtaine": 5, "meitheamh": 6, "iúil": 7, "lúnasa": 8,
	"faoilleach": 1, "gearran": 2, "màrt": 3, "giblean": 4, "cèitean": 5, "ògmhios": 6, "iuchar": 7, "lùnastal": 8,
	"sultain": 9, "dàmhair": 10, "dùbhlachd": 12,
	"januara": 1, "februara": 2, "měrca": 3, "apryla": 4, "meje": 5, "awgusta": 8, "nowembra": 11,
	// Khmer (alone and after ខែ, "month"), Burmese and Lao.
	"មករា": 1, "កុម្ភៈ": 2, "មីនា": 3, "មេសា": 4, "ឧសភា": 5, "មិថុនា": 6, "កក្កដា": 7, "សីហា": 8, "កញ្ញា": 9,
	"តុលា": 10, "វិច្ឆិកា": 11, "ធ្នូ": 12, "ខែមករា": 1, "ខែកុម្ភៈ": 2, "ខែមីនា": 3, "ខែមេសា": 4, "ខែឧសភា": 5,
	"ខែមិថុនា": 6, "ខែកក្កដា": 7, "ខែសីហា": 8, "ខែកញ្ញា": 9, "ខែតុលា": 10, "ខែវិច្ឆិកា": 11, "ខែធ្នូ": 12,
	"ဇန်နဝါရီ": 1, "ဖေဖော်ဝါရီ": 2, "မတ်": 3, "ဧပြီ": 4, "မေ": 5, "ဇွန်": 6, "ဇူလိုင်": 7, "ဩဂုတ်": 8,
	"စက်တင်ဘာ": 9, "အောက်တိုဘာ": 10, "နိုဝင်ဘာ": 11, "ဒီဇင်ဘာ": 12,
	"ມັງກອນ": 1, "ກຸມພາ": 2, "ມີນາ": 3, "ເມສາ": 4, "ພຶດສະພາ": 5, "ມິຖຸນາ": 6, "ກໍລະກົດ": 7, "ສິງຫາ": 8,
	"ກັນຍາ": 9, "ຕຸລາ": 10, "ພະຈິກ": 11, "ທັນວາ": 12,
	// Thai (the abbreviations are spelled out first: thaiMonths)
	"มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6, "กรกฎาคม": 7,
	"สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
	// Hebrew, alone and with the prefix ב ("in")
	"ינואר": 1, "פברואר": 2, "מרץ": 3, "מרס": 3, "אפריל": 4, "מאי": 5, "יוני": 6, "יולי": 7, "אוגוסט": 8,
	"ספטמבר": 9, "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
	"בינואר": 1, "בפברואר": 2, "במרץ": 3, "במרס": 3, "באפריל": 4, "במאי": 5, "ביוני": 6, "ביולי": 7, "באוגוסט": 8,
	"בספטמבר": 9, "באוקטובר": 10, "בנובמבר": 11, "בדצמבר": 12,
}

// zoneOffsets maps time zone abbreviations to UTC offsets in seconds.
var zoneOffsets = map[string]int{
	"utc": 0, "gmt": 0, "z": 0, "wet": 0, "west": 3600, "bst": 3600, "ist": 19800,
	"cet": 3600, "cest": 7200, "met": 3600, "mest": 7200, "mez": 3600, "mesz": 7200,
	"eet": 7200, "eest": 10800, "msk": 10800, "мск": 10800, "trt": 10800, "tsi": 10800,
	"est": -5 * 3600, "edt": -4 * 3600, "cst": -6 * 3600, "cdt": -5 * 3600, "mst": -7 * 3600,
	"mdt": -6 * 3600, "pst": -8 * 3600, "pdt": -7 * 3600, "akst": -9 * 3600, "akdt": -8 * 3600,
	"hst": -10 * 3600, "brt": -3 * 3600, "art": -3 * 3600,
	"jst": 9 * 3600, "kst": 9 * 3600, "hkt": 8 * 3600, "sgt": 8 * 3600, "pht": 8 * 3600,
	"awst": 8 * 3600, "acst": 34200, "aest": 10 * 3600, "aedt": 11 * 3600, "nzst": 12 * 3600, "nzdt": 13 * 3600,
	"wib": 7 * 3600, "wita": 8 * 3600, "wit": 9 * 3600, "myt": 8 * 3600, "ict": 7 * 3600, "pkt": 5 * 3600, "npt": 20700,
	"sast": 2 * 3600, "cat": 2 * 3600, "eat": 3 * 3600, "wat": 3600, "acdt": 37800, "nzt": 12 * 3600,
}

// dateLabelWords are the words that label or decorate a date line
// ("Published on", "Publié le", "Опубликовано"), weekday names, clock
// words and the reading time shown beside a date ("3 min read",
// "Lesezeit"): a line of only these, numbers, months and zones is a date
// line.
var dateLabelWords = wordSet(`am pm a p m h o t z th st nd rd date published updated posted on at last modified publication
		created pub by and time view views clock et pt of the
		mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday
		um uhr am veröffentlicht publiziert aktualisiert geändert stand datum zuletzt
		mo di mi do fr sa so montag dienstag mittwoch donnerstag freitag samstag sonntag
		le publié mis à jour modifié par en ligne lundi mardi mercredi jeudi vendredi samedi dimanche
		de del el publicado publicada actualizado actualizada actualización fecha publicación lunes martes miércoles jueves viernes sábado domingo
		il alle ore pubblicato pubblicata aggiornato aggiornata aggiornamento data pubblicazione lunedì martedì mercoledì giovedì venerdì sabato domenica
		em às atualizado atualizada atualização publicação segunda terça quarta quinta sexta feira
		op gepubliceerd geplaatst bijgewerkt aangepast laatst gewijzigd om uur maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
		opublikowano zaktualizowano aktualizacja publikacji godz dnia r
		poniedziałek wtorek środa czwartek piątek sobota niedziela pon wt śr czw pt sob niedz nd
		опубликовано обновлено обновление изменено публикации в г года дата
		понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб вс
		опубліковано оновлено змінено публікації року р о
		понеділок вівторок середа четвер пʼятниця п’ятниця субота неділя
		yayınlanma yayınlandı yayın güncelleme güncellendi son tarihi saat
		pazartesi salı çarşamba perşembe cuma cumartesi pazar hs
		publicat publicată actualizat actualizată ora luni marți marţi miercuri joi vineri sâmbătă sîmbătă duminică
		δημοσιεύθηκε δημοσίευση ενημερώθηκε ενημέρωση δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή
		publikováno aktualizováno pondělí úterý středa čtvrtek pátek neděle
		발행 수정 입력 기사입력 등록 최종수정 업데이트 오전 오후 년 월 일 시 분
		年 月 日 时 時 分 发布 發布 发布于 發布於 发布时间 發布時間 发表 發表 发表于 發表於 更新 更新于 更新於 更新时间 更新時間
		时间 時間 日期 公開 公開日 配信 配信日 掲載 掲載日 更新日 投稿日
		min mins minute minutes read reading lesezeit lecture lectura leitura lettura leestijd czytania чтения читання okuma
		ថ្ងៃ ទី ខែ ឆ្នាំ ម៉ោង ថ្ងៃច័ន្ទ ថ្ងៃអង្គារ ថ្ងៃពុធ ថ្ងៃព្រហស្បតិ៍ ថ្ងៃសុក្រ ថ្ងៃសៅរ៍ ថ្ងៃអាទិត្យ
		ရက် နေ့ ခုနှစ် နာရီ ວັນທີ ເວລາ ວັນ ໂມງ
		dydd llun mercher iau gwener sadwrn sul cyhoeddwyd diweddarwyd fis
		embannet hizivaet viz dilun dimeurzh dimerc'her diriaou digwener disadorn disul
		argitaratua eguneratua astelehena asteartea asteazkena osteguna ostirala larunbata igandea
		publisearre bywurke moandei tiisdei woansdei tongersdei freed sneon snein
		verëffentlecht aktualiséiert méindeg dënschdeg mëttwoch donneschdeg freideg samschden sonndeg
		ippubblikat ta' it-tnejn it-tlieta l-erbgħa il-ħamis il-ġimgħa is-sibt il-ħadd
		publitgà actualisà glindesdi mardi mesemna gievgia venderdi sonda dumengia
		publicat diluns dimarts dimècres dijòus divendres dissabte dimenge
		foilsithe nuashonraithe dé luain máirt céadaoin déardaoin aoine sathairn domhnaigh
		foillsichte dhen dhe di-luain di-màirt di-ciadain diardaoin di-haoine di-sathairne di-dòmhnaich
		publikowane póndźela wutora srjeda štwórtk pjatk sobota njedźela
		útgivið dagført mánadagur týsdagur mikudagur hósdagur fríggjadagur leygardagur sunnudagur`)

// wordSet returns the set of the space-separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// relUnits maps time-unit words (singular and plural forms) to durations,
// for relative dates.
var relUnits = buildRelUnits()

// agoMarkers are the words that make "2 hours" a past time: "ago" after
// it or "vor" before it, whatever the language.
var agoMarkers = wordSet(`ago vor hace há fa geleden temu назад тому таму önce 前 전
	бұрын мурун oldin avval əvvəl пеш өмнө acum před pred sedan siden sitten πριν lalu trước قبل לפני پیش pre prije пре преди
	kahor منذ
	पहले पूर्व আগে પહેલા முன் முன்பு క్రితం ಹಿಂದೆ മുമ്പ് ਪਹਿਲਾਂ پہلے පෙර parë လွန်ခဲ့သော
	तासांपूर्वी मिनिटांपूर्वी दिवसांपूर्वी
	ôl duela lyn virun ilu síðan`)

// yesterdayWords and todayWords name the day before the fetch and the
// fetch day.
var (
	yesterdayWords = wordSet(`yesterday gestern hier ayer ieri ontem gisteren wczoraj вчера вчора dün 昨天 昨日 어제
		кеше кечээ kecha кеча dünən дирӯз өчигдөр учора ўчора včera tegnap igår eilen χθες kemarin hômqua
		أمس امس אתמול دیروز јуче juče jučer včeraj vakar eile გუშინ երեկ ahir onte dje`)
	todayWords = wordSet(`today heute aujourd'hui hoy oggi hoje vandaag dzisiaj dziś сегодня сьогодні bugün 今天 今日 오늘
		бүгін бүгүн bugun имрӯз өнөөдөр сёння dnes idag tänään σήμερα hariini hômnay اليوم היום امروز
		данас danas danes šiandien šodien täna დღეს այսօր avui hoxe sot azi astăzi днес денес`)
)

func buildRelUnits() map[string]time.Duration {
	relUnits := map[string]time.Duration{}
	add := func(d time.Duration, words string) {
		for _, w := range strings.Fields(words) {
			relUnits[w] = d
		}
	}
	add(time.Second, `second seconds sec secs sekunde sekunden seconde secondes segundo segundos secondo secondi
		seconden sekunda sekundy sekund секунда секунды секунд секунду секунди saniye 秒 초`)
	add(time.Minute, `minute minutes min mins minuten minuto minutos minuti minuut minuta minuty minut
		минута минуты минут минуту мин хвилина хвилини хвилин хвилину хв dakika dk 分钟 分鐘 分 분
		мүнөт daqiqa dəqiqə дақиқа хвіліну хвіліны хвілін minutou minutami minuter minutter minuuttia
		λεπτά λεπτό menit phút دقيقة دقائق דקות דקה دقیقه minuts daqiiqo daqiiqadood
		मिनट মিনিট मिनिटे मिनिटांपूर्वी મિનિટ நிமிடம் நிமிடங்களுக்கு నిమిషాల ನಿಮಿಷ ನಿಮಿಷಗಳ മിനിറ്റ് ਮਿੰਟ منٹ මිනිත්තු minuta မိနစ်
		munud minutu minuttur minutter minuten minuti minuts`)
	add(time.Hour, `hour hours hr hrs h stunde stunden std heure heures hora horas ora ore uur
		godzina godziny godzin godzinę час часа часов ч година години годин годину год saat sa 小时 小時 時間 시간
		сағат саат soat соат цаг цагийн гадзіну гадзіны гадзін oră hodina hodinou hodinami hodiny timme timmar
		time timer tunti tuntia ώρα ώρες jam giờ ساعة ساعات שעה שעות ساعت sat sata sati hores saac saacad saacadood
		घंटे घंटा घंटों ঘণ্টা ঘন্টা तास तासां तासांपूर्वी કલાક மணி மணிநேரம் மணிநேரத்திற்கு గంట గంటల ಗಂಟೆ ಗಂಟೆಗಳ
		മണിക്കൂർ മണിക്കൂറ് ਘੰਟੇ ਘੰਟਾ گھنٹے گھنٹہ පැය orë နာရီ နာရီက
		awr ordu ordu-erdi oere oeren stonn stonnen siegħa sigħat tíma tímar tímum ura uras uair huaire`)
	add(24*time.Hour, `day days tag tagen tage jour jours día días dia dias giorno giorni dag dagen
		dzień dni день дня дней дні днів gün 天 日 일
		күн kun рӯз өдөр дзень дзён zi zile dnem dny dagar dage dager päivä päivää ημέρες μέρες ημέρα
		hari ngày يوم أيام ימים יום روز dan dana dies maalin maalmood diwrnod egun dei deien dagar ijiem
		दिन দিন दिवस दिवसांपूर्वी દિવસ நாள் நாட்களுக்கு రోజుల రోజు ದಿನ ದಿನಗಳ ദിവസം ਦਿਨ دن දින ditë`)
	add(7*24*time.Hour, `week weeks woche wochen semaine semaines semana semanas settimana settimane weken
		tydzień tygodnie tygodni неделя недели недель неделю тиждень тижні тижнів hafta 周 週 週間 주`)
	return relUnits
}

// oneWords stand for the number 1 in "an hour ago", "vor einer Stunde".
var oneWords = map[string]bool{"a": true, "an": true, "one": true, "einer": true, "einem": true, "eine": true,
	"une": true, "un": true, "una": true, "uma": true, "um": true, "een": true, "bir": true}

// relWords splits a relative date into lower-case words, separating digits
// from letters and every CJK or Hangul character from the next, so that
// "2小时前" reads as "2 小 时 前" (unitAt joins the characters again).
func relWords(s string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	prevDigit, prevWide := false, false
	for _, r := range strings.ToLower(s) {
		r = asciiDigit(r) // "۳ ساعت پیش": Persian and Arabic-Indic digits
		wide := unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana)
		digit := r >= '0' && r <= '9'
		switch {
		case (r == '\'' || r == '’') && b.String() == "un":
			flush() // Italian "un'ora fa": the article stands for one
		case digit || unicode.IsLetter(r) || unicode.IsMark(r) || r == '\'' || r == '’':
			// (Marks too: the vowel signs of Indic scripts, "घंटे".)
			if b.Len() > 0 && (digit != prevDigit || wide || prevWide) {
				flush()
			}
			if r == '’' {
				r = '\''
			}
			b.WriteRune(r)
		default:
			flush()
		}
		prevDigit, prevWide = digit, wide
	}
	flush()
	return out
}

// relativeDate reads "2 hours ago", "vor 2 Stunden", "il y a 3 jours",
// "2小时前", "yesterday, 15:04" and "heute 09:30" against now (the fetch
// time). Times of less than a day ago are exact; days and weeks ago, and
// yesterday or today without a clock time, give the calendar day. Only
// short strings are read.
func relativeDate(s string, now time.Time) (time.Time, bool) {
	if now.IsZero() || len(s) > 80 || !utf8.ValidString(s) {
		return time.Time{}, false
	}
	words := relWords(s)
	if len(words) == 0 || len(words) > 10 {
		return time.Time{}, false
	}
	now = now.UTC()
	ago := false
	for i, w := range words {
		if agoMarkers[w] || (w == "il" && i+2 < len(words) && words[i+1] == "y" && words[i+2] == "a") {
			ago = true
		}
	}
	if ago {
		// Korean/Japanese/Chinese write the unit glued to 時間/小时, and
		// 分 is also the minute unit: take the number before a unit.
		for i := 0; i+1 < len(words); i++ {
			n := 0
			switch {
			case isDigits(words[i]) && len(words[i]) <= 3:
				for _, c := range words[i] {
					n = n*10 + int(c-'0')
				}
			case oneWords[words[i]]:
				n = 1
			default:
				continue
			}
			d, ok := unitAt(words, i+1)
			if !ok && i > 0 {
				// Sinhala sets the unit first: "පැය 5 කට පෙර".
				d, ok = relUnits[words[i-1]]
			}
			if !ok || n <= 0 {
				continue
			}
			span := time.Duration(n) * d
			if span > 60*24*time.Hour {
				return time.Time{}, false
			}
			t := now.Add(-span)
			if d >= 24*time.Hour {
				y, m, dd := t.Date()
				return time.Date(y, m, dd, 0, 0, 0, 0, floating), true
			}
			return t.Truncate(time.Minute), true
		}
		return time.Time{}, false
	}
	day := time.Time{}
	for i, w := range words {
		pair := w
		if i+1 < len(words) {
			pair += words[i+1]
		}
		switch {
		case yesterdayWords[w] || yesterdayWords[pair]:
			day = now.Add(-24 * time.Hour)
		case todayWords[w] || todayWords[pair]:
			day = now
		}
	}
	if day.IsZero() {
		return time.Time{}, false
	}
	y, m, d := day.Date()
	// A clock time beside it ("gestern, 15:04"): local to the page, so
	// without a zone.
	hh, mm := -1, -1
	var buf [maxDateToks]dateTok
	toks := tokenizeDate(s, buf[:0])
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].isNum && toks[i].sep == ':' && toks[i+1].isNum && toks[i].num < 24 && toks[i+1].num < 60 {
			hh, mm = toks[i].num, toks[i+1].num
			break
		}
	}
	if hh < 0 {
		return time.Date(y, m, d, 0, 0, 0, 0, floating), true
	}
	return time.Date(y, m, d, hh, mm, 0, 0, floating), true
}

// unitAt returns the time unit starting at words[i]: two CJK characters
// joined ("小时", "時間", "시간") or one word.
func unitAt(words []string, i int) (time.Duration, bool) {
	if i >= len(words) {
		return 0, false
	}
	if i+1 < len(words) {
		if d, ok := relUnits[words[i]+words[i+1]]; ok {
			return d, true
		}
	}
	d, ok := relUnits[words[i]]
	return d, ok
}

// publishLabels start the label of a publication date ("Published",
// "Posted on", "Veröffentlicht am", "Publié le", "Опубликовано") in the
// languages of the news; lower case, matched at the start of a line.
var publishLabels = []string{"published", "posted", "first published", "originally published", "date published", "publication date",
	"created", "veröffentlicht", "erschienen", "publiziert", "erstellt", "créé", "creado", "creato", "utworzono", "создано", "створено", "publié", "mis en ligne", "publicado", "publicada", "fecha de publicación",
	"pubblicato", "pubblicata", "data di pubblicazione", "data de publicação", "gepubliceerd", "geplaatst",
	"opublikowano", "data publikacji", "опубликовано", "дата публикации", "опубліковано", "дата публікації",
	"yayınlanma", "yayınlandı", "yayın tarihi", "发布", "發布", "发表", "發表", "公開", "配信", "掲載", "投稿", "게시", "게재", "입력", "기사입력", "등록", "oluşturulma",
	"publisert", "publicerad", "publiceret", "udgivet", "julkaistu", "publikováno", "zveřejněno", "publicat", "publicată",
	"közzétéve", "megjelent", "δημοσιεύθηκε", "δημοσίευση", "diterbitkan", "dipublikasikan", "ngày đăng", "פורסם", "تاريخ النشر", "نشر في",
	"birt", "birtist", "objavljeno", "објављено", "објавено", "publikuar", "প্রকাশ", "प्रकाशित"}

// updateLabels start the label of a modification date ("Updated", "Last
// updated", "Aktualisiert", "Mis à jour").
var updateLabels = []string{"updated", "last updated", "last modified", "modified", "aktualisiert", "zuletzt aktualisiert", "geändert", "zuletzt geändert", "stand:",
	"mis à jour", "modifié", "actualizado", "actualizada", "actualización", "atualizado", "atualizada", "atualização",
	"aggiornato", "aggiornata", "aggiornamento", "bijgewerkt", "laatst gewijzigd", "aangepast", "zaktualizowano", "aktualizacja",
	"обновлено", "изменено", "оновлено", "змінено", "güncellendi", "güncelleme", "son güncelleme", "更新", "수정", "최종수정", "업데이트",
	"actualizat", "aktualizováno", "aktualizace", "uppdaterad", "opdateret", "oppdatert", "päivitetty", "frissítve", "ενημερώθηκε",
	"ενημέρωση", "diperbarui", "cập nhật", "עודכן", "تحديث", "آخر تحديث", "uppfært", "posodobljeno", "ажурирано", "përditësuar",
	"আপডেট", "अपडेट", "अद्यतन"}

// hasLabelPrefix reports whether the lower-case text s starts with one of
// the labels, followed by a non-letter.
func hasLabelPrefix(s string, labels []string) bool {
	for _, l := range labels {
		if !strings.HasPrefix(s, l) {
			continue
		}
		// A word label ends at a non-letter; a Chinese or Japanese
		// one runs on into the next character ("发表于", "更新日").
		r, _ := utf8.DecodeRuneInString(s[len(l):])
		last, _ := utf8.DecodeLastRuneInString(l)
		if r == utf8.RuneError || !unicode.IsLetter(r) || unicode.In(last, unicode.Han, unicode.Hiragana, unicode.Katakana) {
			return true
		}
	}
	return false
}

// publishedAfterUpdate returns the part of a date line that starts with
// an update label and goes on to a publication label ("Actualizado:
// 06/12/2025 09:00 · Publicado: 05/12/2025 14:30"), from that label on.
func publishedAfterUpdate(t string) (string, bool) {
	lt := strings.ToLower(t)
	if len(lt) != len(t) || !hasLabelPrefix(lt, updateLabels) {
		return "", false // (offsets in lt must be offsets in t)
	}
	if i := labelAtWord(lt, publishLabels, 1); i >= 0 {
		return t[i:], true
	}
	return "", false
}

// publishedAfterInnerUpdate is publishedAfterUpdate for a line that opens
// with something else ("By Kai Moreno Updated: Mar 14 … Posted: Mar 13
// …"): the part from the publication label on, when an update label
// comes before it. Labels set after their dates ("2025.03.03 15:04 입력 /
// 2025.03.04 09:12 수정") put the publication first and are left alone.
func publishedAfterInnerUpdate(t string) (string, bool) {
	lt := strings.ToLower(t)
	if len(lt) != len(t) {
		return "", false
	}
	u := labelAtWord(lt, updateLabels, 1)
	if u < 0 {
		return "", false
	}
	if i := labelAtWord(lt, publishLabels, u+1); i >= 0 {
		return t[i:], true
	}
	return "", false
}

// labelAtWord returns the first offset from "from" on at which one of the
// labels starts a word of the lower-case text lt, -1 when none does.
func labelAtWord(lt string, labels []string, from int) int {
	for i := max(from, 1); i < len(lt); i++ {
		if r, _ := utf8.DecodeLastRuneInString(lt[:i]); unicode.IsLetter(r) || !utf8.RuneStart(lt[i]) {
			continue // a label starts a word
		}
		if hasLabelPrefix(lt[i:], labels) {
			return i
		}
	}
	return -1
}

// firstPublishedLabels introduce the date an updated or republished
// article first came out ("This article was originally published on 26
// Sep 2019"), lower case.
var firstPublishedLabels = []string{"originally published", "first published", "originally posted", "first posted",
	"ursprünglich veröffentlicht", "erstmals veröffentlicht", "initialement publié", "publié initialement",
	"publicado originalmente", "originalmente publicado", "publicado por primera vez", "pubblicato originariamente",
	"pubblicato per la prima volta", "oorspronkelijk gepubliceerd", "pierwotnie opublikowano", "первоначально опубликовано",
	"впервые опубликовано", "вперше опубліковано"}

// countryZones maps a country (its top-level domain, or the region of the
// page's language tag) to the standard offset, in seconds, of the zone
// most of its newsrooms work in; euSummer marks those that keep European
// summer time. Countries whose newsrooms spread over zones that differ
// (the United States, Canada, Australia) are left out.
var countryZones = map[string]struct {
	offset   int
	euSummer bool
}{
	"uk": {0, true}, "gb": {0, true}, "ie": {0, true}, "pt": {0, true}, "is": {0, false},
	"de": {3600, true}, "at": {3600, true}, "ch": {3600, true}, "fr": {3600, true}, "it": {3600, true}, "es": {3600, true},
	"nl": {3600, true}, "be": {3600, true}, "lu": {3600, true}, "pl": {3600, true}, "cz": {3600, true}, "sk": {3600, true},
	"hu": {3600, true}, "si": {3600, true}, "hr": {3600, true}, "rs": {3600, true}, "ba": {3600, true}, "me": {3600, true},
	"mk": {3600, true}, "al": {3600, true}, "se": {3600, true}, "dk": {3600, true}, "no": {3600, true}, "mt": {3600, true},
	"fi": {7200, true}, "ee": {7200, true}, "lv": {7200, true}, "lt": {7200, true}, "gr": {7200, true}, "ro": {7200, true},
	"bg": {7200, true}, "cy": {7200, true}, "ua": {7200, true},
	"ru": {3 * 3600, false}, "by": {3 * 3600, false}, "tr": {3 * 3600, false}, "sa": {3 * 3600, false}, "qa": {3 * 3600, false},
	"kw": {3 * 3600, false}, "ke": {3 * 3600, false}, "ae": {4 * 3600, false}, "ir": {12600, false}, "pk": {5 * 3600, false},
	"in": {19800, false}, "lk": {19800, false}, "np": {20700, false}, "bd": {6 * 3600, false}, "th": {7 * 3600, false},
	"vn": {7 * 3600, false}, "id": {7 * 3600, false}, "cn": {8 * 3600, false}, "hk": {8 * 3600, false}, "tw": {8 * 3600, false},
	"sg": {8 * 3600, false}, "my": {8 * 3600, false}, "ph": {8 * 3600, false}, "jp": {9 * 3600, false}, "kr": {9 * 3600, false},
	"za": {2 * 3600, false}, "ng": {3600, false}, "gh": {0, false},
	"ar": {-3 * 3600, false}, "br": {-3 * 3600, false}, "uy": {-3 * 3600, false}, "bo": {-4 * 3600, false}, "ve": {-4 * 3600, false},
	"co": {-5 * 3600, false}, "pe": {-5 * 3600, false}, "ec": {-5 * 3600, false}, "mx": {-6 * 3600, false},
	"gt": {-6 * 3600, false}, "cr": {-6 * 3600, false}, "sv": {-6 * 3600, false}, "hn": {-6 * 3600, false},
}

// euSummerTime reports whether instant t falls in European summer time:
// from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
// Sunday of October.
func euSummerTime(t time.Time) bool {
	t = t.UTC()
	lastSunday := func(m time.Month) time.Time {
		d := time.Date(t.Year(), m+1, 1, 1, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
		return d.AddDate(0, 0, -int(d.Weekday()))
	}
	return !t.Before(lastSunday(time.March)) && t.Before(lastSunday(time.October))
}
