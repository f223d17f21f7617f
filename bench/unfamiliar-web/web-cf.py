"""Web cf: Southeast Asian newsrooms. Twelve sites on 127.0.7.121-132
(port 18156) in Thai, Vietnamese, Indonesian, Malay, Tagalog, Philippine
English, Khmer, Burmese, Lao and the Chinese of Singapore and Malaysia,
each on the template its kind of publisher runs, with the service pages
such sites carry (lottery results, gold, fuel and exchange-rate tables,
prayer times, horoscopes, weather, galleries, videos, province sections,
tags, authors, search, about/contact, donation and subscription pages).

 1 สยามรายวัน - Thai national daily on WordPress (Matichon-like):
   /politics/news_5012841 ids, "ผู้เขียน <a>..</a> | เผยแพร่ วันอังคารที่ 11
   มีนาคม พ.ศ. 2568 - 14:05 น." (Buddhist Era), "อัปเดตล่าสุด" line, Yoast
   graph in +07:00, PDPA cookie banner, LINE OA pitch, "ข่าวที่น่าสนใจ" box,
   Facebook comments. A cabinet story credited to the desk "สยามรายวันออนไลน์"
   (authors []), a column under the kicker "คอลัมน์ เศรษฐกิจติดดิน" with a print
   line, a Chiang Mai smog story posted by the desk whose body ends "ข่าว:
   วิภาวรรณ แก้วมณี ผู้สื่อข่าวประจำจังหวัดเชียงใหม่ / ภาพ: ...". Around them:
   ตรวจหวย (lottery result page laid out like a post, og:type article),
   lottery index, ราคาทอง, weekly horoscope, video, gallery, sections, Thai-
   slug tags (percent-encoded), author, /search/ภัยแล้ง/, about, contact,
   privacy; RSS, news sitemap.
 2 ลานนาโพสต์ - Chiang Rai paper on WordPress + tagDiv Newspaper, every date
   in Thai digits ("๑๒ มีนาคม ๒๕๖๘", no time), Yoast and
   article:published_time in UTC +00:00 (a 06:30 ICT post is the day before
   in UTC), percent-encoded Thai slugs; "โดย ศรีนวล คำมา", a post by the
   account "กองบรรณาธิการ" (authors []), a post by the account "Lanna Post"
   whose text opens "เรื่อง/ภาพ: อรอุมา ปัญญาดี", a headline in Thai digits.
   Pages (og:type article, Yoast WebPage) for ราคาน้ำมันวันนี้, ตรวจหวย,
   พยากรณ์อากาศ, ภาพกิจกรรม, ติดต่อโฆษณา, เกี่ยวกับเรา; amphoe sections
   (ข่าวอำเภอ/แม่สรวย), tag, authors, /page/2/.
 3 Sài Gòn Nay - Vietnamese daily (Tuoi Tre-like .htm CMS): "Thứ tư,
   12/3/2025, 14:05 (GMT+7)", sapo "TTO - ...", bylines in capitals
   ("THANH HÀ - MINH TÂM", JSON-LD author the same string; "NGUYỄN HIỀN"
   with an Organization in JSON-LD; "NHÓM PHÓNG VIÊN", a reporters' group,
   authors []), a "Theo TTXVN" story at 06:20 GMT+7 (the day before in UTC),
   "ĐỌC THÊM" box in the content, membership pitch, comments; xổ số
   results, giá vàng, weather, video, topic, author and section pages,
   "tin mới nhất", search, contact, about.
 4 SuaraPantura.com - Indonesian regional portal (Tribun-network-like):
   "Rabu, 12 Maret 2025 14:05 WIB", "Penulis: ... | Editor: ...",
   "Laporan Wartawan SuaraPantura.com, Ahmad Fauzi", "Penulis: Kontributor
   Tegal, Dimas Prasetyo", an Antara story ("Penulis: Antara", JSON-LD
   author the editor), dataLayer and content_* metas, "Baca juga:" links,
   Google News and WhatsApp Channel pitches at the end of the body; jadwal
   imsakiyah, harga emas Antam, zodiak, video, foto, topik, tag, penulis,
   indeks, redaksi, Pedoman Media Siber, kontak, search.
 5 Warta Kini - Malay TV-news site on Next.js (Astro Awani-like): CSS-module
   classes, __NEXT_DATA__ with the article (UTC publishDate), "Diterbitkan
   Mac 11, 2025 14:05 MYT" / "Dikemaskini", author chips (two on one story,
   JSON-LD naming the first only), a BERNAMA story at 00:40 MYT (the day
   before in UTC, JSON-LD Organization author), "BACA:" embed, newsletter
   box; waktu solat, harga minyak mingguan, topics, author, video,
   programme, galeri, carian, about, contact.
 6 Tambuli - Tagalog tabloid on WordPress + JNews: "ni Ramon Dizon",
   "Marso 12, 2025 @ 2:05 PM", a desk post "Tambuli Online" shown only as
   "3 oras ang nakalipas" (article:published_time present), "Nina Ramon
   Dizon at Lyka Navarro" opening a post by Ramon Dizon's account, "BASAHIN
   DIN" inline box, "Mga Kaugnay na Balita"; PCSO lotto result and
   horoscope posts by the desk account, categories, tag, author, video,
   gallery post, about, contact pages.
 7 Pintig - Philippine English digital newsroom (Rappler-like): "Mar 12,
   2025 2:05 PM PHT" + "Updated ...", summary, the "This is AI generated
   summarization" box, "- Pintig.ph" sign-offs, a Mindanao story with the
   writer's tagline, a Reuters story (authors []), the "How does this make
   you feel?" mood meter after the text, Pintig+ pitch; weather bulletin,
   Senate candidates page, Pintig Talk video, newsletters, membership,
   topic, author, sections, about, search.
 8 ដំណឹងថ្ងៃនេះ - Khmer site on a custom PHP CMS: "ថ្ងៃពុធ ទី១២ ខែមីនា
   ឆ្នាំ២០២៥ ម៉ោង ១៤:០៥" in Khmer digits and months; one story with
   article:published_time ("ដោយ៖ សុខ ចាន់ថា"), one with only og:updated_time
   three days later ("អត្ថបទ៖ ម៉ៅ សុភា រូបភាព៖ ជា វណ្ណៈ"), an AKP wire story
   ("ដោយ៖ AKP", zero-width spaces in a paragraph) with no metadata; Telegram
   pitch, exchange-rate sidebar; អត្រាប្តូរប្រាក់, តម្លៃមាស, video,
   gallery, Khmer-slug tags, author, sections, search, about, contact.
 9 ရွှေမြစ်သတင်း - Burmese exile newsroom on WordPress + Jannah, no date
   metadata at all: "မတ် ၁၂၊ ၂၀၂၅" in Burmese digits, the newest story only
   "လွန်ခဲ့သော ၃ နာရီက" (by the account named after the site, authors []),
   an opinion piece by the "Editor" account opening "ဆောင်းပါးရှင် – နန်းမွေ";
   donation box, related posts; ရွှေဈေး and ငွေလဲနှုန်း pages, video,
   donate, sections, Burmese-slug tag, author, about, contact; RSS only.
10 ວຽງຈັນນິວສ໌ - Lao daily on a Laravel-like CMS: "ວັນພຸດ ທີ 12 ມີນາ 2025 ເວລາ
   14:05", meta author and JSON-LD (zoneless) naming the reporter, the KPL
   wire "ຂປລ" (authors []) or the desk "ກອງບັນນາທິການ" over the closing
   credit "ຂ່າວ: ບຸນມີ ສີສຸວັນ; ພາບ: ..."; ຜົນຫວຍພັດທະນາ, ອັດຕາແລກປ່ຽນ,
   ລາຄາຄຳ, video, gallery, Lao-slug tag, author, sections, search, about,
   contact.
11 狮城日报 - Singapore Chinese daily (Zaobao-like): "发布/2025年3月12日
   07:20" (SGT; JSON-LD and article:published_time in UTC, the day before)
   and "更新/...", bylines under the headline, a "（吉隆坡综合电）" story
   with an Organization JSON-LD author (authors []), a 言论 column ending
   "（作者是...）", two authors joined by "、", "相关新闻" inline, Telegram
   pitch after the text; 4D/TOTO results, 星座, 图辑, video, e-paper,
   subscribe, keywords, byline page, sections, search, about.
12 南岛网 - Malaysian Chinese daily (Sin Chew-like): "12/03/2025 14:05"
   (DD/MM, MYT), "（莎阿南12日讯）" datelines, "报道：林俊杰 摄影：陈国强",
   "编辑：" lines, a desk story; its copy of the 狮城日报 causeway story
   under a new headline the next morning ("（新加坡11日讯）",
   "（文章来源：狮城日报）", no canonical); 万能/大马彩/多多 results, 今日金价,
   星座, video, gallery, tag, author, sections, search, about, contact.

Truth: 39 articles, 175 non-articles, 1 syndicated copy in "synd" (only
there). Authors are the reporters and columnists named in bylines or
credit lines (case normalised from capitals); desks, site accounts,
wires (TTXVN, Antara, BERNAMA, Reuters, AKP, ຂປລ), editors, photographers
and reporters' groups give []. Dates are the day the page shows in its
own zone, with the instant where a 00:40-07:20 local time falls on the
previous UTC day; the two pages shown only in relative time are
"fetch-3".

Crawled with /tmp/nr-start: stories 39: title 39, date 34, authors 17
right; non-articles stored 14 of 175; bodies checked 39: 10 wrong;
syndicated copies 1: original kept for 0. Dates: no date for the Khmer
stories without metadata (Khmer digits and months unread; the
og:updated_time story left undated), nor for the three Burmese posts
("မတ် ၁၂၊ ၂၀၂၅" and "လွန်ခဲ့သော ၃ နာရီက" unread). Authors: desk, account,
wire and organisation credits kept as names on ten stories
(สยามรายวันออนไลน์, กองบรรณาธิการ, "NHÓM PHÓNG" cut from NHÓM PHÓNG VIÊN,
the editor Rina Kusuma from JSON-LD on the Antara story, BERNAMA, Tambuli
Online, Reuters, ရွှေမြစ်သတင်း, ຂປລ, 狮城日报); the CMS account or desk kept
over the credit line in the text on four (Thai "ข่าว: ..." and "เรื่อง/ภาพ:",
Burmese "ဆောင်းပါးရှင် –", Lao "ຂ່າວ: ...; ພາບ:"); labelled bylines unread on
three (Khmer "អត្ថបទ៖", "报道：... 摄影：..." twice); and on five the names
mis-split: capitals kept ("THANH HÀ", "NGUYỄN HIỀN") and the second of
"THANH HÀ - MINH TÂM" lost, the second Next.js author chip and the second
of "Nina ... at ..." lost, "Kontributor Tegal, Dimas Prasetyo" split into
two names. Non-articles stored: gold, fuel and exchange-rate pages (Thai
twice, Vietnamese, Malay, Burmese twice), the Thai provincial paper's
WordPress pages (lottery, weather, advertising, about), the Indonesian
jadwal imsakiyah and Pedoman Media Siber, the Tagalog PCSO lotto-result
post, and the Malaysian copy of the Singapore story under its own URL
(the Vietnamese gia-vang page also absorbed four section, topic and
author pages as its text duplicates). Bodies: the Tribun-like Google
News/WhatsApp pitch ending the text (3), the "How does this make you
feel?" mood meter (3), the Telegram pitch after the Zaobao-like text (4).
Writes the sites and truth.json under the directory given as the first
argument.
"""
import datetime, html, json, os, sys, urllib.parse, zlib  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, ps  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18156
E = html.escape
UTC = datetime.timezone.utc
truth = {"articles": [], "nonarticles": [], "synd": []}
NOW = datetime.datetime.now(UTC).replace(second=0, microsecond=0)


def zone(h, m=0):
    return datetime.timezone(datetime.timedelta(hours=h, minutes=m))


ICT = WIB = zone(7)
MYT = SGT = PHT = zone(8)
MMT = zone(6, 30)

TH_DIG = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
KM_DIG = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
MY_DIG = str.maketrans("0123456789", "၀၁၂၃၄၅၆၇၈၉")
LO_DIG = str.maketrans("0123456789", "໐໑໒໓໔໕໖໗໘໙")

TH_MON = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON_AB = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TH_WD = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
VI_WD = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
ID_WD = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_MON = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"]
MS_MON = ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"]
TL_MON = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"]
KM_MON = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"]
KM_WD = ["ចន្ទ", "អង្គារ", "ពុធ", "ព្រហស្បតិ៍", "សុក្រ", "សៅរ៍", "អាទិត្យ"]
MY_MON = ["ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်", "စက်တင်ဘာ", "အောက်တိုဘာ", "နိုဝင်ဘာ", "ဒီဇင်ဘာ"]
LO_MON = ["ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"]
LO_WD = ["ຈັນ", "ອັງຄານ", "ພຸດ", "ພະຫັດ", "ສຸກ", "ເສົາ", "ອາທິດ"]
ZH_WD = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]


def L(s, z):
    """A local time "YYYY-MM-DD HH:MM" in zone z."""
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=z)


def ago(hours, z):
    """hours before now, in zone z (pages that show only a relative time)."""
    return (NOW - datetime.timedelta(hours=hours)).astimezone(z)


def iso(d, sec=0):
    return d.replace(second=sec).isoformat()


def zulu(d, ms=""):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + ms + "Z"


def rfc822(d):
    return d.strftime("%a, %d %b %Y %H:%M:%S %z")


def day(d):
    return d.strftime("%Y-%m-%d")


def inst(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M")


def J(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


def uid(t, mod=9000000, base=1000000):
    return zlib.crc32(t.encode()) % mod + base


def be(d):
    """The Buddhist Era year."""
    return d.year + 543


class Site(common.Site):
    """A site of this web, on its own loopback address. Paths may hold
    Thai, Lao or Khmer slugs: written to disk as they read, linked and
    recorded percent-encoded, as WordPress prints them."""

    def __init__(self, n):
        super().__init__(OUT, "127.0.7.%d" % (120 + n), PORT, truth)

    def url(self, p):
        return "http://%s:%d%s" % (self.host, self.port, enc(p))

    def raw(self, path, text):
        common.write(self.out, self.host, path, text)

    def alias(self, pq):
        """A URL with a query string, answered by its path's own file:
        recorded as a non-article, written nowhere."""
        self.truth["nonarticles"].append(self.url(pq))

    def feed(self, path, title, items, desc="", lang=""):
        """An RSS feed of (path, title, datetime, author or "")."""
        it = "".join('<item><title>%s</title><link>%s</link><guid isPermaLink="true">%s</guid><pubDate>%s</pubDate>%s</item>' % (
            E(t), E(self.url(p)), E(self.url(p)), rfc822(d), ("<dc:creator><![CDATA[%s]]></dc:creator>" % a) if a else "") for p, t, d, a in items)
        self.raw(path, '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>%s</title><link>%s</link><description>%s</description>%s'
                       '<atom:link href="%s" rel="self" type="application/rss+xml"/>%s</channel></rss>' % (
                           E(title), self.url("/"), E(desc), ("<language>%s</language>" % lang) if lang else "", E(self.url(path)), it))

    def news_sitemap(self, items, name, lang, pages=(), disallow="/search"):
        """A Google News sitemap of (path, title, datetime), a plain one of
        pages, and robots.txt naming both."""
        ns = "".join('<url><loc>%s</loc><news:news><news:publication><news:name>%s</news:name><news:language>%s</news:language></news:publication>'
                     '<news:publication_date>%s</news:publication_date><news:title>%s</news:title></news:news></url>' % (
                         E(self.url(p)), E(name), lang, iso(d), E(t)) for p, t, d in items)
        self.raw("/sitemap-news.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">%s</urlset>' % ns)
        pl = "".join("<url><loc>%s</loc></url>" % E(self.url(p)) for p in pages)
        self.raw("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % pl)
        self.raw("/robots.txt", "User-agent: *\nDisallow: %s\n\nSitemap: %s\nSitemap: %s\n" % (disallow, self.url("/sitemap-news.xml"), self.url("/sitemap.xml")))


def enc(p):
    """A path percent-encoded as a browser or WordPress prints it."""
    return urllib.parse.quote(p, safe="/?=&%:#,+;@!$'()*~-._")


def H(p):
    """An href for a path (percent-encoded)."""
    return E(enc(p))


def strip_tags(h):
    import re
    return " ".join(re.sub("<[^>]+>", " ", h).split())


# ====================================================================== 1 Thai national daily, WordPress (Matichon-like)
def siamraiwan():
    s = Site(1)
    SN = "สยามรายวัน"
    DESK = "สยามรายวันออนไลน์"
    FB = "https://www.facebook.com/siamraiwanonline"

    def thdate(d, full=True):
        if full:
            return "วัน%sที่ %d %s พ.ศ. %d - %s น." % (TH_WD[d.weekday()], d.day, TH_MON[d.month - 1], be(d), d.strftime("%H:%M"))
        return "%d %s %d - %s น." % (d.day, TH_MON_AB[d.month - 1], be(d), d.strftime("%H:%M"))

    NAV = [("/politics/", "การเมือง"), ("/economy/", "เศรษฐกิจ"), ("/region/", "ภูมิภาค"), ("/entertainment/", "บันเทิง"), ("/sport/", "กีฬา"),
           ("/columnists/", "คอลัมนิสต์"), ("/lottery/", "ตรวจหวย"), ("/horoscope/", "ดูดวง"), ("/gold-price/", "ราคาทอง"), ("/video/", "วิดีโอ")]

    def shell(title, main, head="", cls="home"):
        nav = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (H(p), E(t)) for p, t in NAV)
        return ('<!DOCTYPE html>\n<html lang="th"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<title>%s</title>%s<meta property="fb:app_id" content="371209826714391"><meta property="fb:pages" content="118284931556402">'
                '<link rel="stylesheet" id="udsg-style-css" href="/wp-content/themes/siamraiwan-2023/assets/css/main.min.css?ver=2.4.11" media="all">'
                '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>'
                '<script>window.googletag=window.googletag||{cmd:[]};googletag.cmd.push(function(){googletag.defineSlot("/21803392/siamraiwan/leaderboard",[[970,250],[728,90]],"div-gpt-lb").addService(googletag.pubads());googletag.enableServices();});</script></head>\n'
                '<body class="%s">'
                '<div id="pdpa-consent" class="pdpa-banner" role="dialog"><div class="pdpa-inner"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน ท่านสามารถศึกษารายละเอียดได้ที่ <a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a></p>'
                '<button class="pdpa-btn-setting">ตั้งค่าคุกกี้</button><button class="pdpa-btn-accept">ยอมรับทั้งหมด</button></div></div>'
                '<header class="udsg-header"><div class="udsg-topbar"><span class="udsg-today">วัน%sที่ %d %s %d</span>'
                '<a href="%s" class="social fb">Facebook</a><a href="https://line.me/R/ti/p/@siamraiwan" class="social line">LINE</a><a href="https://www.tiktok.com/@siamraiwan" class="social tiktok">TikTok</a></div>'
                '<div class="udsg-logo"><a href="/" rel="home"><img src="/wp-content/themes/siamraiwan-2023/assets/img/logo.svg" alt="%s"></a></div>'
                '<nav class="udsg-nav" aria-label="เมนูหลัก"><ul id="menu-main" class="menu"><li class="menu-item"><a href="/">หน้าแรก</a></li>%s</ul></nav>'
                '<form class="udsg-search" action="/" method="get"><input type="search" name="s" placeholder="ค้นหาข่าว"><button type="submit">ค้นหา</button></form></header>\n'
                '<div class="udsg-ticker"><span class="ticker-label">ข่าวด่วน</span><ul><li><a href="/politics/news_5012841">ครม.อนุมัติงบกลาง 3,200 ล้านบาท เร่งแก้ภัยแล้ง 24 จังหวัด</a></li><li><a href="/region/news_5014020">ฝุ่นเชียงใหม่วิกฤตวันที่ห้า</a></li></ul></div>'
                '<div id="div-gpt-lb" class="ads-leaderboard"></div>'
                '<main id="main" class="site-main">%s</main>\n'
                '<footer class="udsg-footer"><div class="footer-menu"><a href="/about-us/">เกี่ยวกับเรา</a> | <a href="/contact-us/">ติดต่อเรา</a> | <a href="/advertise/">ติดต่อโฆษณา</a> | <a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a> | <a href="/feed/">RSS</a></div>'
                '<p class="copyright">Copyright © %d บริษัท สยามรายวัน จำกัด (มหาชน) สงวนลิขสิทธิ์ 12 ถนนประชาชื่น แขวงบางซื่อ เขตบางซื่อ กรุงเทพฯ 10800 โทร. 0-2589-0020</p></footer>'
                '<script src="/wp-content/themes/siamraiwan-2023/assets/js/main.min.js?ver=2.4.11"></script></body></html>') % (
            E(title), head, cls, TH_WD[NOW.weekday()], NOW.day, TH_MON[NOW.month - 1], NOW.year + 543, FB, SN, nav, main, NOW.year + 543)

    def yoast(url, title, desc, d, dm, author, section, kind="NewsArticle"):
        pid = "%s#/schema/person/%s" % (s.url("/"), format(zlib.crc32(author.encode()), "x"))
        return jl({"@context": "https://schema.org", "@graph": [
            {"@type": kind, "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": author, "@id": pid}, "headline": title,
             "datePublished": iso(d, 33), "dateModified": iso(dm, 12), "mainEntityOfPage": {"@id": url}, "publisher": {"@id": s.url("/") + "#organization"},
             "image": {"@id": url + "#primaryimage"}, "articleSection": [section], "inLanguage": "th"},
            {"@type": "WebPage", "@id": url, "url": url, "name": "%s - %s" % (title, SN), "isPartOf": {"@id": s.url("/") + "#website"},
             "datePublished": iso(d, 33), "dateModified": iso(dm, 12), "description": desc, "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "th"},
            {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "หน้าแรก", "item": s.url("/")},
                                                                                      {"@type": "ListItem", "position": 2, "name": section, "item": s.url("/%s/" % "politics")},
                                                                                      {"@type": "ListItem", "position": 3, "name": title}]},
            {"@type": "Organization", "@id": s.url("/") + "#organization", "name": SN, "url": s.url("/"), "sameAs": [FB, "https://x.com/siamraiwan"]},
            {"@type": "Person", "@id": pid, "name": author, "url": s.url("/author/%s/" % ("siamraiwan-online" if author == DESK else "thanaphon-s"))}]})

    a1 = ["เมื่อวันที่ 11 มีนาคม ที่ทำเนียบรัฐบาล นายกรัฐมนตรีเป็นประธานการประชุมคณะรัฐมนตรี ซึ่งที่ประชุมมีมติอนุมัติงบกลาง รายการเงินสำรองจ่ายเพื่อกรณีฉุกเฉินหรือจำเป็น วงเงิน 3,200 ล้านบาท ให้กรมทรัพยากรน้ำบาดาลและกรมชลประทานใช้แก้ปัญหาภัยแล้งใน 24 จังหวัด",
          "โฆษกประจำสำนักนายกรัฐมนตรีกล่าวว่า งบประมาณดังกล่าวจะใช้ขุดเจาะบ่อบาดาลเพิ่มอีก 1,150 บ่อ ซ่อมแซมระบบประปาหมู่บ้าน และจัดหารถบรรทุกน้ำแจกจ่ายให้ประชาชนในพื้นที่ที่ประกาศเขตการให้ความช่วยเหลือผู้ประสบภัยพิบัติกรณีฉุกเฉิน",
          "ข้อมูลจากกรมป้องกันและบรรเทาสาธารณภัยระบุว่า ขณะนี้มีพื้นที่ประสบภัยแล้งแล้ว 24 จังหวัด 118 อำเภอ ส่วนใหญ่อยู่ในภาคตะวันออกเฉียงเหนือ โดยจังหวัดนครราชสีมา ขอนแก่น และบุรีรัมย์ได้รับผลกระทบมากที่สุด",
          "ด้านสำนักงานทรัพยากรน้ำแห่งชาติ (สทนช.) คาดการณ์ว่าปริมาณน้ำใช้การในเขื่อนขนาดใหญ่ทั่วประเทศจะลดลงต่ำกว่าร้อยละ 40 ภายในปลายเดือนเมษายน และขอให้เกษตรกรงดทำนาปรังรอบที่สองในพื้นที่นอกเขตชลประทาน",
          "ทั้งนี้ คณะรัฐมนตรียังมอบหมายให้กระทรวงมหาดไทยรายงานความคืบหน้าการใช้จ่ายงบประมาณทุก 15 วัน เพื่อให้การช่วยเหลือถึงมือประชาชนอย่างรวดเร็วและตรวจสอบได้"]
    a2 = ["ตั้งแต่ต้นปีที่ผ่านมา ค่าจ้างขั้นต่ำ 400 บาทต่อวันเริ่มใช้แล้วในบางจังหวัดและบางกิจการ โดยเฉพาะธุรกิจโรงแรมขนาดใหญ่ในพื้นที่ท่องเที่ยว แต่สำหรับผู้ประกอบการรายเล็กจำนวนมาก คำถามที่ยังไม่มีใครตอบได้คือเงินที่ต้องจ่ายเพิ่มจะมาจากไหน",
          "ผู้เขียนได้คุยกับเจ้าของร้านอาหารตามสั่งย่านลาดพร้าวรายหนึ่งซึ่งมีลูกจ้างหกคน เธอบอกว่าหากค่าแรงขึ้นทั้งประเทศ ต้นทุนค่าจ้างของร้านจะเพิ่มขึ้นเดือนละกว่าหนึ่งหมื่นบาท ขณะที่ราคาอาหารจานละ 50 บาทแทบขึ้นไม่ได้เพราะลูกค้าก็มีรายได้ไม่เพิ่ม",
          "ข้อเสนอให้รัฐช่วยลดเงินสมทบประกันสังคมหรือให้สิทธิลดหย่อนภาษีแก่ SME ในช่วงเปลี่ยนผ่านเป็นเรื่องที่พูดกันมานาน แต่จนถึงวันนี้ยังไม่มีมาตรการที่ชัดเจนออกมา ขณะที่สินเชื่อดอกเบี้ยต่ำที่ประกาศไว้ก็เข้าถึงยากสำหรับร้านค้าที่ไม่มีบัญชีทางการ",
          "ค่าแรงที่สูงขึ้นเป็นเรื่องที่ควรเกิดขึ้น เพราะแรงงานจำนวนมากมีรายได้ไม่พอกับค่าครองชีพจริง แต่นโยบายที่ดีต้องมาพร้อมกับแผนรองรับคนที่แบกต้นทุน ไม่เช่นนั้นผลที่ได้อาจเป็นการเลิกจ้างหรือการย้ายไปจ้างงานนอกระบบแทน",
          "คำถามจึงไม่ใช่ว่าจะขึ้นค่าแรงหรือไม่ แต่คือรัฐจะยืนอยู่ข้างใครในช่วงที่ทั้งลูกจ้างและนายจ้างรายเล็กต่างก็เดือดร้อนไม่ต่างกัน"]
    a3 = ["สถานการณ์ฝุ่นละอองขนาดไม่เกิน 2.5 ไมครอน (PM2.5) ในจังหวัดเชียงใหม่วิกฤตต่อเนื่องเป็นวันที่ห้า เมื่อเวลา 16.00 น. วันที่ 13 มีนาคม สถานีตรวจวัดคุณภาพอากาศ ต.ศรีภูมิ อ.เมืองเชียงใหม่ วัดค่าได้ 112 ไมโครกรัมต่อลูกบาศก์เมตร สูงกว่าค่ามาตรฐานกว่าสามเท่า",
          "ขณะเดียวกัน ไฟป่าบนดอยสุเทพ-ปุย ด้านอำเภอแม่ริม ยังลุกลามต่อเนื่อง เจ้าหน้าที่อุทยานแห่งชาติ ทหาร และอาสาสมัครกว่า 200 นาย ระดมกำลังทำแนวกันไฟและดับไฟตลอดทั้งคืน โดยมีเฮลิคอปเตอร์ของกรมป่าไม้ช่วยโปรยน้ำจากมุมสูง",
          "นายแพทย์สาธารณสุขจังหวัดเชียงใหม่เปิดเผยว่า ตั้งแต่ต้นเดือนมีนาคม มีผู้ป่วยด้วยโรคระบบทางเดินหายใจเข้ารับการรักษาในโรงพยาบาลทั่วจังหวัดแล้วกว่า 18,000 ราย และแนะนำให้ประชาชนสวมหน้ากาก N95 เมื่อออกนอกบ้าน รวมทั้งงดกิจกรรมกลางแจ้ง",
          "ด้านจังหวัดเชียงใหม่ประกาศให้หน่วยงานราชการปฏิบัติงานที่บ้านได้ และขอความร่วมมือโรงเรียนในเขตอำเภอเมืองปรับการเรียนการสอนเป็นออนไลน์จนถึงวันศุกร์นี้"]
    CREDIT3 = "ข่าว: วิภาวรรณ แก้วมณี ผู้สื่อข่าวประจำจังหวัดเชียงใหม่ / ภาพ: ประสิทธิ์ ชัยวงศ์"
    A = [dict(path="/politics/news_5012841", sec="การเมือง", secp="/politics/", title="ครม.อนุมัติงบกลาง 3,200 ล้านบาท เร่งแก้ภัยแล้ง 24 จังหวัด",
              d=L("2025-03-11 14:05", ICT), dm=L("2025-03-11 15:20", ICT), author=DESK, authors=[], tags=["ภัยแล้ง", "ครม."],
              body=ps(a1[:2]) + '<figure class="wp-caption"><img src="/wp-content/uploads/2025/03/drought-korat.jpg" alt="" width="1200" height="675"><figcaption>ภาพประกอบ – สภาพอ่างเก็บน้ำในจังหวัดนครราชสีมา</figcaption></figure>'
              + ps(a1[2:4]) + '<p class="read-more"><strong>อ่านข่าวที่เกี่ยวข้อง</strong> <a href="/region/news_5014020">ฝุ่นเชียงใหม่วิกฤตวันที่ห้า ไฟป่าลามดอยสุเทพ</a></p>' + ps(a1[4:]),
              must=[a1[0], a1[4]]),
         dict(path="/columnists/news_5013377", sec="คอลัมนิสต์", secp="/columnists/", kicker="คอลัมน์ เศรษฐกิจติดดิน", title="ค่าแรง 400 บาท กับโจทย์ที่ SME ยังไม่มีคำตอบ",
              d=L("2025-03-12 06:00", ICT), dm=L("2025-03-12 06:00", ICT), author="ธนพล ศรีสวัสดิ์", authors=["ธนพล ศรีสวัสดิ์"], tags=["ค่าแรงขั้นต่ำ", "SME"], print_ed=True,
              body=ps(a2), must=[a2[0], a2[4]]),
         dict(path="/region/news_5014020", sec="ภูมิภาค", secp="/region/", title="ฝุ่นเชียงใหม่วิกฤตวันที่ห้า ไฟป่าลามดอยสุเทพ ผู้ป่วยทางเดินหายใจพุ่งเกินหมื่นแปด",
              d=L("2025-03-13 17:40", ICT), dm=L("2025-03-14 09:12", ICT), author=DESK, authors=["วิภาวรรณ แก้วมณี"], tags=["PM2.5", "เชียงใหม่", "ไฟป่า"],
              body=ps(a3[:2]) + '<figure class="wp-caption"><img src="/wp-content/uploads/2025/03/doi-suthep-fire.jpg" alt=""><figcaption>เจ้าหน้าที่ดับไฟป่าบนดอยสุเทพ ภาพ: ประสิทธิ์ ชัยวงศ์</figcaption></figure>'
              + ps(a3[2:]) + '<p class="credit"><strong>%s</strong></p>' % E(CREDIT3), must=[a3[0], a3[3]])]

    MUST_NOT = ["ติดตามข่าวสารทันเหตุการณ์ผ่าน LINE", "เว็บไซต์นี้ใช้คุกกี้", "ข่าวที่น่าสนใจ"]

    def card(a, cls="news-card"):
        return ('<article class="%s"><a href="%s" class="thumb"><img src="/wp-content/uploads/2025/03/%d-300x169.jpg" alt="%s"></a><div class="card-body"><span class="cat">%s</span>'
                '<h3 class="card-title"><a href="%s">%s</a></h3><time datetime="%s">%s</time></div></article>') % (
            cls, a["path"], uid(a["path"]), E(a["title"]), E(a["sec"]), a["path"], E(a["title"]), iso(a["d"]), "%d %s %d" % (a["d"].day, TH_MON_AB[a["d"].month - 1], be(a["d"]) % 100))

    for a in A:
        url = s.url(a["path"])
        desc = strip_tags(a["body"])[:160]
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><link rel="amphtml" href="%samp/">'
                '<meta property="og:locale" content="th_TH"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
                '<meta property="og:url" content="%s"><meta property="og:site_name" content="%s"><meta property="article:publisher" content="%s">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta property="og:image" content="%s/wp-content/uploads/2025/03/%d.jpg">'
                '<meta name="author" content="%s"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:label1" content="เขียนโดย"><meta name="twitter:data1" content="%s">%s') % (
            E(desc), url, url + "/", E(a["title"]), E(desc), url, SN, FB, iso(a["d"], 33), iso(a["dm"], 12), s.url(""), uid(a["path"]), E(a["author"]), E(a["author"]),
            yoast(url, a["title"], desc, a["d"], a["dm"], a["author"], a["sec"]))
        rel = [b for b in A if b is not a]
        upd = ('<span class="udsg-modified">อัปเดตล่าสุด %s</span>' % thdate(a["dm"], False)) if a["dm"] != a["d"] else ""
        printed = ('<div class="udsg-print">ตีพิมพ์ใน %s ฉบับวันที่ %d %s %d</div>' % (SN, a["d"].day, TH_MON[a["d"].month - 1], be(a["d"]))) if a.get("print_ed") else ""
        kicker = ('<div class="udsg-kicker"><a href="/columnists/">%s</a></div>' % E(a["kicker"])) if a.get("kicker") else ""
        authlink = "/author/thanaphon-s/" if a["author"] != DESK else "/author/siamraiwan-online/"
        main = ('<div class="udsg-breadcrumb"><a href="/">หน้าแรก</a> » <a href="%s">%s</a></div>'
                '<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry">'
                '<header class="udsg-content-header">%s<h1 class="entry-title">%s</h1>'
                '<div class="udsg-meta"><span class="udsg-author">ผู้เขียน <a href="%s">%s</a></span><span class="udsg-sep">|</span>'
                '<span class="udsg-date">เผยแพร่ <time class="entry-date published">%s</time></span>%s</div>%s</header>'
                '<div class="udsg-share"><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=%s">แชร์</a><a class="share-line" href="https://social-plugins.line.me/lineit/share?url=%s">LINE</a>'
                '<a class="share-x" href="https://x.com/intent/tweet?url=%s">X</a><button class="copy-link">คัดลอกลิงก์</button></div>'
                '<div class="udsg-featured"><img src="/wp-content/uploads/2025/03/%d.jpg" alt="%s"></div>'
                '<div class="entry-content udsg-content">%s'
                '<div class="ads-inread" id="div-gpt-inread"></div></div>'
                '<div class="udsg-line-oa"><a href="https://line.me/R/ti/p/@siamraiwan"><img src="/wp-content/themes/siamraiwan-2023/assets/img/line-oa.png" alt="">ติดตามข่าวสารทันเหตุการณ์ผ่าน LINE @siamraiwan คลิกเลย</a></div>'
                '<div class="udsg-tags"><span>แท็กที่เกี่ยวข้อง</span>%s</div>'
                '<section class="udsg-related"><h2 class="section-title">ข่าวที่น่าสนใจ</h2>%s</section>'
                '<div class="fb-comments" data-href="%s" data-width="100%%" data-numposts="5"></div></article>'
                '<aside class="udsg-sidebar"><section class="widget popular"><h3 class="widget-title">ยอดนิยม</h3><ol>%s</ol></section><div id="div-gpt-sidebar" class="ads-sidebar"></div></aside>') % (
            a["secp"], E(a["sec"]), uid(a["path"]), uid(a["path"]), kicker, E(a["title"]), authlink, E(a["author"]), thdate(a["d"]), upd, printed,
            url, url, url, uid(a["path"]), E(a["title"]), a["body"],
            "".join('<a href="%s" rel="tag">%s</a>' % (H("/tag/%s/" % t), E(t)) for t in a["tags"]),
            "".join(card(b) for b in rel), url,
            "".join('<li><a href="%s">%s</a></li>' % (b["path"], E(b["title"])) for b in rel + [dict(path="/lottery/check-1-march-2568", title="ตรวจหวย 1 มีนาคม 2568 ผลสลากกินแบ่งรัฐบาล")]))
        title = "%s - %s" % (a["title"], SN)
        s.art(a["path"], shell(title, main, head, "post-template-default single single-post postid-%d single-format-standard" % uid(a["path"])),
              a["title"], day(a["d"]), a["authors"], must=a["must"], must_not=MUST_NOT + [b["title"] for b in rel])

    def listing(h1, items, intro="", cls="archive category"):
        return ('<div class="udsg-archive-header"><h1 class="archive-title">%s</h1>%s</div><div class="udsg-grid">%s</div>'
                '<nav class="navigation pagination"><span aria-current="page" class="page-numbers current">1</span><a class="page-numbers" href="#">2</a><a class="next page-numbers" href="#">ถัดไป »</a></nav>') % (
            E(h1), intro, "".join(card(a) for a in items))

    head_l = '<meta name="robots" content="index, follow"><meta property="og:type" content="website">'
    s.non("/", shell("%s - ข่าวล่าสุด ข่าววันนี้ ข่าวการเมือง เศรษฐกิจ ภูมิภาค" % SN,
                     '<section class="hero">%s</section><section class="latest"><h2 class="section-title">ข่าวล่าสุด</h2>%s</section>'
                     '<section class="services"><h2 class="section-title">บริการข้อมูล</h2><ul><li><a href="/lottery/check-1-march-2568">ตรวจหวย งวด 1 มีนาคม 2568</a></li><li><a href="/gold-price/">ราคาทองวันนี้</a></li>'
                     '<li><a href="/horoscope/weekly-10-16-march-2568">ดูดวงรายสัปดาห์</a></li><li><a href="/video/v_88231">วิดีโอ: ควันไฟป่าปกคลุมดอยสุเทพ</a></li><li><a href="/gallery/pm25-chiangmai">ภาพชุด: เชียงใหม่ในม่านฝุ่น</a></li></ul></section>'
                     '<section class="tags-hot"><h2>แท็กยอดนิยม</h2><a href="%s">ภัยแล้ง</a> <a href="%s">PM2.5</a> <a href="/author/thanaphon-s/">ธนพล ศรีสวัสดิ์</a> <a href="%s">ค้นหา: ภัยแล้ง</a></section>' % (
                         card(A[2], "news-card hero-card"), "".join(card(a) for a in A), H("/tag/ภัยแล้ง/"), H("/tag/PM2.5/"), H("/search/ภัยแล้ง/")),
                     head_l + '<meta name="description" content="สยามรายวัน ข่าวล่าสุด ข่าววันนี้ ตรวจหวย ราคาทอง ดูดวง">', "home blog"))
    s.non("/region/", shell("ภูมิภาค Archives - %s" % SN, listing("ภูมิภาค", [A[2]], "<p>ข่าวภูมิภาค ข่าวต่างจังหวัด ทั่วทุกภาคของประเทศไทย</p>"), head_l, "archive category category-region"))
    s.non("/politics/", shell("การเมือง Archives - %s" % SN, listing("การเมือง", [A[0]]), head_l, "archive category category-politics"))
    s.non("/columnists/", shell("คอลัมนิสต์ Archives - %s" % SN, listing("คอลัมนิสต์", [A[1]]), head_l, "archive category category-columnists"))
    s.non("/tag/ภัยแล้ง/", shell("ภัยแล้ง Archives - %s" % SN, listing("ภัยแล้ง", [A[0]]), head_l, "archive tag"))
    s.non("/tag/PM2.5/", shell("PM2.5 Archives - %s" % SN, listing("PM2.5", [A[2]]), head_l, "archive tag"))
    s.non("/author/thanaphon-s/", shell("ธนพล ศรีสวัสดิ์, ผู้เขียนที่ %s" % SN, listing("ธนพล ศรีสวัสดิ์", [A[1]],
                                          '<div class="author-bio"><img src="/wp-content/uploads/2023/01/thanaphon.jpg" alt=""><p>คอลัมนิสต์เศรษฐกิจ อดีตผู้สื่อข่าวสายการเงิน เขียนคอลัมน์ “เศรษฐกิจติดดิน” ทุกวันพุธ</p></div>'), head_l, "archive author"))
    s.non("/search/ภัยแล้ง/", shell("ผลการค้นหา “ภัยแล้ง” - %s" % SN, listing("ผลการค้นหา: ภัยแล้ง", [A[0]], "<p>พบ 1 รายการ</p>"), '<meta name="robots" content="noindex, follow">', "search search-results"))
    lot = ('<article class="lottery-page"><div class="udsg-breadcrumb"><a href="/">หน้าแรก</a> » <a href="/lottery/">ตรวจหวย</a></div>'
           '<h1 class="entry-title">ตรวจหวย 1 มีนาคม 2568 ผลสลากกินแบ่งรัฐบาล งวดวันที่ 1 มีนาคม 2568</h1><div class="udsg-meta"><span class="udsg-date">เผยแพร่ วันเสาร์ที่ 1 มีนาคม พ.ศ. 2568 - 16:01 น.</span></div>'
           '<p class="lottery-intro">ตรวจผลสลากกินแบ่งรัฐบาล งวดประจำวันที่ 1 มีนาคม 2568 ถ่ายทอดสดจากสำนักงานสลากกินแบ่งรัฐบาล ตรวจหวยได้ที่นี่ อัปเดตตามเวลาจริง</p>'
           '<table class="lottery-table"><tr><th>รางวัลที่ 1</th><td class="num-big">757563</td><td>รางวัลละ 6,000,000 บาท</td></tr>'
           '<tr><th>เลขหน้า 3 ตัว</th><td>595 927</td><td>2 รางวัลๆ ละ 4,000 บาท</td></tr><tr><th>เลขท้าย 3 ตัว</th><td>457 309</td><td>2 รางวัลๆ ละ 4,000 บาท</td></tr>'
           '<tr><th>เลขท้าย 2 ตัว</th><td class="num-big">06</td><td>1 รางวัล 2,000 บาท</td></tr><tr><th>รางวัลข้างเคียงรางวัลที่ 1</th><td>757562 757564</td><td>2 รางวัลๆ ละ 100,000 บาท</td></tr></table>'
           '<h2>รางวัลที่ 2 มี 5 รางวัลๆ ละ 200,000 บาท</h2><p class="nums">012873 264510 488201 630174 915336</p>'
           '<p class="lottery-note">ควรตรวจสอบกับใบตรวจผลสลากกินแบ่งรัฐบาลของสำนักงานสลากกินแบ่งรัฐบาลอีกครั้ง งวดถัดไปออกวันที่ 16 มีนาคม 2568</p>'
           '<div class="lottery-archive"><h3>ตรวจหวยงวดก่อนหน้า</h3><ul><li><a href="/lottery/">16 กุมภาพันธ์ 2568</a></li><li><a href="/lottery/">1 กุมภาพันธ์ 2568</a></li></ul></div></article>')
    s.non("/lottery/check-1-march-2568", shell("ตรวจหวย 1 มีนาคม 2568 ผลสลากกินแบ่งรัฐบาล งวด 1/3/68 - %s" % SN, lot,
                                               '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-01T16:01:00+07:00"><meta property="og:title" content="ตรวจหวย 1 มีนาคม 2568 ผลสลากกินแบ่งรัฐบาล">', "single lottery"))
    s.non("/lottery/", shell("ตรวจหวย ผลสลากกินแบ่งรัฐบาล ตรวจลอตเตอรี่ ย้อนหลัง - %s" % SN,
                             '<h1>ตรวจหวย ผลสลากกินแบ่งรัฐบาล</h1><form class="lottery-check"><label>กรอกเลขสลาก 6 หลัก</label><input type="text" maxlength="6"><button>ตรวจหวย</button></form>'
                             '<ul class="lottery-list"><li><a href="/lottery/check-1-march-2568">งวด 1 มีนาคม 2568</a> รางวัลที่ 1 757563</li><li>งวด 16 กุมภาพันธ์ 2568 รางวัลที่ 1 847377</li><li>งวด 1 กุมภาพันธ์ 2568 รางวัลที่ 1 558700</li></ul>', head_l, "page lottery"))
    s.non("/gold-price/", shell("ราคาทองวันนี้ ราคาทองคำแท่ง ทองรูปพรรณ ล่าสุด - %s" % SN,
                                '<h1>ราคาทองวันนี้</h1><p class="gold-updated">ประกาศโดยสมาคมค้าทองคำ วันพุธที่ 12 มีนาคม 2568 ครั้งที่ 6 เวลา 14:02 น.</p>'
                                '<table class="gold-table"><tr><th>ประเภท</th><th>รับซื้อ</th><th>ขายออก</th></tr><tr><td>ทองคำแท่ง 96.5%</td><td>47,250.00</td><td>47,350.00</td></tr>'
                                '<tr><td>ทองรูปพรรณ 96.5%</td><td>46,399.48</td><td>47,850.00</td></tr></table><p class="gold-change">เปลี่ยนแปลง +150 บาท จากครั้งก่อน</p>'
                                '<div class="gold-chart" data-range="30d"></div><p>ราคาทองคำอ้างอิงตามประกาศของสมาคมค้าทองคำ อาจมีการเปลี่ยนแปลงระหว่างวัน</p>', head_l, "page gold"))
    signs = [("ราศีเมษ", "การงานมีเรื่องให้ตัดสินใจ อย่าใจร้อน การเงินมีรายจ่ายจุกจิก"), ("ราศีพฤษภ", "ผู้ใหญ่ให้การสนับสนุน มีโชคจากการเดินทาง"), ("ราศีเมถุน", "ความรักมีเรื่องเข้าใจผิดเล็กน้อย ควรพูดกันตรงๆ"),
             ("ราศีกรกฎ", "การเงินดีขึ้น มีรายรับจากงานพิเศษ"), ("ราศีสิงห์", "สุขภาพต้องระวังเรื่องการพักผ่อน"), ("ราศีกันย์", "งานที่รอคอยได้รับข่าวดี")]
    s.non("/horoscope/weekly-10-16-march-2568", shell("ดูดวงรายสัปดาห์ 10-16 มีนาคม 2568 ทั้ง 12 ราศี - %s" % SN,
                                                     '<article class="horoscope"><h1>ดูดวงรายสัปดาห์ 10-16 มีนาคม 2568</h1><p class="by">โดย อาจารย์คฑา ชินบัญชร</p>%s<p><a href="/horoscope/">ดูดวงรายวัน</a></p></article>' % "".join(
                                                         '<h2>%s</h2><p>%s</p>' % (E(n), E(t)) for n, t in signs),
                                                     '<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-09T20:00:00+07:00">', "single horoscope"))
    s.non("/video/v_88231", shell("ควันไฟป่าปกคลุมดอยสุเทพ มองไม่เห็นตัวเมือง | วิดีโอ - %s" % SN,
                                  '<div class="video-page"><div class="video-player"><iframe src="https://www.youtube.com/embed/kX8bP2qTzL0" allowfullscreen></iframe></div>'
                                  '<h1>ควันไฟป่าปกคลุมดอยสุเทพ มองไม่เห็นตัวเมือง</h1><p class="video-date">13 มี.ค. 68</p><p>ภาพมุมสูงจากโดรน ควันไฟป่าปกคลุมดอยสุเทพ</p>'
                                  '<section class="more-videos"><h2>วิดีโอล่าสุด</h2><ul><li><a href="/video/">ชาวนาโคราชเร่งสูบน้ำเข้านา</a></li><li><a href="/video/">ผู้ว่าฯ แถลงมาตรการฝุ่น</a></li></ul></section></div>',
                                  '<meta property="og:type" content="video.other">', "single video"))
    s.non("/gallery/pm25-chiangmai", shell("ภาพชุด: เชียงใหม่ในม่านฝุ่น - %s" % SN,
                                           '<div class="gallery-page"><h1>ภาพชุด: เชียงใหม่ในม่านฝุ่น</h1><p class="gallery-meta">ภาพ: ประสิทธิ์ ชัยวงศ์ | 13 มี.ค. 2568</p>%s</div>' % "".join(
                                               '<figure><img src="/wp-content/uploads/2025/03/g%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, E(c)) for i, c in enumerate(
                                                   ["ประตูท่าแพยามเย็นท่ามกลางหมอกควัน", "นักท่องเที่ยวสวมหน้ากากอนามัยบนถนนคนเดิน", "เจ้าหน้าที่ทำแนวกันไฟบนดอยสุเทพ", "ตัวเมืองเชียงใหม่มองจากจุดชมวิว"])),
                                           '<meta property="og:type" content="article">', "single gallery"))
    s.non("/about-us/", shell("เกี่ยวกับเรา - %s" % SN, '<article class="page"><h1 class="entry-title">เกี่ยวกับเรา</h1>' + ps([
        "สยามรายวัน ก่อตั้งขึ้นในปี 2521 เป็นหนังสือพิมพ์รายวันที่นำเสนอข่าวการเมือง เศรษฐกิจ สังคม และข่าวภูมิภาคทั่วประเทศ ปัจจุบันนำเสนอข่าวผ่านเว็บไซต์ แอปพลิเคชัน และสื่อสังคมออนไลน์",
        "กองบรรณาธิการยึดมั่นในจรรยาบรรณวิชาชีพตามแนวทางของสภาการสื่อมวลชนแห่งชาติ ผู้อ่านสามารถแจ้งข้อผิดพลาดของข่าวได้ที่ news@siamraiwan.example"]) + '</article>', head_l, "page"))
    s.non("/contact-us/", shell("ติดต่อเรา - %s" % SN, '<article class="page"><h1 class="entry-title">ติดต่อเรา</h1><p>บริษัท สยามรายวัน จำกัด (มหาชน) 12 ถนนประชาชื่น แขวงบางซื่อ เขตบางซื่อ กรุงเทพฯ 10800</p>'
                                                    '<p>โทรศัพท์ 0-2589-0020 ต่อ 1234 | อีเมล news@siamraiwan.example</p><form class="wpcf7-form"><input name="your-name" placeholder="ชื่อ"><textarea name="your-message"></textarea><button>ส่งข้อความ</button></form></article>', head_l, "page"))
    s.non("/privacy-policy/", shell("นโยบายความเป็นส่วนตัว - %s" % SN, '<article class="page"><h1 class="entry-title">นโยบายความเป็นส่วนตัว</h1>' + ps([
        "บริษัท สยามรายวัน จำกัด (มหาชน) ให้ความสำคัญกับการคุ้มครองข้อมูลส่วนบุคคลของท่านตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
        "เว็บไซต์ใช้คุกกี้เพื่อวิเคราะห์การใช้งานและแสดงโฆษณาที่เหมาะสม ท่านสามารถตั้งค่าหรือปฏิเสธคุกกี้ได้ทุกเมื่อ"]) + '</article>', head_l, "page"))
    s.feed("/feed/", SN, [(a["path"], a["title"], a["d"], a["author"]) for a in A], "ข่าวล่าสุดจากสยามรายวัน", "th")
    s.news_sitemap([(a["path"], a["title"], a["d"]) for a in A], SN, "th", ["/", "/region/", "/politics/", "/columnists/", "/lottery/", "/gold-price/", "/about-us/", "/contact-us/"], "/wp-admin/")


# ====================================================================== 2 Thai provincial paper, WordPress + tagDiv Newspaper, Thai digits
def lannapost():
    s = Site(2)
    SN = "ลานนาโพสต์"
    T = lambda x: x.translate(TH_DIG)  # noqa: E731

    def thd(d):
        return T("%d %s %d" % (d.day, TH_MON[d.month - 1], be(d)))

    NAV = [("/category/ข่าวเด่น/", "ข่าวเด่น"), ("/category/ข่าวอำเภอ/", "ข่าวอำเภอ"), ("/category/การเมืองท้องถิ่น/", "การเมืองท้องถิ่น"), ("/category/ท่องเที่ยว/", "ท่องเที่ยว"),
           ("/ราคาน้ำมันวันนี้/", "ราคาน้ำมัน"), ("/ตรวจหวย/", "ตรวจหวย"), ("/พยากรณ์อากาศ/", "พยากรณ์อากาศ"), ("/ภาพกิจกรรม/", "ภาพกิจกรรม")]

    def shell(title, main, head="", cls="home page-template-default"):
        nav = "".join('<li class="menu-item menu-item-type-taxonomy"><a href="%s">%s</a></li>' % (H(p), E(t)) for p, t in NAV)
        return ('<!doctype html >\n<!--[if IE 8]><html class="ie8" lang="en"> <![endif]-->\n<html lang="th"><head><title>%s</title><meta charset="UTF-8" />'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="pingback" href="%s/xmlrpc.php" />%s'
                '<link rel="alternate" type="application/rss+xml" title="%s &raquo; ฟีด" href="%s" />'
                '<link rel=\'stylesheet\' id=\'td-theme-css\' href=\'/wp-content/themes/Newspaper/style.css?ver=12.6.8\' type=\'text/css\' media=\'all\' />'
                '<meta name="generator" content="WordPress 6.7.2" /></head>\n'
                '<body class="%s td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">'
                '<div class="td-scroll-up" data-style="style1"><i class="td-icon-menu-up"></i></div><div class="td-menu-background" style="visibility:hidden"></div>'
                '<div id="td-outer-wrap" class="td-theme-wrap"><div class="tdc-header-wrap"><div class="td-header-top-menu-full td-container-wrap"><div class="td-header-top-menu">'
                '<div class="td_data_time"><div>%s</div></div><ul class="top-header-menu td_ul_login"><li class="menu-item"><a href="/เกี่ยวกับเรา/">เกี่ยวกับเรา</a></li><li class="menu-item"><a href="/ติดต่อโฆษณา/">ติดต่อโฆษณา</a></li></ul></div></div>'
                '<div class="td-header-menu-wrap-full"><div class="td-header-menu-wrap"><div class="td-header-main-menu"><div class="td-logo"><a class="td-main-logo" href="/"><img class="td-retina-data" src="/wp-content/uploads/2022/05/lannapost-logo.png" alt="%s"/><span class="td-visual-hidden">%s</span></a></div>'
                '<div id="td-header-menu" role="navigation"><ul id="menu-main-menu-1" class="sf-menu"><li class="menu-item current-menu-item"><a href="/">หน้าแรก</a></li>%s</ul></div>'
                '<div class="header-search-wrap"><div class="td-search-btns-wrap"><a id="td-header-search-button" href="#" role="button" aria-label="Search" class="dropdown-toggle "><i class="td-icon-search"></i></a></div>'
                '<div class="td-drop-down-search"><form method="get" class="td-search-form" action="/"><input class="needsclick" id="td-header-search" type="text" value="" name="s" autocomplete="off" /><input class="wpb_button wpb_btn-inverse btn" type="submit" id="td-header-search-top" value="ค้นหา" /></form></div></div></div></div></div></div>\n'
                '%s\n'
                '<div class="td-footer-page td-footer-container td-container-wrap"><div class="td-footer-wrap"><div class="td-footer-about"><p>ลานนาโพสต์ หนังสือพิมพ์ท้องถิ่นจังหวัดเชียงราย ก่อตั้ง พ.ศ. ๒๕๓๙ ติดต่อกองบรรณาธิการ โทร. ๐๕๓-๗๑๑-๒๔๕</p></div>'
                '<div class="footer-social-wrap td-social-style2"><span class="td-social-icon-wrap"><a target="_blank" href="https://www.facebook.com/lannapostcr" title="Facebook"><i class="td-icon-font td-icon-facebook"></i></a></span></div></div>'
                '<div class="td-sub-footer-container"><div class="td-sub-footer-copy">&copy; สงวนลิขสิทธิ์ %s ลานนาโพสต์</div></div></div></div>'
                '<script type=\'text/javascript\' src=\'/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.8\' id=\'td-site-min-js\'></script></body></html>') % (
            E(title), s.url(""), head, SN, s.url("/feed/"), cls, T("%s ที่ %d %s %d" % ("วัน" + TH_WD[NOW.weekday()], NOW.day, TH_MON[NOW.month - 1], NOW.year + 543)),
            SN, SN, nav, main, T(str(NOW.year + 543)))

    b1 = ["เมื่อเวลา 06.30 น. วันที่ 12 มีนาคม 2568 ชาวบ้านบ้านป่าแงะ ตำบลป่าแดด อำเภอแม่สรวย จังหวัดเชียงราย กว่า 150 คน ร่วมกับเจ้าหน้าที่หน่วยป้องกันรักษาป่า ออกทำแนวกันไฟรอบหมู่บ้านระยะทางกว่า 8 กิโลเมตร หลังเกิดไฟป่าบนดอยด้านทิศเหนือติดต่อกันมาสามวัน",
          "นายบุญมา ใจคำ ผู้ใหญ่บ้านป่าแงะ กล่าวว่า ปีนี้อากาศแห้งกว่าทุกปีและลมแรง ไฟจากดอยลามลงมาใกล้สวนลำไยของชาวบ้านแล้วหลายจุด จึงต้องช่วยกันกวาดใบไม้และถางหญ้าเป็นแนวกว้างประมาณ 10 เมตร เพื่อไม่ให้ไฟข้ามเข้ามาถึงบ้านเรือน",
          "ด้านนายอำเภอแม่สรวยเปิดเผยว่า ตั้งแต่ต้นเดือนมีนาคม อำเภอพบจุดความร้อนแล้ว 46 จุด ส่วนใหญ่อยู่ในเขตป่าสงวนแห่งชาติ และได้สั่งห้ามเผาในที่โล่งทุกชนิดจนถึงวันที่ 30 เมษายน ผู้ฝ่าฝืนมีโทษทั้งจำทั้งปรับ",
          "ทั้งนี้ อำเภอได้ตั้งจุดเฝ้าระวังไฟป่าประจำหมู่บ้านรวม 12 จุด และขอให้ประชาชนที่พบเห็นการลักลอบเผาแจ้งได้ที่ศูนย์ดำรงธรรมอำเภอแม่สรวยตลอด 24 ชั่วโมง"]
    b2 = ["จังหวัดเชียงรายร่วมกับเทศบาลตำบลแม่สลองนอก อำเภอแม่ฟ้าหลวง จัดพิธีเปิดงานเทศกาลชาดอยแม่สลอง ครั้งที่ 20 อย่างเป็นทางการเมื่อวันที่ 10 มีนาคม 2568 โดยงานจะจัดต่อเนื่องไปจนถึงวันที่ 16 มีนาคม",
          "ภายในงานมีการประกวดชาคุณภาพ การสาธิตการคั่วชาแบบดั้งเดิม การแสดงวัฒนธรรมของชาวอาข่า ลีซู และจีนยูนนาน รวมทั้งตลาดสินค้าชุมชนกว่า 200 ร้าน",
          "ประธานสหกรณ์ผู้ปลูกชาแม่สลองกล่าวว่า ปีนี้ผลผลิตชายอดแรกลดลงราวร้อยละ 15 เพราะอากาศแห้งแล้ง แต่ราคาชาอู่หลงเกรดดียังอยู่ที่กิโลกรัมละ 1,200 ถึง 1,500 บาท",
          "การท่องเที่ยวแห่งประเทศไทย สำนักงานเชียงราย คาดว่าตลอดเจ็ดวันของงานจะมีนักท่องเที่ยวกว่า 30,000 คน และมีเงินสะพัดในพื้นที่มากกว่า 50 ล้านบาท"]
    b3 = ["องค์การบริหารส่วนจังหวัดเชียงรายเริ่มซ่อมแซมผิวถนนสายแม่จัน-เชียงแสน ช่วงกิโลเมตรที่ 12 ถึง 19 แล้ว หลังชาวบ้านในตำบลจันจว้าและตำบลโยนกร้องเรียนผ่านสื่อสังคมออนไลน์ว่าถนนเป็นหลุมบ่อจนเกิดอุบัติเหตุรถจักรยานยนต์บ่อยครั้ง",
          "นายช่างโยธาของ อบจ. ระบุว่า ถนนช่วงดังกล่าวรับน้ำหนักรถบรรทุกสินค้าที่วิ่งไปท่าเรือเชียงแสนวันละหลายร้อยคัน ทำให้ผิวถนนชำรุดเร็วกว่าปกติ การซ่อมครั้งนี้ใช้งบประมาณ 4.8 ล้านบาท คาดว่าจะแล้วเสร็จภายใน 45 วัน",
          "ระหว่างการซ่อมแซม จะมีการปิดการจราจรสลับฝั่งในช่วงเวลา 08.00-17.00 น. ผู้ใช้เส้นทางควรชะลอความเร็วและปฏิบัติตามสัญญาณของเจ้าหน้าที่",
          "ชาวบ้านบางส่วนยังตั้งข้อสังเกตว่า ถนนเส้นนี้ซ่อมมาแล้วสองครั้งในรอบสามปี และขอให้ อบจ. ตรวจสอบมาตรฐานวัสดุที่ผู้รับเหมาใช้ก่อนตรวจรับงาน"]
    b1, b2, b3 = [[T(p) for p in b] for b in (b1, b2, b3)]
    A = [dict(path="/2025/03/12/ชาวบ้านแม่สรวยทำแนวกันไฟ/", id=48213, cat="ข่าวอำเภอ", title="ชาวบ้านแม่สรวยรวมพลังทำแนวกันไฟ ป้องกันไฟป่าลามเข้าหมู่บ้าน", d=L("2025-03-12 06:30", ICT),
              wp="ศรีนวล คำมา", wpslug="srinuan", authors=["ศรีนวล คำมา"], tags=["ไฟป่า", "แม่สรวย"], body=ps(b1[:2]) + '<figure class="wp-caption aligncenter"><img src="/wp-content/uploads/2025/03/firebreak-1024x683.jpg" alt="" width="696" height="464"><figcaption class="wp-caption-text">' + T("ชาวบ้านป่าแงะช่วยกันทำแนวกันไฟ เช้าวันที่ 12 มี.ค.") + '</figcaption></figure>' + ps(b1[2:]),
              must=[b1[0], b1[3]]),
         dict(path="/2025/03/10/เทศกาลชาดอยแม่สลอง-ครั้งที่-20/", id=48177, cat="ท่องเที่ยว", title=T("เชียงรายเปิดเทศกาลชาดอยแม่สลอง คาดเงินสะพัดกว่า 50 ล้านบาท"), d=L("2025-03-10 11:15", ICT),
              wp="กองบรรณาธิการ", wpslug="editor", authors=[], tags=["แม่สลอง", "ท่องเที่ยว"], body=ps(b2), must=[b2[0], b2[3]]),
         dict(path="/2025/03/14/ซ่อมถนนแม่จัน-เชียงแสน/", id=48260, cat="การเมืองท้องถิ่น", title="อบจ.เชียงรายเร่งซ่อมถนนสายแม่จัน-เชียงแสน หลังชาวบ้านร้องเรียนหลุมบ่อ", d=L("2025-03-14 15:00", ICT),
              wp="Lanna Post", wpslug="lannapost", authors=["อรอุมา ปัญญาดี"], tags=["อบจ.เชียงราย", "ถนน"],
              body='<p><strong>เรื่อง/ภาพ: อรอุมา ปัญญาดี</strong></p>' + ps(b3), must=[b3[0], b3[3]])]
    ab = {"srinuan": "ผู้สื่อข่าวลานนาโพสต์ ประจำอำเภอแม่สรวยและเวียงป่าเป้า", "editor": "กองบรรณาธิการลานนาโพสต์", "lannapost": "บัญชีเผยแพร่ข่าวของเว็บไซต์ลานนาโพสต์"}

    def mod(a, big=False):
        return ('<div class="td_module_flex td_module_flex_1 td_module_wrap td-animation-stack"><div class="td-module-container td-category-pos-image"><div class="td-image-container">'
                '<a class="td-post-category" href="%s">%s</a><div class="td-module-thumb"><a href="%s" rel="bookmark" class="td-image-wrap " title="%s"><span class="entry-thumb td-thumb-css" style="background-image: url(\'/wp-content/uploads/2025/03/%d-324x235.jpg\')"></span></a></div></div>'
                '<div class="td-module-meta-info"><h3 class="entry-title td-module-title"><a href="%s" rel="bookmark" title="%s">%s</a></h3>'
                '<div class="td-editor-date"><span class="td-author-date"><span class="td-post-author-name"><a href="%s">%s</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s" >%s</time></span></span></div></div></div></div>') % (
            H("/category/%s/" % a["cat"]), E(a["cat"]), H(a["path"]), E(a["title"]), a["id"], H(a["path"]), E(a["title"]), E(a["title"]),
            H("/author/%s/" % a["wpslug"]), E(a["wp"]), a["d"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00"), thd(a["d"]))

    for a in A:
        url = s.url(a["path"])
        u0 = a["d"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        desc = strip_tags(a["body"])[:150]
        pid = s.url("/") + "#/schema/person/" + format(zlib.crc32(a["wp"].encode()), "x")
        graph = jl({"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": a["wp"], "@id": pid}, "headline": a["title"], "datePublished": u0, "dateModified": u0,
             "mainEntityOfPage": {"@id": url}, "wordCount": 14, "commentCount": 0, "publisher": {"@id": s.url("/") + "#organization"}, "keywords": a["tags"], "articleSection": [a["cat"]], "inLanguage": "th"},
            {"@type": "WebPage", "@id": url, "url": url, "name": "%s | %s" % (a["title"], SN), "datePublished": u0, "dateModified": u0, "author": {"@id": pid}, "inLanguage": "th"},
            {"@type": "Organization", "@id": s.url("/") + "#organization", "name": SN, "url": s.url("/")},
            {"@type": "Person", "@id": pid, "name": a["wp"], "url": s.url("/author/%s/" % a["wpslug"])}]})
        head = ('<meta name="description" content="%s" /><link rel="canonical" href="%s" /><meta property="og:locale" content="th_TH" /><meta property="og:type" content="article" />'
                '<meta property="og:title" content="%s | %s" /><meta property="og:description" content="%s" /><meta property="og:url" content="%s" /><meta property="og:site_name" content="%s" />'
                '<meta property="article:publisher" content="https://www.facebook.com/lannapostcr" /><meta property="article:published_time" content="%s" /><meta property="og:image" content="%s/wp-content/uploads/2025/03/%d.jpg" />'
                '<meta name="author" content="%s" /><meta name="twitter:card" content="summary_large_image" /><meta name="twitter:label1" content="เขียนโดย" /><meta name="twitter:data1" content="%s" />'
                '<meta name="twitter:label2" content="ประมาณเวลาในการอ่าน" /><meta name="twitter:data2" content="%s นาที" />%s') % (
            E(desc), url, E(a["title"]), SN, E(desc), url, SN, u0, s.url(""), a["id"], E(a["wp"]), E(a["wp"]), T("2"), graph)
        rel = [b for b in A if b is not a]
        share = ('<div class="td-post-sharing-visible"><a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u=%s" title="Facebook"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a>'
                 '<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-line" href="https://line.me/R/msg/text/?%s" title="Line"><div class="td-social-but-text">Line</div></a>'
                 '<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-copy_url" href="#" title="Copy URL"><div class="td-social-copy_url-check td-icon-check"></div></a></div>') % (url, url)
        main = ('<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="/">หน้าแรก</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="%s">%s</a></span></div></div>'
                '<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">'
                '<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail category-%d" itemscope itemtype="https://schema.org/Article">'
                '<div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="%s">%s</a></li></ul>'
                '<header class="td-post-title"><h1 class="entry-title">%s</h1><div class="td-module-meta-info">'
                '<div class="td-post-author-name"><div class="td-author-by">โดย</div> <a href="%s">%s</a><div class="td-author-line"> - </div> </div>'
                '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s" >%s</time></span>'
                '<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-%d">%s</span></div><div class="td-post-comments"><a href="%s#respond"><i class="td-icon-comments"></i>%s</a></div></div></header></div>'
                '<div class="td-post-sharing-top"><div id="td_social_sharing_article_top" class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 "><div class="td-post-sharing-visible">%s</div></div></div>'
                '<div class="td-post-content tagdiv-type"><div class="td-post-featured-image"><a href="/wp-content/uploads/2025/03/%d.jpg" data-caption=""><img width="696" height="464" class="entry-thumb" src="/wp-content/uploads/2025/03/%d-696x464.jpg" alt="" title="%s"/></a></div>%s</div>'
                '<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>แท็ก</span></li>%s</ul></div>'
                '<div class="td-post-sharing-bottom"><div class="td-post-sharing-classic"><iframe title="bottomFacebookLike" frameBorder="0" src="https://www.facebook.com/plugins/like.php?href=%s&amp;layout=button_count&amp;show_faces=false&amp;width=105&amp;action=like&amp;colorscheme=light&amp;height=21" style="border:none; overflow:hidden; width:105px; height:21px; background-color:transparent;"></iframe></div>%s</div>'
                '<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>บทความก่อนหน้านี้</span><a href="%s">%s</a></div></div></div>'
                '<div class="author-box-wrap"><a href="%s" aria-label="author-photo"><img alt="" src="/wp-content/uploads/avatars/%s-96x96.jpg" class="avatar avatar-96 photo" height="96" width="96" /></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="%s">%s</a></span></div><div class="td-author-description">%s</div></div></div>'
                '<span class="td-page-meta" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="%s"><meta itemprop="url" content="%s"></span><meta itemprop="datePublished" content="%s"><meta itemprop="dateModified" content="%s"><meta itemprop="headline " content="%s"></footer></article>'
                '<div class="td_block_wrap td_block_related_posts tdi_3 td_with_ajax_pagination td-pb-border-top td_block_template_1"><h4 class="td-related-title td-block-title"><a id="tdi_4" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_3" href="#">บทความที่เกี่ยวข้อง</a><a id="tdi_5" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_3" href="#">เพิ่มเติมจากผู้เขียน</a></h4>'
                '<div id=tdi_3 class="td_block_inner">%s</div></div>'
                '<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ทิ้งคำตอบไว้ <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3>'
                '<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><div class="clearfix"></div><div class="comment-form-input-wrap td-form-comment"><textarea placeholder="ความคิดเห็น:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea><div class="td-warning-comment">Please enter your comment!</div></div>'
                '<div class="comment-form-input-wrap td-form-author"><input class="" id="author" name="author" placeholder="ชื่อ:*" type="text" value="" size="30"  aria-required=\'true\' /></div><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความคิดเห็น" /></p></form></div></div>'
                '</div></div><div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_social_counter"><h4 class="block-title"><span class="td-pulldown-size">ติดตามเรา</span></h4><div class="td-social-list"><a href="https://www.facebook.com/lannapostcr">%s แฟนคลับ ชอบ</a></div></div>'
                '<div class="td_block_wrap td_block_15"><h4 class="block-title"><span>ข่าวล่าสุด</span></h4>%s</div></div></div></div></div></div>') % (
            H("/category/%s/" % a["cat"]), E(a["cat"]), a["id"], a["id"], a["id"] % 97, H("/category/%s/" % a["cat"]), E(a["cat"]), E(a["title"]), H("/author/%s/" % a["wpslug"]), E(a["wp"]),
            u0, thd(a["d"]), a["id"], T(str(a["id"] % 3000 + 412)), url, T("0"), share, a["id"], a["id"], E(a["title"]), a["body"],
            "".join('<li><a href="%s">%s</a></li>' % (H("/tag/%s/" % t), E(t)) for t in a["tags"]), url, share,
            H(rel[0]["path"]), E(rel[0]["title"]), H("/author/%s/" % a["wpslug"]), a["wpslug"], H("/author/%s/" % a["wpslug"]), E(a["wp"]), E(ab[a["wpslug"]]),
            E(a["wp"]), s.url("/author/%s/" % a["wpslug"]), u0, u0, E(a["title"]), "".join(mod(b) for b in rel), T("12,480"), "".join(mod(b) for b in rel))
        s.art(a["path"], shell("%s | %s" % (a["title"], SN), main, head, "post-template-default single single-post postid-%d single-format-standard td-standard-pack" % a["id"]),
              a["title"], day(a["d"]), a["authors"], must=a["must"], must_not=["ทิ้งคำตอบไว้", "บทความที่เกี่ยวข้อง", "แฟนคลับ"] + [b["title"] for b in rel])

    def archive(h1, items, extra="", cls="archive category"):
        return ('<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td-crumb-container"><div class="entry-crumbs"><span><a class="entry-crumb" href="/">หน้าแรก</a></span></div></div>'
                '<div class="td-category-header"><h1 class="entry-title td-page-title">%s</h1>%s</div><div class="td-ss-main-content">%s</div>'
                '<div class="page-nav td-pb-padding-side"><span class="current">๑</span><a href="/page/2/" class="page" title="๒">๒</a><a href="/page/2/" aria-label="next-page"><i class="td-icon-menu-right"></i></a><span class="pages">หน้า ๑ จาก ๓๘</span></div></div></div>') % (
            E(h1), extra, "".join(mod(a) for a in items))

    hl = '<meta property="og:type" content="website" /><meta name="robots" content="index, follow" />'

    def page(h1, inner, slug, pid):
        url = s.url(slug)
        head = ('<link rel="canonical" href="%s" /><meta property="og:type" content="article" /><meta property="og:title" content="%s | %s" /><meta property="article:modified_time" content="2025-03-12T07:02:11+00:00" />' % (url, E(h1), SN)
                + jl({"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "@id": url, "url": url, "name": "%s | %s" % (h1, SN), "datePublished": "2022-05-20T03:11:09+00:00", "dateModified": "2025-03-12T07:02:11+00:00", "inLanguage": "th"}]}))
        return shell("%s | %s" % (h1, SN), '<div class="td-main-content-wrap td-container-wrap"><div class="td-container tdc-content-wrap"><div class="td-page-header"><h1 class="entry-title td-page-title"><span>%s</span></h1></div><div class="td-page-content tagdiv-type">%s</div></div></div>' % (E(h1), inner),
                     head, "page-template-default page page-id-%d" % pid)

    s.non("/", shell("%s | ข่าวเชียงราย ข่าวท้องถิ่น ข่าวอำเภอ ทันเหตุการณ์" % SN,
                     '<div class="td-main-content-wrap td-container-wrap"><div class="td-container"><div class="td_block_wrap td_block_big_grid_fl"><h4 class="block-title"><span>ข่าวเด่น</span></h4>%s</div>'
                     '<div class="td_block_wrap td_block_4"><h4 class="block-title"><span>ข่าวอำเภอ</span></h4><ul><li><a href="%s">แม่สรวย</a></li></ul>%s</div>'
                     '<div class="td_block_wrap"><h4 class="block-title"><span>บริการข้อมูล</span></h4><ul><li><a href="%s">ราคาน้ำมันวันนี้</a></li><li><a href="%s">ตรวจหวย</a></li><li><a href="%s">พยากรณ์อากาศเชียงราย</a></li><li><a href="%s">ภาพกิจกรรม</a></li><li><a href="%s">ไฟป่า</a></li></ul></div>'
                     '<div class="page-nav"><a href="/page/2/">ข่าวเพิ่มเติม</a></div></div></div>' % (
                         "".join(mod(a) for a in A), H("/category/ข่าวอำเภอ/แม่สรวย/"), mod(A[0]), H("/ราคาน้ำมันวันนี้/"), H("/ตรวจหวย/"), H("/พยากรณ์อากาศ/"), H("/ภาพกิจกรรม/"), H("/tag/ไฟป่า/")),
                     hl + '<meta name="description" content="ลานนาโพสต์ ข่าวเชียงราย ข่าวท้องถิ่น" />', "home blog td-standard-pack"))
    s.non("/page/2/", shell("%s | หน้า ๒ จาก ๓๘" % SN, archive("ข่าวล่าสุด", A[1:]), hl, "home blog paged paged-2"))
    s.non("/category/ข่าวอำเภอ/", shell("ข่าวอำเภอ | %s" % SN, archive("ข่าวอำเภอ", [A[0]], '<div class="td-category-siblings"><ul class="td-category"><li><a class="td-current-sub-category" href="%s">แม่สรวย</a></li><li><a href="%s">แม่จัน</a></li></ul></div>' % (
        H("/category/ข่าวอำเภอ/แม่สรวย/"), H("/category/ข่าวอำเภอ/แม่จัน/"))), hl, "archive category category-district"))
    s.non("/category/ข่าวอำเภอ/แม่สรวย/", shell("แม่สรวย | %s" % SN, archive("แม่สรวย", [A[0]]), hl, "archive category"))
    s.non("/category/ข่าวอำเภอ/แม่จัน/", shell("แม่จัน | %s" % SN, archive("แม่จัน", [A[2]]), hl, "archive category"))
    s.non("/category/ท่องเที่ยว/", shell("ท่องเที่ยว | %s" % SN, archive("ท่องเที่ยว", [A[1]]), hl, "archive category"))
    s.non("/category/การเมืองท้องถิ่น/", shell("การเมืองท้องถิ่น | %s" % SN, archive("การเมืองท้องถิ่น", [A[2]]), hl, "archive category"))
    s.non("/tag/ไฟป่า/", shell("ไฟป่า | %s" % SN, archive("ไฟป่า", [A[0]]), hl, "archive tag"))
    s.non("/author/srinuan/", shell("ศรีนวล คำมา, ผู้เขียนที่ %s" % SN, archive("ศรีนวล คำมา", [A[0]], '<div class="td-author-description">%s</div>' % ab["srinuan"]), hl, "archive author"))
    s.non("/author/lannapost/", shell("Lanna Post, ผู้เขียนที่ %s" % SN, archive("Lanna Post", [A[2]]), hl, "archive author"))
    s.non("/ราคาน้ำมันวันนี้/", page("ราคาน้ำมันวันนี้", T(
        '<p>ราคาน้ำมันขายปลีก ประจำวันที่ %s (หน่วย: บาท/ลิตร) มีผลตั้งแต่เวลา 05.00 น.</p><table class="oil-price"><tr><th>ชนิดน้ำมัน</th><th>ปตท.</th><th>บางจาก</th></tr>'
        '<tr><td>แก๊สโซฮอล์ 95</td><td>35.45</td><td>35.45</td></tr><tr><td>แก๊สโซฮอล์ 91</td><td>35.08</td><td>35.08</td></tr><tr><td>E20</td><td>33.44</td><td>33.44</td></tr><tr><td>ดีเซล</td><td>32.94</td><td>32.94</td></tr></table>'
        '<p>ราคาน้ำมันอาจเปลี่ยนแปลงตามประกาศของผู้ค้า ติดตามราคาน้ำมันล่าสุดได้ทุกวัน</p>' % thd(L("2025-03-12 05:00", ICT))), "/ราคาน้ำมันวันนี้/", 211))
    s.non("/ตรวจหวย/", page("ตรวจหวย ผลสลากกินแบ่งรัฐบาล", T('<p>ผลสลากกินแบ่งรัฐบาล งวดวันที่ 1 มีนาคม 2568</p><table><tr><td>รางวัลที่ 1</td><td>757563</td></tr><tr><td>เลขท้าย 2 ตัว</td><td>06</td></tr><tr><td>เลขหน้า 3 ตัว</td><td>595 927</td></tr><tr><td>เลขท้าย 3 ตัว</td><td>457 309</td></tr></table>'
                                                        '<p>งวดต่อไปออกวันที่ 16 มีนาคม 2568</p>'), "/ตรวจหวย/", 215))
    s.non("/พยากรณ์อากาศ/", page("พยากรณ์อากาศเชียงราย", T('<p>พยากรณ์อากาศจังหวัดเชียงราย 7 วันข้างหน้า จากกรมอุตุนิยมวิทยา</p><ul><li>พฤหัสบดี: มีหมอกควัน อุณหภูมิ 18-35 องศา</li><li>ศุกร์: มีหมอกควัน อุณหภูมิ 19-36 องศา</li><li>เสาร์: มีเมฆบางส่วน อุณหภูมิ 20-36 องศา</li></ul><p>ค่า PM2.5 เฉลี่ย 24 ชั่วโมง: 98 มคก./ลบ.ม.</p>'), "/พยากรณ์อากาศ/", 219))
    s.non("/ภาพกิจกรรม/", page("ภาพกิจกรรม", T('<div class="gallery">%s</div>' % "".join('<figure class="gallery-item"><img src="/wp-content/uploads/2025/03/act-%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, c) for i, c in enumerate(
        ["พิธีเปิดเทศกาลชาดอยแม่สลอง 10 มี.ค. 2568", "ชาวบ้านป่าแงะทำแนวกันไฟ", "มอบถุงยังชีพผู้ประสบภัยแล้ง อ.เวียงแก่น", "ประชุมสภา อบจ.เชียงราย สมัยสามัญ"]))), "/ภาพกิจกรรม/", 223))
    s.non("/ติดต่อโฆษณา/", page("ติดต่อโฆษณา", T('<p>ลงโฆษณากับลานนาโพสต์ ทั้งฉบับพิมพ์และออนไลน์ ประกาศงบการเงิน ประกาศประกวดราคา แจ้งความหาย</p><p>ฝ่ายโฆษณา โทร. 053-711-246 อีเมล ads@lannapost.example</p>'), "/ติดต่อโฆษณา/", 227))
    s.non("/เกี่ยวกับเรา/", page("เกี่ยวกับเรา", T('<p>ลานนาโพสต์ เป็นหนังสือพิมพ์ท้องถิ่นรายสัปดาห์ของจังหวัดเชียงราย ก่อตั้งเมื่อ พ.ศ. 2539 นำเสนอข่าวสารของ 18 อำเภอ ปัจจุบันเผยแพร่ทางเว็บไซต์และเพจเฟซบุ๊กทุกวัน</p><p>บรรณาธิการบริหาร: นายประเสริฐ อินทรวงศ์</p>'), "/เกี่ยวกับเรา/", 205))
    s.feed("/feed/", SN, [(a["path"], a["title"], a["d"], a["wp"]) for a in A], "ข่าวเชียงราย ข่าวท้องถิ่น", "th")
    s.sitemap(["/", "/ราคาน้ำมันวันนี้/", "/ตรวจหวย/", "/เกี่ยวกับเรา/"] + [a["path"] for a in A], "/wp-admin/")


# ====================================================================== 3 Vietnamese national daily (Tuoi Tre-like .htm CMS)
def saigonnay():
    s = Site(3)
    SN = "Sài Gòn Nay"
    CATS = [("/thoi-su.htm", "Thời sự"), ("/the-gioi.htm", "Thế giới"), ("/kinh-doanh.htm", "Kinh doanh"), ("/xe.htm", "Xe"), ("/giao-duc.htm", "Giáo dục"),
            ("/suc-khoe.htm", "Sức khỏe"), ("/video.htm", "Video"), ("/xo-so/ket-qua-xo-so-mien-nam.htm", "Xổ số"), ("/gia-vang-hom-nay.htm", "Giá vàng")]

    def vdate(d):
        return "%s, %d/%d/%d, %s (GMT+7)" % (VI_WD[d.weekday()], d.day, d.month, d.year, d.strftime("%H:%M"))

    def shell(title, main, head="", cls="home"):
        nav = "".join('<li class="menu-nav__item"><a href="%s" title="%s">%s</a></li>' % (p, E(t), E(t)) for p, t in CATS)
        return ('<!DOCTYPE html>\n<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="language" content="vietnamese"><meta name="copyright" content="Copyright © 2025 by SAIGONNAY.VN">'
                '<meta name="Abstract" content="Báo Sài Gòn Nay - Tin tức mới nhất"><meta name="robots" content="index,follow,noodp"><meta property="fb:app_id" content="179628212137021">%s'
                '<link rel="stylesheet" href="https://static.saigonnay.example/web_css/20250301/sgn.common.min.css"></head>\n'
                '<body class="%s"><div class="header"><div class="header__top"><div class="container"><div class="header__date">%s, %d/%d/%d</div>'
                '<a class="header__logo" href="/" title="Báo Sài Gòn Nay"><img src="https://static.saigonnay.example/web_images/logo-sgn.svg" alt="Báo Sài Gòn Nay"></a>'
                '<div class="header__right"><a href="/tim-kiem.htm" class="header__search">Tìm kiếm</a><a href="/dang-nhap.htm" class="header__login">Đăng nhập</a><a href="/sao.htm" class="header__sao">Sài Gòn Nay Sao</a></div></div></div>'
                '<nav class="menu-nav"><div class="container"><ul class="menu-nav__list"><li class="menu-nav__item"><a href="/" class="home" title="Trang chủ">Trang chủ</a></li>%s</ul></div></nav></div>\n'
                '<div class="main"><div class="container">%s</div></div>\n'
                '<div class="footer"><div class="container"><ul class="footer__menu">%s</ul><div class="footer__info"><p>Tổng biên tập: Lê Minh Đức</p><p>Giấy phép hoạt động báo điện tử số 561/GP-BTTTT cấp ngày 24/12/2021</p>'
                '<p>Tòa soạn: 60A Hoàng Văn Thụ, phường 9, quận Phú Nhuận, TP.HCM. Điện thoại: (028) 3997 3838. Email: toasoan@saigonnay.example</p><p>© Bản quyền thuộc Báo Sài Gòn Nay. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.</p></div>'
                '<ul class="footer__links"><li><a href="/lien-he.htm">Liên hệ</a></li><li><a href="/gioi-thieu.htm">Giới thiệu</a></li><li><a href="/rss.htm">RSS</a></li></ul></div></div>'
                '<div class="box-cookie" id="boxCookie"><p>Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn. Bằng việc tiếp tục truy cập, bạn đồng ý với <a href="/chinh-sach-bao-mat.htm">chính sách bảo mật</a> của chúng tôi.</p><button class="btn-accept">Đồng ý</button></div>'
                '<script src="https://static.saigonnay.example/web_js/20250301/sgn.common.min.js"></script></body></html>') % (
            E(title), head, cls, VI_WD[NOW.weekday()], NOW.day, NOW.month, NOW.year, nav, main, nav)

    c1 = ["Theo đề án, ô tô cá nhân đi vào khu vực giới hạn bởi các tuyến đường Điện Biên Phủ, Cách Mạng Tháng Tám, Nguyễn Thị Minh Khai và Tôn Đức Thắng trong khung giờ cao điểm sẽ phải trả phí từ 30.000 đến 50.000 đồng mỗi lượt.",
          "Việc thu phí sẽ được thực hiện tự động qua hệ thống camera nhận diện biển số và tài khoản giao thông, tương tự cách thu phí không dừng trên các tuyến cao tốc hiện nay. Xe buýt, xe cứu thương, xe chữa cháy và xe của người dân thường trú trong khu vực được miễn phí.",
          "Ông Lê Hoàng Sơn, phó giám đốc Sở Xây dựng, cho biết mục tiêu của đề án không phải là tăng thu ngân sách mà là giảm ùn tắc, khuyến khích người dân chuyển dần sang phương tiện công cộng khi tuyến metro số 1 đã đi vào hoạt động.",
          "Tuy nhiên, nhiều chuyên gia giao thông cho rằng thành phố cần hoàn thiện mạng lưới xe buýt gom và bãi đậu xe ở vùng ven trước khi thu phí, nếu không người dân sẽ không có lựa chọn nào khác ngoài việc trả thêm tiền.",
          "Dự kiến đề án sẽ được lấy ý kiến người dân trong ba tháng, trước khi trình HĐND TP.HCM xem xét tại kỳ họp cuối năm."]
    c2 = ["Nguyên nhân chủ yếu là giá gạo xuất khẩu giảm mạnh sau khi Ấn Độ dỡ bỏ các biện pháp hạn chế xuất khẩu gạo từ cuối năm ngoái, khiến nguồn cung trên thị trường thế giới tăng lên nhanh chóng.",
          "Giá gạo 5% tấm của Việt Nam hiện chỉ còn khoảng 390 USD/tấn, thấp hơn hơn 150 USD so với cùng thời điểm năm 2024. Philippines, thị trường nhập khẩu lớn nhất của gạo Việt Nam, cũng giảm lượng mua trong tháng 2.",
          "Hiệp hội Lương thực Việt Nam cho biết các doanh nghiệp đang đẩy mạnh tìm kiếm thị trường mới tại châu Phi và Trung Đông, đồng thời đề nghị hỗ trợ vốn để thu mua tạm trữ lúa gạo trong vụ đông xuân.",
          "Bộ Công Thương dự báo xuất khẩu gạo cả năm 2025 có thể đạt khoảng 7,5 triệu tấn, thấp hơn mức kỷ lục 9 triệu tấn của năm ngoái."]
    c3 = ["Theo người dân địa phương, khoảng 23h đêm 10/3, họ nghe tiếng nứt lớn rồi một mảng đất ven sông đổ sụp xuống nước. Rất may các hộ dân đã kịp thời thoát ra ngoài nên không có thiệt hại về người.",
          "Ngay trong đêm, chính quyền xã đã huy động lực lượng dân quân, công an giúp 26 hộ dân sống gần khu vực sạt lở di dời tài sản đến nơi an toàn. Các hộ này tạm thời được bố trí ở nhờ nhà người thân và trường học của xã.",
          "Ông Phạm Văn Tài, chủ tịch UBND xã Tân Bình, cho biết đoạn bờ sông này đã được cảnh báo có nguy cơ sạt lở cao từ năm 2023 nhưng chưa có kinh phí để xây kè.",
          "UBND tỉnh Đồng Tháp đã công bố tình huống khẩn cấp về sạt lở và giao Sở Nông nghiệp và Môi trường khẩn trương lập phương án gia cố tạm thời bằng cừ tràm và bao cát."]
    c4 = ["Tại khu nhà trọ gần khu công nghiệp Sóng Thần, thành phố Dĩ An, giá thuê một phòng khoảng 15m² đã tăng từ 1,5 triệu lên 1,8 triệu đồng mỗi tháng, chưa kể tiền điện nước.",
          "Chị Lê Thị Hoa, công nhân một công ty may, cho biết hai vợ chồng chị đang tính chuyển ra xa hơn để tiết kiệm tiền, dù mỗi ngày sẽ phải đi thêm gần 10km.",
          "Các chủ nhà trọ giải thích việc tăng giá là do giá điện, nước và chi phí sửa chữa đều tăng. Một số nơi còn yêu cầu người thuê đặt cọc hai tháng.",
          "Liên đoàn Lao động tỉnh Bình Dương cho biết đang kiến nghị đẩy nhanh các dự án nhà ở xã hội cho công nhân, hiện mới đáp ứng chưa đến 10% nhu cầu."]
    A = [dict(path="/tp-hcm-de-xuat-thu-phi-o-to-vao-trung-tam-tu-nam-2026-20250312140512345.htm", cat="Thời sự", catp="/thoi-su.htm", title="TP.HCM đề xuất thu phí ô tô vào trung tâm từ năm 2026",
              sapo="Sở Xây dựng TP.HCM vừa trình UBND thành phố đề án thu phí ô tô đi vào khu vực trung tâm, dự kiến áp dụng thí điểm từ năm 2026 tại quận 1 và quận 3.", d=L("2025-03-12 14:05", ICT),
              byline=["THANH HÀ", "MINH TÂM"], ldauthor={"@type": "Person", "name": "THANH HÀ - MINH TÂM"}, authors=["Thanh Hà", "Minh Tâm"],
              body=ps(c1[:2]) + '<figure class="VCSortableInPreviewMode" type="Photo"><div><img src="https://cdn.saigonnay.example/2025/3/12/o-to-trung-tam.jpg" alt="" width="1200"></div><figcaption class="PhotoCMS_Caption"><p>Ô tô ùn tắc trên đường Nguyễn Thị Minh Khai giờ cao điểm chiều - Ảnh: MINH TÂM</p></figcaption></figure>'
              + ps(c1[2:4]) + '<div class="VCSortableInPreviewMode link-content-footer" type="RelatedNewsBox"><div class="title">ĐỌC THÊM</div><a href="/chu-de/thu-phi-o-to-vao-trung-tam.htm">Thu phí ô tô vào trung tâm: người dân nói gì?</a></div>' + ps(c1[4:]),
              must=[c1[0], c1[4]], topic=True),
         dict(path="/xuat-khau-gao-hai-thang-dau-nam-giam-gan-20-20250313062011876.htm", cat="Kinh doanh", catp="/kinh-doanh.htm", title="Xuất khẩu gạo hai tháng đầu năm giảm gần 20%",
              sapo="Trong hai tháng đầu năm 2025, Việt Nam xuất khẩu khoảng 1,2 triệu tấn gạo, trị giá 740 triệu USD, giảm gần 20% về giá trị so với cùng kỳ năm trước.", d=L("2025-03-13 06:20", ICT),
              byline=[], source="Theo TTXVN", ldauthor=None, authors=[], body=ps(c2), must=[c2[0], c2[3]], instant=True),
         dict(path="/sat-lo-bo-song-tien-hang-chuc-ho-dan-phai-di-doi-khan-cap-20250311103047512.htm", cat="Thời sự", catp="/thoi-su.htm", title="Sạt lở bờ sông Tiền, hàng chục hộ dân phải di dời khẩn cấp",
              sapo="Một đoạn bờ sông Tiền dài khoảng 70m tại xã Tân Bình, huyện Thanh Bình, tỉnh Đồng Tháp bị sạt lở nghiêm trọng trong đêm 10/3, cuốn trôi ba căn nhà xuống sông.", d=L("2025-03-11 10:30", ICT),
              byline=["NGUYỄN HIỀN"], ldauthor={"@type": "Organization", "name": "Báo Sài Gòn Nay"}, authors=["Nguyễn Hiền"],
              body=ps(c3[:2]) + '<figure class="VCSortableInPreviewMode" type="Photo"><div><img src="https://cdn.saigonnay.example/2025/3/11/sat-lo.jpg" alt=""></div><figcaption class="PhotoCMS_Caption"><p>Hiện trường vụ sạt lở sáng 11/3 - Ảnh: QUANG ĐỊNH</p></figcaption></figure>' + ps(c3[2:]),
              must=[c3[0], c3[3]]),
         dict(path="/gia-thue-phong-tro-quanh-cac-khu-cong-nghiep-tang-manh-20250308080015233.htm", cat="Thời sự", catp="/thoi-su.htm", title="Giá thuê phòng trọ quanh các khu công nghiệp tăng mạnh",
              sapo="Sau Tết, nhiều chủ nhà trọ quanh các khu công nghiệp ở Bình Dương và Đồng Nai đồng loạt tăng giá thuê từ 10-20%, khiến công nhân càng thêm chật vật.", d=L("2025-03-08 08:00", ICT),
              byline=["NHÓM PHÓNG VIÊN"], ldauthor={"@type": "Person", "name": "NHÓM PHÓNG VIÊN"}, authors=[], body=ps(c4), must=[c4[0], c4[3]])]

    def slug(t):
        return "/tac-gia/%s.htm" % {"THANH HÀ": "thanh-ha", "MINH TÂM": "minh-tam", "NGUYỄN HIỀN": "nguyen-hien", "NHÓM PHÓNG VIÊN": "nhom-phong-vien"}[t]

    def box(a):
        return ('<div class="box-category-item"><a class="box-category-link-with-avatar img-resize" href="%s" title="%s"><img src="https://cdn.saigonnay.example/thumb_w/540/%d.jpg" alt="%s"></a>'
                '<h3 class="box-title-text"><a class="box-category-link-title" href="%s" title="%s">%s</a></h3><p class="box-category-sapo">%s</p></div>') % (
            a["path"], E(a["title"]), uid(a["path"]), E(a["title"]), a["path"], E(a["title"]), E(a["title"]), E(a["sapo"]))

    for a in A:
        url = s.url(a["path"])
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": a["title"], "description": a["sapo"],
              "image": {"@type": "ImageObject", "url": "https://cdn.saigonnay.example/%d.jpg" % uid(a["path"]), "width": 1200, "height": 675},
              "datePublished": iso(a["d"]), "dateModified": iso(a["d"] + datetime.timedelta(minutes=47)), "publisher": {"@type": "Organization", "name": "Báo Sài Gòn Nay", "logo": {"@type": "ImageObject", "url": "https://static.saigonnay.example/logo.png"}}}
        if a["ldauthor"]:
            ld["author"] = a["ldauthor"]
        head = ('<meta name="description" content="%s"><meta name="keywords" content="%s"><meta name="news_keywords" content="%s"><link rel="canonical" href="%s">'
                '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s"><meta property="og:site_name" content="Báo Sài Gòn Nay">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta itemprop="datePublished" content="%s"><meta name="pubdate" content="%s">'
                '<meta property="article:section" content="%s">%s'
                '<script type="application/ld+json">{"@context":"http://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@id":"%s","name":"%s"}}]}</script>') % (
            E(a["sapo"]), E(a["title"].lower()), E(a["title"].lower()), url, E(a["title"]), E(a["sapo"]), url, iso(a["d"]), iso(a["d"] + datetime.timedelta(minutes=47)), iso(a["d"]), iso(a["d"]),
            E(a["cat"]), jl(ld), s.url(a["catp"]), E(a["cat"]))
        rel = [b for b in A if b is not a]
        byl = " - ".join('<a href="%s" class="name" title="%s">%s</a>' % (slug(n), E(n), E(n)) for n in a["byline"])
        src = ('<div class="detail-source" data-role="source">%s</div>' % E(a["source"])) if a.get("source") else ""
        main = ('<div class="detail__section"><div class="detail__cmain"><div class="detail-top"><div class="detail-cate"><a href="%s" title="%s">%s</a></div><div class="detail-time"><div data-role="publishdate">%s</div></div></div>'
                '<h1 class="detail-title article-title" data-role="title">%s</h1>'
                '<div class="detail-author-bot"><div class="author-info">%s</div><div class="detail-share"><a class="share-fb" href="#">Chia sẻ</a><a class="share-zalo" href="#">Zalo</a><a class="copy" href="#">Copy link</a><a class="font-size" href="#">A-</a><a class="font-size" href="#">A+</a></div></div>'
                '<h2 class="detail-sapo" data-role="sapo">TTO - %s</h2>'
                '<div class="detail-cmain"><div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">%s%s</div></div>'
                '<div class="detail-tab"><ul class="detail-tag-list"><li><a href="/chu-de/thu-phi-o-to-vao-trung-tam.htm">Thu phí ô tô</a></li><li><a href="%s">%s</a></li></ul></div>'
                '<div class="box-sao"><p>Trở thành thành viên Sài Gòn Nay Sao để đọc báo không quảng cáo và nhận nhiều ưu đãi</p><a href="/sao.htm">Đăng ký ngay</a></div>'
                '<div class="detail-comment" id="comment"><div class="title">Bình luận (%d)</div><div class="comment-item"><span class="name">Hoàng Long</span><span class="time">2 ngày trước</span><p>Nên làm metro và xe buýt cho tốt trước rồi hãy thu phí.</p></div></div>'
                '<div class="box-relate"><div class="box-heading">Tin cùng chuyên mục</div>%s</div></div>'
                '<div class="detail__aside"><div class="box-most-view"><div class="box-heading">Đọc nhiều</div>%s</div></div></div>') % (
            a["catp"], E(a["cat"]), E(a["cat"]), vdate(a["d"]), E(a["title"]), byl, E(a["sapo"]), a["body"], src, a["catp"], E(a["cat"]), 3 + uid(a["path"]) % 20,
            "".join(box(b) for b in rel), "".join(box(b) for b in rel))
        s.art(a["path"], shell("%s | Báo Sài Gòn Nay" % a["title"], main, head, "detail"), a["title"], day(a["d"]), a["authors"], instant=inst(a["d"]) if a.get("instant") else None,
              must=a["must"], must_not=["Bình luận (", "Nên làm metro và xe buýt cho tốt", "Trở thành thành viên Sài Gòn Nay Sao", "Chúng tôi sử dụng cookie"] + [b["title"] for b in rel])

    def lst(h1, items, intro=""):
        return '<div class="box-category"><h1 class="box-category-title">%s</h1>%s<div class="box-category-middle">%s</div><div class="view-more"><a href="#">Xem thêm</a></div></div>' % (E(h1), intro, "".join(box(a) for a in items))

    hl = '<meta property="og:type" content="website">'
    s.non("/", shell("Báo Sài Gòn Nay - Tin tức mới nhất, tin nóng 24h", '<div class="box-focus">%s</div><div class="box-service"><a href="/xo-so/ket-qua-xo-so-mien-nam.htm">Kết quả xổ số</a><a href="/gia-vang-hom-nay.htm">Giá vàng hôm nay</a><a href="/thoi-tiet.htm">Thời tiết</a><a href="/tin-moi-nhat.htm">Tin mới nhất</a><a href="/video/dong-thap-sat-lo-bo-song-tien-20250311.htm">Video: Sạt lở bờ sông Tiền</a></div>'
                     '<div class="box-topic"><a href="/chu-de/thu-phi-o-to-vao-trung-tam.htm">Thu phí ô tô vào trung tâm</a><a href="/tac-gia/thanh-ha.htm">Thanh Hà</a><a href="/tac-gia/nguyen-hien.htm">Nguyễn Hiền</a></div>' % "".join(box(a) for a in A),
                     hl + '<meta name="description" content="Tin tức mới nhất trong ngày">', "home"))
    s.non("/thoi-su.htm", shell("Tin thời sự mới nhất | Báo Sài Gòn Nay", lst("Thời sự", [A[0], A[2], A[3]]), hl, "cate"))
    s.non("/kinh-doanh.htm", shell("Kinh doanh | Báo Sài Gòn Nay", lst("Kinh doanh", [A[1]]), hl, "cate"))
    s.non("/tin-moi-nhat.htm", shell("Tin mới nhất | Báo Sài Gòn Nay", lst("Tin mới nhất", A), hl, "cate"))
    s.non("/tac-gia/thanh-ha.htm", shell("Tác giả THANH HÀ | Báo Sài Gòn Nay", lst("THANH HÀ", [A[0]], '<div class="author-intro"><img src="https://cdn.saigonnay.example/author/thanh-ha.jpg" alt=""><p>Phóng viên ban Thời sự, theo dõi mảng giao thông và đô thị.</p></div>'), hl, "author"))
    s.non("/tac-gia/nguyen-hien.htm", shell("Tác giả NGUYỄN HIỀN | Báo Sài Gòn Nay", lst("NGUYỄN HIỀN", [A[2]], '<div class="author-intro"><p>Phóng viên thường trú khu vực Đồng bằng sông Cửu Long.</p></div>'), hl, "author"))
    s.non("/chu-de/thu-phi-o-to-vao-trung-tam.htm", shell("Thu phí ô tô vào trung tâm - Tin tức, hình ảnh mới nhất | Báo Sài Gòn Nay", lst("Thu phí ô tô vào trung tâm", [A[0]], "<p>Tin tức về đề án thu phí ô tô vào khu vực trung tâm TP.HCM.</p>"), hl, "topic"))
    dais = [("TP.HCM", "813562", "27"), ("Đồng Tháp", "104938", "65"), ("Cà Mau", "550271", "09")]
    s.non("/xo-so/ket-qua-xo-so-mien-nam.htm", shell("Kết quả xổ số miền Nam hôm nay - XSMN | Báo Sài Gòn Nay",
                                                     '<div class="xoso"><h1>Kết quả xổ số miền Nam</h1><div class="xoso-date">Thứ hai, 10/3/2025</div><table class="xoso-table"><tr><th>Giải</th>%s</tr><tr><td>Đặc biệt</td>%s</tr><tr><td>Giải tám</td>%s</tr></table>'
                                                     '<p class="xoso-note">Kết quả chỉ mang tính tham khảo, vui lòng đối chiếu với kết quả chính thức của công ty xổ số kiến thiết.</p><ul class="xoso-nav"><li><a href="#">Xổ số miền Bắc</a></li><li><a href="#">Xổ số miền Trung</a></li></ul></div>' % (
                                                         "".join("<th>%s</th>" % n for n, _, _ in dais), "".join("<td class='db'>%s</td>" % x for _, x, _ in dais), "".join("<td>%s</td>" % y for _, _, y in dais)), hl, "xoso"))
    s.non("/gia-vang-hom-nay.htm", shell("Giá vàng hôm nay 12/3/2025: vàng miếng SJC, vàng nhẫn | Báo Sài Gòn Nay",
                                         '<div class="gold"><h1>Giá vàng hôm nay</h1><p class="updated">Cập nhật lúc 14:30 12/3/2025</p><table><tr><th>Loại</th><th>Mua vào</th><th>Bán ra</th></tr><tr><td>Vàng miếng SJC</td><td>91.600.000</td><td>93.100.000</td></tr><tr><td>Vàng nhẫn 9999</td><td>91.500.000</td><td>93.000.000</td></tr></table>'
                                         '<p>Đơn vị: đồng/lượng</p><div class="gold-chart"></div></div>', hl, "gold"))
    s.non("/video/dong-thap-sat-lo-bo-song-tien-20250311.htm", shell("Video: Sạt lở bờ sông Tiền cuốn trôi ba căn nhà | Báo Sài Gòn Nay",
                                                                     '<div class="video-detail"><div class="video-player" data-vid="saigonnay/2025/3/11/sat-lo.mp4"></div><h1>Sạt lở bờ sông Tiền cuốn trôi ba căn nhà</h1><p class="time">11/03/2025 12:10 GMT+7</p><p class="sapo">Hình ảnh hiện trường vụ sạt lở tại xã Tân Bình, huyện Thanh Bình, Đồng Tháp.</p>'
                                                                     '<div class="video-list"><a href="/video.htm">Xem thêm video</a></div></div>', '<meta property="og:type" content="video.other">', "video"))
    s.non("/thoi-tiet.htm", shell("Thời tiết hôm nay | Báo Sài Gòn Nay", '<div class="weather"><h1>Thời tiết</h1><select><option>TP.HCM</option><option>Hà Nội</option></select><div class="weather-now">TP.HCM: 33°C, nắng nóng, độ ẩm 58%</div><ul><li>Thứ năm: 25-34°C</li><li>Thứ sáu: 25-35°C</li></ul></div>', hl, "weather"))
    s.non("/tim-kiem.htm", shell("Tìm kiếm | Báo Sài Gòn Nay", '<div class="search-page"><form action="/tim-kiem.htm"><input name="keywords" value="sạt lở"><button>Tìm</button></form><div class="search-result">Tìm thấy 1 kết quả</div>%s</div>' % box(A[2]), '<meta name="robots" content="noindex">', "search"))
    s.non("/lien-he.htm", shell("Liên hệ | Báo Sài Gòn Nay", '<div class="static"><h1>Liên hệ tòa soạn</h1><p>Tòa soạn: 60A Hoàng Văn Thụ, phường 9, quận Phú Nhuận, TP.HCM</p><p>Đường dây nóng: 0918 033 133</p><p>Liên hệ quảng cáo: quangcao@saigonnay.example</p></div>', hl, "static"))
    s.non("/gioi-thieu.htm", shell("Giới thiệu | Báo Sài Gòn Nay", '<div class="static"><h1>Giới thiệu Báo Sài Gòn Nay</h1>' + ps(["Báo Sài Gòn Nay ra số đầu tiên năm 1986, là cơ quan báo chí phát hành tại TP.HCM với ấn phẩm báo in, báo điện tử và các kênh video.", "Báo điện tử Sài Gòn Nay hoạt động theo giấy phép số 561/GP-BTTTT."]) + '</div>', hl, "static"))
    s.feed("/rss/tin-moi-nhat.rss", "Báo Sài Gòn Nay - Tin mới nhất", [(a["path"], a["title"], a["d"], "") for a in A], "Tin mới nhất", "vi")
    s.news_sitemap([(a["path"], a["title"], a["d"]) for a in A], "Báo Sài Gòn Nay", "vi", ["/", "/thoi-su.htm", "/kinh-doanh.htm", "/xo-so/ket-qua-xo-so-mien-nam.htm", "/gia-vang-hom-nay.htm", "/lien-he.htm"], "/dang-nhap.htm")


# ====================================================================== 4 Indonesian regional portal (Tribun-network-like)
def suarapantura():
    s = Site(4)
    SN = "SuaraPantura.com"

    def idate(d):
        return "%s, %d %s %d %s WIB" % (ID_WD[d.weekday()], d.day, ID_MON[d.month - 1], d.year, d.strftime("%H:%M"))

    NAV = [("/pekalongan", "Pekalongan"), ("/tegal", "Tegal"), ("/semarang", "Semarang"), ("/bisnis", "Bisnis"), ("/ramadhan", "Ramadhan"), ("/video", "Video"), ("/foto", "Foto"), ("/index-berita", "Indeks")]

    def shell(title, main, head="", cls="home"):
        nav = "".join('<li><a href="%s" title="%s">%s</a></li>' % (p, E(t), E(t)) for p, t in NAV)
        return ('<!DOCTYPE html>\n<html lang="id-ID"><head><meta charset="UTF-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<meta name="robots" content="index, follow"><meta name="googlebot-news" content="index,follow"><meta name="language" content="id">%s'
                '<link rel="stylesheet" href="https://asset.suarapantura.example/css/desktop.css?v=2025.3.1"><link rel="preconnect" href="https://img.suarapantura.example"></head>\n'
                '<body class="%s"><div id="header" class="header"><div class="main"><a href="/" class="logo" title="SuaraPantura.com"><img src="https://asset.suarapantura.example/img/logo.png" alt="SuaraPantura.com"></a>'
                '<div class="fr"><form action="/search" method="get" class="search"><input type="text" name="q" placeholder="Cari berita..."></form><a href="/login" class="login">Masuk</a></div></div>'
                '<div id="menu" class="menu"><ul class="main"><li><a href="/">Home</a></li>%s</ul></div>'
                '<div class="trending"><b>Trending:</b> <a href="/topik/mudik-lebaran-2025">#MudikLebaran2025</a> <a href="/tag/banjir-rob">#BanjirRob</a> <a href="/jadwal-sholat/pekalongan">#JadwalImsakiyah</a></div></div>\n'
                '<div id="main" class="main">%s</div>\n'
                '<div id="footer" class="footer"><ul class="footer-link"><li><a href="/redaksi">Redaksi</a></li><li><a href="/tentang-kami">Tentang Kami</a></li><li><a href="/pedoman-media-siber">Pedoman Media Siber</a></li><li><a href="/kontak">Kontak</a></li><li><a href="/index-berita">Index Berita</a></li><li><a href="/rss">RSS</a></li></ul>'
                '<p class="copyright">&copy; %d SuaraPantura.com, Jaringan Media Jawa Tengah. All Right Reserved</p></div>'
                '<script>window.dataLayer=window.dataLayer||[];</script><script src="https://asset.suarapantura.example/js/main.js?v=2025.3.1"></script></body></html>') % (
            E(title), head, cls, nav, main, NOW.year)

    d1 = ["SUARAPANTURA.COM, PEKALONGAN - Banjir rob kembali merendam ratusan rumah warga di Kelurahan Panjang Wetan dan Kelurahan Degayu, Kecamatan Pekalongan Utara, Kota Pekalongan, sejak Selasa (11/3/2025) malam.",
          "Ketinggian air di permukiman warga mencapai 40 hingga 70 sentimeter. Sedikitnya 180 warga, sebagian besar lansia dan anak-anak, terpaksa mengungsi ke masjid dan gedung sekolah yang lebih tinggi.",
          "\"Air masuk sekitar pukul sembilan malam, cepat sekali naiknya. Kami tidak sempat menyelamatkan barang-barang,\" kata Siti Aminah (52), warga Panjang Wetan, saat ditemui di posko pengungsian, Rabu (12/3/2025).",
          "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Kota Pekalongan mengatakan, rob kali ini dipicu pasang air laut maksimum yang bersamaan dengan curah hujan tinggi di wilayah hulu. Tanggul penahan rob di sejumlah titik juga mengalami kebocoran.",
          "BPBD telah mendirikan dapur umum dan menyiagakan perahu karet untuk membantu evakuasi warga. Pemkot Pekalongan juga meminta warga tetap waspada karena pasang maksimum diperkirakan masih terjadi hingga akhir pekan."]
    d2 = ["SUARAPANTURA.COM, TEGAL - Harga cabai rawit merah di sejumlah pasar tradisional di Kota Tegal terus merangkak naik sejak awal Ramadhan dan kini menembus Rp 90.000 per kilogram.",
          "Di Pasar Pagi Kota Tegal, Senin (10/3/2025), pedagang menjual cabai rawit merah seharga Rp 85.000 hingga Rp 90.000 per kilogram, padahal dua pekan sebelumnya masih Rp 60.000 per kilogram.",
          "\"Pasokan dari Brebes berkurang karena banyak tanaman yang rusak kena hujan. Pembeli juga jadi mengurangi, biasanya beli sekilo sekarang cuma seperempat,\" ujar Warsini, pedagang cabai di Pasar Pagi.",
          "Selain cabai, harga bawang merah dan daging ayam juga naik. Bawang merah kini dijual Rp 45.000 per kilogram, sedangkan daging ayam ras Rp 38.000 per kilogram.",
          "Dinas Perdagangan Kota Tegal berencana menggelar operasi pasar murah di empat kecamatan pada pekan depan untuk menekan lonjakan harga menjelang Lebaran."]
    d3 = ["SUARAPANTURA.COM, SEMARANG - Kepolisian Daerah Jawa Tengah mengimbau masyarakat yang akan mudik Lebaran 2025 untuk berangkat lebih awal guna menghindari kepadatan pada puncak arus mudik yang diprediksi terjadi pada 28 Maret 2025.",
          "Direktur Lalu Lintas Polda Jateng mengatakan, jumlah kendaraan yang melintas di jalur Pantura dan Tol Trans Jawa diperkirakan meningkat hingga 30 persen dibanding tahun lalu.",
          "Polda Jateng akan menerapkan sistem satu arah atau one way di ruas Tol Kalikangkung hingga Cikampek jika volume kendaraan melebihi kapasitas, serta menyiapkan 120 pos pengamanan di sepanjang jalur mudik.",
          "Pemudik yang menggunakan sepeda motor juga diminta beristirahat setiap dua jam perjalanan dan tidak membawa muatan berlebihan demi keselamatan."]
    A = [dict(path="/pekalongan/2025/03/12/banjir-rob-rendam-ratusan-rumah-di-pekalongan-warga-mengungsi-ke-masjid", sec="Pekalongan", secp="/pekalongan",
              title="Banjir Rob Rendam Ratusan Rumah di Pekalongan, Warga Mengungsi ke Masjid", d=L("2025-03-12 14:05", WIB), penulis=("Ahmad Fauzi", "/penulis/ahmad-fauzi"), editor=("Rina Kusuma", "/editor/rina-kusuma"),
              lead="Laporan Wartawan SuaraPantura.com, Ahmad Fauzi", ld="Ahmad Fauzi", authors=["Ahmad Fauzi"], tags=["banjir rob", "Pekalongan", "BPBD"],
              paras=d1, baca=(1, 1), must=[d1[0], d1[4]]),
         dict(path="/tegal/2025/03/10/harga-cabai-rawit-di-tegal-tembus-rp-90000-per-kilogram-selama-ramadhan", sec="Tegal", secp="/tegal",
              title="Harga Cabai Rawit di Tegal Tembus Rp 90.000 per Kilogram Selama Ramadhan", d=L("2025-03-10 19:42", WIB), penulis=("Kontributor Tegal, Dimas Prasetyo", "/penulis/dimas-prasetyo"), editor=("Yoga Pratama", "/editor/yoga-pratama"),
              lead="", ld="Kontributor Tegal, Dimas Prasetyo", authors=["Dimas Prasetyo"], tags=["harga cabai", "Ramadhan 2025"], paras=d2, baca=(2, 0), must=[d2[0], d2[4]]),
         dict(path="/semarang/2025/03/13/pemudik-diimbau-berangkat-lebih-awal-puncak-arus-mudik-diprediksi-28-maret", sec="Semarang", secp="/semarang",
              title="Pemudik Diimbau Berangkat Lebih Awal, Puncak Arus Mudik Diprediksi 28 Maret", d=L("2025-03-13 09:15", WIB), penulis=("Antara", "/penulis/antara"), editor=("Rina Kusuma", "/editor/rina-kusuma"),
              lead="", ld="Rina Kusuma", authors=[], tags=["mudik Lebaran 2025", "Polda Jateng"], paras=d3, baca=(2, 0), must=[d3[0], d3[3]], src="Antara")]

    def item(a, cls="art-list"):
        return ('<li class="%s"><div class="fr mr10 pos_rel"><a href="%s" title="%s"><img class="shou2" src="https://img.suarapantura.example/thumbnails/%d.jpg" alt="%s" width="120"></a></div>'
                '<h3 class="f16 fbo"><a href="%s" class="f20 ln24 fbo txt-oev-2" title="%s">%s</a></h3><div class="grey pt5"><a href="%s" class="blue fbo">%s</a> <time class="foot timeago" title="%s"><span>%s</span></time></div></li>') % (
            cls, a["path"], E(a["title"]), uid(a["path"]), E(a["title"]), a["path"], E(a["title"]), E(a["title"]), a["secp"], E(a["sec"]), a["d"].strftime("%Y-%m-%d %H:%M:%S"), idate(a["d"]))

    for a in A:
        url = s.url(a["path"])
        others = [b for b in A if b is not a]
        paras = a["paras"]
        bi, bj = a["baca"]
        body = ""
        if a["lead"]:
            body += '<p><strong>%s</strong></p>' % E(a["lead"])
        for i, p in enumerate(paras):
            body += "<p>%s</p>" % E(p)
            if i == bi:
                b = others[bj % len(others)]
                body += '<p class="baca">Baca juga: <a href="%s" title="%s">%s</a></p>' % (b["path"], E(b["title"]), E(b["title"]))
                body += '<div class="ads-inarticle"><div id="div-gpt-ad-inarticle"></div></div>'
        if a.get("src"):
            body += '<p><em>Sumber: %s</em></p>' % a["src"]
        body += ('<p class="gnews"><strong>Ikuti berita SuaraPantura.com lainnya di <a href="https://news.google.com/publications/CAAqBwgKMPzXnAsw">Google News</a></strong></p>'
                 '<p class="wachannel">Klik di sini untuk bergabung ke <a href="https://whatsapp.com/channel/0029VaSuaraPantura">WhatsApp Channel SuaraPantura.com</a> dan dapatkan berita pilihan setiap hari.</p>')
        desc = paras[0][:155]
        dl = {"event": "pageview", "content_id": str(uid(a["path"])), "content_category": a["sec"], "content_title": a["title"], "content_author": a["penulis"][0],
              "content_editor": a["editor"][0], "content_publishdate": a["d"].strftime("%Y-%m-%d %H:%M:%S"), "content_tag": ",".join(a["tags"])}
        head = ('<meta name="description" content="%s"><meta name="keywords" content="%s"><meta name="news_keywords" content="%s"><link rel="canonical" href="%s"><link rel="amphtml" href="%s?amp=1">'
                '<meta name="author" content="SuaraPantura.com"><meta name="content_PublishedDate" content="%s"><meta name="content_Author" content="%s"><meta name="content_Editor" content="%s">'
                '<meta property="og:type" content="article"><meta property="og:site_name" content="SuaraPantura.com"><meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s">'
                '<meta property="og:image" content="https://img.suarapantura.example/foto/%d.jpg"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@suarapantura">'
                '%s<script>dataLayer=[%s];</script>') % (
            E(desc), E(",".join(a["tags"])), E(",".join(a["tags"])), url, url, a["d"].strftime("%Y-%m-%d %H:%M:%S"), E(a["penulis"][0]), E(a["editor"][0]), E(a["title"]), E(desc), url, uid(a["path"]),
            jl({"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "headline": a["title"], "image": {"@type": "ImageObject", "url": "https://img.suarapantura.example/foto/%d.jpg" % uid(a["path"])},
                "datePublished": iso(a["d"], 31), "dateModified": iso(a["d"] + datetime.timedelta(minutes=12), 7), "author": {"@type": "Person", "name": a["ld"], "url": s.url(a["penulis"][1])},
                "publisher": {"@type": "Organization", "name": "SuaraPantura.com", "logo": {"@type": "ImageObject", "url": "https://asset.suarapantura.example/img/logo-amp.png"}}, "description": desc}),
            J(dl))
        main = ('<div class="content"><div id="article"><div class="breadcrumb"><ul><li><a href="/">Home</a></li><li><a href="%s">%s</a></li></ul></div>'
                '<h1 id="arttitle" class="f50 black2 f400 crimson">%s</h1>'
                '<div class="credit mt10"><div id="penulis" class="grey"><span>Penulis:</span> <a href="%s" title="%s" class="fbo">%s</a></div><div id="editor" class="grey"><span>Editor:</span> <a href="%s" title="%s" class="fbo">%s</a></div></div>'
                '<div class="grey bdr3 pb10 pt10"><time><span>%s</span></time></div>'
                '<div class="share-box"><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a><a class="share-wa" href="https://api.whatsapp.com/send?text=%s">WhatsApp</a><a class="share-x" href="https://x.com/intent/post?url=%s">X</a><a class="share-copy" href="#">Salin Link</a></div>'
                '<div id="artimg"><div class="ovh imgfull_div"><img src="https://img.suarapantura.example/foto/%d.jpg" class="imgfull" alt="%s"></div><div class="arial f12 pt5 grey2">%s</div></div>'
                '<div class="side-article txt-article multi-fontsize">%s</div>'
                '<div class="mb20 tagcloud"><h5>Tags:</h5>%s</div>'
                '<div class="bdr3 pb15 mt15"><h3 class="f16 fbo">Berita Terkait</h3><ul class="pb10">%s</ul></div>'
                '<div class="komentar"><h3>Komentar</h3><div class="fb-comments" data-href="%s" data-numposts="5"></div></div></div></div>'
                '<div class="sidebar"><div class="mb20"><h3 class="f20 fbo">Berita Populer</h3><ul class="most">%s</ul></div>'
                '<div class="box-imsakiyah"><h3>Jadwal Imsakiyah Hari Ini</h3><p>Pekalongan: Imsak 04.24 | Subuh 04.34 | Maghrib 17.56</p><a href="/jadwal-sholat/pekalongan">Selengkapnya</a></div></div>') % (
            a["secp"], E(a["sec"]), E(a["title"]), a["penulis"][1], E(a["penulis"][0]), E(a["penulis"][0]), a["editor"][1], E(a["editor"][0]), E(a["editor"][0]), idate(a["d"]), url, url, url,
            uid(a["path"]), E(a["title"]), "SuaraPantura.com/%s" % ("Ahmad Fauzi" if a is A[0] else "Istimewa"), body,
            "".join('<a href="/tag/%s" title="%s" class="rd2">%s</a>' % (t.lower().replace(" ", "-"), E(t), E(t)) for t in a["tags"]),
            "".join(item(b) for b in others), url, "".join(item(b, "most-list") for b in others))
        s.art(a["path"], shell("%s - %s" % (a["title"], SN), main, head, "read"), a["title"], day(a["d"]), a["authors"], must=a["must"],
              must_not=["Ikuti berita SuaraPantura.com lainnya", "WhatsApp Channel", "Berita Populer", "Jadwal Imsakiyah Hari Ini"] + [b["title"] for b in others])

    def lp(h1, items, intro=""):
        return '<div class="content"><h1 class="f24 fbo">%s</h1>%s<ul class="lsi">%s</ul><div class="paging"><a href="?page=2">Berikutnya</a></div></div>' % (E(h1), intro, "".join(item(a) for a in items))

    hl = '<meta property="og:type" content="website">'
    s.non("/", shell("SuaraPantura.com - Berita Terkini Pantura Jawa Tengah Hari Ini", '<div class="content"><div class="headline">%s</div><h2>Berita Terkini</h2><ul class="lsi">%s</ul>'
                     '<div class="kanal-layanan"><a href="/jadwal-sholat/pekalongan">Jadwal Sholat &amp; Imsakiyah</a><a href="/harga-emas-antam-hari-ini">Harga Emas Antam</a><a href="/zodiak/aries-hari-ini">Zodiak Hari Ini</a>'
                     '<a href="/video/2025/03/12/detik-detik-rob-masuk-permukiman-panjang-wetan">Video Rob Pekalongan</a><a href="/foto/2025/03/12/potret-banjir-rob-pekalongan">Foto: Banjir Rob</a><a href="/penulis/ahmad-fauzi">Ahmad Fauzi</a></div></div>' % (
                         item(A[0], "hl"), "".join(item(a) for a in A)), hl + '<meta name="description" content="Berita terkini Pekalongan, Tegal, Semarang dan Pantura Jawa Tengah">', "home"))
    for p, n, xs in (("/pekalongan", "Pekalongan", [A[0]]), ("/tegal", "Tegal", [A[1]]), ("/semarang", "Semarang", [A[2]]), ("/index-berita", "Indeks Berita", A)):
        s.non(p, shell("Berita %s Terkini Hari Ini - %s" % (n, SN), lp("Berita " + n if n != "Indeks Berita" else n, xs), hl, "kanal"))
    s.non("/topik/mudik-lebaran-2025", shell("Mudik Lebaran 2025 - Berita Terbaru dan Terkini | %s" % SN, lp("Mudik Lebaran 2025", [A[2]], "<p>Kumpulan berita terbaru seputar mudik Lebaran 2025, jadwal, rekayasa lalu lintas dan tips aman mudik.</p>"), hl, "topik"))
    s.non("/tag/banjir-rob", shell("Berita banjir rob Terbaru Hari Ini | %s" % SN, lp("banjir rob", [A[0]]), hl, "tag"))
    s.non("/penulis/ahmad-fauzi", shell("Berita Ahmad Fauzi - %s" % SN, lp("Ahmad Fauzi", [A[0]], '<div class="profil-penulis"><p>Wartawan SuaraPantura.com untuk wilayah Pekalongan dan Batang.</p></div>'), hl, "penulis"))
    jad = "".join("<tr><td>%d Maret 2025</td><td>04.%02d</td><td>04.%02d</td><td>11.5%d</td><td>15.0%d</td><td>17.5%d</td><td>19.0%d</td></tr>" % (10 + i, 24 - i // 3, 34 - i // 3, 7, 3, 6, 5) for i in range(7))
    s.non("/jadwal-sholat/pekalongan", shell("Jadwal Imsakiyah dan Sholat Pekalongan Ramadhan 1446 H / 2025 - %s" % SN,
                                             '<div class="content"><h1>Jadwal Imsakiyah Kota Pekalongan Ramadhan 1446 H</h1><p>Sumber: Kementerian Agama RI. Pilih kota: <select><option>Pekalongan</option><option>Tegal</option><option>Semarang</option></select></p>'
                                             '<table class="jadwal"><tr><th>Tanggal</th><th>Imsak</th><th>Subuh</th><th>Dzuhur</th><th>Ashar</th><th>Maghrib</th><th>Isya</th></tr>%s</table></div>' % jad, hl, "layanan"))
    s.non("/harga-emas-antam-hari-ini", shell("Harga Emas Antam Hari Ini - %s" % SN, '<div class="content"><h1>Harga Emas Antam Hari Ini</h1><p class="update">Update: Rabu, 12 Maret 2025 08:30 WIB</p>'
                                                                             '<table><tr><th>Berat</th><th>Harga</th></tr><tr><td>0,5 gram</td><td>Rp 905.000</td></tr><tr><td>1 gram</td><td>Rp 1.710.000</td></tr><tr><td>5 gram</td><td>Rp 8.325.000</td></tr><tr><td>10 gram</td><td>Rp 16.595.000</td></tr></table>'
                                                                             '<p>Harga buyback: Rp 1.562.000 per gram.</p></div>', hl, "layanan"))
    s.non("/zodiak/aries-hari-ini", shell("Ramalan Zodiak Aries Hari Ini - %s" % SN, '<div class="content"><h1>Ramalan Zodiak Aries Hari Ini</h1><p class="date">Rabu, 12 Maret 2025</p>'
                                                                            '<p><b>Asmara:</b> Pasangan butuh perhatian lebih, luangkan waktu untuknya.</p><p><b>Keuangan:</b> Hindari belanja impulsif menjelang Lebaran.</p><p><b>Kesehatan:</b> Jaga pola makan saat sahur.</p>'
                                                                            '<ul class="zodiak-nav"><li>Taurus</li><li>Gemini</li><li>Cancer</li></ul></div>', hl, "layanan"))
    s.non("/video/2025/03/12/detik-detik-rob-masuk-permukiman-panjang-wetan", shell("VIDEO: Detik-detik Rob Masuk Permukiman Panjang Wetan - %s" % SN,
                                                                                     '<div class="content"><h1>VIDEO: Detik-detik Rob Masuk Permukiman Panjang Wetan</h1><div class="video-embed"><iframe src="https://www.youtube.com/embed/Qm3sPnt7rAo"></iframe></div><time>Rabu, 12 Maret 2025 16:20 WIB</time><p>Video amatir warga saat air rob masuk permukiman.</p></div>',
                                                                                     '<meta property="og:type" content="video.other">', "video"))
    s.non("/foto/2025/03/12/potret-banjir-rob-pekalongan", shell("FOTO: Potret Banjir Rob di Pekalongan - %s" % SN, '<div class="content"><h1>FOTO: Potret Banjir Rob di Pekalongan</h1><time>Rabu, 12 Maret 2025 15:10 WIB</time>%s</div>' % "".join(
        '<figure><img src="https://img.suarapantura.example/foto/rob-%d.jpg"><figcaption>%s (SuaraPantura.com/Ahmad Fauzi)</figcaption></figure>' % (i, c) for i, c in enumerate(
            ["Warga menerobos genangan rob di Jalan Jlamprang.", "Anak-anak bermain di masjid tempat pengungsian.", "Petugas BPBD menyiapkan perahu karet."])), '<meta property="og:type" content="article">', "foto"))
    s.non("/redaksi", shell("Redaksi - %s" % SN, '<div class="content static"><h1>Redaksi</h1><p>Pemimpin Redaksi: Bambang Sutrisno</p><p>Redaktur Pelaksana: Rina Kusuma</p><p>Editor: Yoga Pratama</p><p>Wartawan: Ahmad Fauzi (Pekalongan), Dimas Prasetyo (Tegal), Nurul Huda (Semarang)</p><p>Alamat Redaksi: Jl. Hayam Wuruk No. 18, Pekalongan</p></div>', hl, "static"))
    s.non("/pedoman-media-siber", shell("Pedoman Pemberitaan Media Siber - %s" % SN, '<div class="content static"><h1>Pedoman Pemberitaan Media Siber</h1>' + ps([
        "Kemerdekaan berpendapat, kemerdekaan berekspresi, dan kemerdekaan pers adalah hak asasi manusia yang dilindungi Pancasila, Undang-Undang Dasar 1945, dan Deklarasi Universal Hak Asasi Manusia PBB.",
        "Media siber wajib menguji informasi, berimbang, dan mencantumkan waktu pemuatan ralat, koreksi, atau hak jawab. Pedoman ini ditetapkan Dewan Pers di Jakarta pada 3 Februari 2012."]) + '</div>', hl, "static"))
    s.non("/kontak", shell("Kontak - %s" % SN, '<div class="content static"><h1>Kontak</h1><p>Redaksi: redaksi@suarapantura.example</p><p>Iklan: iklan@suarapantura.example / 0285-412-339</p></div>', hl, "static"))
    s.non("/search", shell("Hasil Pencarian - %s" % SN, '<div class="content"><h1>Hasil Pencarian</h1><div class="gcse-searchresults-only"></div></div>', '<meta name="robots" content="noindex, follow">', "search"))
    s.feed("/rss", SN, [(a["path"], a["title"], a["d"], a["penulis"][0]) for a in A], "Berita terkini Pantura", "id")
    s.news_sitemap([(a["path"], a["title"], a["d"]) for a in A], SN, "id", ["/", "/pekalongan", "/tegal", "/semarang", "/redaksi", "/pedoman-media-siber"], "/login")


# ====================================================================== 5 Malaysian Malay TV-news site on Next.js (Astro Awani-like)
def wartakini():
    s = Site(5)
    SN = "Warta Kini"
    BUILD = "k3Lx9QwVn2cT8sPz1YbRm"

    def mdate(d):
        return "%s %d, %d %s MYT" % (MS_MON[d.month - 1], d.day, d.year, d.strftime("%H:%M"))

    NAV = [("/berita-malaysia", "Malaysia"), ("/berita-dunia", "Dunia"), ("/berita-bisnes", "Bisnes"), ("/berita-sukan", "Sukan"), ("/topik/ramadan-2025", "Ramadan"),
           ("/waktu-solat/wlp01", "Waktu Solat"), ("/harga-minyak", "Harga Minyak"), ("/video", "Video"), ("/rancangan/warta-pagi", "Rancangan")]

    def shell(title, main, head="", page="/", props=None):
        nav = "".join('<a class="Navbar_link__Xr2qP" href="%s">%s</a>' % (p, E(t)) for p, t in NAV)
        nd = {"props": {"pageProps": props or {}, "__N_SSP": True}, "page": page, "query": {}, "buildId": BUILD, "isFallback": False, "gssp": True, "locale": "ms", "locales": ["ms", "en"], "defaultLocale": "ms", "scriptLoader": []}
        return ('<!DOCTYPE html><html lang="ms"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>%s</title>%s'
                '<link rel="preload" href="/_next/static/css/8f2b1a0c9e4d7f31.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8f2b1a0c9e4d7f31.css" data-n-g=""/><noscript data-n-css=""></noscript>'
                '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script><script src="/_next/static/chunks/webpack-5b1f0b9a3c1e2d44.js" defer=""></script>'
                '<script src="/_next/static/chunks/pages/_app-a1c3e5f7b9d2e4f6.js" defer=""></script><script src="/_next/static/%s/_buildManifest.js" defer=""></script></head>'
                '<body><div id="__next"><div class="Layout_wrapper__kP2sQ"><header class="Header_header__9fTz1"><div class="Header_top__Lm4dE"><a href="/" class="Header_logo__Qw8eR"><img alt="Warta Kini" src="/images/logo-wartakini.svg" width="140" height="36"/></a>'
                '<a href="https://live.wartakini.example" class="Header_live__T7vbN">SIARAN LANGSUNG</a><a href="/carian" class="Header_search__b3Nz0" aria-label="Carian">Carian</a></div>'
                '<nav class="Navbar_nav__Vd2Kj">%s</nav></header><main class="Layout_main__c0R8m">%s</main>'
                '<footer class="Footer_footer__tY6nH"><div class="Footer_links__Hk1mW"><a href="/mengenai-kami">Mengenai Kami</a><a href="/hubungi-kami">Hubungi Kami</a><a href="/terma-penggunaan">Terma Penggunaan</a><a href="/dasar-privasi">Dasar Privasi</a></div>'
                '<p class="Footer_copy__4xRbq">Hak Cipta © %d Warta Kini Sdn. Bhd. (201401029188). Semua hak cipta terpelihara.</p></footer>'
                '<div class="CookieConsent_bar__pZ1yT"><p>Laman web ini menggunakan kuki untuk memastikan anda mendapat pengalaman terbaik. <a href="/dasar-privasi">Ketahui lebih lanjut</a></p><button class="CookieConsent_btn__8sKfL">Saya Setuju</button></div></div></div>'
                '<script id="__NEXT_DATA__" type="application/json">%s</script></body></html>') % (
            E(title), head, BUILD, nav, main, NOW.year, J(nd).replace("</", "<\\/"))

    e1 = ["JOHOR BAHRU: Jumlah mangsa banjir di Johor meningkat kepada 4,210 orang daripada 1,163 keluarga setakat jam 8 pagi ini, berbanding 2,985 orang malam tadi.",
          "Pengerusi Jawatankuasa Pengurusan Bencana Negeri Johor berkata, mangsa ditempatkan di 38 pusat pemindahan sementara (PPS) yang dibuka di lima daerah iaitu Segamat, Kluang, Batu Pahat, Muar dan Tangkak.",
          "Segamat mencatat jumlah mangsa tertinggi dengan 1,842 orang, diikuti Kluang dengan 1,105 orang. Beliau berkata, hujan lebat berterusan sejak petang semalam menyebabkan paras air Sungai Segamat melepasi paras bahaya.",
          "Menurut Jabatan Meteorologi Malaysia (MetMalaysia), amaran hujan berterusan tahap buruk masih berkuat kuasa di Johor sehingga esok.",
          "Orang ramai yang tinggal di kawasan rendah dinasihatkan supaya sentiasa berwaspada dan segera berpindah apabila diarahkan oleh pihak berkuasa."]
    e2 = ["BIRMINGHAM: Beregu lelaki negara mara ke suku akhir Kejohanan Badminton Seluruh England selepas menewaskan pasangan Denmark dalam aksi tiga set di Arena Utilita, malam tadi.",
          "Pasangan yang menjadi pilihan ketujuh itu tewas 19-21 dalam set pertama sebelum bangkit untuk menang 21-17 dan 21-15 dalam perlawanan yang berlangsung selama 68 minit.",
          "Ketua jurulatih beregu lelaki negara berkata, pemainnya menunjukkan ketenangan ketika ketinggalan dan mampu mengawal serangan lawan dalam set penentuan.",
          "Di suku akhir, mereka dijadual bertemu pasangan pilihan kedua dari Korea Selatan. -- BERNAMA"]
    e3 = ["KUALA LUMPUR: Dewan Bandaraya Kuala Lumpur (DBKL) mengeluarkan sebanyak 1,200 permit bazar Ramadan tahun ini di 70 lokasi sekitar ibu negara.",
          "Pengarah Jabatan Pelesenan dan Penjaja DBKL berkata, setiap peniaga diwajibkan memakai apron dan penutup kepala serta menyediakan tong sampah sendiri di tapak jualan.",
          "Katanya, pemeriksaan mengejut akan dilakukan sepanjang bulan Ramadan dan peniaga yang melanggar syarat permit boleh dikenakan kompaun sehingga RM2,000 atau permit mereka dibatalkan.",
          "Tinjauan Warta Kini di bazar Ramadan Taman Tun Dr Ismail petang semalam mendapati kebanyakan peniaga mematuhi syarat yang ditetapkan, namun masih terdapat sisa makanan yang dibuang di longkang.",
          "Orang ramai juga diingatkan supaya membawa bekas makanan sendiri bagi mengurangkan penggunaan plastik sekali guna."]
    A = [dict(id=548812, slug="banjir-jumlah-mangsa-di-johor-meningkat-kepada-4210-orang", cat="Malaysia", catp="/berita-malaysia", title="Banjir: Jumlah mangsa di Johor meningkat kepada 4,210 orang",
              d=L("2025-03-11 14:05", MYT), dm=L("2025-03-11 17:30", MYT), auth=[("Nur Aisyah Ahmad", "/penulis/nur-aisyah-ahmad")], ld=[{"@type": "Person", "name": "Nur Aisyah Ahmad"}], authors=["Nur Aisyah Ahmad"],
              paras=e1, tags=["banjir", "Johor", "MetMalaysia"], must=[e1[0], e1[4]]),
         dict(id=549105, slug="beregu-lelaki-negara-mara-ke-suku-akhir-kejohanan-badminton-seluruh-england", cat="Sukan", catp="/berita-sukan", title="Beregu lelaki negara mara ke suku akhir Kejohanan Badminton Seluruh England",
              d=L("2025-03-14 00:40", MYT), dm=L("2025-03-14 00:40", MYT), auth=[("BERNAMA", "/penulis/bernama")], ld=[{"@type": "Organization", "name": "BERNAMA"}], authors=[],
              paras=e2, tags=["badminton", "Seluruh England"], must=[e2[0], e2[2]], instant=True),
         dict(id=548401, slug="bazar-ramadan-dbkl-keluarkan-1200-permit-peniaga-diingatkan-jaga-kebersihan", cat="Malaysia", catp="/berita-malaysia", title="Bazar Ramadan: DBKL keluarkan 1,200 permit, peniaga diingatkan jaga kebersihan",
              d=L("2025-03-10 16:20", MYT), dm=L("2025-03-10 16:20", MYT), auth=[("Hafiz Yusof", "/penulis/hafiz-yusof"), ("Siti Nurbaya Ismail", "/penulis/siti-nurbaya-ismail")], ld=[{"@type": "Person", "name": "Hafiz Yusof"}],
              authors=["Hafiz Yusof", "Siti Nurbaya Ismail"], paras=e3, tags=["bazar Ramadan", "DBKL", "Ramadan 2025"], must=[e3[0], e3[4]])]
    for a in A:
        a["path"] = "%s/%s-%d" % (a["catp"], a["slug"], a["id"])

    def card(a, cls="ArticleCard_card__1nJ3x"):
        return ('<div class="%s"><a href="%s"><img alt="" src="https://img.wartakini.example/resize/400/%d.jpg" loading="lazy"/></a><div class="ArticleCard_body__e9JqA"><span class="ArticleCard_cat__Ux3n2">%s</span>'
                '<a href="%s"><h3 class="ArticleCard_title__5rTfP">%s</h3></a><span class="ArticleCard_time__kV8wB">%s</span></div></div>') % (cls, a["path"], a["id"], E(a["cat"]), a["path"], E(a["title"]), mdate(a["d"]))

    def pp(a):
        return {"id": a["id"], "title": a["title"], "slug": a["slug"], "url": a["path"], "publishDate": zulu(a["d"], ".000"), "category": a["cat"]}

    for a in A:
        url = s.url(a["path"])
        rel = [b for b in A if b is not a]
        content = "".join("<p>%s</p>" % E(p) for p in a["paras"][:2]) + '<div class="embed-baca"><strong>BACA:</strong> <a href="%s">%s</a></div>' % (rel[0]["path"], E(rel[0]["title"])) + "".join("<p>%s</p>" % E(p) for p in a["paras"][2:])
        props = {"article": {"id": a["id"], "title": a["title"], "publishDate": zulu(a["d"], ".000"), "updatedDate": zulu(a["dm"], ".000"), "category": {"name": a["cat"], "url": a["catp"]},
                             "authors": [{"name": n, "url": p} for n, p in a["auth"]], "tags": a["tags"], "content": content, "featuredImage": {"url": "https://img.wartakini.example/%d.jpg" % a["id"], "caption": ""}},
                 "relatedArticles": [pp(b) for b in rel], "trending": [pp(b) for b in rel]}
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "url": url, "datePublished": zulu(a["d"], ".000"), "dateModified": zulu(a["dm"], ".000"),
              "author": a["ld"], "publisher": {"@type": "Organization", "name": SN, "logo": {"@type": "ImageObject", "url": s.url("/images/logo-wartakini.png")}},
              "image": ["https://img.wartakini.example/%d.jpg" % a["id"]], "articleSection": a["cat"], "inLanguage": "ms"}
        head = ('<meta name="description" content="%s"/><link rel="canonical" href="%s"/><meta property="og:title" content="%s"/><meta property="og:description" content="%s"/><meta property="og:type" content="article"/>'
                '<meta property="og:url" content="%s"/><meta property="og:site_name" content="Warta Kini"/><meta property="og:image" content="https://img.wartakini.example/%d.jpg"/>'
                '<meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@wartakini"/>%s') % (
            E(a["paras"][0][:150]), url, E(a["title"]), E(a["paras"][0][:150]), url, a["id"], jl(ld))
        authors = "".join('<a class="ArticleAuthor_author__sF4p1" href="%s"><img alt="" src="/images/avatar-default.png" width="32" height="32"/><span>%s</span></a>' % (p, E(n)) for n, p in a["auth"])
        upd = ('<p class="ArticleInfo_updated__0xGtK">Dikemaskini %s</p>' % mdate(a["dm"])) if a["dm"] != a["d"] else ""
        main = ('<div class="ArticlePage_container__G5wMu"><article class="ArticlePage_article__2bQxR"><nav class="Breadcrumb_crumbs__mQ0a3"><a href="/">Utama</a> / <a href="%s">%s</a></nav>'
                '<h1 class="ArticleHeader_title__3xK9p">%s</h1><div class="ArticleInfo_info__Yh7Tr"><div class="ArticleInfo_authors__kR3pv">%s</div>'
                '<p class="ArticleInfo_published__d7Ws2">Diterbitkan %s</p>%s</div>'
                '<div class="ShareBar_bar__fQ2nL"><button aria-label="Facebook">Facebook</button><button aria-label="X">X</button><button aria-label="WhatsApp">WhatsApp</button><button aria-label="Telegram">Telegram</button><button aria-label="Salin pautan">Salin pautan</button></div>'
                '<figure class="ArticleImage_figure__Ck9dZ"><img alt="%s" src="https://img.wartakini.example/%d.jpg" width="1200" height="675"/><figcaption>Gambar fail</figcaption></figure>'
                '<div class="ArticleBody_body__HqR4t">%s</div>'
                '<div class="ArticleTags_tags__bN5yC">%s</div>'
                '<div class="Newsletter_box__Jt6Ps"><h4>Dapatkan berita terkini setiap pagi</h4><p>Langgan buletin Warta Kini dan terima ringkasan berita utama terus ke e-mel anda.</p><input type="email" placeholder="Alamat e-mel"/><button>Langgan</button></div>'
                '<section class="Related_related__Zq1mE"><h2>Berita Berkaitan</h2>%s</section></article>'
                '<aside class="ArticlePage_aside__ePw3T"><section class="Trending_box__yT6u4"><h2>Sohor Kini</h2>%s</section></aside></div>') % (
            a["catp"], E(a["cat"]), E(a["title"]), authors, mdate(a["d"]), upd, E(a["title"]), a["id"], content,
            "".join('<a href="/topik/%s">#%s</a>' % (t.lower().replace(" ", "-"), E(t)) for t in a["tags"]), "".join(card(b) for b in rel), "".join(card(b, "Trending_item__r8Vn3") for b in rel))
        s.art(a["path"], shell("%s | %s" % (a["title"], SN), main, head, "/[category]/[slug]", props), a["title"], day(a["d"]), a["authors"], instant=inst(a["d"]) if a.get("instant") else None,
              must=a["must"], must_not=["Langgan buletin Warta Kini", "Sohor Kini", "Saya Setuju", "BACA:"] + [b["title"] for b in rel])

    def lp(h1, items, intro="", page="/[category]"):
        return ('<div class="ListingPage_container__Uu4hP"><h1 class="ListingPage_title__n5sDf">%s</h1>%s<div class="ListingPage_grid__y2F3e">%s</div><button class="ListingPage_more__T0jWq">Lagi</button></div>' % (E(h1), intro, "".join(card(a) for a in items)))

    hl = '<meta property="og:type" content="website"/>'
    s.non("/", shell("Warta Kini | Berita Terkini Malaysia, Dunia, Bisnes dan Sukan", '<div class="Home_hero__R2fq9">%s</div><section><h2>Terkini</h2>%s</section>'
                     '<section class="Home_services__aU8nm"><a href="/waktu-solat/wlp01">Waktu Solat</a><a href="/harga-minyak">Harga Minyak Mingguan</a><a href="/topik/banjir">Info Banjir</a><a href="/video/banjir-johor-pps-segamat-dibuka">Video</a><a href="/galeri/suasana-bazar-ramadan-ttdi">Galeri</a><a href="/penulis/nur-aisyah-ahmad">Nur Aisyah Ahmad</a></section>' % (
                         card(A[1], "Home_heroCard__p0Zt1"), "".join(card(a) for a in A)), hl, "/", {"latest": [pp(a) for a in A]}))
    for p, n, xs in (("/berita-malaysia", "Malaysia", [A[0], A[2]]), ("/berita-sukan", "Sukan", [A[1]])):
        s.non(p, shell("Berita %s Terkini | %s" % (n, SN), lp(n, xs), hl, "/[category]", {"articles": [pp(a) for a in xs]}))
    s.non("/topik/banjir", shell("Banjir | %s" % SN, lp("#banjir", [A[0]], "<p>Info terkini banjir, jumlah mangsa dan PPS di seluruh negara.</p>"), hl, "/topik/[tag]"))
    s.non("/topik/ramadan-2025", shell("Ramadan 2025 | %s" % SN, lp("Ramadan 2025", [A[2]], '<div class="Ramadan_times__m1Qa7"><p>Imsak 5:56 pagi | Berbuka 7:27 malam (Kuala Lumpur)</p></div>'), hl, "/topik/[tag]"))
    s.non("/penulis/nur-aisyah-ahmad", shell("Nur Aisyah Ahmad | %s" % SN, lp("Nur Aisyah Ahmad", [A[0]], '<p class="Author_bio__tH5sA">Wartawan meja berita Warta Kini di Johor Bahru.</p>'), hl, "/penulis/[slug]"))
    zones = [("Subuh", "6:07"), ("Syuruk", "7:15"), ("Zohor", "1:22"), ("Asar", "4:28"), ("Maghrib", "7:27"), ("Isyak", "8:35")]
    s.non("/waktu-solat/wlp01", shell("Waktu Solat Kuala Lumpur, Putrajaya (WLY01) Hari Ini | %s" % SN,
                                      '<div class="Prayer_page__hQ9xS"><h1>Waktu Solat Hari Ini</h1><select><option value="wly01">Kuala Lumpur, Putrajaya</option><option value="jhr02">Johor Bahru, Kota Tinggi, Mersing</option><option value="sgr01">Gombak, Petaling, Sepang</option></select>'
                                      '<p class="Prayer_hijri__b0Ks3">12 Ramadan 1446H</p><table>%s</table><p>Sumber: JAKIM e-Solat</p></div>' % "".join("<tr><td>%s</td><td>%s</td></tr>" % z for z in zones), hl, "/waktu-solat/[zone]"))
    s.non("/harga-minyak", shell("Harga Minyak Mingguan 13 - 19 Mac 2025 | %s" % SN,
                                 '<div class="Fuel_page__kY2xP"><h1>Harga Minyak Mingguan</h1><p>Berkuat kuasa 13 Mac hingga 19 Mac 2025</p><table><tr><th>Produk</th><th>Harga (seliter)</th><th>Perubahan</th></tr>'
                                 '<tr><td>RON97</td><td>RM3.18</td><td>kekal</td></tr><tr><td>RON95 (bersubsidi)</td><td>RM2.05</td><td>kekal</td></tr><tr><td>Diesel Semenanjung</td><td>RM2.93</td><td>turun 2 sen</td></tr><tr><td>Diesel Sabah, Sarawak, Labuan</td><td>RM2.15</td><td>kekal</td></tr></table>'
                                 '<p>Sumber: Kementerian Kewangan</p></div>', hl, "/harga-minyak"))
    s.non("/video/banjir-johor-pps-segamat-dibuka", shell("Banjir Johor: 12 PPS dibuka di Segamat | Video | %s" % SN,
                                                         '<div class="Video_page__Gf3sA"><div class="Video_player__e2QaS" data-src="https://vod.wartakini.example/banjir-segamat.m3u8"></div><h1>Banjir Johor: 12 PPS dibuka di Segamat</h1><p>%s</p><p>Laporan langsung dari PPS Dewan Seri Jamil.</p></div>' % mdate(L("2025-03-11 13:00", MYT)),
                                                         '<meta property="og:type" content="video.other"/>', "/video/[slug]"))
    s.non("/rancangan/warta-pagi", shell("Warta Pagi | Rancangan | %s" % SN, '<div class="Show_page__yN1aR"><h1>Warta Pagi</h1><p>Isnin hingga Jumaat, 7 pagi hingga 10 pagi. Berita, bual bicara dan info trafik untuk memulakan hari anda.</p><ul><li><a href="/video/banjir-johor-pps-segamat-dibuka">Banjir Johor: 12 PPS dibuka di Segamat</a></li></ul></div>', hl, "/rancangan/[slug]"))
    s.non("/galeri/suasana-bazar-ramadan-ttdi", shell("[GALERI] Suasana bazar Ramadan TTDI | %s" % SN, '<div class="Gallery_page__jD4wC"><h1>[GALERI] Suasana bazar Ramadan TTDI</h1>%s</div>' % "".join(
        '<figure><img src="https://img.wartakini.example/galeri/ttdi-%d.jpg" alt=""/><figcaption>%s</figcaption></figure>' % (i, c) for i, c in enumerate(["Orang ramai membeli juadah berbuka.", "Murtabak antara juadah popular.", "Peniaga menyusun kuih-muih."])), hl, "/galeri/[slug]"))
    s.non("/carian", shell("Carian | %s" % SN, '<div class="Search_page__xB9mA"><h1>Carian</h1><input type="search" placeholder="Cari berita"/><p>Masukkan kata kunci untuk mula mencari.</p></div>', '<meta name="robots" content="noindex"/>', "/carian"))
    s.non("/mengenai-kami", shell("Mengenai Kami | %s" % SN, '<div class="Static_page__p3Lq7"><h1>Mengenai Kami</h1>' + ps(["Warta Kini ialah saluran berita 24 jam berbahasa Melayu yang bersiaran di televisyen, radio dan platform digital sejak 2014.", "Kami komited menyampaikan berita yang tepat, seimbang dan pantas kepada rakyat Malaysia."]) + '</div>', hl, "/mengenai-kami"))
    s.non("/hubungi-kami", shell("Hubungi Kami | %s" % SN, '<div class="Static_page__p3Lq7"><h1>Hubungi Kami</h1><p>Meja Berita: berita@wartakini.example</p><p>Talian: 03-9543 2000</p><p>Alamat: Lot 8, Jalan Delima 1/1, Subang Hi-Tech Industrial Park, 40000 Shah Alam, Selangor</p></div>', hl, "/hubungi-kami"))
    s.news_sitemap([(a["path"], a["title"], a["d"]) for a in A], SN, "ms", ["/", "/berita-malaysia", "/berita-sukan", "/waktu-solat/wlp01", "/harga-minyak", "/mengenai-kami"], "/api/")


# ====================================================================== 6 Filipino tabloid, WordPress + JNews (Tagalog)
def tambuli():
    s = Site(6)
    SN = "Tambuli"
    DESK = "Tambuli Online"

    def tdate(d):
        return "%s %d, %d @ %s" % (TL_MON[d.month - 1], d.day, d.year, d.strftime("%I:%M %p").lstrip("0"))

    def rel_time(h):
        return "%d oras ang nakalipas" % h

    NAV = [("/category/balita/", "Balita"), ("/category/metro/", "Metro"), ("/category/probinsya/", "Probinsya"), ("/category/showbiz/", "Showbiz"), ("/category/sports/", "Sports"),
           ("/lotto-result-marso-12-2025/", "Lotto Result"), ("/horoscope-marso-12-2025/", "Horoscope"), ("/video/", "Video")]

    def shell(title, main, head="", cls="home"):
        nav = "".join('<li class="menu-item menu-item-type-taxonomy menu-item-object-category"><a href="%s">%s</a></li>' % (p, E(t)) for p, t in NAV)
        return ('<!doctype html>\n<html lang="tl"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>%s</title>%s'
                '<link rel=\'stylesheet\' id=\'jnews-frontend-css\' href=\'/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.6.3\' type=\'text/css\' media=\'all\' />'
                '<link rel=\'stylesheet\' id=\'jnews-style-css\' href=\'/wp-content/themes/jnews/style.css?ver=11.6.3\' type=\'text/css\' media=\'all\' /><meta name="generator" content="WordPress 6.7.2" /></head>\n'
                '<body class="%s jeg_toggle_light jnews jsc_normal wpb-js-composer"><div class="jeg_ad jeg_ad_top jnews_header_top_ads"><div class=\'ads-wrapper  \'></div></div>'
                '<div class="jeg_viewport"><div class="jeg_header_wrapper"><div class="jeg_header normal"><div class="jeg_topbar jeg_container jeg_navbar_wrapper dark"><div class="container"><div class="jeg_nav_row">'
                '<div class="jeg_nav_item jeg_top_date">%s, %s %d, %d</div><div class="jeg_nav_item socials_widget jeg_social_icon_block nobg"><a href="https://www.facebook.com/tambulionline" target=\'_blank\' class="jeg_facebook"><i class="fa fa-facebook"></i></a><a href="https://www.youtube.com/@tambuli" class="jeg_youtube"><i class="fa fa-youtube-play"></i></a></div></div></div></div>'
                '<div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_item jeg_logo jeg_desktop_logo"><h1 class="site-title"><a href="/" style="padding: 0 0 0 0;"><img class=\'jeg_logo_img\' src="/wp-content/uploads/2021/06/tambuli-logo.png" alt="Tambuli"></a></h1></div></div></div></div>'
                '<div class="jeg_bottombar jeg_navbar jeg_container jeg_navbar_wrapper jeg_navbar_normal"><div class="container"><div class="jeg_nav_row"><div class="jeg_nav_item jeg_main_menu_wrapper"><div class="jeg_mainmenu_wrap"><ul class="jeg_menu jeg_main_menu jeg_menu_style_1" data-animation="animate"><li class="menu-item"><a href="/">Home</a></li>%s</ul></div></div>'
                '<div class="jeg_nav_item jeg_search_wrapper search_icon jeg_search_popup_expand"><a href="#" class="jeg_search_toggle"><i class="fa fa-search"></i></a><form action="/" method="get" class="jeg_search_form" target="_top"><input name="s" class="jeg_search_input" placeholder="Maghanap..." type="text" value="" autocomplete="off"></form></div></div></div></div></div></div>\n'
                '<div class="jeg_main ">%s</div>\n'
                '<div class="footer-holder" id="footer" data-id="footer"><div class="jeg_footer jeg_footer_1 dark"><div class="jeg_footer_container jeg_container"><div class="jeg_footer_content"><div class="container"><div class="row">'
                '<div class="jeg_footer_primary clearfix"><div class="col-md-4 footer_column"><div class="jeg_about "><p>Ang Tambuli ang pahayagang pang-masa na naghahatid ng pinakasariwang balita, showbiz at sports sa wikang Filipino mula pa noong 1992.</p></div></div></div>'
                '<div class="jeg_footer_secondary clearfix"><div class="footer_right"><ul class="jeg_menu_footer"><li><a href="/about-us/">Tungkol sa Amin</a></li><li><a href="/contact-us/">Makipag-ugnayan</a></li><li><a href="/privacy-policy/">Privacy Policy</a></li></ul></div>'
                '<p class="copyright">&copy; %d Tambuli Publishing Corp. All Rights Reserved.</p></div></div></div></div></div></div></div></div>'
                '<div class="jeg_cookie_consent"><p>Gumagamit ang website na ito ng cookies. Sa patuloy na paggamit, sumasang-ayon ka sa aming <a href="/privacy-policy/">Privacy Policy</a>.</p><a href="#" class="btn btn-default">Sige</a></div>'
                '<script type=\'text/javascript\' src=\'/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.6.3\' id=\'jnews-frontend-js\'></script></body></html>') % (
            E(title), head, cls, ["Lunes", "Martes", "Miyerkules", "Huwebes", "Biyernes", "Sabado", "Linggo"][NOW.weekday()], TL_MON[NOW.month - 1], NOW.day, NOW.year, nav, main, NOW.year)

    f1 = ["Ibababa ng Department of Agriculture (DA) sa P29 kada kilo ang presyo ng bigas na ibinebenta sa mga Kadiwa store sa Metro Manila simula sa susunod na linggo.",
          "Ayon sa DA, ang murang bigas ay mula sa buffer stock ng National Food Authority (NFA) at maaaring bilhin ng mga senior citizen, person with disability, solo parent at mga benepisyaryo ng 4Ps.",
          "Hanggang sampung kilo lamang kada linggo ang maaaring bilhin ng bawat pamilya upang matiyak na aabot ang suplay sa mas maraming mamimili, ayon sa ahensya.",
          "Sinabi naman ng ilang tindero sa Commonwealth Market sa Quezon City na maaaring bumaba rin ang presyo ng commercial rice kung tuloy-tuloy ang pagdating ng imported na bigas.",
          "Target ng DA na palawakin ang programa sa mga lalawigan sa Luzon, Visayas at Mindanao bago matapos ang Abril."]
    f2 = ["Arestado ang isang 34-anyos na lalaki matapos mahuli sa aktong pinuputol ang kable ng telepono sa kanto ng Juan Luna at Moriones sa Tondo, Maynila, kaninang madaling-araw.",
          "Ayon sa ulat ng Manila Police District (MPD) Station 2, nagpapatrolya ang mga pulis nang mapansin nila ang suspek na nakaakyat sa poste at may dalang lagari.",
          "Nakumpiska sa suspek ang humigit-kumulang 15 metro ng kable na tinatayang nagkakahalaga ng P12,000. Inamin umano ng suspek na ibinebenta niya ang tanso sa isang junk shop sa lugar.",
          "Nahaharap ang suspek sa kasong theft at paglabag sa Republic Act 10515 o Anti-Cable Television and Cable Internet Tapping Act."]
    f3 = ["Inamin na ng isang sikat na aktres na hiwalay na sila ng kanyang non-showbiz na nobyo matapos ang halos apat na taong relasyon.",
          "Sa isang panayam sa kanyang YouTube channel, sinabi ng aktres na maayos ang kanilang paghihiwalay at nananatili silang magkaibigan.",
          "\"Wala pong third party. Pareho lang po kaming nagdesisyon na unahin muna ang kanya-kanyang pangarap,\" ani ng aktres na kasalukuyang abala sa taping ng isang teleserye.",
          "Matagal nang usap-usapan sa social media ang hiwalayan matapos mapansin ng mga netizen na binura na ng aktres ang kanilang mga larawan sa Instagram.",
          "Nakatakdang ipalabas ang bagong teleserye ng aktres sa Abril."]
    A = [dict(path="/presyo-ng-bigas-sa-kadiwa-stores-ibababa-sa-p29-kada-kilo-da/", id=331842, cat="Balita", catp="/category/balita/", title="Presyo ng bigas sa Kadiwa stores, ibababa sa P29 kada kilo – DA",
              d=L("2025-03-12 14:05", PHT), wp="Ramon Dizon", wpslug="ramon-dizon", byline="Ni Ramon Dizon", authors=["Ramon Dizon"], paras=f1, tags=["Kadiwa", "bigas", "DA"], must=[f1[0], f1[4]]),
         dict(path="/lalaki-arestado-sa-pagnanakaw-ng-kable-sa-tondo/", id=0, cat="Metro", catp="/category/metro/", title="Lalaki, arestado sa pagnanakaw ng kable sa Tondo",
              d=ago(3, PHT), rel=3, wp=DESK, wpslug="tambuli-online", byline="", authors=[], paras=f2, tags=["Tondo", "MPD"], must=[f2[0], f2[3]]),
         dict(path="/aktres-inamin-na-hiwalay-na-sa-non-showbiz-na-nobyo/", id=331790, cat="Showbiz", catp="/category/showbiz/", title="Aktres, inamin na hiwalay na sa non-showbiz na nobyo",
              d=L("2025-03-11 21:30", PHT), wp="Lyka Navarro", wpslug="lyka-navarro", byline="Ni Lyka Navarro", authors=["Lyka Navarro"], paras=f3, tags=["showbiz", "hiwalayan"], must=[f3[0], f3[4]])]
    f4 = ["Daan-daang jeepney driver at operator ang nagtipon sa Quezon Memorial Circle nitong Lunes upang tutulan ang tuluyang pag-phaseout ng mga tradisyonal na jeep sa ilalim ng PUV modernization program.",
          "Ayon sa mga grupo ng transportasyon, mahigit 30,000 driver pa rin ang hindi nakasali sa mga kooperatiba dahil hindi nila kayang bayaran ang mahigit P2.5 milyong halaga ng bawat modern jeepney.",
          "\"Hindi kami tutol sa pagbabago, pero huwag naman kaming alisan ng hanapbuhay,\" sabi ni Mang Ernesto, 58, na 30 taon nang namamasada sa rutang Cubao-Fairview.",
          "Sinabi naman ng Land Transportation Franchising and Regulatory Board (LTFRB) na bukas pa rin ang tanggapan para sa mga nais humabol sa konsolidasyon hanggang katapusan ng Abril.",
          "Nagbabala ang mga grupo na magsasagawa sila ng mas malaking tigil-pasada kung hindi pakikinggan ang kanilang hinaing."]
    A.append(dict(path="/mga-jeepney-driver-nagprotesta-laban-sa-phaseout-sa-quezon-city/", id=331655, cat="Metro", catp="/category/metro/", title="Mga jeepney driver, nagprotesta laban sa phaseout sa Quezon City",
                  d=L("2025-03-10 10:15", PHT), wp="Ramon Dizon", wpslug="ramon-dizon", byline="Nina Ramon Dizon at Lyka Navarro", authors=["Ramon Dizon", "Lyka Navarro"], paras=f4, tags=["jeepney", "LTFRB"], must=[f4[0], f4[4]]))
    A[1]["id"] = 332000 + uid(str(NOW.date())) % 900

    def shown(a):
        return rel_time(a["rel"]) if a.get("rel") else tdate(a["d"])

    def block(a):
        return ('<article class="jeg_post jeg_pl_md_2 format-standard"><div class="jeg_thumb"><a href="%s"><div class="thumbnail-container animate-lazy size-715"><img width="350" height="250" src="/wp-content/uploads/2025/03/%d-350x250.jpg" class="attachment-jnews-350x250 size-jnews-350x250 lazyload wp-post-image" alt="%s"></div></a>'
                '<div class="jeg_post_category"><span><a href="%s" class="category-%s">%s</a></span></div></div><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="%s">%s</a></h3>'
                '<div class="jeg_post_meta"><div class="jeg_meta_date"><a href="%s"><i class="fa fa-clock-o"></i> %s</a></div></div></div></article>') % (
            a["path"], a["id"], E(a["title"]), a["catp"], a["cat"].lower(), E(a["cat"]), a["path"], E(a["title"]), a["path"], shown(a))

    for a in A:
        url = s.url(a["path"])
        rel = [b for b in A if b is not a]
        pid = s.url("/") + "#/schema/person/" + format(zlib.crc32(a["wp"].encode()), "x")
        desc = a["paras"][0][:150]
        head = ('<meta name="description" content="%s" /><link rel="canonical" href="%s" /><meta property="og:locale" content="tl_PH" /><meta property="og:type" content="article" /><meta property="og:title" content="%s - %s" />'
                '<meta property="og:description" content="%s" /><meta property="og:url" content="%s" /><meta property="og:site_name" content="%s" /><meta property="article:published_time" content="%s" />'
                '<meta property="og:image" content="%s/wp-content/uploads/2025/03/%d.jpg" /><meta name="author" content="%s" /><meta name="twitter:card" content="summary_large_image" /><meta name="twitter:label1" content="Written by" /><meta name="twitter:data1" content="%s" />%s') % (
            E(desc), url, E(a["title"]), SN, E(desc), url, SN, iso(a["d"]), s.url(""), a["id"], E(a["wp"]), E(a["wp"]),
            jl({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "@id": url + "#article", "isPartOf": {"@id": url}, "author": {"name": a["wp"], "@id": pid}, "headline": a["title"],
                                                              "datePublished": iso(a["d"]), "dateModified": iso(a["d"]), "mainEntityOfPage": {"@id": url}, "publisher": {"@id": s.url("/") + "#organization"}, "articleSection": [a["cat"]], "inLanguage": "tl"},
                                                             {"@type": "Organization", "@id": s.url("/") + "#organization", "name": SN, "url": s.url("/")}, {"@type": "Person", "@id": pid, "name": a["wp"], "url": s.url("/author/%s/" % a["wpslug"])}]}))
        body = ""
        if a["byline"]:
            body += "<p><strong>%s</strong></p>" % E(a["byline"])
        for i, p in enumerate(a["paras"]):
            body += "<p>%s</p>" % E(p)
            if i == 1:
                body += '<div class="jeg_post_tags"></div><div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post"><div class="jeg_postblock_29 jeg_postblock jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>BASAHIN DIN</span></h3></div><div class="jeg_posts"><div class="jeg_postsmall"><article class="jeg_post"><h3 class="jeg_post_title"><a href="%s">%s</a></h3></article></div></div></div></div></div>' % (rel[0]["path"], E(rel[0]["title"]))
        main = ('<div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="jeg_ad jeg_article jnews_article_top_ads"></div><div class="row"><div class="jeg_main_content col-md-8">'
                '<div class="jeg_inner_content"><div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span class=""><a href="/">Home</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="%s">%s</a></span></div></div>'
                '<div class="entry-header"><div class="jeg_meta_category"><span><span class="meta_text">in</span> <a href="%s" rel="category tag">%s</a></span></div><h1 class="jeg_post_title">%s</h1>'
                '<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><img alt=\'%s\' src=\'/wp-content/uploads/avatars/%s-80x80.jpg\' class=\'avatar avatar-80 photo\' height=\'80\' width=\'80\' /><span class="meta_text">ni</span> <a href="/author/%s/">%s</a></div>'
                '<div class="jeg_meta_date"><a href="%s">%s</a></div></div><div class="meta_right"><div class="jeg_meta_comment"><a href="%s#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div></div>'
                '<div class="jeg_featured featured_image"><a href="/wp-content/uploads/2025/03/%d.jpg"><div class="thumbnail-container animate-lazy" style="padding-bottom:56.25%%"><img width="750" height="422" src="/wp-content/uploads/2025/03/%d-750x422.jpg" class="attachment-jnews-750x422 size-jnews-750x422 lazyload wp-post-image" alt="" /></div></a></div>'
                '<div class="jeg_share_top_container"><div class="jeg_share_button clearfix"><div class="jeg_sharelist"><a href="http://www.facebook.com/sharer.php?u=%s" rel=\'nofollow\' class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>I-share sa Facebook</span></a><a href="https://twitter.com/intent/tweet?url=%s" class="jeg_btn-twitter expanded"><span>I-share sa X</span></a><a href="https://www.viber.com/share?url=%s" class="jeg_btn-viber"><span>Viber</span></a></div></div></div>'
                '<div class="jeg_ad jeg_article jnews_content_top_ads "></div><div class="entry-content no-share"><div class="content-inner ">%s</div>'
                '<div class="jeg_post_tags"><span>Tags:</span> %s</div></div>'
                '<div class="jnews_prev_next_container"></div><div class="jnews_author_box_container "><div class="jeg_authorbox"><div class="jeg_author_image"><img src="/wp-content/uploads/avatars/%s-80x80.jpg" alt=""></div><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="/author/%s/">%s</a></h3><p class="jeg_author_desc">%s</p></div></div></div>'
                '<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook jeg_pagination_disable jeg_col_2o3"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>Mga Kaugnay na Balita</span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts jeg_load_more_flag">%s</div></div></div></div></div>'
                '<div class="jnews_comment_container"><div id="comments" class="jeg_comments"><h3 class="comments-title">Mag-iwan ng komento</h3><div id="respond" class="comment-respond"><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Hindi ipa-publish ang iyong email address.</p><textarea id="comment" name="comment"></textarea><input name="submit" type="submit" id="submit" class="submit" value="I-post ang Komento" /></form></div></div></div>'
                '</div></div><div class="jeg_sidebar jeg_sticky_sidebar col-md-4"><div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>Pinakabago</span></h3></div>%s</div></div></div></div></div></div>') % (
            a["catp"], E(a["cat"]), a["catp"], E(a["cat"]), E(a["title"]), E(a["wp"]), a["wpslug"], a["wpslug"], E(a["wp"]), a["path"], shown(a), a["path"], a["id"], a["id"], url, url, url, body,
            "".join('<a href="/tag/%s/" rel="tag">%s</a>' % (t.lower().replace(" ", "-"), E(t)) for t in a["tags"]), a["wpslug"], a["wpslug"], E(a["wp"]),
            "Online desk ng Tambuli." if a["wp"] == DESK else "Reporter ng Tambuli.", "".join(block(b) for b in rel[:3]), "".join(block(b) for b in rel))
        date = "fetch-%d" % a["rel"] if a.get("rel") else day(a["d"])
        s.art(a["path"], shell("%s - %s" % (a["title"], SN), main, head, "post-template-default single single-post postid-%d single-format-standard jnews" % a["id"]), a["title"], date, a["authors"],
              must=a["must"], must_not=["BASAHIN DIN", "Mga Kaugnay na Balita", "Mag-iwan ng komento", "Gumagamit ang website na ito ng cookies"] + [b["title"] for b in rel])

    def arch(h1, items, desc=""):
        return ('<div class="jeg_content"><div class="jeg_section"><div class="container"><div class="jeg_cat_header jeg_cat_header_1"><h1 class="jeg_cat_title">%s</h1><h2 class="jeg_cat_subtitle">%s</h2></div>'
                '<div class="jeg_postblock_5 jeg_postblock"><div class="jeg_posts jeg_load_more_flag">%s</div><div class="jeg_navigation jeg_pagination jeg_pagenav_1"><span class="page_number active">1</span><a class="page_number" href="?paged=2">2</a><a class="page_nav next" href="?paged=2"><span class="navtext">Susunod</span></a></div></div></div></div></div>') % (
            E(h1), E(desc), "".join(block(a) for a in items))

    hl = '<meta property="og:type" content="website" />'

    def post_like(path, title, pid, d, inner):
        url = s.url(path)
        head = '<link rel="canonical" href="%s" /><meta property="og:type" content="article" /><meta property="og:title" content="%s - %s" /><meta property="article:published_time" content="%s" /><meta name="author" content="%s" />' % (url, E(title), SN, iso(d), DESK)
        main = ('<div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="jeg_inner_content"><div class="entry-header"><h1 class="jeg_post_title">%s</h1><div class="jeg_meta_container"><div class="jeg_post_meta"><div class="jeg_meta_author"><span class="meta_text">ni</span> <a href="/author/tambuli-online/">%s</a></div><div class="jeg_meta_date"><a href="%s">%s</a></div></div></div></div>'
                '<div class="entry-content no-share"><div class="content-inner ">%s</div></div></div></div></div></div>') % (E(title), DESK, path, tdate(d), inner)
        return shell("%s - %s" % (title, SN), main, head, "post-template-default single single-post postid-%d" % pid)

    s.non("/", shell("Tambuli - Balitang Pang-masa, Showbiz, Sports at Lotto Result", '<div class="jeg_content"><div class="container"><div class="jeg_heroblock">%s</div><div class="jeg_postblock"><div class="jeg_block_heading"><h3>Pinakabagong Balita</h3></div>%s</div>'
                     '<div class="jeg_postblock"><div class="jeg_block_heading"><h3>Serbisyo</h3></div><ul><li><a href="/lotto-result-marso-12-2025/">PCSO Lotto Result Marso 12, 2025</a></li><li><a href="/horoscope-marso-12-2025/">Horoscope Ngayong Araw</a></li><li><a href="/video/">Tambuli TV</a></li><li><a href="/gallery/mga-larawan-kadiwa-rice/">Mga larawan: Kadiwa</a></li><li><a href="/tag/kadiwa/">#Kadiwa</a></li><li><a href="/author/ramon-dizon/">Ramon Dizon</a></li></ul></div></div></div>' % (block(A[1]), "".join(block(a) for a in A)),
                     hl + '<meta name="description" content="Pinakasariwang balita, showbiz, sports at lotto result" />', "home blog jnews"))
    for p, n, xs in (("/category/balita/", "Balita", [A[0]]), ("/category/metro/", "Metro", [A[1], A[3]]), ("/category/showbiz/", "Showbiz", [A[2]]), ("/category/probinsya/", "Probinsya", [])):
        s.non(p, shell("%s Archives - %s" % (n, SN), arch(n, xs), hl, "archive category jnews"))
    s.non("/tag/kadiwa/", shell("Kadiwa Archives - %s" % SN, arch("Kadiwa", [A[0]]), hl, "archive tag jnews"))
    s.non("/author/ramon-dizon/", shell("Ramon Dizon, Author at %s" % SN, arch("Ramon Dizon", [A[0]], "Reporter ng Tambuli sa Department of Agriculture at Malacañang."), hl, "archive author jnews"))
    s.non("/lotto-result-marso-12-2025/", post_like("/lotto-result-marso-12-2025/", "PCSO Lotto Result Marso 12, 2025", 331850, L("2025-03-12 21:15", PHT),
                                                    '<p>Narito ang resulta ng PCSO lotto draw ngayong Miyerkules, Marso 12, 2025.</p><table><tr><th>Laro</th><th>Kombinasyon</th><th>Jackpot</th></tr><tr><td>Ultra Lotto 6/58</td><td>—</td><td>—</td></tr>'
                                                    '<tr><td>Superlotto 6/49</td><td>07-15-22-31-40-48</td><td>P 32,417,508.00</td></tr><tr><td>Lotto 6/42</td><td>03-11-19-27-35-41</td><td>P 9,301,112.40</td></tr><tr><td>6D Lotto</td><td>4-8-2-0-6-1</td><td>P 3,218,902.50</td></tr>'
                                                    '<tr><td>3D Lotto 2PM</td><td>5-1-9</td><td>P 4,500.00</td></tr><tr><td>2D Lotto 9PM</td><td>17-28</td><td>P 4,000.00</td></tr></table><p>Para sa mga nanalo, maaaring i-claim ang premyo sa PCSO main office sa loob ng isang taon.</p>'))
    s.non("/horoscope-marso-12-2025/", post_like("/horoscope-marso-12-2025/", "Horoscope ngayong Marso 12, 2025", 331801, L("2025-03-12 00:05", PHT), "".join(
        "<p><strong>%s</strong> – %s</p>" % x for x in [("ARIES (Mar. 21-Apr. 19)", "Magandang araw para sa negosyo. Lucky number 7."), ("TAURUS (Apr. 20-May 20)", "Iwasan ang pagpapautang ngayon. Lucky color green."),
                                                       ("GEMINI (May 21-June 20)", "May darating na magandang balita mula sa malayo."), ("CANCER (June 21-July 22)", "Maging maingat sa pagbibiyahe.")])))
    s.non("/video/", shell("Tambuli TV - Video - %s" % SN, '<div class="jeg_content"><div class="container"><h1 class="jeg_cat_title">Tambuli TV</h1><div class="jeg_video_playlist"><iframe src="https://www.youtube.com/embed/videoseries?list=PLtambuli2025"></iframe><ul><li>Kadiwa rice, dinagsa</li><li>Sunog sa Tondo</li></ul></div></div></div>', hl, "page jnews"))
    s.non("/gallery/mga-larawan-kadiwa-rice/", post_like("/gallery/mga-larawan-kadiwa-rice/", "MGA LARAWAN: Pila sa Kadiwa rice", 331846, L("2025-03-12 16:00", PHT), "".join(
        '<figure class="wp-block-image"><img src="/wp-content/uploads/2025/03/kadiwa-%d.jpg" alt="" /><figcaption>%s</figcaption></figure>' % (i, c) for i, c in enumerate(["Mahabang pila sa Kadiwa sa Quezon City.", "Mga senior citizen na bumibili ng bigas.", "Mga sako ng NFA rice."]))))
    s.non("/about-us/", shell("Tungkol sa Amin - %s" % SN, '<div class="jeg_content"><div class="container"><h1 class="jeg_post_title">Tungkol sa Amin</h1>' + ps(["Ang Tambuli ay itinatag noong 1992 bilang tabloid na naglilingkod sa masang Pilipino.", "Editor-in-Chief: Carmelita Ocampo. Tanggapan: 2F Tambuli Bldg., Port Area, Maynila."]) + '</div></div>',
                                '<meta property="og:type" content="article" />', "page-template-default page"))
    s.non("/contact-us/", shell("Makipag-ugnayan - %s" % SN, '<div class="jeg_content"><div class="container"><h1 class="jeg_post_title">Makipag-ugnayan</h1><p>Email: balita@tambuli.example | Tel: (02) 8527-1122</p><div class="wpcf7"><form><input name="your-name"><textarea></textarea><input type="submit" value="Ipadala"></form></div></div></div>',
                                  '<meta property="og:type" content="article" />', "page-template-default page"))
    s.feed("/feed/", SN, [(a["path"], a["title"], a["d"], a["wp"]) for a in A], "Balitang pang-masa", "tl")
    s.sitemap(["/", "/category/balita/", "/about-us/", "/lotto-result-marso-12-2025/"] + [a["path"] for a in A], "/wp-admin/")


# ====================================================================== 7 Philippine English digital newsroom (Rappler-like)
def pintig():
    s = Site(7)
    SN = "Pintig"

    def pdate(d):
        return "%s %d, %d %s PHT" % (d.strftime("%b"), d.day, d.year, d.strftime("%I:%M %p").lstrip("0"))

    NAV = [("/nation/", "Nation"), ("/mindanao/", "Mindanao"), ("/business/", "Business"), ("/elections/2025/", "Elections 2025"), ("/weather/", "Weather"), ("/video/", "Video"), ("/newsletters/", "Newsletters")]

    def shell(title, main, head="", cls="home"):
        nav = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (p, E(t)) for p, t in NAV)
        return ('<!DOCTYPE html>\n<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<link rel="stylesheet" href="/wp-content/themes/pintig/dist/css/main.4e1f0a.css"><script async src="https://www.googletagmanager.com/gtag/js?id=G-PNTG2025"></script></head>\n'
                '<body class="%s"><div class="masthead"><a class="masthead__logo" href="/"><img src="/wp-content/themes/pintig/dist/img/pintig-logo.svg" alt="Pintig"></a>'
                '<nav class="masthead__nav"><ul>%s</ul></nav><div class="masthead__actions"><a class="btn btn--plus" href="/plus/">Join Pintig+</a><a class="masthead__search" href="/search/">Search</a><a class="masthead__login" href="/login/">Sign in</a></div></div>\n'
                '<main id="primary" class="site-main">%s</main>\n'
                '<footer class="site-footer"><div class="site-footer__nav"><a href="/about-us/">About Pintig</a><a href="/about-us/#standards">Standards and ethics</a><a href="/newsletters/">Newsletters</a><a href="/plus/">Pintig+</a><a href="/careers/">Careers</a><a href="/privacy/">Privacy</a></div>'
                '<p>&copy; Copyright %d Pintig Media Inc. All Rights Reserved</p></footer>'
                '<div class="cookie-notice" id="cookie-notice" role="dialog"><p>We use cookies to ensure you get the best experience on our website. By continued use, you agree to our privacy policy and accept our use of such cookies.</p><button class="cookie-notice__accept">I agree</button></div>'
                '<script src="/wp-content/themes/pintig/dist/js/main.4e1f0a.js"></script></body></html>') % (E(title), head, cls, nav, main, NOW.year)

    g1 = ["MANILA, Philippines – A Senate committee on Wednesday, March 12, opened an inquiry into a P1.8-billion river dike project in Camarines Sur that remains unfinished four years after it was supposed to be completed.",
          "The dike along the Bicol River was meant to protect more than 20 villages in the towns of Nabua and Bato and in Iriga City from floods that hit the area almost every typhoon season. Only about 60% of the structure has been built, according to the Department of Public Works and Highways (DPWH).",
          "During the hearing, senators asked why the contractor had been granted three extensions and paid nearly 80% of the contract price despite repeated delays. DPWH officials blamed right-of-way problems and the pandemic.",
          "\"Every year we are told the same thing, and every year the same families are evacuated,\" one senator said, before asking the Commission on Audit to submit its findings on the project.",
          "The committee will resume the hearing after the Holy Week break and has asked the contractor's officers to appear in person."]
    g2 = ["BUKIDNON, Philippines – On a hillside farm in Quezon town, Rolando Cabahug points to a row of banana plants whose leaves have turned yellow and collapsed around their trunks.",
          "\"Once you see this, it is already too late,\" he said. The plants are infected with Fusarium wilt Tropical Race 4, a soil-borne fungus that has spread across banana plantations in Mindanao over the past decade.",
          "The disease has no cure. Farmers can only uproot infected plants, quarantine the area and wait, sometimes for years, before the soil is safe to plant again.",
          "Agriculture officials in Northern Mindanao estimate that more than 8,000 hectares of Cavendish plantations in the region have been affected. Small growers, who cannot afford resistant varieties or the cost of quarantine, have been hit the hardest.",
          "Some farmers have switched to cacao and coffee. Cabahug is not ready to give up: he has planted a variety developed by researchers in Davao that has shown some resistance to the fungus. \"We will see in a year,\" he said."]
    g3 = ["MANILA, Philippines – Philippine annual inflation eased to 2.1% in February from 2.9% in January, as rice prices fell for a second straight month, the statistics agency said on Wednesday, March 5.",
          "The February figure was below the 2.5% median forecast in a Reuters poll of economists and within the central bank's 2% to 4% target range for the year.",
          "Rice inflation slowed sharply after the government cut tariffs on imported rice last year and declared a food security emergency that allowed the release of buffer stocks to markets.",
          "Analysts said the slowdown gives the central bank room to resume cutting interest rates at its April meeting, after it unexpectedly held its key rate steady in February."]
    A = [dict(path="/nation/senate-probe-delayed-bicol-river-dike-project/", sec="Nation", secp="/nation/", title="Senate panel probes delayed Bicol River dike project",
              d=L("2025-03-12 14:05", PHT), dm=L("2025-03-13 09:40", PHT), auth=[("Ana Liza Sarmiento", "/author/ana-liza-sarmiento/")], authors=["Ana Liza Sarmiento"],
              summary=["A Senate committee opens an inquiry into a P1.8-billion dike project in Camarines Sur.", "Only about 60% of the structure has been built, four years after its deadline.", "Senators ask the Commission on Audit for its findings."],
              body=ps(g1[:4]) + "<p>%s – Pintig.ph</p>" % E(g1[4]), must=[g1[0], g1[4]], tags=["Senate of the Philippines", "DPWH", "Camarines Sur"]),
         dict(path="/mindanao/bukidnon-banana-farmers-fight-fungus-tr4/", sec="Mindanao", secp="/mindanao/", title="In Bukidnon, banana farmers fight a fungus that can wipe out a plantation",
              d=L("2025-03-10 11:30", PHT), dm=L("2025-03-10 11:30", PHT), auth=[("Ferdinand Ayo", "/author/ferdinand-ayo/")], authors=["Ferdinand Ayo"],
              summary=["A soil-borne fungus, Fusarium wilt TR4, has spread across banana plantations in Mindanao.", "More than 8,000 hectares are affected in Northern Mindanao."],
              body=ps(g2[:2]) + '<figure class="wp-block-image"><img src="/wp-content/uploads/2025/03/bukidnon-banana.jpg" alt=""><figcaption>INFECTED. Banana plants with yellowed leaves in Quezon, Bukidnon. Photo by Ferdinand Ayo</figcaption></figure>'
              + ps(g2[2:4]) + "<p>%s – Pintig.ph</p>" % E(g2[4]) + "<p><em>Ferdinand Ayo is a Mindanao-based journalist and a fellow of the Pintig Mindanao reporting program.</em></p>", must=[g2[0], g2[2]], tags=["Bukidnon", "agriculture"]),
         dict(path="/business/philippine-inflation-february-2025/", sec="Business", secp="/business/", title="Philippine inflation eases to 2.1% in February",
              d=L("2025-03-05 10:12", PHT), dm=L("2025-03-05 10:12", PHT), auth=[("Reuters", "/author/reuters/")], authors=[],
              summary=["Annual inflation eased to 2.1% in February from 2.9% in January.", "Rice prices fell for a second straight month."],
              body=ps(g3[:3]) + "<p>%s – Reuters</p>" % E(g3[3]), must=[g3[0], g3[2]], tags=["inflation", "Bangko Sentral ng Pilipinas"])]

    def card(a):
        return ('<article class="archive-article"><div class="archive-article__image"><a href="%s"><img src="/wp-content/uploads/2025/03/%d-300x169.jpg" alt=""></a></div><div class="archive-article__content">'
                '<a class="archive-article__primary-tag" href="%s">%s</a><h2><a href="%s">%s</a></h2><time datetime="%s">%s</time></div></article>') % (
            a["path"], uid(a["path"]), a["secp"], E(a["sec"]), a["path"], E(a["title"]), iso(a["d"]), pdate(a["d"]))

    MOOD = ('<div class="post-single__mood"><h3>How does this make you feel?</h3><ul class="mood-meter"><li>Happy</li><li>Sad</li><li>Angry</li><li>Don\'t Care</li><li>Inspired</li><li>Afraid</li><li>Amused</li><li>Annoyed</li></ul></div>')
    for a in A:
        url = s.url(a["path"])
        rel = [b for b in A if b is not a]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "url": url, "datePublished": iso(a["d"]), "dateModified": iso(a["dm"]),
              "author": [{"@type": "Person", "name": n, "url": s.url(p)} for n, p in a["auth"]], "publisher": {"@type": "NewsMediaOrganization", "name": SN, "logo": {"@type": "ImageObject", "url": s.url("/wp-content/themes/pintig/dist/img/pintig-logo.png")}},
              "articleSection": a["sec"], "keywords": a["tags"], "isAccessibleForFree": True}
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s"><meta property="og:site_name" content="Pintig">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta property="article:section" content="%s"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@pintigph">%s') % (
            E(a["summary"][0]), url, E(a["title"]), url, iso(a["d"]), iso(a["dm"]), a["sec"], jl(ld))
        upd = ('<span class="post-single__updated">Updated %s</span>' % pdate(a["dm"])) if a["dm"] != a["d"] else ""
        main = ('<article class="post-single"><header class="post-single__header"><div class="post-single__kicker"><a href="%s">%s</a></div><h1 class="post-single__title">%s</h1>'
                '<div class="post-single__summary"><p>%s</p></div><div class="post-single__meta"><div class="post-single__authors">%s</div>'
                '<time datetime="%s" class="entry-date published post__timeago">%s</time>%s</div>'
                '<div class="post-single__share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a><a href="https://x.com/intent/tweet?url=%s">X</a><a href="#" class="copy-link">Copy link</a></div></header>'
                '<div class="ai-summary"><div class="ai-summary__disclaimer">This is AI generated summarization, which may have errors. For context, always refer to the full article.</div><ul>%s</ul></div>'
                '<figure class="post-single__featured"><img src="/wp-content/uploads/2025/03/%d.jpg" alt=""></figure>'
                '<div class="post-single__content entry-content">%s</div>%s'
                '<div class="post-single__tags">%s</div>'
                '<div class="plus-pitch"><h3>Support independent journalism</h3><p>Join Pintig+ for exclusive newsletters, events and an ad-free experience.</p><a href="/plus/">Join now</a></div>'
                '<section class="post-single__related"><h3>More from Pintig</h3>%s</section>'
                '<div class="post-single__comments"><h3>Add a comment</h3><p>Sign in to join the conversation.</p></div></article>') % (
            a["secp"], E(a["sec"]), E(a["title"]), E(a["summary"][0]), "".join('<a class="post-single__author" href="%s">%s</a>' % (p, E(n)) for n, p in a["auth"]),
            iso(a["d"]), pdate(a["d"]), upd, url, url, "".join("<li>%s</li>" % E(x) for x in a["summary"]), uid(a["path"]), a["body"], MOOD,
            "".join('<a href="/topic/%s/">%s</a>' % (t.lower().replace(" ", "-"), E(t)) for t in a["tags"]), "".join(card(b) for b in rel))
        s.art(a["path"], shell("%s" % a["title"], main, head, "post-template-default single single-post"), a["title"], day(a["d"]), a["authors"], must=a["must"],
              must_not=["This is AI generated summarization", "How does this make you feel?", "Support independent journalism", "We use cookies to ensure"] + [b["title"] for b in rel])

    def lp(h1, items, intro=""):
        return '<div class="archive"><h1 class="archive__title">%s</h1>%s<div class="archive__list">%s</div><a class="archive__more" href="page/2/">Load more</a></div>' % (E(h1), intro, "".join(card(a) for a in items))

    hl = '<meta property="og:type" content="website">'
    s.non("/", shell("Pintig | Philippine News", '<div class="home">%s<section><h2>Latest</h2>%s</section><section class="home__services"><a href="/weather/pagasa-bulletin/">PAGASA bulletin</a><a href="/elections/2025/candidates/senate/">2025 Senate candidates</a>'
                     '<a href="/video/pintig-talk-bicol-river-dike/">Pintig Talk</a><a href="/topic/senate-of-the-philippines/">Senate</a><a href="/author/ana-liza-sarmiento/">Ana Liza Sarmiento</a></section></div>' % (card(A[0]), "".join(card(a) for a in A)), hl, "home"))
    for p, n, xs in (("/nation/", "Nation", [A[0]]), ("/mindanao/", "Mindanao", [A[1]]), ("/business/", "Business", [A[2]])):
        s.non(p, shell("%s | Pintig" % n, lp(n, xs), hl, "archive category"))
    s.non("/topic/senate-of-the-philippines/", shell("Senate of the Philippines | Pintig", lp("Senate of the Philippines", [A[0]], "<p>Latest stories on the Senate of the Philippines.</p>"), hl, "archive tag"))
    s.non("/author/ana-liza-sarmiento/", shell("Ana Liza Sarmiento | Pintig", lp("Ana Liza Sarmiento", [A[0]], '<div class="author-bio"><p>Ana Liza Sarmiento covers the Senate and public works for Pintig. Before joining in 2021 she reported for a Bicol radio station.</p><a href="https://x.com/analizasarmiento">@analizasarmiento</a></div>'), hl, "archive author"))
    s.non("/weather/pagasa-bulletin/", shell("PAGASA weather bulletin | Pintig", '<div class="weather-tracker"><h1>Weather updates</h1><p class="weather-tracker__updated">As of 11 am, Wednesday, March 12, 2025</p>'
                                                                              '<p>No tropical cyclone is being monitored inside the Philippine Area of Responsibility. The northeast monsoon affects Northern Luzon.</p><div class="weather-tracker__map" data-src="pagasa-satellite"></div>'
                                                                              '<ul><li>Metro Manila: 24-33°C, partly cloudy</li><li>Davao City: 23-32°C, isolated rain showers</li></ul></div>', hl, "page weather"))
    s.non("/elections/2025/candidates/senate/", shell("2025 Senate candidates | Pintig", '<div class="elections"><h1>Who is running for senator in 2025?</h1><p>66 candidates are vying for 12 Senate seats in the May 12, 2025 midterm elections.</p>'
                                                                                       '<div class="candidate-grid">%s</div><p><a href="/elections/2025/">Elections 2025 hub</a></p></div>' % "".join('<div class="candidate-card"><span class="ballot-no">%d</span><span class="name">%s</span></div>' % (i + 1, n) for i, n in enumerate(["ABALOS, BENHUR", "ADONIS, JEROME", "AMAD, WILSON", "ANDAMO, NARS ALYN"])), hl, "page elections"))
    s.non("/video/pintig-talk-bicol-river-dike/", shell("Pintig Talk: Why is the Bicol River dike still unfinished? | Pintig", '<div class="video-single"><div class="video-single__player"><iframe src="https://www.youtube.com/embed/PnTg2025dike"></iframe></div><h1>Pintig Talk: Why is the Bicol River dike still unfinished?</h1><p>Ana Liza Sarmiento talks to a Nabua councilor about the project. Mar 13, 2025</p></div>',
                                                        '<meta property="og:type" content="video.other">', "video"))
    s.non("/newsletters/", shell("Newsletters | Pintig", '<div class="newsletters"><h1>Get the news in your inbox</h1><ul><li><h3>The Daily Pintig</h3><p>Top stories every weekday morning.</p><button>Subscribe</button></li><li><h3>Mindanao Desk</h3><p>Weekly stories from the south.</p><button>Subscribe</button></li></ul></div>', hl, "page"))
    s.non("/plus/", shell("Pintig+ membership | Pintig", '<div class="plus-landing"><h1>Join Pintig+</h1><p>For as low as P99 a month, support independent journalism and get exclusive content.</p><ul><li>Ad-free reading</li><li>Members-only events</li></ul><a class="btn" href="/plus/checkout/">Join now</a></div>', hl, "page"))
    s.non("/about-us/", shell("About Pintig | Pintig", '<div class="page"><h1>About Pintig</h1>' + ps(["Pintig is an independent digital news organization founded in 2016 by a group of journalists from Manila and Davao.",
                                                                                                  "We follow the Code of Ethics of the Philippine Press Institute. To report an error, email corrections@pintig.example."]) + '</div>', hl, "page"))
    s.non("/search/", shell("Search | Pintig", '<div class="search"><h1>Search</h1><form><input name="q" placeholder="Search Pintig"><button>Search</button></form></div>', '<meta name="robots" content="noindex">', "search"))
    s.feed("/feed/", SN, [(a["path"], a["title"], a["d"], a["auth"][0][0]) for a in A], "Philippine news", "en-PH")
    s.news_sitemap([(a["path"], a["title"], a["d"]) for a in A], SN, "en", ["/", "/nation/", "/mindanao/", "/business/", "/about-us/", "/newsletters/"], "/login/")


# ====================================================================== 8 Khmer news site, custom PHP CMS, Khmer digits
def domnoeng():
    s = Site(8)
    SN = "ដំណឹងថ្ងៃនេះ"
    K = lambda x: x.translate(KM_DIG)  # noqa: E731

    def kdate(d):
        return K("ថ្ងៃ%s ទី%d ខែ%s ឆ្នាំ%d ម៉ោង %s" % (KM_WD[d.weekday()], d.day, KM_MON[d.month - 1], d.year, d.strftime("%H:%M")))

    def kshort(d):
        return K("%02d/%02d/%d" % (d.day, d.month, d.year))

    NAV = [("/category/national", "ព័ត៌មានជាតិ"), ("/category/provinces", "ព័ត៌មានខេត្ត"), ("/category/economy", "សេដ្ឋកិច្ច"), ("/category/world", "អន្តរជាតិ"), ("/category/sport", "កីឡា"),
           ("/exchange-rate", "អត្រាប្តូរប្រាក់"), ("/gold-price", "តម្លៃមាស"), ("/video", "វីដេអូ")]

    def shell(title, main, head="", cls="home"):
        nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in NAV)
        return ('<!DOCTYPE html>\n<html lang="km"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<link href="https://fonts.googleapis.com/css2?family=Battambang:wght@400;700&family=Moul&display=swap" rel="stylesheet"><link rel="stylesheet" href="/assets/css/bootstrap.min.css"><link rel="stylesheet" href="/assets/css/style.css?v=3.2"></head>\n'
                '<body class="%s"><div class="top-bar"><div class="container"><span class="today">%s</span><span class="social"><a href="https://www.facebook.com/domnoengthngainih">Facebook</a> <a href="https://t.me/domnoeng">Telegram</a></span></div></div>'
                '<header class="header"><div class="container"><a class="logo" href="/"><img src="/assets/img/logo.png" alt="%s"></a><div class="header-ads"><img src="/uploads/ads/bank-970x90.gif" alt=""></div></div>'
                '<nav class="navbar navbar-expand-lg main-menu"><div class="container"><ul class="navbar-nav"><li class="active"><a href="/">ទំព័រដើម</a></li>%s</ul><form class="search" action="/search"><input name="q" placeholder="ស្វែងរក..."></form></div></nav></header>\n'
                '<div class="container main-content">%s</div>\n'
                '<footer class="footer"><div class="container"><div class="row"><div class="col-md-6"><p>%s - គេហទំព័រព័ត៌មានឯករាជ្យ ផ្សាយព័ត៌មានជាតិ និងអន្តរជាតិ ២៤ម៉ោង</p></div>'
                '<div class="col-md-6"><ul class="footer-menu"><li><a href="/about">អំពីយើង</a></li><li><a href="/contact">ទំនាក់ទំនង</a></li><li><a href="/advertise">ផ្សាយពាណិជ្ជកម្ម</a></li></ul></div></div>'
                '<p class="copyright">រក្សាសិទ្ធិគ្រប់យ៉ាងដោយ %s %s</p></div></footer><script src="/assets/js/jquery.min.js"></script><script src="/assets/js/main.js?v=3.2"></script></body></html>') % (
            E(title), head, cls, K("ថ្ងៃ%s ទី%d ខែ%s ឆ្នាំ%d" % (KM_WD[NOW.weekday()], NOW.day, KM_MON[NOW.month - 1], NOW.year)), SN, nav, main, SN, SN, K("© %d" % NOW.year))

    h1 = ["បាត់ដំបង៖ តម្លៃស្រូវក្រអូបនៅខេត្តបាត់ដំបងបានកើនឡើងវិញក្នុងសប្តាហ៍នេះ ដល់ជាង ១ ២០០ រៀលក្នុងមួយគីឡូក្រាម បន្ទាប់ពីបានធ្លាក់ចុះអស់រយៈពេលជិតពីរខែ។",
          "កសិករនៅស្រុកសង្កែ បានឲ្យដឹងថា ឈ្មួញមកពីប្រទេសជិតខាង និងរោងម៉ាស៊ីនកិនស្រូវក្នុងស្រុក បានចាប់ផ្តើមទិញស្រូវច្រើនឡើងវិញ ខណៈការនាំចេញអង្ករទៅកាន់ទីផ្សារអឺរ៉ុបកំពុងកើនឡើង។",
          "លោក ហេង សុខា ជាកសិករម្នាក់នៅឃុំអូរដំបង បាននិយាយថា «ឆ្នាំនេះទិន្នផលល្អ ប៉ុន្តែតម្លៃទាបពេក ពេលនេះតម្លៃឡើងវិញ ទើបយើងអាចសងបំណុលបាន»។",
          "មន្ទីរកសិកម្ម រុក្ខាប្រមាញ់ និងនេសាទខេត្តបាត់ដំបង បានឲ្យដឹងថា ខេត្តនេះមានផ្ទៃដីដាំដុះស្រូវប្រាំងជាង ៨០ ០០០ ហិកតា ហើយរំពឹងថាទិន្នផលសរុបនឹងលើសពី ៤០០ ០០០ តោន។",
          "ទោះជាយ៉ាងណា កសិករមួយចំនួនបារម្ភថា តម្លៃជី និងប្រេងឥន្ធនៈដែលនៅតែខ្ពស់ នឹងកាត់បន្ថយប្រាក់ចំណេញរបស់ពួកគេ។"]
    h2 = ["ភ្នំពេញ៖ ក្រសួងសាធារណការ និងដឹកជញ្ជូន បានឲ្យដឹងថា ការសាងសង់ផ្លូវជាតិលេខ៥ ផ្នែកពីខេត្តកំពង់ឆ្នាំង ទៅខេត្តពោធិ៍សាត់ ប្រវែងជាង ៩០ គីឡូម៉ែត្រ បានសម្រេចជាង ៨៥ ភាគរយ ហើយនឹងបញ្ចប់នៅចុងឆ្នាំ ២០២៥។",
          "ផ្លូវនេះត្រូវបានពង្រីកជាបួនគន្លង ដោយមានផ្លូវសម្រាប់ម៉ូតូនៅសងខាង និងស្ពានថ្មីចំនួន ១២ ដើម្បីកាត់បន្ថយគ្រោះថ្នាក់ចរាចរណ៍ និងជួយដល់ការដឹកជញ្ជូនទំនិញទៅកាន់ព្រំដែន។",
          "អ្នករស់នៅតាមបណ្តោយផ្លូវ បានត្អូញត្អែរអំពីធូលីដី និងការស្ទះចរាចរណ៍ក្នុងអំឡុងពេលសាងសង់ ប៉ុន្តែភាគច្រើនសង្ឃឹមថា ផ្លូវថ្មីនឹងជួយឲ្យការធ្វើដំណើរទៅភ្នំពេញលឿនជាងមុន។",
          "មន្ត្រីក្រសួងបានស្នើឲ្យអ្នកបើកបរគោរពសញ្ញាចរាចរណ៍ និងបន្ថយល្បឿននៅតំបន់ការដ្ឋាន ដើម្បីសុវត្ថិភាពរបស់កម្មករ និងអ្នកដំណើរ។"]
    h3 = ["ភ្នំពេញ៖ កម្ពុជាបានទទួលភ្ញៀវទេសចរអន្តរជាតិចំនួនជិត ១ លាននាក់ ក្នុងរយៈពេលពីរខែដើមឆ្នាំ ២០២៥ កើនឡើងប្រមាណ ១៥ ភាគរយ បើធៀបនឹងរយៈពេលដូចគ្នាកាលពីឆ្នាំមុន។",
          "យោងតាមរបាយការណ៍របស់ក្រសួងទេសចរណ៍ ភ្ញៀវទេសចរមកពីប្រទេសថៃ វៀតណាម និងចិន នៅតែជាទីផ្សារធំជាងគេ ខណៈភ្ញៀវមកពីអឺរ៉ុប និងអាមេរិកក៏កើនឡើងផងដែរ។",
          "ខេត្តសៀមរាប ដែលជាទីតាំងនៃប្រាសាទអង្គរ បានទទួលភ្ញៀវច្រើនជាងគេ បន្ទាប់មកគឺរាជធានីភ្នំពេញ និងខេត្តព្រះសីហនុ។",
          "ក្រសួង\u200bទេសចរណ៍\u200bរំពឹង\u200bថា ចំនួន\u200bភ្ញៀវ\u200bទេសចរ\u200bអន្តរជាតិ\u200bសម្រាប់\u200bឆ្នាំ ២០២៥ ទាំង\u200bមូល\u200bនឹង\u200bកើន\u200bដល់\u200bជាង ៧ លាន\u200bនាក់។"]
    A = [dict(id=356812, cat="ព័ត៌មានខេត្ត", catp="/category/provinces", title="តម្លៃស្រូវនៅខេត្តបាត់ដំបងកើនឡើងវិញ បន្ទាប់ពីធ្លាក់ចុះអស់រយៈពេលពីរខែ", d=L("2025-03-12 14:05", ICT),
              byline='<span class="author">ដោយ៖ <a href="/author/sok-chantha">សុខ ចាន់ថា</a></span>', authors=["សុខ ចាន់ថា"], paras=h1,
              meta='<meta property="article:published_time" content="2025-03-12T14:05:00+07:00">', must=[h1[0], h1[4]]),
         dict(id=356640, cat="ព័ត៌មានជាតិ", catp="/category/national", title="ផ្លូវជាតិលេខ៥ ផ្នែកពីកំពង់ឆ្នាំងទៅពោធិ៍សាត់ នឹងបញ្ចប់ការសាងសង់នៅចុងឆ្នាំនេះ", d=L("2025-03-11 09:30", ICT),
              byline='<span class="author">អត្ថបទ៖ ម៉ៅ សុភា</span> <span class="photographer">រូបភាព៖ ជា វណ្ណៈ</span>', authors=["ម៉ៅ សុភា"], paras=h2,
              meta='<meta property="og:updated_time" content="2025-03-14T08:12:40+07:00">', must=[h2[0], h2[3]]),
         dict(id=357003, cat="សេដ្ឋកិច្ច", catp="/category/economy", title="កម្ពុជាទទួលភ្ញៀវទេសចរអន្តរជាតិជិត ១ លាននាក់ ក្នុងរយៈពេលពីរខែដើមឆ្នាំ", d=L("2025-03-13 10:20", ICT),
              byline='<span class="author">ដោយ៖ AKP</span>', authors=[], paras=h3, meta="", must=[h3[0], h3[2]])]
    for a in A:
        a["path"] = "/article/%d.html" % a["id"]

    def item(a):
        return ('<div class="news-item media"><a href="%s" class="thumb"><img src="/uploads/2025/03/%d_thumb.jpg" alt=""></a><div class="media-body"><h4><a href="%s">%s</a></h4><span class="date"><i class="fa fa-clock"></i> %s</span></div></div>') % (
            a["path"], a["id"], a["path"], E(a["title"]), kshort(a["d"]))

    for a in A:
        url = s.url(a["path"])
        rel = [b for b in A if b is not a]
        head = ('<meta name="description" content="%s"><meta name="keywords" content="ព័ត៌មាន, កម្ពុជា, %s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
                '<meta property="og:image" content="%s/uploads/2025/03/%d.jpg"><meta property="og:site_name" content="%s"><meta property="fb:app_id" content="1546032345678901">%s') % (
            E(a["paras"][0][:120]), E(a["cat"]), E(a["title"]), url, s.url(""), a["id"], SN, a["meta"])
        body = "".join("<p>%s</p>" % E(p) for p in a["paras"][:2]) + '<div class="ads-in-article"><img src="/uploads/ads/telco-728x90.gif" alt=""></div>' + "".join("<p>%s</p>" % E(p) for p in a["paras"][2:])
        main = ('<div class="row"><div class="col-md-8"><div class="article-detail"><ol class="breadcrumb"><li><a href="/">ទំព័រដើម</a></li><li><a href="%s">%s</a></li></ol>'
                '<h1 class="article-title">%s</h1><div class="article-meta">%s <span class="date"><i class="fa fa-clock"></i> %s</span> <span class="views"><i class="fa fa-eye"></i> %s</span></div>'
                '<div class="share-buttons"><a href="https://www.facebook.com/sharer/sharer.php?u=%s" class="btn-fb">ចែករំលែក</a><a href="https://t.me/share/url?url=%s" class="btn-tg">Telegram</a></div>'
                '<div class="article-image"><img src="/uploads/2025/03/%d.jpg" alt=""></div><div class="article-content">%s</div>'
                '<div class="article-tags">ស្លាក៖ <a href="%s">ទេសចរណ៍</a> <a href="%s">កសិកម្ម</a></div>'
                '<div class="telegram-join"><a href="https://t.me/domnoeng">ចូលរួម Telegram Channel របស់យើង ដើម្បីទទួលបានព័ត៌មានថ្មីៗ</a></div>'
                '<div class="related-news"><h3 class="block-title">ព័ត៌មានទាក់ទង</h3>%s</div>'
                '<div class="fb-comments" data-href="%s" data-numposts="5"></div></div></div>'
                '<div class="col-md-4 sidebar"><div class="widget"><h3 class="block-title">ព័ត៌មានពេញនិយម</h3>%s</div><div class="widget rate-box"><h3 class="block-title">អត្រាប្តូរប្រាក់</h3><p>%s</p><a href="/exchange-rate">មើលបន្ថែម</a></div></div></div>') % (
            a["catp"], E(a["cat"]), E(a["title"]), a["byline"], kdate(a["d"]), K(str(a["id"] % 9000 + 1200)), url, url, a["id"], body, H("/tag/ទេសចរណ៍"), H("/tag/កសិកម្ម"),
            "".join(item(b) for b in rel), url, "".join(item(b) for b in rel), K("1 USD = 4,005 រៀល"))
        s.art(a["path"], shell("%s - %s" % (a["title"], SN), main, head, "article"), a["title"], day(a["d"]), a["authors"], must=a["must"],
              must_not=["ចូលរួម Telegram Channel", "ព័ត៌មានពេញនិយម", "អត្រាប្តូរប្រាក់"] + [b["title"] for b in rel])

    def lp(h1, items, intro=""):
        return '<div class="category-page"><h1 class="block-title">%s</h1>%s%s<ul class="pagination"><li class="active"><span>១</span></li><li><a href="?page=2">២</a></li></ul></div>' % (E(h1), intro, "".join(item(a) for a in items))

    hl = '<meta property="og:type" content="website">'
    s.non("/", shell("%s - ព័ត៌មានថ្មីៗ ២៤ម៉ោង" % SN, '<div class="row"><div class="col-md-8"><div class="featured">%s</div><h3 class="block-title">ព័ត៌មានថ្មីៗ</h3>%s</div><div class="col-md-4"><ul class="services"><li><a href="/exchange-rate">អត្រាប្តូរប្រាក់</a></li><li><a href="/gold-price">តម្លៃមាសថ្ងៃនេះ</a></li>'
                     '<li><a href="/video/8841">វីដេអូ៖ ការដ្ឋានផ្លូវជាតិលេខ៥</a></li><li><a href="/gallery/1207">រូបភាព៖ ប្រមូលផលស្រូវប្រាំង</a></li><li><a href="%s">ទេសចរណ៍</a></li><li><a href="/author/sok-chantha">សុខ ចាន់ថា</a></li></ul></div></div>' % (
                         item(A[0]), "".join(item(a) for a in A), H("/tag/ទេសចរណ៍")), hl, "home"))
    for p, n, xs in (("/category/provinces", "ព័ត៌មានខេត្ត", [A[0]]), ("/category/national", "ព័ត៌មានជាតិ", [A[1]]), ("/category/economy", "សេដ្ឋកិច្ច", [A[2]])):
        s.non(p, shell("%s - %s" % (n, SN), lp(n, xs), hl, "category"))
    s.non("/tag/ទេសចរណ៍", shell("ទេសចរណ៍ - %s" % SN, lp("ស្លាក៖ ទេសចរណ៍", [A[2]]), hl, "tag"))
    s.non("/tag/កសិកម្ម", shell("កសិកម្ម - %s" % SN, lp("ស្លាក៖ កសិកម្ម", [A[0]]), hl, "tag"))
    s.non("/author/sok-chantha", shell("សុខ ចាន់ថា - %s" % SN, lp("អ្នកយកព័ត៌មាន៖ សុខ ចាន់ថា", [A[0]], "<p>អ្នកយកព័ត៌មានប្រចាំខេត្តបាត់ដំបង</p>"), hl, "author"))
    s.non("/exchange-rate", shell("អត្រាប្តូរប្រាក់ប្រចាំថ្ងៃ - %s" % SN, K('<div class="page"><h1>អត្រាប្តូរប្រាក់ប្រចាំថ្ងៃ</h1><p>អត្រាផ្លូវការរបស់ធនាគារជាតិនៃកម្ពុជា ថ្ងៃទី12 ខែមីនា ឆ្នាំ2025</p><table class="table"><tr><th>រូបិយប័ណ្ណ</th><th>ទិញ</th><th>លក់</th></tr>'
                                                                     '<tr><td>USD</td><td>4,001</td><td>4,009</td></tr><tr><td>THB</td><td>118.52</td><td>119.71</td></tr><tr><td>VND</td><td>0.156</td><td>0.158</td></tr><tr><td>EUR</td><td>4,350</td><td>4,394</td></tr></table></div>'), hl, "page"))
    s.non("/gold-price", shell("តម្លៃមាសថ្ងៃនេះ - %s" % SN, K('<div class="page"><h1>តម្លៃមាសថ្ងៃនេះ</h1><p>ធ្វើបច្ចុប្បន្នភាព៖ ម៉ោង 09:00 ថ្ងៃទី12 ខែមីនា ឆ្នាំ2025</p><table class="table"><tr><th>ប្រភេទ</th><th>ទិញ (ជី)</th><th>លក់ (ជី)</th></tr><tr><td>មាសបារាំង</td><td>$335</td><td>$338</td></tr><tr><td>មាស 18K</td><td>$250</td><td>$256</td></tr></table><p>តម្លៃអាចប្រែប្រួលតាមហាង។</p></div>'), hl, "page"))
    s.non("/video/8841", shell("វីដេអូ៖ ការដ្ឋានផ្លូវជាតិលេខ៥ ផ្នែកកំពង់ឆ្នាំង - %s" % SN, '<div class="video-page"><h1>វីដេអូ៖ ការដ្ឋានផ្លូវជាតិលេខ៥ ផ្នែកកំពង់ឆ្នាំង</h1><div class="embed-responsive"><iframe src="https://www.facebook.com/plugins/video.php?href=domnoeng%2Fvideos%2F8841"></iframe></div><p class="date">' + kshort(L("2025-03-11 11:00", ICT)) + '</p></div>',
                               '<meta property="og:type" content="video.other">', "video"))
    s.non("/gallery/1207", shell("រូបភាព៖ ប្រមូលផលស្រូវប្រាំងនៅបាត់ដំបង - %s" % SN, '<div class="gallery-page"><h1>រូបភាព៖ ប្រមូលផលស្រូវប្រាំងនៅបាត់ដំបង</h1>%s</div>' % "".join('<figure><img src="/uploads/gallery/1207_%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, c) for i, c in enumerate(["កសិករប្រមូលផលស្រូវ", "ម៉ាស៊ីនច្រូតស្រូវ", "ឈ្មួញថ្លឹងស្រូវ"])),
                                 hl, "gallery"))
    s.non("/search", shell("ស្វែងរក - %s" % SN, '<div class="search-page"><h1>លទ្ធផលស្វែងរក</h1><form action="/search"><input name="q"></form><p>សូមបញ្ចូលពាក្យគន្លឹះ</p></div>', '<meta name="robots" content="noindex">', "search"))
    s.non("/about", shell("អំពីយើង - %s" % SN, '<div class="page"><h1>អំពីយើង</h1>' + ps([K("%s ត្រូវបានបង្កើតឡើងនៅឆ្នាំ 2016 ជាគេហទំព័រព័ត៌មានឯករាជ្យ ដែលផ្សាយព័ត៌មានជាតិ និងអន្តរជាតិ ជាភាសាខ្មែរ។" % SN), "ក្រុមការងាររបស់យើងមានអ្នកយកព័ត៌មានប្រចាំនៅគ្រប់ខេត្ត។"]) + '</div>', hl, "page"))
    s.non("/contact", shell("ទំនាក់ទំនង - %s" % SN, '<div class="page"><h1>ទំនាក់ទំនង</h1>' + K('<p>អាសយដ្ឋាន៖ ផ្ទះលេខ 45 ផ្លូវ 271 សង្កាត់ទឹកថ្លា ខណ្ឌសែនសុខ រាជធានីភ្នំពេញ</p><p>ទូរស័ព្ទ៖ 012 345 678</p><p>អ៊ីមែល៖ news@domnoeng.example</p>') + '</div>', hl, "page"))
    s.feed("/rss", SN, [(a["path"], a["title"], a["d"], "") for a in A], "ព័ត៌មានថ្មីៗ", "km")
    s.sitemap(["/", "/category/provinces", "/category/national", "/category/economy", "/exchange-rate", "/gold-price", "/about", "/contact"] + [a["path"] for a in A], "/admin/")


# ====================================================================== 9 Burmese exile newsroom, WordPress + Jannah, Burmese digits, relative times
def shwemyit():
    s = Site(9)
    SN = "ရွှေမြစ်သတင်း"
    M = lambda x: x.translate(MY_DIG)  # noqa: E731

    def mdate(d):
        return M("%s %d၊ %d" % (MY_MON[d.month - 1], d.day, d.year))

    def shown(a):
        return M("လွန်ခဲ့သော %d နာရီက" % a["rel"]) if a.get("rel") else mdate(a["d"])

    NAV = [("/category/news/", "သတင်း"), ("/category/news/regional/", "ပြည်နယ်နှင့်တိုင်း"), ("/category/economy/", "စီးပွားရေး"), ("/category/opinion/", "အာဘော်"),
           ("/gold-price/", "ရွှေဈေး"), ("/exchange-rate/", "ငွေလဲနှုန်း"), ("/category/video/", "ဗီဒီယို"), ("/donate/", "ထောက်ပံ့ရန်")]

    def shell(title, main, head="", cls="home"):
        nav = "".join('<li class="menu-item menu-item-type-taxonomy"><a href="%s">%s</a></li>' % (H(p), E(t)) for p, t in NAV)
        return ('<!DOCTYPE html>\n<html lang="my-MM" class="" data-skin="light"><head><meta charset="UTF-8" /><link rel="profile" href="https://gmpg.org/xfn/11" /><title>%s</title>%s'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0" /><link rel=\'stylesheet\' id=\'tie-css-base-css\' href=\'/wp-content/themes/jannah/assets/css/base.min.css?ver=7.3.1\' type=\'text/css\' media=\'all\' />'
                '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Padauk:wght@400;700&display=swap"></head>\n'
                '<body id="tie-body" class="%s wrapper-has-shadow block-head-1 magazine2 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-right has-sidebar">'
                '<div class="background-overlay"><div id="tie-container" class="site tie-container"><div id="tie-wrapper">'
                '<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below no-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default">'
                '<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="Secondary Navigation"><div class="container"><div class="topbar-wrapper"><div class="topbar-today-date tie-icon">%s</div>'
                '<div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">နောက်ဆုံးရ</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal"></ul></div></div></div></div></nav>'
                '<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo"><a title="%s" href="/"><picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" src="/wp-content/uploads/2021/03/shwemyit-logo.png" alt="%s" width="300" height="80" /></picture></a></div></div></div></div></div>'
                '<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="Primary Navigation"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-main" class="menu"><li class="menu-item current-menu-item"><a href="/">ပင်မစာမျက်နှာ</a></li>%s</ul></div></div>'
                '<ul class="components"><li class="search-compact-icon menu-item custom-menu-link"><a href="#" class="tie-search-trigger"><span class="tie-icon-search tie-search-icon" aria-hidden="true"></span><span class="screen-reader-text">ရှာဖွေရန်</span></a></li></ul></div></div></div></nav></div></header>\n'
                '<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">%s</div></div>\n'
                '<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12">'
                '<div class="copyright-text copyright-text-first">&copy; %s %s။ မူပိုင်ခွင့် ရယူထားသည်။</div><div class="footer-menu"><ul id="menu-footer" class="menu"><li><a href="/about-us/">ကျွန်ုပ်တို့အကြောင်း</a></li><li><a href="/contact-us/">ဆက်သွယ်ရန်</a></li><li><a href="/donate/">ထောက်ပံ့ရန်</a></li></ul></div>'
                '<ul class="social-icons"><li class="social-icons-item"><a class="social-link facebook-social-icon" rel="external noopener nofollow" target="_blank" href="https://www.facebook.com/shwemyitnews"><span class="tie-social-icon tie-icon-facebook"></span></a></li><li class="social-icons-item"><a class="social-link telegram-social-icon" href="https://t.me/shwemyitnews"><span class="tie-social-icon tie-icon-paper-plane"></span></a></li></ul></div></div></div></div></footer>'
                '<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span><span class="screen-reader-text">Back to top button</span></a></div></div></div>'
                '<script type=\'text/javascript\' src=\'/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.3.1\' id=\'tie-scripts-js\'></script></body></html>') % (
            E(title), head, cls, M("%s %d၊ %d" % (MY_MON[NOW.month - 1], NOW.day, NOW.year)), SN, SN, nav, main, M(str(NOW.year)), SN)

    i1 = ["စစ်ကိုင်းတိုင်း ဒီပဲယင်းမြို့နယ်ရှိ ရွာတစ်ရွာကို ယနေ့နံနက်ပိုင်းတွင် စစ်ကောင်စီ၏ လေကြောင်းတိုက်ခိုက်မှုကြောင့် ကလေးနှစ်ဦးအပါအဝင် အရပ်သား ၇ ဦး သေဆုံးပြီး ၁၀ ဦးကျော် ဒဏ်ရာရရှိခဲ့ကြောင်း ဒေသခံများက ပြောသည်။",
          "တိုက်လေယာဉ်တစ်စင်းသည် နံနက် ၉ နာရီခန့်တွင် ရွာအလယ်ရှိ ဈေးနေရာသို့ ဗုံးနှစ်လုံး ကြဲချခဲ့ပြီး နေအိမ် ၁၅ လုံးခန့် မီးလောင်ပျက်စီးခဲ့သည်ဟု ကယ်ဆယ်ရေးအဖွဲ့ဝင်တစ်ဦးက ပြောသည်။",
          "ဒဏ်ရာရသူများကို အနီးရှိ ဒေသဆိုင်ရာ ဆေးခန်းသို့ ပို့ဆောင်ထားသော်လည်း ဆေးဝါးနှင့် သွေးလုံလောက်မှု မရှိသဖြင့် အခြေအနေ စိုးရိမ်ရဆဲ ဖြစ်သည်။",
          "ဖြစ်စဉ်နှင့် ပတ်သက်၍ စစ်ကောင်စီဘက်က ယနေ့အထိ မည်သည့် ထုတ်ပြန်ချက်မျှ ထုတ်ပြန်ခြင်း မရှိသေးပေ။"]
    i2 = ["ရန်ကုန်မြို့ရှိ ဆန်ဒိုင်များတွင် ပေါ်ဆန်းမွှေးဆန် တစ်အိတ်လျှင် ကျပ် ၁၅၀,၀၀၀ ကျော်အထိ ဈေးမြင့်တက်လာပြီး ပြီးခဲ့သည့်လနှင့် နှိုင်းယှဉ်လျှင် ကျပ် ၂၀,၀၀၀ ခန့် မြင့်တက်ခဲ့သည်ဟု ဆန်ကုန်သည်များက ပြောသည်။",
          "ဧရာဝတီတိုင်းမှ ဆန်တင်ကားများ လမ်းခရီးတွင် စစ်ဆေးမှုများ များပြားလာခြင်းနှင့် ဆီဈေးမြင့်တက်ခြင်းကြောင့် သယ်ယူစရိတ် မြင့်တက်လာသည်ဟု ဘုရင့်နောင်ဆန်ပွဲရုံမှ ကုန်သည်တစ်ဦးက ပြောသည်။",
          "ဆန်ဈေးမြင့်တက်မှုကြောင့် နေ့စားအလုပ်သမားများနှင့် ဝင်ငွေနည်းသော မိသားစုများ အထူးထိခိုက်နေပြီး အချို့မှာ ဆန်ကွဲနှင့် ဈေးပေါ်သောဆန်များကို ပြောင်းဝယ်နေရသည်။",
          "စစ်ကောင်စီက ဆန်ဈေးထိန်းရန် ဆန်ဆိုင်များ ဖွင့်လှစ်မည်ဟု ကြေညာထားသော်လည်း ဝယ်ယူနိုင်သည့် ပမာဏ ကန့်သတ်ထားသဖြင့် လုံလောက်မှု မရှိဟု ဒေသခံများက ဆိုသည်။"]
    i3 = ["ထိုင်းနိုင်ငံတွင် အလုပ်လုပ်နေသော မြန်မာအလုပ်သမား သန်းနှင့်ချီ၏ မိသားစုများအတွက် လစဉ်ပို့သော ငွေသည် အသက်ဆက်ရန် အဓိကအရင်းအမြစ် ဖြစ်သည်။",
          "သို့သော် ယခုနှစ်အစမှစ၍ ပြည်ပဝင်ငွေ၏ ရာခိုင်နှုန်းအချို့ကို တရားဝင်ဘဏ်စနစ်မှတစ်ဆင့် ပို့ရန် အမိန့်ထုတ်ထားပြီး ဘဏ်နှုန်းထားသည် ပြင်ပဈေးထက် များစွာ နိမ့်နေသဖြင့် အလုပ်သမားများ နစ်နာနေကြသည်။",
          "အလုပ်သမားအများစုသည် ဟွန်ဒီစနစ်ကိုသာ ဆက်လက်အားကိုးနေကြရပြီး ငွေလွှဲသူများ ဖမ်းဆီးခံရမှုများ ဖြစ်ပေါ်လာသောအခါ ငွေများ ဆုံးရှုံးမှုလည်း ကြုံနေရသည်။",
          "အလုပ်သမားများ၏ ချွေးနည်းစာကို ကာကွယ်ပေးရမည့် မူဝါဒများ လိုအပ်နေပြီး ငွေလွှဲစနစ်ကို အတင်းအကျပ် ထိန်းချုပ်ခြင်းဖြင့် နိုင်ငံ၏ စီးပွားရေးကို ကယ်တင်နိုင်မည် မဟုတ်ပေ။"]
    A = [dict(id=0, slug="sagaing-depayin-airstrike", cat="ပြည်နယ်နှင့်တိုင်း", catp="/category/news/regional/", title="ဒီပဲယင်းမြို့နယ်တွင် လေကြောင်းတိုက်ခိုက်မှုကြောင့် အရပ်သား ၇ ဦး သေဆုံး",
              d=ago(3, MMT), rel=3, wp="ရွှေမြစ်သတင်း", wpslug="shwemyit", authors=[], body=ps(i1), must=[i1[0], i1[3]]),
         dict(id=51877, slug="yangon-rice-price-rises", cat="စီးပွားရေး", catp="/category/economy/", title="ရန်ကုန်တွင် ဆန်ဈေး ထပ်မံမြင့်တက်၊ တစ်အိတ် ကျပ် ၁၅၀,၀၀၀ ကျော်",
              d=L("2025-03-12 16:40", MMT), wp="ဝင်းနိုင်", wpslug="win-naing", authors=["ဝင်းနိုင်"], body=ps(i2[:2]) + '<figure id="attachment_51880" class="wp-caption aligncenter"><img src="/wp-content/uploads/2025/03/rice-yangon.jpg" alt="" /><figcaption class="wp-caption-text">ဘုရင့်နောင်ဆန်ပွဲရုံ (ဓာတ်ပုံ - ရွှေမြစ်)</figcaption></figure>' + ps(i2[2:]),
              must=[i2[0], i2[3]]),
         dict(id=51802, slug="migrant-workers-remittance", cat="အာဘော်", catp="/category/opinion/", title="ပြည်ပရောက် အလုပ်သမားများ၏ ငွေလွှဲပို့ရေး အခက်အခဲ",
              d=L("2025-03-10 20:00", MMT), wp="Editor", wpslug="editor", authors=["နန်းမွေ"], body='<p><strong>ဆောင်းပါးရှင် – နန်းမွေ</strong></p>' + ps(i3) + '<p><em>(ဤဆောင်းပါးပါ အမြင်များသည် စာရေးသူ၏ အမြင်များသာ ဖြစ်ပါသည်။)</em></p>',
              must=[i3[0], i3[3]])]
    A[0]["id"] = 52000 + uid(str(NOW.date())) % 900
    for a in A:
        a["path"] = "/%d/%s/" % (a["id"], a["slug"])

    def post_item(a):
        return ('<li class="post-item  post-%d post type-post status-publish format-standard has-post-thumbnail tie-standard"><a aria-label="%s" href="%s" class="post-thumb"><span class="post-cat-wrap"><span class="post-cat tie-cat-%d">%s</span></span>'
                '<img width="390" height="220" src="/wp-content/uploads/2025/03/%d-390x220.jpg" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt="" /></a>'
                '<div class="post-details"><div class="post-meta clearfix"><span class="date meta-item tie-icon">%s</span></div><h2 class="post-title"><a href="%s">%s</a></h2></div></li>') % (
            a["id"], E(a["title"]), H(a["path"]), a["id"] % 50, E(a["cat"]), a["id"], shown(a), H(a["path"]), E(a["title"]))

    for a in A:
        url = s.url(a["path"])
        rel = [b for b in A if b is not a]
        head = ('<link rel="canonical" href="%s" /><meta property="og:title" content="%s - %s" /><meta property="og:type" content="article" /><meta property="og:url" content="%s" /><meta property="og:site_name" content="%s" />'
                '<meta property="og:image" content="%s/wp-content/uploads/2025/03/%d.jpg" /><meta property="og:description" content="%s" /><meta name="twitter:card" content="summary_large_image" />') % (
            url, E(a["title"]), SN, url, SN, s.url(""), a["id"], E(strip_tags(a["body"])[:140]))
        main = ('<div class="main-content tie-col-md-8 tie-col-xs-12" role="main"><article id="the-post" class="container-wrapper post-content tie-standard">'
                '<header class="entry-header-outer"><nav id="breadcrumb"><a href="/"><span class="tie-icon-home" aria-hidden="true"></span> ပင်မစာမျက်နှာ</a><em class="delimiter">/</em><a href="%s">%s</a><em class="delimiter">/</em><span class="current">%s</span></nav>'
                '<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-%d" href="%s">%s</a></span><h1 class="post-title entry-title">%s</h1>'
                '<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-%d"><span class="meta-author-avatar"><a href="%s"><img alt=\'Photo of %s\' src=\'/wp-content/uploads/avatars/%s-140x140.jpg\' class=\'avatar avatar-140 photo\' height=\'140\' width=\'140\' /></a></span>'
                '<span class="meta-author"><a href="%s" class="author-name tie-icon" title="%s">%s</a></span></span></span><span class="date meta-item tie-icon">%s</span>'
                '<div class="tie-alignright"><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> %s </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> %s</span></div></div></div></header>'
                '<div id="share-buttons-top" class="share-buttons share-buttons-top"><div class="share-links  icons-only"><a href="https://www.facebook.com/sharer.php?u=%s" rel="external noopener nofollow" title="Facebook" target="_blank" class="facebook-share-btn " data-raw="https://www.facebook.com/sharer.php?u={post_link}"><span class="share-btn-icon tie-icon-facebook"></span> <span class="screen-reader-text">Facebook</span></a><a href="https://telegram.me/share/url?url=%s" class="telegram-share-btn"><span class="share-btn-icon tie-icon-paper-plane"></span></a></div></div>'
                '<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="/wp-content/uploads/2025/03/%d-780x470.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" /></figure></div></div>'
                '<div class="entry-content entry clearfix">%s</div>'
                '<div id="post-extra-info"><div class="theiaStickySidebar"></div></div><div class="clearfix"></div>'
                '<div class="post-footer post-footer-on-bottom"><div class="post-footer-inner"><div class="share-links  share-centered icons-text"><a href="https://www.facebook.com/sharer.php?u=%s" class="facebook-share-btn large-share-button"><span class="social-text">Facebook</span></a></div></div></div></article>'
                '<div class="post-components"><div class="donate-box container-wrapper"><h3>ရွှေမြစ်သတင်းကို ထောက်ပံ့ကူညီပါ</h3><p>လွတ်လပ်သော သတင်းမီဒီယာ ဆက်လက်ရပ်တည်နိုင်ရန် သင်၏ အထောက်အပံ့ လိုအပ်ပါသည်။</p><a href="/donate/" class="button">ထောက်ပံ့ရန်</a></div>'
                '<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>ဆက်စပ်သတင်းများ</h3></div><div class="related-posts-list">%s</div></div></div></div>'
                '<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Primary Sidebar"><div class="theiaStickySidebar"><div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">လူကြိုက်များသော</div></div><div class="widget-posts-list-wrapper"><ul class="posts-list-items">%s</ul></div></div></div></aside>') % (
            H(a["catp"]), E(a["cat"]), E(a["title"]), a["id"] % 50, H(a["catp"]), E(a["cat"]), E(a["title"]), a["id"] % 13, H("/author/%s/" % a["wpslug"]), E(a["wp"]), a["wpslug"],
            H("/author/%s/" % a["wpslug"]), E(a["wp"]), E(a["wp"]), shown(a), M(str(a["id"] % 4000 + 312)), M("၃ မိနစ်"), url, url, a["id"], a["body"], url,
            "".join('<div class="related-item"><a href="%s">%s</a><span class="date">%s</span></div>' % (H(b["path"]), E(b["title"]), shown(b)) for b in rel), "".join(post_item(b) for b in rel))
        date = "fetch-%d" % a["rel"] if a.get("rel") else day(a["d"])
        s.art(a["path"], shell("%s - %s" % (a["title"], SN), main, head, "post-template-default single single-post postid-%d single-format-standard" % a["id"]), a["title"], date, a["authors"],
              must=a["must"], must_not=["ရွှေမြစ်သတင်းကို ထောက်ပံ့ကူညီပါ", "ဆက်စပ်သတင်းများ", "လူကြိုက်များသော"] + [b["title"] for b in rel])

    def arch(h1, items, desc=""):
        return ('<div class="main-content tie-col-md-8 tie-col-xs-12" role="main"><header class="entry-header-outer container-wrapper"><h1 class="page-title">%s</h1>%s</header>'
                '<div class="mag-box wide-post-box"><div class="container-wrapper"><div class="mag-box-container clearfix"><ul id="posts-container" class="posts-items">%s</ul>'
                '<div class="pages-nav"><div class="pages-numbers pages-standard"><span class="first-page first-last-pages"><a href="/page/2/">ရှေ့သို့</a></span></div></div></div></div></div></div>') % (
            E(h1), ('<div class="taxonomy-description entry">%s</div>' % desc) if desc else "", "".join(post_item(a) for a in items))

    hl = '<meta property="og:type" content="website" />'

    def page(h1, inner, pid):
        return shell("%s - %s" % (h1, SN), '<div class="main-content tie-col-md-8 tie-col-xs-12" role="main"><article id="the-post" class="container-wrapper post-content tie-standard"><header class="entry-header-outer"><div class="entry-header"><h1 class="post-title entry-title">%s</h1></div></header><div class="entry-content entry clearfix">%s</div></article></div>' % (E(h1), inner),
                     '<meta property="og:type" content="article" />', "page-template-default page page-id-%d" % pid)

    s.non("/", shell("%s - လွတ်လပ်သော သတင်းမီဒီယာ" % SN, '<div class="main-content tie-col-md-12"><div class="mag-box big-posts-box"><div class="container-wrapper"><div class="mag-box-title the-global-title"><h3>နောက်ဆုံးရ သတင်းများ</h3></div><ul class="posts-items">%s</ul></div></div>'
                     '<div class="mag-box"><ul><li><a href="%s">ယနေ့ ရွှေဈေး</a></li><li><a href="%s">ငွေလဲနှုန်း</a></li><li><a href="%s">ဗီဒီယို</a></li><li><a href="%s">ဆန်ဈေး</a></li><li><a href="%s">ဝင်းနိုင်</a></li></ul></div></div>' % (
                         "".join(post_item(a) for a in A), H("/gold-price/"), H("/exchange-rate/"), H("/category/video/"), H("/tag/ဆန်ဈေး/"), H("/author/win-naing/")), hl, "home blog"))
    s.non("/page/2/", shell("%s - Page 2 of 412" % SN, arch("နောက်ဆုံးရ သတင်းများ", A[1:]), hl, "home blog paged paged-2"))
    for p, n, xs in (("/category/news/", "သတင်း", A[:2]), ("/category/news/regional/", "ပြည်နယ်နှင့်တိုင်း", [A[0]]), ("/category/economy/", "စီးပွားရေး", [A[1]]), ("/category/opinion/", "အာဘော်", [A[2]])):
        s.non(p, shell("%s Archives - %s" % (n, SN), arch(n, xs), hl, "archive category"))
    s.non("/tag/ဆန်ဈေး/", shell("ဆန်ဈေး Archives - %s" % SN, arch("ဆန်ဈေး", [A[1]]), hl, "archive tag"))
    s.non("/author/win-naing/", shell("ဝင်းနိုင်, Author at %s" % SN, arch("ဝင်းနိုင်", [A[1]], "ရန်ကုန်အခြေစိုက် စီးပွားရေးသတင်းထောက်"), hl, "archive author"))
    s.non("/gold-price/", page("ယနေ့ ရွှေဈေး", M('<p>%s နေ့ ရန်ကုန်ရွှေဈေး (တစ်ကျပ်သားလျှင်)</p><table><tr><th>အမျိုးအစား</th><th>ရောင်းဈေး</th><th>ဝယ်ဈေး</th></tr><tr><td>အခေါက်ရွှေ</td><td>6,150,000</td><td>6,080,000</td></tr><tr><td>၁၅ ပဲရည်</td><td>5,760,000</td><td>5,690,000</td></tr></table>'
                                                       '<p>ကမ္ဘာ့ရွှေဈေး - တစ်အောင်စလျှင် 2,915 ဒေါ်လာ</p>' % mdate(L("2025-03-12 10:00", MMT))), 88))
    s.non("/exchange-rate/", page("ငွေလဲနှုန်း", M('<p>%s ပြင်ပဈေးကွက် ငွေလဲနှုန်း</p><table><tr><th>ငွေကြေး</th><th>ဝယ်</th><th>ရောင်း</th></tr><tr><td>USD</td><td>4,420</td><td>4,450</td></tr><tr><td>THB</td><td>128</td><td>131</td></tr><tr><td>SGD</td><td>3,280</td><td>3,310</td></tr></table><p>ဗဟိုဘဏ် ရည်ညွှန်းနှုန်း - 2,100</p>' % mdate(L("2025-03-12 10:00", MMT))), 92))
    s.non("/category/video/", shell("ဗီဒီယို Archives - %s" % SN, arch("ဗီဒီယို", [], '<div class="video-playlist-wrapper"><iframe src="https://www.youtube.com/embed/videoseries?list=PLshwemyit"></iframe></div>'), hl, "archive category"))
    s.non("/donate/", page("ရွှေမြစ်သတင်းကို ထောက်ပံ့ရန်", ps(["ရွှေမြစ်သတင်းသည် ၂၀၂၁ ခုနှစ် စစ်အာဏာသိမ်းပြီးနောက် ပြည်ပမှ ဆက်လက်လည်ပတ်နေသော လွတ်လပ်သည့် သတင်းမီဒီယာ ဖြစ်သည်။", "သင်၏ လှူဒါန်းငွေသည် သတင်းထောက်များ၏ လုံခြုံရေးနှင့် သတင်းယူရေး စရိတ်များအတွက် အသုံးပြုမည်ဖြစ်သည်။"])
                           + '<p><a class="button" href="https://donorbox.org/shwemyit">PayPal / Card ဖြင့် လှူရန်</a></p>', 95))
    s.non("/about-us/", page("ကျွန်ုပ်တို့အကြောင်း", ps(["ရွှေမြစ်သတင်းကို ၂၀၁၈ ခုနှစ်တွင် ဧရာဝတီတိုင်း အခြေစိုက် ဒေသသတင်းဌာနအဖြစ် စတင်တည်ထောင်ခဲ့သည်။", "အယ်ဒီတာချုပ် - ဦးကျော်သူရ"]), 97))
    s.non("/contact-us/", page("ဆက်သွယ်ရန်", '<p>Email: editor@shwemyit.example</p><p>Signal / Telegram: @shwemyitnews</p><div class="wpforms-container"><form><input name="name"><textarea></textarea><button>ပို့ရန်</button></form></div>', 99))
    s.feed("/feed/", SN, [(a["path"], a["title"], a["d"], a["wp"]) for a in A], "လွတ်လပ်သော သတင်းမီဒီယာ", "my")


# ====================================================================== 10 Lao daily, custom CMS (KPL/Pasaxon-like)
def viengnews():
    s = Site(10)
    SN = "ວຽງຈັນນິວສ໌"

    def ldate(d):
        return "ວັນ%s ທີ %d %s %d ເວລາ %s" % (LO_WD[d.weekday()], d.day, LO_MON[d.month - 1], d.year, d.strftime("%H:%M"))

    NAV = [("/category/politics", "ການເມືອງ"), ("/category/economy", "ເສດຖະກິດ"), ("/category/provinces", "ຂ່າວແຂວງ"), ("/category/society", "ສັງຄົມ"), ("/category/world", "ຕ່າງປະເທດ"),
           ("/lottery", "ຜົນຫວຍ"), ("/exchange-rate", "ອັດຕາແລກປ່ຽນ"), ("/gold-price", "ລາຄາຄຳ"), ("/video", "ວິດີໂອ")]

    def shell(title, main, head="", cls="home"):
        nav = "".join('<li class="nav-item"><a class="nav-link" href="%s">%s</a></li>' % (p, E(t)) for p, t in NAV)
        return ('<!DOCTYPE html>\n<html lang="lo"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><title>%s</title>%s'
                '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Noto+Sans+Lao:wght@400;700&display=swap"><link rel="stylesheet" href="/public/css/app.css?id=7f3a1b"></head>\n'
                '<body class="%s"><div class="topbar"><div class="container d-flex"><span class="date-today">%s</span><span class="ml-auto"><a href="/en">English</a> | <a href="/login">ເຂົ້າສູ່ລະບົບ</a></span></div></div>'
                '<header class="site-header"><div class="container"><a href="/" class="brand"><img src="/public/images/logo.png" alt="%s"><span class="slogan">ຂ່າວສານທັນເຫດການ ທົ່ວປະເທດ</span></a></div>'
                '<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav"><li class="nav-item active"><a class="nav-link" href="/">ໜ້າຫຼັກ</a></li>%s</ul>'
                '<form class="form-inline" action="/search" method="get"><input class="form-control" type="search" name="keyword" placeholder="ຄົ້ນຫາ"></form></div></nav></header>\n'
                '<div class="container page-body">%s</div>\n'
                '<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-6"><h5>%s</h5><p>ເລກທີ 88 ຖະໜົນລ້ານຊ້າງ, ບ້ານຫັດສະດີ, ເມືອງຈັນທະບູລີ, ນະຄອນຫຼວງວຽງຈັນ</p><p>ໂທ: 021 212 345</p></div>'
                '<div class="col-md-6"><ul class="footer-links"><li><a href="/about">ກ່ຽວກັບພວກເຮົາ</a></li><li><a href="/contact">ຕິດຕໍ່</a></li><li><a href="/rss">RSS</a></li></ul></div></div><p class="copyright">© %d %s. ສະຫງວນລິຂະສິດ.</p></div></footer>'
                '<script src="/public/js/app.js?id=7f3a1b"></script></body></html>') % (
            E(title), head, cls, "ວັນ%s ທີ %d %s %d" % (LO_WD[NOW.weekday()], NOW.day, LO_MON[NOW.month - 1], NOW.year), SN, nav, main, SN, NOW.year, SN)

    j1 = ["ວຽງຈັນ: ບໍລິສັດທາງລົດໄຟລາວ-ຈີນ ໃຫ້ຮູ້ວ່າ ໃນສອງເດືອນຕົ້ນປີ 2025 ທາງລົດໄຟໄດ້ຂົນສົ່ງຜູ້ໂດຍສານພາຍໃນປະເທດ ແລະ ຂ້າມແດນ ລວມທັງໝົດກວ່າ 1 ລ້ານຄົນ ເພີ່ມຂຶ້ນ 18% ທຽບໃສ່ໄລຍະດຽວກັນຂອງປີກາຍ.",
          "ໃນນັ້ນ, ຜູ້ໂດຍສານຂ້າມແດນລະຫວ່າງວຽງຈັນ ແລະ ຄຸນໝິງ ມີປະມານ 95.000 ຄົນ ສ່ວນໃຫຍ່ແມ່ນນັກທ່ອງທ່ຽວຈີນ ແລະ ນັກທ່ອງທ່ຽວຈາກປະເທດທີສາມ ທີ່ເດີນທາງມາທ່ຽວຫຼວງພະບາງ ແລະ ວັງວຽງ.",
          "ນອກຈາກນີ້, ການຂົນສົ່ງສິນຄ້າກໍເພີ່ມຂຶ້ນຢ່າງຕໍ່ເນື່ອງ ໂດຍສະເພາະແມ່ນແຮ່ທາດ, ຢາງພາລາ ແລະ ໝາກກ້ວຍ ທີ່ສົ່ງອອກໄປປະເທດຈີນ.",
          "ບໍລິສັດມີແຜນເພີ່ມຖ້ຽວລົດໄຟໃນຊ່ວງບຸນປີໃໝ່ລາວ ໃນເດືອນເມສາ ເພື່ອຮອງຮັບຄວາມຕ້ອງການເດີນທາງທີ່ຄາດວ່າຈະເພີ່ມຂຶ້ນ."]
    j2 = ["ສູນສະຖິຕິແຫ່ງຊາດ ລາຍງານວ່າ ອັດຕາເງິນເຟີ້ຂອງ ສປປ ລາວ ໃນເດືອນກຸມພາ 2025 ຫຼຸດລົງມາຢູ່ທີ່ 9,8% ຈາກ 11,2% ໃນເດືອນມັງກອນ ເຊິ່ງເປັນຄັ້ງທຳອິດທີ່ຕໍ່າກວ່າສອງຕົວເລກ ນັບແຕ່ປີ 2022.",
          "ການຫຼຸດລົງດັ່ງກ່າວ ແມ່ນຍ້ອນລາຄາອາຫານ ແລະ ນໍ້າມັນເຊື້ອໄຟ ທີ່ຄົງທີ່ ພ້ອມທັງອັດຕາແລກປ່ຽນເງິນກີບ ທີ່ມີສະຖຽນລະພາບຫຼາຍຂຶ້ນ.",
          "ທະນາຄານແຫ່ງ ສປປ ລາວ ຈະສືບຕໍ່ຄຸ້ມຄອງການແລກປ່ຽນເງິນຕາຕ່າງປະເທດ ແລະ ສະໜອງເງິນຕາໃຫ້ແກ່ການນຳເຂົ້າສິນຄ້າທີ່ຈຳເປັນ.",
          "ນັກວິຊາການຄາດວ່າ ອັດຕາເງິນເຟີ້ຈະສືບຕໍ່ຫຼຸດລົງເທື່ອລະໜ້ອຍ ແຕ່ຍັງຂຶ້ນກັບລາຄານໍ້າມັນໃນຕະຫຼາດໂລກ."]
    j3 = ["ຫຼວງພະບາງ: ອຳນາດການປົກຄອງແຂວງຫຼວງພະບາງ ໄດ້ເປີດກອງປະຊຸມກະກຽມການຈັດງານບຸນປີໃໝ່ລາວ ພ.ສ 2568 ເຊິ່ງຈະຈັດຂຶ້ນແຕ່ວັນທີ 13 ຫາ 16 ເມສາ 2025.",
          "ງານບຸນປີນີ້ ຈະມີການແຫ່ນາງສັງຂານ, ການກໍ່ພະທາດຊາຍ ຢູ່ແຄມຂອງ ແລະ ການສົງນໍ້າພະບາງ ຕາມຮີດຄອງປະເພນີ ເຊິ່ງເປັນກິດຈະກຳທີ່ດຶງດູດນັກທ່ອງທ່ຽວຫຼາຍທີ່ສຸດ.",
          "ພະແນກຖະແຫຼງຂ່າວ, ວັດທະນະທຳ ແລະ ທ່ອງທ່ຽວແຂວງ ຄາດວ່າຈະມີນັກທ່ອງທ່ຽວທັງພາຍໃນ ແລະ ຕ່າງປະເທດ ເດີນທາງມາທ່ຽວກວ່າ 50.000 ຄົນ ແລະ ໂຮງແຮມສ່ວນໃຫຍ່ໃນຕົວເມືອງຖືກຈອງເຕັມແລ້ວ.",
          "ເຈົ້າໜ້າທີ່ຍັງໄດ້ຂໍຄວາມຮ່ວມມືຈາກປະຊາຊົນ ໃຫ້ຫຼິ້ນນໍ້າຢ່າງສຸພາບ, ບໍ່ໃຊ້ແປ້ງ ແລະ ສີ ແລະ ບໍ່ຂັບຂີ່ພາຫະນະຂະນະມຶນເມົາ."]
    A = [dict(id=88412, cat="ເສດຖະກິດ", catp="/category/economy", title="ທາງລົດໄຟລາວ-ຈີນ ຂົນສົ່ງຜູ້ໂດຍສານກວ່າ 1 ລ້ານຄົນ ໃນສອງເດືອນຕົ້ນປີ", d=L("2025-03-12 14:05", ICT),
              meta_author="ສຸລິຍາ ແກ້ວມະນີ", authors=["ສຸລິຍາ ແກ້ວມະນີ"], paras=j1, credit="", must=[j1[0], j1[3]]),
         dict(id=88377, cat="ເສດຖະກິດ", catp="/category/economy", title="ອັດຕາເງິນເຟີ້ ເດືອນກຸມພາ 2025 ຫຼຸດລົງມາຢູ່ທີ່ 9,8%", d=L("2025-03-11 10:00", ICT),
              meta_author="ຂປລ", authors=[], paras=j2, credit="ແຫຼ່ງຂ່າວ: ຂປລ", must=[j2[0], j2[3]]),
         dict(id=88450, cat="ຂ່າວແຂວງ", catp="/category/provinces", title="ຫຼວງພະບາງ ກະກຽມຈັດງານບຸນປີໃໝ່ລາວ ຄາດມີນັກທ່ອງທ່ຽວກວ່າ 50.000 ຄົນ", d=L("2025-03-13 16:30", ICT),
              meta_author="ກອງບັນນາທິການ", authors=["ບຸນມີ ສີສຸວັນ"], paras=j3, credit="ຂ່າວ: ບຸນມີ ສີສຸວັນ; ພາບ: ສົມພອນ ວົງໄຊ", must=[j3[0], j3[3]])]
    for a in A:
        a["path"] = "/news/%d" % a["id"]

    def card(a):
        return ('<div class="card news-card"><a href="%s"><img class="card-img-top" src="/storage/news/%d/thumb.jpg" alt=""></a><div class="card-body"><h5 class="card-title"><a href="%s">%s</a></h5>'
                '<p class="card-text"><small class="text-muted">%s</small></p></div></div>') % (a["path"], a["id"], a["path"], E(a["title"]), "%02d/%02d/%d" % (a["d"].day, a["d"].month, a["d"].year))

    for a in A:
        url = s.url(a["path"])
        rel = [b for b in A if b is not a]
        head = ('<meta name="description" content="%s"><meta name="author" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
                '<meta property="og:image" content="%s/storage/news/%d/cover.jpg"><meta property="og:site_name" content="%s">%s') % (
            E(a["paras"][0][:140]), E(a["meta_author"]), E(a["title"]), url, s.url(""), a["id"], SN,
            jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["d"].strftime("%Y-%m-%d %H:%M:%S"), "author": {"@type": "Person", "name": a["meta_author"]},
                "publisher": {"@type": "Organization", "name": SN}, "mainEntityOfPage": url}))
        credit = ('<p class="news-credit"><strong>%s</strong></p>' % E(a["credit"])) if a["credit"] else ""
        main = ('<div class="row"><div class="col-lg-8"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">ໜ້າຫຼັກ</a></li><li class="breadcrumb-item"><a href="%s">%s</a></li></ol></nav>'
                '<article class="news-detail"><h1 class="news-title">%s</h1><div class="news-meta"><span class="news-author"><i class="fa fa-user"></i> %s</span> <span class="news-date"><i class="fa fa-calendar"></i> %s</span> <span class="news-view"><i class="fa fa-eye"></i> %d</span></div>'
                '<div class="news-cover"><img src="/storage/news/%d/cover.jpg" class="img-fluid" alt=""></div><div class="news-content">%s%s</div>'
                '<div class="news-share"><span>ແບ່ງປັນ:</span><a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a><a href="https://wa.me/?text=%s">WhatsApp</a></div></article>'
                '<section class="related"><h4 class="section-title">ຂ່າວທີ່ກ່ຽວຂ້ອງ</h4><div class="card-deck">%s</div></section></div>'
                '<div class="col-lg-4"><div class="widget"><h4 class="section-title">ຂ່າວຍອດນິຍົມ</h4>%s</div><div class="widget"><h4 class="section-title">ອັດຕາແລກປ່ຽນ</h4><p>1 USD = 21.850 ກີບ</p><p>1 THB = 646 ກີບ</p></div></div></div>') % (
            a["catp"], E(a["cat"]), E(a["title"]), E(a["meta_author"]), ldate(a["d"]), a["id"] % 3000 + 211, a["id"], ps(a["paras"]), credit, url, url, "".join(card(b) for b in rel), "".join(card(b) for b in rel))
        s.art(a["path"], shell("%s | %s" % (a["title"], SN), main, head, "news-show"), a["title"], day(a["d"]), a["authors"], must=a["must"],
              must_not=["ຂ່າວທີ່ກ່ຽວຂ້ອງ", "ຂ່າວຍອດນິຍົມ", "1 USD = 21.850 ກີບ"] + [b["title"] for b in rel])

    def lp(h1, items, intro=""):
        return '<div class="list-page"><h1 class="section-title">%s</h1>%s<div class="card-columns">%s</div><nav><ul class="pagination"><li class="page-item active"><span class="page-link">1</span></li><li class="page-item"><a class="page-link" href="?page=2">2</a></li></ul></nav></div>' % (E(h1), intro, "".join(card(a) for a in items))

    hl = '<meta property="og:type" content="website">'
    s.non("/", shell("%s - ຂ່າວສານທັນເຫດການ" % SN, '<div class="row"><div class="col-lg-8"><div class="hero">%s</div><h3 class="section-title">ຂ່າວລ່າສຸດ</h3>%s</div><div class="col-lg-4"><ul class="services"><li><a href="/lottery">ຜົນຫວຍພັດທະນາ</a></li><li><a href="/exchange-rate">ອັດຕາແລກປ່ຽນ</a></li>'
                     '<li><a href="/gold-price">ລາຄາຄຳມື້ນີ້</a></li><li><a href="/video/2211">ວິດີໂອ</a></li><li><a href="/gallery/904">ຮູບພາບ</a></li><li><a href="%s">ລົດໄຟລາວ-ຈີນ</a></li><li><a href="/author/souliya">ສຸລິຍາ ແກ້ວມະນີ</a></li></ul></div></div>' % (
                         card(A[0]), "".join(card(a) for a in A), H("/tag/ລົດໄຟລາວ-ຈີນ")), hl, "home"))
    for p, n, xs in (("/category/economy", "ເສດຖະກິດ", A[:2]), ("/category/provinces", "ຂ່າວແຂວງ", [A[2]])):
        s.non(p, shell("%s | %s" % (n, SN), lp(n, xs), hl, "category"))
    s.non("/tag/ລົດໄຟລາວ-ຈີນ", shell("ລົດໄຟລາວ-ຈີນ | %s" % SN, lp("# ລົດໄຟລາວ-ຈີນ", [A[0]]), hl, "tag"))
    s.non("/author/souliya", shell("ສຸລິຍາ ແກ້ວມະນີ | %s" % SN, lp("ສຸລິຍາ ແກ້ວມະນີ", [A[0]], "<p>ນັກຂ່າວພາກເສດຖະກິດ</p>"), hl, "author"))
    s.non("/lottery", shell("ຜົນຫວຍພັດທະນາ ງວດວັນທີ 12/03/2025 | %s" % SN, '<div class="lottery"><h1>ຜົນຫວຍພັດທະນາ</h1><p>ງວດປະຈຳວັນ%s ທີ 12 ມີນາ 2025</p><table class="table"><tr><th>ເລກ 6 ໂຕ</th><td>482917</td></tr><tr><th>ເລກ 5 ໂຕ</th><td>82917</td></tr><tr><th>ເລກ 4 ໂຕ</th><td>2917</td></tr><tr><th>ເລກ 3 ໂຕ</th><td>917</td></tr><tr><th>ເລກ 2 ໂຕ</th><td>17</td></tr></table>'
                                                                                     '<p>ສັດນຳໂຊກ: ນົກຍູງ</p><ul class="history"><li>10/03/2025: 115306</li><li>07/03/2025: 650284</li></ul></div>' % LO_WD[2], hl, "lottery"))
    s.non("/exchange-rate", shell("ອັດຕາແລກປ່ຽນ ມື້ນີ້ | %s" % SN, '<div class="rates"><h1>ອັດຕາແລກປ່ຽນເງິນຕາ</h1><p>ທະນາຄານການຄ້າຕ່າງປະເທດລາວ ມະຫາຊົນ, ວັນທີ 12/03/2025 ເວລາ 08:30</p><table class="table"><tr><th>ສະກຸນເງິນ</th><th>ຊື້</th><th>ຂາຍ</th></tr><tr><td>USD</td><td>21.800</td><td>21.900</td></tr><tr><td>THB</td><td>643</td><td>650</td></tr><tr><td>CNY</td><td>2.995</td><td>3.025</td></tr></table></div>', hl, "rates"))
    s.non("/gold-price", shell("ລາຄາຄຳມື້ນີ້ | %s" % SN, '<div class="rates"><h1>ລາຄາຄຳມື້ນີ້</h1><p>ອັບເດດ: 12/03/2025 09:00</p><table class="table"><tr><th>ປະເພດ</th><th>ຊື້</th><th>ຂາຍ</th></tr><tr><td>ຄຳແທ່ງ 99,99% (1 ບາດ)</td><td>31.450.000</td><td>31.900.000</td></tr><tr><td>ຄຳຮູບປະພັນ (1 ບາດ)</td><td>30.800.000</td><td>32.100.000</td></tr></table></div>', hl, "rates"))
    s.non("/video/2211", shell("ວິດີໂອ: ບັນຍາກາດສະຖານີລົດໄຟວຽງຈັນ | %s" % SN, '<div class="video-page"><h1>ວິດີໂອ: ບັນຍາກາດສະຖານີລົດໄຟວຽງຈັນ</h1><div class="ratio ratio-16x9"><iframe src="https://www.youtube.com/embed/VnLao2211"></iframe></div><p>12/03/2025</p></div>', '<meta property="og:type" content="video.other">', "video"))
    s.non("/gallery/904", shell("ຮູບພາບ: ກອງປະຊຸມກະກຽມບຸນປີໃໝ່ ຫຼວງພະບາງ | %s" % SN, '<div class="gallery-page"><h1>ຮູບພາບ: ກອງປະຊຸມກະກຽມບຸນປີໃໝ່ ຫຼວງພະບາງ</h1>%s</div>' % "".join('<figure><img src="/storage/gallery/904/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, c) for i, c in enumerate(["ກອງປະຊຸມ", "ວັດຊຽງທອງ", "ແຄມຂອງ"])), hl, "gallery"))
    s.non("/search", shell("ຄົ້ນຫາ | %s" % SN, '<div class="search-page"><h1>ຜົນການຄົ້ນຫາ</h1><p>ກະລຸນາປ້ອນຄຳຄົ້ນຫາ</p></div>', '<meta name="robots" content="noindex">', "search"))
    s.non("/about", shell("ກ່ຽວກັບພວກເຮົາ | %s" % SN, '<div class="static-page"><h1>ກ່ຽວກັບພວກເຮົາ</h1>' + ps(["ວຽງຈັນນິວສ໌ ເປັນສື່ອອນລາຍ ທີ່ນຳສະເໜີຂ່າວສານການເມືອງ, ເສດຖະກິດ, ສັງຄົມ ແລະ ຂ່າວແຂວງ ທົ່ວປະເທດ ເປັນພາສາລາວ ແລະ ພາສາອັງກິດ.", "ກໍ່ຕັ້ງຂຶ້ນໃນປີ 2015."]) + '</div>', hl, "page"))
    s.non("/contact", shell("ຕິດຕໍ່ | %s" % SN, '<div class="static-page"><h1>ຕິດຕໍ່ພວກເຮົາ</h1><p>ອີເມວ: news@viengnews.example</p><p>ໂທ: 021 212 345</p></div>', hl, "page"))
    s.feed("/rss", SN, [(a["path"], a["title"], a["d"], "") for a in A], "ຂ່າວລ່າສຸດ", "lo")
    s.sitemap(["/", "/category/economy", "/category/provinces", "/lottery", "/exchange-rate", "/gold-price", "/about"] + [a["path"] for a in A], "/login")


# ====================================================================== 11 Singapore Chinese daily (Zaobao-like)
K3_PARAS = ["新柔长堤过去几个周末都出现严重拥堵，一些旅客花了超过三个小时才通过关卡。新加坡和马来西亚两国官员正在研究延长关卡的通关时间，以及增加自动通关闸门的数量。",
            "关卡局指出，兀兰关卡上个周末的旅客流量超过50万人次，创下疫情以来新高。周五晚上和周六早上是最繁忙的时段。",
            "马来西亚方面表示，柔佛新关卡将在下个月增设20个摩托车自动通关闸门，并考虑让持有马来西亚身份证的旅客使用二维码通关。",
            "不少经常往返新柔两地的公众希望，新柔地铁系统明年底通车后，能大大缓解长堤的交通压力。"]
K3_PATH = "/news/singapore/story20250310-5973310"


def shichengribao():
    s = Site(11)
    SN = "狮城日报"

    def zdate(d):
        return "%d年%d月%d日 %s" % (d.year, d.month, d.day, d.strftime("%H:%M"))

    NAV = [("/news/singapore", "新加坡"), ("/news/world", "国际"), ("/news/china", "中国"), ("/finance", "财经"), ("/forum", "言论"), ("/lifestyle", "生活"),
           ("/lottery", "4D/TOTO"), ("/horoscope", "星座"), ("/video", "视频"), ("/epaper", "电子报")]

    def shell(title, main, head="", cls="home"):
        nav = "".join('<li class="nav-item"><a href="%s">%s</a></li>' % (p, E(t)) for p, t in NAV)
        return ('<!DOCTYPE html>\n<html lang="zh-Hans-SG"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<link rel="stylesheet" href="/static/css/main.8d2c1f.css"><script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></head>\n'
                '<body class="%s"><div id="app"><header class="site-header"><div class="header-top"><span class="header-date">%d年%d月%d日 %s</span><a class="brand" href="/"><img src="/static/img/logo-scrb.svg" alt="狮城日报"></a>'
                '<div class="header-actions"><a href="/subscribe" class="btn-subscribe">订阅</a><a href="/login" class="btn-login">登录</a><a href="/search" class="btn-search">搜索</a></div></div>'
                '<nav class="main-nav"><ul><li class="nav-item"><a href="/">首页</a></li>%s</ul></nav></header>\n'
                '<main class="site-main">%s</main>\n'
                '<footer class="site-footer"><ul class="footer-links"><li><a href="/about-us">关于我们</a></li><li><a href="/contact-us">联系我们</a></li><li><a href="/advertise">刊登广告</a></li><li><a href="/privacy">隐私政策</a></li><li><a href="/rss">RSS</a></li></ul>'
                '<p>狮城日报 © %d 新华报业控股有限公司 版权所有 Co. Regn. No. 198402868E</p></footer>'
                '<div class="cookie-banner" id="cookieBanner"><p>我们使用Cookies以提升您的浏览体验。继续使用本网站即表示您同意我们的<a href="/privacy">隐私政策</a>。</p><button>同意</button></div></div>'
                '<script src="/static/js/main.8d2c1f.js"></script></body></html>') % (E(title), head, cls, NOW.year, NOW.month, NOW.day, ZH_WD[NOW.weekday()], nav, main, NOW.year)

    k1 = ["本地组屋转售价格在今年首季继续上涨，连续第20个季度走高，但涨幅比上个季度有所放缓。",
          "建屋发展局昨天公布的预估数据显示，今年第一季的组屋转售价格指数比去年第四季上升1.6%，低于上个季度的2.6%。",
          "业者认为，政府去年8月调低组屋贷款顶限，以及今年推出更多预购组屋单位，让部分买家转向新组屋，使转售市场降温。",
          "第一季共有约6500个组屋单位转手，比上个季度增加3.2%。成交价达百万元或以上的组屋单位有280个，大部分位于中部地区。",
          "有房地产分析师预计，今年全年的转售价格涨幅会介于4%至6%之间，低于去年的9.7%。"]
    k2 = ["（吉隆坡综合电）马来西亚政府证实，美国海洋勘探公司已经恢复在南印度洋搜寻马航MH370客机残骸，这是客机失踪11年后的新一轮搜寻行动。",
          "马来西亚交通部长在声明中说，政府与该公司签订的是“找不到，不收费”的合约，只有在找到残骸后，政府才需支付7000万美元（约9300万新元）的费用。",
          "新一轮搜寻将集中在一个约1万5000平方公里的新海域。专家根据卫星数据和漂流分析，认为客机最有可能在这片海域坠落。",
          "马航MH370于2014年3月8日从吉隆坡飞往北京途中失踪，机上239人至今下落不明。"]
    k4 = ["政府最近宣布，从明年起把重新雇佣年龄提高到69岁，并为雇用乐龄员工的企业提供更多津贴。这是及时的一步，但如果只靠政策，乐龄人士重返职场的路依然不会平坦。",
          "笔者在过去一年访问了20多名年过60、曾经离开职场又希望重新工作的国人。他们最常提到的困难，不是体力，而是雇主的刻板印象，以及求职过程越来越依赖网上平台。",
          "不少受访者说，他们投出的履历往往石沉大海，即使获得面试机会，也常被问到能否适应年轻的团队。一名曾任采购经理的受访者说，他最后只能接受兼职收银员的工作。",
          "企业可以做的，是重新设计工作，让有经验的员工担任导师或顾问；政府则可以加强对中小企业的辅导，而不只是发放津贴。",
          "人口老龄化是新加坡无法回避的现实。让愿意工作的乐龄人士找到合适的工作，不只是帮助个人，也是社会的共同利益。"]
    A = [dict(path="/news/singapore/story20250312-5981234", sec="新加坡", secp="/news/singapore", title="组屋转售价格连续第20个季度上涨", d=L("2025-03-12 07:20", SGT), dm=L("2025-03-12 10:05", SGT),
              auth=[("林美玲", "/byline/lin-mei-ling")], authors=["林美玲"], paras=k1, must=[k1[0], k1[4]], instant=True),
         dict(path="/news/world/story20250313-5984410", sec="国际", secp="/news/world", title="马航MH370新一轮搜寻启动 找不到不收费", d=L("2025-03-13 15:40", SGT), dm=L("2025-03-13 15:40", SGT),
              auth=[], authors=[], paras=k2, must=[k2[1], k2[3]]),
         dict(path="/forum/views/story20250311-5975120", sec="言论", secp="/forum", title="乐龄人士重返职场，需要的不只是政策", d=L("2025-03-11 05:00", SGT), dm=L("2025-03-11 05:00", SGT),
              auth=[("陈志豪", "/byline/chen-zhi-hao")], authors=["陈志豪"], paras=k4 + ["（作者是新加坡社会科学大学讲师）"], must=[k4[0], k4[4]]),
         dict(path=K3_PATH, sec="新加坡", secp="/news/singapore", title="新柔长堤周末拥堵 两国研究延长通关时间", d=L("2025-03-10 18:30", SGT), dm=L("2025-03-10 21:15", SGT),
              auth=[("黄佳慧", "/byline/huang-jia-hui"), ("梁伟康", "/byline/liang-wei-kang")], authors=["黄佳慧", "梁伟康"], paras=K3_PARAS, must=[K3_PARAS[0], K3_PARAS[3]])]

    def card(a):
        return ('<div class="article-card"><a href="%s" class="article-card__link"><img src="https://cassette.scrb.example/image/%d.jpg" alt=""><div class="article-card__body"><span class="article-card__sec">%s</span>'
                '<h3 class="article-card__title">%s</h3><span class="article-card__time">%s</span></div></a></div>') % (a["path"], uid(a["path"]), E(a["sec"]), E(a["title"]), zdate(a["d"]))

    for a in A:
        url = s.url(a["path"])
        rel = [b for b in A if b is not a]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "url": url, "datePublished": zulu(a["d"], ".000"), "dateModified": zulu(a["dm"], ".000"),
              "author": [{"@type": "Person", "name": n} for n, _ in a["auth"]] or {"@type": "Organization", "name": SN}, "publisher": {"@type": "Organization", "name": SN},
              "articleSection": a["sec"], "inLanguage": "zh-Hans-SG", "isAccessibleForFree": True}
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s | 狮城日报"><meta property="og:url" content="%s">'
                '<meta property="og:site_name" content="狮城日报"><meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta name="twitter:card" content="summary_large_image">%s') % (
            E(a["paras"][0][:80]), url, E(a["title"]), url, zulu(a["d"]), zulu(a["dm"]), jl(ld))
        auth = ('<div class="author-info">%s</div>' % "、".join('<a class="author-name" href="%s">%s</a>' % (p, E(n)) for n, p in a["auth"])) if a["auth"] else ""
        upd = ('<div class="story-updatedate">更新/%s</div>' % zdate(a["dm"])) if a["dm"] != a["d"] else ""
        body = "".join("<p>%s</p>" % E(p) for p in a["paras"][:2]) + '<div class="inline-ads" id="div-gpt-ad-imu1"></div><div class="related-inline"><span>相关新闻：</span><a href="%s">%s</a></div>' % (rel[0]["path"], E(rel[0]["title"])) + "".join("<p>%s</p>" % E(p) for p in a["paras"][2:])
        main = ('<div class="article-page"><article class="article"><div class="breadcrumb"><a href="/">首页</a> &gt; <a href="%s">%s</a></div><h1 class="article-title">%s</h1>%s'
                '<div class="story-postdate">发布/%s</div>%s'
                '<div class="article-tools"><button class="share-fb">Facebook</button><button class="share-wa">WhatsApp</button><button class="share-tg">Telegram</button><button class="font-size">字体</button><button class="listen">聆听</button></div>'
                '<figure class="article-figure"><img src="https://cassette.scrb.example/image/%d-lead.jpg" alt=""><figcaption>（档案照片）</figcaption></figure>'
                '<div class="article-content-rawhtml">%s</div>'
                '<div class="telegram-pitch">欢迎加入狮城日报 Telegram 频道，第一时间获取新闻推送。<a href="https://t.me/scrbnews">点击加入</a></div>'
                '<div class="article-keywords">关键词：<a href="%s">组屋</a> <a href="%s">新柔长堤</a></div></article>'
                '<aside class="article-aside"><section class="most-read"><h3>热门</h3>%s</section><section class="more-section"><h3>更多%s新闻</h3>%s</section></aside></div>') % (
            a["secp"], E(a["sec"]), E(a["title"]), auth, zdate(a["d"]), upd, uid(a["path"]), body, H("/keywords/组屋"), H("/keywords/新柔长堤"),
            "".join(card(b) for b in rel), E(a["sec"]), "".join(card(b) for b in rel))
        s.art(a["path"], shell("%s | 狮城日报" % a["title"], main, head, "article-page"), a["title"], day(a["d"]), a["authors"], instant=inst(a["d"]) if a.get("instant") else None,
              must=a["must"], must_not=["欢迎加入狮城日报 Telegram 频道", "相关新闻", "我们使用Cookies"] + [b["title"] for b in rel])

    def lp(h1, items, intro=""):
        return '<div class="listing-page"><h1 class="listing-title">%s</h1>%s<div class="listing">%s</div><button class="load-more">加载更多</button></div>' % (E(h1), intro, "".join(card(a) for a in items))

    hl = '<meta property="og:type" content="website">'
    s.non("/", shell("狮城日报 - 新加坡、东南亚、国际新闻", '<div class="home"><section class="top-story">%s</section><section class="latest"><h2>即时</h2>%s</section>'
                     '<section class="services"><a href="/lottery">4D/TOTO开彩成绩</a><a href="/horoscope">今日星座运势</a><a href="/photo/gallery-20250310-causeway">图辑：长堤塞车</a><a href="/video/causeway-jam">视频</a><a href="/epaper">电子报</a><a href="%s">组屋</a><a href="/byline/lin-mei-ling">林美玲</a></section></div>' % (
                         card(A[0]), "".join(card(a) for a in A), H("/keywords/组屋")), hl, "home"))
    for p, n, xs in (("/news/singapore", "新加坡", [A[0], A[3]]), ("/news/world", "国际", [A[1]]), ("/forum", "言论", [A[2]])):
        s.non(p, shell("%s新闻 | 狮城日报" % n, lp(n, xs), hl, "section"))
    s.non("/keywords/组屋", shell("组屋 | 狮城日报", lp("组屋", [A[0]]), hl, "keyword"))
    s.non("/keywords/新柔长堤", shell("新柔长堤 | 狮城日报", lp("新柔长堤", [A[3]]), hl, "keyword"))
    s.non("/byline/lin-mei-ling", shell("林美玲 | 狮城日报", lp("林美玲", [A[0]], '<div class="byline-profile"><p>林美玲是狮城日报新加坡新闻组记者，负责房地产和建屋发展局新闻。</p><a href="mailto:meiling@scrb.example">meiling@scrb.example</a></div>'), hl, "byline"))
    s.non("/lottery", shell("4D、TOTO开彩成绩 | 狮城日报", '<div class="lottery-page"><h1>新加坡博彩开彩成绩</h1><h2>4D 第5301期 2025年3月12日（星期三）</h2><table><tr><th>头奖</th><td>3817</td></tr><tr><th>二奖</th><td>0652</td></tr><tr><th>三奖</th><td>9240</td></tr></table>'
                                                 '<h2>TOTO 第4062期 2025年3月10日（星期一）</h2><p>中奖号码：04 11 19 27 35 42 附加号码：08</p><p>以新加坡博彩公司公布的成绩为准。</p></div>', hl, "lottery"))
    s.non("/horoscope", shell("今日星座运势 | 狮城日报", '<div class="horoscope-page"><h1>今日星座运势</h1><p>3月12日</p>%s</div>' % "".join("<h3>%s</h3><p>%s</p>" % x for x in [("白羊座", "工作上会遇到贵人，适合主动争取机会。"), ("金牛座", "财运平稳，避免冲动消费。"), ("双子座", "与朋友聚会会带来好心情。")]), hl, "horoscope"))
    s.non("/photo/gallery-20250310-causeway", shell("图辑：长堤周末大塞车 | 狮城日报", '<div class="gallery-page"><h1>图辑：长堤周末大塞车</h1><p>2025年3月10日</p>%s</div>' % "".join('<figure><img src="https://cassette.scrb.example/gallery/cw-%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, c) for i, c in enumerate(["兀兰关卡外的车龙。", "摩托车骑士在烈日下等候。", "旅客步行过长堤。"])),
                                                      '<meta property="og:type" content="article">', "gallery"))
    s.non("/video/causeway-jam", shell("视频：长堤塞车三小时 | 狮城日报", '<div class="video-page"><h1>视频：长堤塞车三小时</h1><div class="player" data-brightcove="6370012345112"></div><p>2025年3月10日 20:15</p></div>', '<meta property="og:type" content="video.other">', "video"))
    s.non("/epaper", shell("电子报 | 狮城日报", '<div class="epaper-page"><h1>狮城日报电子报</h1><p>订户可在线阅读当天的报纸版面。</p><a href="/subscribe">立即订阅</a></div>', hl, "epaper"))
    s.non("/subscribe", shell("订阅配套 | 狮城日报", '<div class="subscribe-page"><h1>订阅狮城日报</h1><ul><li>数码配套：每月9.90元</li><li>印刷版+数码：每月29.90元</li></ul><a class="btn" href="/subscribe/checkout">选择配套</a></div>', hl, "subscribe"))
    s.non("/search", shell("搜索 | 狮城日报", '<div class="search-page"><h1>搜索</h1><input type="search" placeholder="输入关键词"></div>', '<meta name="robots" content="noindex">', "search"))
    s.non("/about-us", shell("关于我们 | 狮城日报", '<div class="static-page"><h1>关于我们</h1>' + ps(["狮城日报创刊于1983年，是新加坡主要的华文日报之一，提供新加坡、东南亚、中国和国际新闻。", "编辑部地址：1000 Toa Payoh North, News Centre, Singapore 318994"]) + '</div>', hl, "page"))
    s.feed("/rss/singapore.xml", "狮城日报 新加坡", [(a["path"], a["title"], a["d"], "、".join(n for n, _ in a["auth"])) for a in A], "新加坡新闻", "zh-Hans-SG")
    s.news_sitemap([(a["path"], a["title"], a["d"]) for a in A], SN, "zh-cn", ["/", "/news/singapore", "/news/world", "/lottery", "/about-us", "/subscribe"], "/login")
    return s


# ====================================================================== 12 Malaysian Chinese daily (Sin Chew-like)
def nandaoribao(orig_site):
    s = Site(12)
    SN = "南岛网"

    def mydate(d):
        return d.strftime("%d/%m/%Y %H:%M")

    NAV = [("/local", "国内"), ("/local/north", "北马"), ("/local/south", "南马"), ("/international", "国际"), ("/finance", "财经"), ("/4d/2025-03-12", "开彩成绩"), ("/gold-price", "今日金价"), ("/horoscope", "星座"), ("/video", "视频")]

    def shell(title, main, head="", cls="home"):
        nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in NAV)
        return ('<!DOCTYPE html>\n<html lang="zh-Hans-MY"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>%s</title>%s'
                '<link rel="stylesheet" href="/assets/css/style.min.css?v=20250301"></head>\n'
                '<body class="%s"><div class="header"><div class="container"><div class="top-date">%d年%d月%d日 %s</div><a href="/" class="logo"><img src="/assets/images/logo-nandao.png" alt="南岛网"></a>'
                '<div class="header-right"><a href="/search">搜索</a> <a href="https://epaper.nandao.example">电子报</a> <a href="/login">登录</a></div></div>'
                '<div class="menu"><div class="container"><ul><li><a href="/">首页</a></li>%s</ul></div></div></div>\n'
                '<div class="container content">%s</div>\n'
                '<div class="footer"><div class="container"><ul><li><a href="/about">关于我们</a></li><li><a href="/contact">联络我们</a></li><li><a href="/ads">广告刊登</a></li></ul><p>版权所有 © %d 南岛日报有限公司 (Nandao Press Sdn Bhd 198701003345)</p></div></div>'
                '<script src="/assets/js/main.min.js?v=20250301"></script></body></html>') % (E(title), head, cls, NOW.year, NOW.month, NOW.day, ZH_WD[NOW.weekday()], nav, main, NOW.year)

    l1 = ["（莎阿南12日讯）雪兰莪州水供公司宣布，由于双溪士毛月滤水厂进行紧急维修，雪州、吉隆坡及布城多个地区将从明天起面对水供中断，预计影响逾百万用户。",
          "受影响地区包括八打灵县、鹅唛县、乌鲁冷岳县及吉隆坡部分地区，共有超过1000个住宅区。水供公司预计，水供将在3月15日起分阶段恢复。",
          "水供公司呼吁受影响用户提早储水，并表示将派出超过60辆水罐车到各地区供水，医院、洗肾中心等重要场所将获得优先供水。",
          "不少居民对水供中断频繁表达不满。一名住在蒲种的居民说，这是今年以来第二次大规模制水，希望当局尽快提升老旧设施。"]
    l2 = ["（南岛网吉隆坡6日讯）国家银行今日宣布，维持隔夜政策利率于3%不变，符合市场预期。",
          "国行在货币政策声明中指出，国内经济在2025年将继续取得增长，主要受到家庭消费、投资活动及出口复苏的推动。",
          "国行也表示，整体通胀预计维持在可控水平，但政府推行燃油补贴合理化等措施，可能对通胀带来上行压力。",
          "经济学家普遍预计，国行今年将维持利率不变，以支持经济增长。"]
    l3 = ["（槟城9日讯）槟城升旗山缆车提升工程已完成约七成，预计明年初完工，届时缆车每小时载客量将从现有的1000人增至1500人。",
          "升旗山机构总经理表示，提升工程包括更换车厢、信号系统及轨道，期间缆车服务将维持正常运作，只在夜间进行施工。",
          "他说，升旗山去年接待游客约180万人次，周末及公共假期经常出现排长龙的情况，提升工程完成后可缩短游客的等候时间。",
          "另一方面，当局也计划在山顶增设观景台及步行道，让游客有更多休闲选择。"]
    l4 = ["（新加坡11日讯）" + K3_PARAS[0]] + K3_PARAS[1:]
    A = [dict(path="/news/20250312/local/6312345", sec="国内", secp="/local", title="雪州水供中断 逾百万用户受影响", d=L("2025-03-12 14:05", MYT),
              credit="报道：林俊杰 摄影：陈国强", authors=["林俊杰"], paras=l1, meta=False, must=[l1[0], l1[3]]),
         dict(path="/news/20250306/finance/6298810", sec="财经", secp="/finance", title="国家银行维持隔夜政策利率于3%", d=L("2025-03-06 15:10", MYT),
              credit="", authors=[], paras=l2, meta=True, must=[l2[0], l2[3]]),
         dict(path="/news/20250309/local/6306127", sec="北马", secp="/local/north", title="槟城升旗山缆车提升工程 明年初完工", d=L("2025-03-09 11:30", MYT),
              credit="报道：张丽云", authors=["张丽云"], paras=l3, meta=True, must=[l3[0], l3[3]], editor="黄慧敏")]
    C = dict(path="/news/20250311/international/6308802", sec="国际", secp="/international", title="新柔长堤周末大塞车 新马研究延长通关时间", d=L("2025-03-11 09:00", MYT),
             credit="", paras=l4, meta=True, source="文章来源：狮城日报", editor="黄慧敏")

    def item(a):
        return ('<div class="news-item"><a href="%s" class="img"><img src="https://cdn.nandao.example/%d_s.jpg" alt=""></a><div class="txt"><a href="%s" class="title">%s</a><div class="time">%s</div></div></div>') % (
            a["path"], uid(a["path"]), a["path"], E(a["title"]), mydate(a["d"]))

    for a in A + [C]:
        url = s.url(a["path"])
        rel = [b for b in A if b is not a]
        head = ('<meta name="description" content="%s"><meta name="keywords" content="南岛网,%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s"><meta property="og:site_name" content="南岛网">'
                '<meta property="og:image" content="https://cdn.nandao.example/%d.jpg">%s') % (
            E(a["paras"][0][:80]), E(a["sec"]), E(a["title"]), url, uid(a["path"]),
            ('<meta itemprop="datePublished" content="%s">' % iso(a["d"])) if a["meta"] else "")
        credit = ('<span class="author">%s</span>' % E(a["credit"])) if a["credit"] else ""
        tail = ""
        if a.get("source"):
            tail += "<p>（%s）</p>" % E(a["source"])
        if a.get("editor"):
            tail += '<p class="editor">编辑：%s</p>' % E(a["editor"])
        main = ('<div class="row"><div class="col-main"><div class="breadcrumb"><a href="/">首页</a> &gt; <a href="%s">%s</a></div><div class="article-page-title"><h1>%s</h1></div>'
                '<div class="article-page-post-info"><span class="category"><a href="%s">%s</a></span> <span class="date"><i class="fa fa-clock-o"></i> %s</span> %s</div>'
                '<div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u=%s">分享</a> <a href="https://api.whatsapp.com/send?text=%s">WhatsApp</a></div>'
                '<div class="article-page-img"><img src="https://cdn.nandao.example/%d.jpg" alt=""></div>'
                '<div id="dirnum" class="article-page-content">%s%s</div>'
                '<div class="app-pitch">下载南岛网App，随时随地掌握最新资讯！<a href="https://app.nandao.example">立即下载</a></div>'
                '<div class="related"><h3>相关新闻</h3>%s</div><div class="fb-comments" data-href="%s"></div></div>'
                '<div class="col-side"><div class="box"><h3>热门新闻</h3>%s</div><div class="box"><h3>开彩成绩</h3><a href="/4d/2025-03-12">3月12日 万能4D：3817</a></div></div></div>') % (
            a["secp"], E(a["sec"]), E(a["title"]), a["secp"], E(a["sec"]), mydate(a["d"]), credit, url, url, uid(a["path"]), ps(a["paras"]), tail,
            "".join(item(b) for b in rel), url, "".join(item(b) for b in rel))
        doc = shell("%s | %s | 南岛网" % (a["title"], a["sec"]), main, head, "article")
        if a is C:
            s.put(C["path"], doc)
            truth["synd"].append({"orig": orig_site.url(K3_PATH), "copy": s.url(C["path"])})
        else:
            s.art(a["path"], doc, a["title"], day(a["d"]), a["authors"], must=a["must"], must_not=["下载南岛网App", "热门新闻", "开彩成绩"] + [b["title"] for b in rel])

    def lp(h1, items):
        return '<div class="list-page"><h1 class="list-title">%s</h1>%s<div class="pagination"><span>1</span><a href="?page=2">2</a><a href="?page=2">下一页</a></div></div>' % (E(h1), "".join(item(a) for a in items))

    hl = '<meta property="og:type" content="website">'
    s.non("/", shell("南岛网 - 马来西亚最新新闻、即时新闻", '<div class="home"><div class="headline">%s</div><h2>即时</h2>%s%s<div class="services"><a href="/4d/2025-03-12">万能、大马彩、多多开彩成绩</a><a href="/gold-price">今日金价</a><a href="/horoscope">星座运势</a><a href="/video/2025/03/12/selangor-water">视频</a><a href="/gallery/2025/03/penang-hill">图集</a><a href="%s">水供</a><a href="/author/lin-jun-jie">林俊杰</a></div></div>' % (
        item(A[0]), "".join(item(a) for a in A), item(C), H("/tag/水供")), hl, "home"))
    for p, n, xs in (("/local", "国内", [A[0]]), ("/local/north", "北马", [A[2]]), ("/finance", "财经", [A[1]]), ("/international", "国际", [C])):
        s.non(p, shell("%s | 南岛网" % n, lp(n, xs), hl, "list"))
    s.non("/tag/水供", shell("水供 | 南岛网", lp("#水供", [A[0]]), hl, "tag"))
    s.non("/author/lin-jun-jie", shell("林俊杰 | 南岛网", lp("记者：林俊杰", [A[0]]), hl, "author"))
    s.non("/4d/2025-03-12", shell("万能4D、大马彩、多多开彩成绩 3月12日（星期三）| 南岛网", '<div class="fourd-page"><h1>开彩成绩 2025年3月12日（星期三）</h1>'
                                                                         '<div class="fourd-box"><h2>万能 Magnum 4D</h2><table><tr><th>头奖</th><td>3817</td></tr><tr><th>二奖</th><td>5209</td></tr><tr><th>三奖</th><td>7741</td></tr></table></div>'
                                                                         '<div class="fourd-box"><h2>大马彩 Da Ma Cai 1+3D</h2><table><tr><th>头奖</th><td>0628</td></tr><tr><th>二奖</th><td>9153</td></tr></table></div>'
                                                                         '<div class="fourd-box"><h2>多多 Sports Toto 4D</h2><table><tr><th>头奖</th><td>4406</td></tr><tr><th>二奖</th><td>2871</td></tr></table></div><p>成绩以各博彩公司公布为准。</p></div>', hl, "fourd"))
    s.non("/gold-price", shell("今日金价 | 南岛网", '<div class="gold-page"><h1>今日金价</h1><p>更新：2025年3月12日 10:00</p><table><tr><th>种类</th><th>卖出 (每克)</th><th>买入 (每克)</th></tr><tr><td>999.9 (24K)</td><td>RM418</td><td>RM395</td></tr><tr><td>916 (22K)</td><td>RM398</td><td>RM362</td></tr></table></div>', hl, "gold"))
    s.non("/horoscope", shell("星座运势 | 南岛网", '<div class="horo-page"><h1>星座运势</h1><p>3月12日（星期三）</p>%s</div>' % "".join("<h3>%s</h3><p>%s</p>" % x for x in [("白羊座", "人际关系顺利，工作效率高。"), ("狮子座", "偏财运不错，可小试身手。")]), hl, "horo"))
    s.non("/video/2025/03/12/selangor-water", shell("视频：居民排队等水罐车 | 南岛网", '<div class="video-page"><h1>视频：居民排队等水罐车</h1><div class="video-wrap"><iframe src="https://www.youtube.com/embed/NdWater2025"></iframe></div><p>12/03/2025 18:20</p></div>', '<meta property="og:type" content="video.other">', "video"))
    s.non("/gallery/2025/03/penang-hill", shell("图集：升旗山缆车提升工程 | 南岛网", '<div class="gallery-page"><h1>图集：升旗山缆车提升工程</h1>%s</div>' % "".join('<figure><img src="https://cdn.nandao.example/g/ph-%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, c) for i, c in enumerate(["新车厢", "夜间施工", "山顶观景台"])), hl, "gallery"))
    s.non("/search", shell("搜索 | 南岛网", '<div class="search-page"><h1>搜索</h1><form><input name="q"></form></div>', '<meta name="robots" content="noindex">', "search"))
    s.non("/about", shell("关于我们 | 南岛网", '<div class="static-page"><h1>关于我们</h1>' + ps(["南岛日报创刊于1929年，是马来西亚历史最悠久的华文报之一，总部设于八打灵再也。", "南岛网为南岛日报的新闻网站，提供24小时即时新闻。"]) + '</div>', hl, "page"))
    s.non("/contact", shell("联络我们 | 南岛网", '<div class="static-page"><h1>联络我们</h1><p>新闻热线：03-7965 8888</p><p>电邮：news@nandao.example</p><p>地址：No. 19, Jalan Semangat, 46200 Petaling Jaya, Selangor</p></div>', hl, "page"))
    s.feed("/rss/latest.xml", SN, [(a["path"], a["title"], a["d"], "") for a in A + [C]], "即时新闻", "zh")
    s.sitemap(["/", "/local", "/finance", "/international", "/4d/2025-03-12", "/gold-price", "/about"] + [a["path"] for a in A + [C]], "/login")


# ====================================================================== main
for build in (siamraiwan, lannapost, saigonnay, suarapantura, wartakini, tambuli, pintig, domnoeng, shwemyit, viengnews):
    build()
nandaoribao(shichengribao())
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
