"""Web bw: news of the Middle East, Iran and East Africa in their own
languages and calendars. Twelve sites on 127.0.6.201-212, each on the kind of
CMS such a publisher runs, right to left where the script is.

 1 صحيفة الساحل - a Gulf daily (Dubai): Eastern Arabic-Indic digits
   ("٤ مارس ٢٠٢٥ ٠٠:٤٠ ص"), a Hijri masthead, JSON-LD in UTC (the day before
   for a story at 00:40 GST) naming the paper as author, "دبي: محمد الحمادي",
   a WAM copy credited only "أبوظبي - وام", a column whose JSON-LD has only a
   dateModified three days later; prayer times, weather, e-paper pages.
 2 بوابة النيل - an Egyptian portal on ASP.NET: "الثلاثاء، 04 مارس 2025
   12:15 ص" (12-hour, ص/م), "كتبت سارة محمود - منى علي" (two writers
   joined by a dash, one JSON-LD Person holding both), "كتب X - تصوير Y";
   prayer-times and gold-price pages with today's date in the headline, a
   video page, an RSS feed.
 3 المرفأ - a Beirut WordPress (JNews) site with Yoast: the visible byline
   "كتبت: ريما خوري" under a Yoast Person "فريق التحرير", only "آخر تحديث:
   05/03/2025" shown (publication only in article:published_time), a story
   with only "05/03/2025" (day first, no metadata), an agency story
   ("المصدر: وكالات"), an opinion column dated only under the text; date
   archives, tag and author pages.
 4 خبرگزاری آفتاب - a Tasnim-like Iranian agency: /fa/news/1403/12/14/<id>/
   URLs in the Solar Hijri calendar, "۱۴ اسفند ۱۴۰۳ - ۱۸:۲۴" and
   "۱۴۰۳/۱۲/۱۲ - ۰۰:۳۵", "کد خبر", Gregorian only in one story's meta,
   "به گزارش گروه سیاسی ..." desk lead (no author), "گزارش: X",
   "گفت‌وگو از: X | عکس: Y", "انتهای پیام/"; a photo report, prayer
   times, archive search.
 5 پیک ایران - a London Persian site on a Pangea-like CMS (/a/<id>.html
   for stories, videos and podcasts alike): "۱۴ اسفند ۱۴۰۳" over a UTC
   <time datetime>, "۳ ساعت پیش" only, "سه‌شنبه ۷ اسفند ۱۴۰۳" only,
   JSON-LD author the organisation, "X و Y" with ZWNJ names.
 6 זמן העמק - a Hebrew regional daily on WordPress + Yoast: "פורסם:
   04/03/2025 00:40 | עודכן: ..." with Yoast times in UTC (the day before),
   the Hebrew date beside it, "אלון גולן ונועה שמיר" (the "and" a prefix;
   Yoast names the first only), "רוני כהן, כתב הצפון", a desk credit;
   Shabbat times, weather, video, accessibility pages; talkbacks.
 7 دەنگی هەولێر - a Rudaw-like Sorani site: ids like 0403202512 (ddmmyyyy)
   in URLs, "سێشەممە ٤ی ئازاری ٢٠٢٥ - ١٤ی ڕەشەمەی ٢٧٢٤" (the Kurdish year),
   "٣-٣-٢٠٢٥", "نووسینی: X", "X و Y", a desk line "هەولێر - دەنگی هەولێر",
   one story whose JSON-LD datePublished is the draft's day (two days
   before the day shown).
 8 ሰብኮ - an Amharic broadcaster on WordPress (Newspaper theme): "ማርች 4,
   2025" (Gregorian months in Amharic), Fana-style datelines in the
   Ethiopian calendar ("አዲስ አበባ፣ የካቲት 25፣ 2017 (ሰብኮ) –"), one story with
   no date but that dateline (and the URL), the WordPress account "ሰብኮ
   ዲጂታል" as the shown author and JSON-LD Person, the writers only in a
   closing line "በሰለሞን ተስፋዬ" / "በሔኖክ ታደሰ እና መቅደስ ገብሩ" (በ = by, a
   prefix); video, programme schedule, live pages.
 9 Mwangaza - a Tanzanian Swahili daily on a Nation-Media-like CMS: "Na X
   na Y" (Na = by, na = and), "Na Mwandishi Wetu" (no author), "Jumanne,
   Machi 04, 2025" over a UTC datetime (00:30 EAT, the day before), JSON-LD
   author the paper; video, e-paper and author pages with bios.
10 Xaqiiqo News - a Somali WordPress (JNews) site: "By Xaqiiqo Desk" at the
   top with the writer signed "W/Q: X" under the text, "Qoraa: X iyo Y",
   "2 maalmood kahor" only, a dateline "Luuq (Xaqiiqo) –".
11 Muryar Arewa - a Hausa WordPress site: the WordPress account (the site's
   name) as byline, meta author and Yoast Person, the writer in a bold first
   paragraph "Daga Aminu Bello, Kano", "Daga X da Y", a Ra'ayi column with a
   columnist box and "Asabar, 1 ga Maris, 2025"; prayer times, video.
12 هیله نیوز - a Pashto WordPress site with a Jalali date plugin: "۱۴ کب
   ۱۴۰۳ - ۱۸:۲۰" (Pashto month names) shown, Gregorian only in the meta on
   some stories, og:updated_time only on one, "لیکوال: X", "لیکوالان: X او
   Y", a correspondent credit "د هیلې خبریال، هلمند" with Yoast Person
   "اداره".
Dates shown only in a non-Gregorian calendar are truthed as the Gregorian
day they denote (j2g and eth2g below, checked against fixed points).

Truth: 37 articles, 152 non-articles, no syndicated copies. Crawled with
/tmp/nr-base: stories 37: title 34, date 30, authors 13 right; non-articles
stored 2 of 152; bodies 34 checked, 0 wrong. The agency's three stories
were never fetched (its /fa/news/1403/12/14/... URLs skipped as traps);
dates: "۳ ساعت پیش" and "2 maalmood kahor" unread, the Kurdish JSON-LD draft
day taken over the day shown, the UTC day of a 00:30 EAT story kept;
authors: organisation or WordPress-account credits (JSON-LD, meta, author
link) kept over the visible writers on five sites (Beirut, Amharic,
Swahili, Somali, Hausa), wire/desk/organisation credits kept as authors on
stories that name no writer ("وام", "فريق التحرير", "מערכת זמן העמק",
"دەنگی هەولێر", "ሰብኮ ዲጂታል", "Xaqiiqo Desk", "اداره"), second authors dropped ("- منى علي", "ונועה שמיר"), "X iyo Y"
unsplit, "لیکوالان: X او Y" and the Hausa columnist box unread, "Na
Mwandishi Wetu Jumamosi" taken as a name; non-articles stored: the Egyptian
prayer-times and gold-price pages.
"""
import datetime, html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18147
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}

FA_DIG = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")   # Persian (and Pashto) digits
AR_DIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")   # Eastern Arabic-Indic digits


def fa(x):
    return str(x).translate(FA_DIG)


def ar(x):
    return str(x).translate(AR_DIG)


def j2g(jy, jm, jd):
    """The Gregorian day of a Solar Hijri (Jalali) date, as "YYYY-MM-DD"."""
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd + ((jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186)
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    ml = [0, 31, 29 if (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    gm = 0
    while gm < 13 and gd > ml[gm]:
        gd -= ml[gm]
        gm += 1
    return "%04d-%02d-%02d" % (gy, gm, gd)


def eth2g(m, d):
    """The Gregorian day of an Ethiopian date in the year 2017 E.C.
    (Meskerem 1, 2017 = 11 September 2024; months of thirty days)."""
    return (datetime.date(2024, 9, 11) + datetime.timedelta(days=(m - 1) * 30 + d - 1)).isoformat()


assert j2g(1404, 1, 1) == "2025-03-21" and j2g(1403, 12, 14) == "2025-03-04" and j2g(1403, 12, 30) == "2025-03-20"
assert j2g(1403, 12, 1) == "2025-02-19" and j2g(1403, 11, 30) == "2025-02-18" and j2g(1403, 1, 1) == "2024-03-20"
assert eth2g(6, 25) == "2025-03-04" and eth2g(1, 1) == "2024-09-11"

FA_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]
PS_MONTHS = ["وری", "غویی", "غبرگولی", "چنګاښ", "زمری", "وږی", "تله", "لړم", "لیندۍ", "مرغومی", "سلواغه", "کب"]
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
LEV_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
CKB_MONTHS = ["کانوونی دووەم", "شوبات", "ئازار", "نیسان", "ئایار", "حوزەیران", "تەممووز", "ئاب", "ئەیلوول", "تشرینی یەکەم", "تشرینی دووەم", "کانوونی یەکەم"]
AM_MONTHS = ["ጃንዩወሪ", "ፌብሩወሪ", "ማርች", "ኤፕሪል", "ሜይ", "ጁን", "ጁላይ", "ኦገስት", "ሴፕቴምበር", "ኦክቶበር", "ኖቬምበር", "ዲሴምበር"]
ETH_MONTHS = ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜ"]
SW_MONTHS = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"]
SO_MONTHS = ["Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luulyo", "Agoosto", "Sebtembar", "Oktoobar", "Nofembar", "Disembar"]
HA_MONTHS = ["Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta", "Satumba", "Oktoba", "Nuwamba", "Disamba"]


class Site(common.Site):
    """A site of this web, on its own loopback address."""

    def __init__(self, n):
        super().__init__(OUT, "127.0.6.%d" % (200 + n), PORT, truth)

    def sitemap(self, paths, disallow="/search/"):
        super().sitemap(paths, disallow)
# ------------------------------------------------------------ 1 صحيفة الساحل (Gulf daily, Dubai)
def sahil():
    s = Site(1)
    A = [
        dict(path="/uae/2025-03-04-1.2287413/", sec=("/uae/", "الإمارات"), title="دبي تطلق خطاً بحرياً جديداً بين ديرة والقرية العالمية خلال رمضان",
             by=("دبي:", [("محمد الحمادي", "/author/mohammed-alhammadi/")]), day="2025-03-04", shown="%s مارس %s %s" % (ar(4), ar(2025), ar("00:40")) + " ص",
             iso="2025-03-03T20:40:00Z", paras=[
                 "أعلنت هيئة الطرق والمواصلات في دبي تشغيل خط بحري جديد للعبرات والحافلات المائية يربط محطة ديرة القديمة بالقرية العالمية طوال شهر رمضان، في خطوة تهدف إلى تخفيف الازدحام المروري على شارع الإمارات في ساعات المساء.",
                 "وقالت الهيئة إن الرحلات ستبدأ بعد الإفطار بساعة وتستمر حتى الثانية فجراً، بمعدل رحلة كل عشرين دقيقة، على أن تبلغ قيمة التذكرة خمسة عشر درهماً للاتجاه الواحد مع خصم للطلبة وكبار المواطنين.",
                 "وأوضح مدير إدارة النقل البحري في الهيئة أن الخط الجديد يعتمد على أربع حافلات مائية مكيفة تتسع كل منها لأربعين راكباً، وأن محطة مؤقتة أقيمت على القناة المائية المحاذية للقرية لاستقبال الركاب.",
                 "ويأتي إطلاق الخط بعد أن سجلت القرية العالمية في الموسم الماضي أكثر من تسعة ملايين زائر، معظمهم خلال عطلات نهاية الأسبوع وليالي رمضان، بحسب أرقام إدارة القرية.",
                 "ودعت الهيئة الجمهور إلى استخدام بطاقة نول في الدفع، مشيرة إلى أن الدفع النقدي لن يكون متاحاً على متن الحافلات المائية خلال فترة التشغيل التجريبي."]),
        dict(path="/uae/2025-03-03-1.2287120/", sec=("/uae/", "الإمارات"), title="الإمارات ترسل قافلة مساعدات رمضانية جديدة إلى السودان",
             by=("أبوظبي - وام", []), day="2025-03-03", shown="%s مارس %s %s" % (ar(3), ar(2025), ar("03:10")) + " م",
             iso="2025-03-03T11:10:00Z", paras=[
                 "أرسلت دولة الإمارات قافلة مساعدات إنسانية جديدة إلى السودان تضم أكثر من ستمئة طن من المواد الغذائية والطبية، ضمن حملة رمضانية تستهدف الأسر النازحة في عدد من الولايات.",
                 "وأقلعت طائرتان محملتان بالسلال الغذائية والأدوية من مطار أبوظبي صباح اليوم، فيما تبحر سفينة ثالثة من ميناء خليفة محملة بالطحين والزيت والتمور خلال الأيام المقبلة.",
                 "وقال مسؤول في الهيئة المشرفة على الحملة إن توزيع المساعدات سيتم بالتنسيق مع منظمات محلية ودولية تعمل في المخيمات، وإن الأولوية ستكون للأطفال والنساء وكبار السن.",
                 "وكانت الإمارات قد أرسلت منذ بداية العام عدة شحنات مماثلة إلى السودان ودول مجاورة تستضيف لاجئين سودانيين."]),
        dict(path="/opinion/2025-03-02-1.2286540/", sec=("/opinion/", "مقالات"), title="رمضان والإنفاق.. كيف نحمي ميزانية الأسرة؟",
             by=("", [("عائشة البلوشي", "/author/aisha-albalushi/")]), day="2025-03-02", shown="%s مارس %s" % (ar(2), ar(2025)),
             iso=None, paras=[
                 "مع كل رمضان يتجدد الحديث عن ارتفاع فواتير المشتريات، وكأن الشهر الذي جاء ليعلمنا الاعتدال صار موسماً للإسراف في الموائد والعزائم والهدايا.",
                 "تشير دراسات محلية إلى أن إنفاق كثير من الأسر على الغذاء يرتفع في هذا الشهر بنسبة تتجاوز الثلاثين في المئة، بينما يذهب جزء كبير مما يُشترى إلى سلة المهملات في اليوم التالي.",
                 "الحل لا يحتاج إلى خبير مالي: قائمة مشتريات أسبوعية واضحة، وموائد تناسب عدد الجالسين، وتخصيص مبلغ محدد للصدقات والهدايا منذ اليوم الأول.",
                 "وربما يكون أجمل ما نعلّمه لأبنائنا في هذا الشهر أن الكرم لا يقاس بعدد الأطباق، بل بقدرتنا على أن نتذكر من لا يجد طبقاً واحداً."])]
    nav = [("/uae/", "الإمارات"), ("/gulf/", "الخليج"), ("/economy/", "اقتصاد"), ("/opinion/", "مقالات"), ("/prayer-times/", "مواقيت الصلاة"), ("/weather/", "الطقس"), ("/pdf/", "النسخة الورقية")]
    mast = "الخميس %s رمضان %s هـ - %s مارس %s م" % (ar(6), ar(1446), ar(6), ar(2025))

    def shell(title, main, head="", cls="page"):
        return ('<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<meta property="og:site_name" content="صحيفة الساحل">%s</head><body class="%s">'
                '<div id="cookie-consent" class="cookie-bar">نستخدم ملفات تعريف الارتباط لتحسين تجربتك. <button>موافق</button></div>'
                '<div class="top-bar"><span class="today-date">%s</span><a href="/subscribe/">اشترك</a></div>'
                '<header class="main-header"><a class="logo" href="/">الساحل</a><nav class="main-menu"><ul>%s</ul></nav></header>'
                '<div class="ad-slot ad-leaderboard" data-ad="top">إعلان</div><main id="content">%s</main>'
                '<footer class="site-footer"><ul><li><a href="/about/">من نحن</a></li><li><a href="/contact/">اتصل بنا</a></li><li><a href="/privacy/">سياسة الخصوصية</a></li></ul>'
                '<p>جميع الحقوق محفوظة © %s دار الساحل للصحافة والطباعة والنشر</p></footer></body></html>') % (E(title), head, cls, mast, links(nav), main, ar(2025))

    NL = "اشترك في النشرة الإخبارية اليومية لصحيفة الساحل واحصل على أهم الأخبار في بريدك كل صباح"
    for i, a in enumerate(A):
        others = [b for b in A if b is not a]
        place, people = a["by"]
        if people:
            byl = ('<div class="author-box"><img src="/img/authors/%d.jpg" alt=""><span class="author-place">%s</span> %s</div>' % (
                i, E(place), " ".join('<a class="author-name" href="%s">%s</a>' % (p, E(n)) for n, p in people)))
        else:
            byl = '<div class="author-box"><span class="author-place">%s</span></div>' % E(place)
        if a["sec"][0] == "/opinion/":
            byl = ('<div class="columnist"><img src="/img/authors/col.jpg" alt="%s"><a class="columnist-name" href="%s">%s</a>'
                   '<p class="columnist-bio">كاتبة إماراتية مهتمة بقضايا الأسرة والمجتمع</p></div>') % (E(people[0][0]), people[0][1], E(people[0][0]))
        body = ""
        for j, p in enumerate(a["paras"]):
            body += "<p>%s</p>" % E(p)
            if j == 1:
                body += '<div class="read-also"><strong>اقرأ أيضاً:</strong> <a href="%s">%s</a></div>' % (others[0]["path"], E(others[0]["title"]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "mainEntityOfPage": s.url(a["path"]),
              "author": {"@type": "Organization", "name": "صحيفة الساحل"}, "publisher": {"@type": "Organization", "name": "صحيفة الساحل"},
              "image": s.url("/img/2025/03/%d.jpg" % i)}
        if a["iso"]:
            ld["datePublished"] = a["iso"]
            ld["dateModified"] = a["iso"][:11] + "23:55:00Z"
        else:
            ld["dateModified"] = "2025-03-05T06:15:00Z"   # the column was re-saved three days later; no datePublished
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s - الساحل">'
                '<meta name="description" content="%s">%s') % (s.url(a["path"]), E(a["title"]), E(a["paras"][0][:150]), jl(ld))
        main = ('<div class="breadcrumb"><a href="/">الرئيسية</a> › <a href="%s">%s</a></div><article class="article-page">'
                '<h1 class="article-title">%s</h1><div class="article-meta">%s<span class="publish-date"><i class="icon-clock"></i> %s</span></div>'
                '<div class="share-bar"><a href="#">واتساب</a> <a href="#">إكس</a> <a href="#">فيسبوك</a> <a href="#">نسخ الرابط</a></div>'
                '<figure class="main-image"><img src="/img/2025/03/%d.jpg" alt=""><figcaption>من المصدر</figcaption></figure>'
                '<div class="article-body">%s</div><div class="tags"><span>وسوم:</span> <a href="/tag/ramadan/">رمضان</a> <a href="%s">%s</a></div></article>'
                '<div class="newsletter-box"><h3>النشرة الإخبارية</h3><p>%s</p><input type="email" placeholder="البريد الإلكتروني"><button>اشترك</button></div>'
                '<section class="related"><h2>أخبار ذات صلة</h2><ul>%s</ul></section><div class="ad-slot ad-mpu">إعلان</div>') % (
            a["sec"][0], a["sec"][1], E(a["title"]), byl, a["shown"], i, body, a["sec"][0], a["sec"][1], NL, links([(b["path"], b["title"]) for b in others]))
        s.art(a["path"], shell("%s | صحيفة الساحل" % a["title"], main, head, "node-article"), a["title"], a["day"], [n for n, _ in people],
              must=[a["paras"][2]], must_not=[NL[:40], "اقرأ أيضاً"])
    allx = [(a["path"], a["title"]) for a in A]
    lead = A[0]
    s.non("/", shell("صحيفة الساحل | أخبار الإمارات والخليج والعالم", (
        '<section class="lead-story"><a href="%s"><h2>%s</h2></a><p>%s</p><p>%s</p></section><section class="latest"><h2>آخر الأخبار</h2><ul>%s</ul></section>'
        '<section class="most-read"><h2>الأكثر قراءة</h2><ol>%s</ol></section>') % (lead["path"], E(lead["title"]), E(lead["paras"][0]), E(lead["paras"][1]), links(allx), links(allx[::-1]))))
    s.non("/uae/", shell("الإمارات | صحيفة الساحل", '<h1 class="section-title">الإمارات</h1><div class="section-lead"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul>%s</ul>' % (
        lead["path"], E(lead["title"]), E(lead["paras"][0]), links(allx[1:2])), cls="section"))
    s.non("/gulf/", shell("الخليج | صحيفة الساحل", '<h1 class="section-title">الخليج</h1><ul>%s</ul>' % links(allx[1:2]), cls="section"))
    s.non("/economy/", shell("اقتصاد | صحيفة الساحل", '<h1 class="section-title">اقتصاد</h1><p>لا توجد أخبار جديدة في هذا القسم.</p><ul>%s</ul>' % links(allx[:1]), cls="section"))
    s.non("/opinion/", shell("مقالات | صحيفة الساحل", '<h1 class="section-title">مقالات الرأي</h1><ul>%s</ul>' % links(allx[2:]), cls="section"))
    s.non("/author/mohammed-alhammadi/", shell("محمد الحمادي | صحيفة الساحل", (
        '<div class="author-profile"><h1>محمد الحمادي</h1><p class="bio">محرر في القسم المحلي بصحيفة الساحل منذ عام %s، يغطي شؤون النقل والبنية التحتية والبلديات في دبي والإمارات الشمالية، '
        'وحاصل على جائزة الصحافة العربية في فئة الصحافة الاستقصائية.</p></div><h2>مقالات الكاتب</h2><ul>%s</ul>') % (ar(2012), links(allx[:1])), cls="author"))
    s.non("/author/aisha-albalushi/", shell("عائشة البلوشي | صحيفة الساحل", '<div class="author-profile"><h1>عائشة البلوشي</h1><p class="bio">كاتبة عمود أسبوعي في الساحل.</p></div><ul>%s</ul>' % links(allx[2:]), cls="author"))
    s.non("/tag/ramadan/", shell("رمضان | صحيفة الساحل", '<h1>وسم: رمضان</h1><ul>%s</ul>' % links(allx), cls="tag"))
    times = [("الفجر", "05:12"), ("الشروق", "06:27"), ("الظهر", "12:27"), ("العصر", "15:51"), ("المغرب", "18:23"), ("العشاء", "19:37")]
    s.non("/prayer-times/", shell("مواقيت الصلاة في دبي اليوم | صحيفة الساحل", (
        '<h1>مواقيت الصلاة في دبي</h1><p class="date">الخميس %s رمضان %s هـ الموافق %s مارس %s م</p><table class="prayer-table">%s</table>'
        '<p>المواقيت حسب تقويم دائرة الشؤون الإسلامية والعمل الخيري بدبي. موعد الإفطار اليوم: %s مساءً.</p><ul>%s</ul>') % (
        ar(6), ar(1446), ar(6), ar(2025), "".join("<tr><th>%s</th><td>%s</td></tr>" % (n, ar(t)) for n, t in times), ar("6:23"), links(allx[:1])), cls="tool"))
    s.non("/weather/", shell("طقس الإمارات اليوم | صحيفة الساحل", (
        '<h1>حالة الطقس</h1><p>الخميس %s مارس %s: صحو إلى غائم جزئياً، ورياح خفيفة إلى معتدلة تنشط أحياناً مثيرة للغبار.</p>'
        '<table><tr><th>دبي</th><td>%s°</td></tr><tr><th>أبوظبي</th><td>%s°</td></tr><tr><th>العين</th><td>%s°</td></tr></table>') % (ar(6), ar(2025), ar(29), ar(30), ar(31)), cls="tool"))
    s.non("/pdf/", shell("النسخة الورقية | صحيفة الساحل", '<h1>النسخة الورقية</h1><p>عدد الخميس %s مارس %s - العدد %s</p><a href="/subscribe/">اشترك لقراءة النسخة الكاملة</a>' % (ar(6), ar(2025), ar(15874)), cls="tool"))
    s.non("/subscribe/", shell("الاشتراكات | صحيفة الساحل", '<h1>الاشتراكات</h1><p>اشتراك سنوي في النسخة الرقمية: ٣٦٥ درهماً.</p>', cls="page"))
    s.non("/about/", shell("من نحن | صحيفة الساحل", '<h1>من نحن</h1><p>صحيفة الساحل يومية سياسية عربية تصدر من دبي منذ عام %s.</p><a href="/contact/">اتصل بنا</a>' % ar(1979)))
    s.non("/privacy/", shell("سياسة الخصوصية | صحيفة الساحل", '<h1>سياسة الخصوصية</h1><p>تلتزم صحيفة الساحل بحماية بياناتك الشخصية.</p>'))
    s.non("/contact/", shell("اتصل بنا | صحيفة الساحل", '<h1>اتصل بنا</h1><p>هاتف: ٩٧١٤٠٠٠٠٠٠٠+ - صندوق بريد ٣٠٠٠ دبي</p>'))
    s.sitemap([a["path"] for a in A])


# ------------------------------------------------------------ 2 بوابة النيل (Egyptian portal, custom ASP.NET)
def nile():
    s = Site(2)
    # Egyptian 12-hour times: ص = a.m., م = p.m.; "12:15 ص" is a quarter past midnight
    A = [
        dict(path="/News/Details/2025/3/4/2745123/", cat=("/News/Egypt/", "أخبار مصر"), title="محافظ الجيزة يعلن غلق كوبري الملك فيصل جزئياً لمدة 45 يوماً لأعمال الصيانة",
             by="كتب أحمد عبد الحليم", authors=["أحمد عبد الحليم"], shown="الثلاثاء، 04 مارس 2025 12:15 ص", day="2025-03-04",
             iso="2025-03-04T00:15:00+02:00", mod="2025-03-04T13:40:00+02:00", paras=[
                 "أعلن محافظ الجيزة غلق الاتجاه القادم من ميدان الجيزة على كوبري الملك فيصل بشكل جزئي لمدة خمسة وأربعين يوماً، اعتباراً من صباح السبت المقبل، لتنفيذ أعمال صيانة شاملة للفواصل الحديدية والطبقة الأسفلتية.",
                 "وقال المحافظ في بيان إن الغلق سيكون على مرحلتين، بحيث يظل حارتان مفتوحتين أمام حركة السيارات طوال فترة العمل، مع نشر أفراد من إدارة المرور لتنظيم الحركة عند المطالع والمنازل.",
                 "وحددت المحافظة محاور بديلة للسائقين، أبرزها شارع الهرم ومحور الجيزة الجديد، وناشدت المواطنين تجنب الكوبري في ساعات الذروة الصباحية والمسائية حتى انتهاء الأعمال.",
                 "وأضاف البيان أن الشركة المنفذة ستعمل على مدار الساعة، وأن الأعمال الليلية ستتركز في الفترة بين الواحدة والخامسة فجراً لتقليل الزحام."]),
        dict(path="/News/Details/2025/3/3/2744870/", cat=("/News/Economy/", "اقتصاد"), title="أسعار الخضروات والفاكهة في سوق العبور اليوم.. تراجع الطماطم وارتفاع الليمون",
             by="كتبت سارة محمود - منى علي", authors=["سارة محمود", "منى علي"], shown="الإثنين، 03 مارس 2025 06:24 م", day="2025-03-03",
             iso="2025-03-03T18:24:00+02:00", mod="2025-03-03T18:24:00+02:00", paras=[
                 "شهدت أسعار الخضروات في سوق العبور للجملة اليوم تراجعاً ملحوظاً في سعر الطماطم، التي سجلت ما بين ثمانية وأحد عشر جنيهاً للكيلو، مقابل ارتفاع جديد في أسعار الليمون مع بداية شهر رمضان.",
                 "وقال تجار في السوق إن زيادة المعروض من الطماطم القادمة من محافظات الصعيد دفعت الأسعار إلى الانخفاض، بينما قلّ المعروض من الليمون بسبب انتهاء موسم الحصاد في بعض المناطق.",
                 "وسجل البصل الأحمر ما بين ستة وتسعة جنيهات للكيلو، والبطاطس ما بين سبعة وعشرة جنيهات، فيما استقرت أسعار الخيار والكوسة عند مستوياتها في الأسبوع الماضي.",
                 "وفي سوق الفاكهة، ارتفع سعر البلح بأنواعه مع زيادة الطلب في الشهر الكريم، وتراوح سعر البرتقال البلدي بين ثمانية واثني عشر جنيهاً."]),
        dict(path="/News/Details/2025/3/2/2744311/", cat=("/News/Egypt/", "أخبار مصر"), title="بالصور.. افتتاح أول مكتبة عامة متنقلة لأطفال قرى المنيا",
             by="كتب مصطفى عبد التواب - تصوير حسام عاطف", authors=["مصطفى عبد التواب"], shown="الأحد، 02 مارس 2025 02:05 م", day="2025-03-02",
             iso="2025-03-02T14:05:00+02:00", mod="2025-03-05T10:00:00+02:00", paras=[
                 "افتتحت مديرية الثقافة بالمنيا أول مكتبة عامة متنقلة تجوب قرى مركزي سمالوط ومطاي، على متن حافلة مجهزة بأكثر من ثلاثة آلاف كتاب للأطفال والناشئين وأجهزة حاسب آلي.",
                 "وقالت مديرة المكتبة إن الحافلة ستتوقف يومين في كل قرية، تقدم خلالهما ورش قراءة ورسم وعروض حكي، ويمكن للأطفال استعارة الكتب وإعادتها في الزيارة التالية.",
                 "وشهد يوم الافتتاح في قرية بني غني إقبالاً كبيراً من تلاميذ المدارس الابتدائية، الذين اصطفوا أمام باب الحافلة قبل وصولها بساعة، بحسب الأهالي.",
                 "وتأمل المديرية أن تضيف حافلة ثانية قبل نهاية العام لتغطية قرى مركز ملوي، بعد الاتفاق مع إحدى الجمعيات الأهلية على تمويل تجهيزها."])]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title>%s'
                '<meta name="author" content="بوابة النيل"></head><body><form method="post" action="./" id="form1"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAg">'
                '<div class="header"><a href="/" class="logo">بوابة النيل</a><ul class="menu"><li><a href="/News/Egypt/">أخبار مصر</a></li><li><a href="/News/Economy/">اقتصاد</a></li>'
                '<li><a href="/Videos/">فيديو</a></li><li><a href="/Prayer/Cairo/">مواقيت الصلاة</a></li><li><a href="/Gold/">أسعار الذهب</a></li></ul>'
                '<div class="breaking"><span>عاجل</span> <a href="%s">محافظ الجيزة يعلن غلق كوبري الملك فيصل جزئياً</a></div></div>'
                '<div class="container">%s</div><div class="footer"><a href="/About/">من نحن</a> | <a href="/Contact/">اتصل بنا</a> | <a href="/Privacy/">سياسة الخصوصية</a>'
                '<p>جميع الحقوق محفوظة لبوابة النيل 2025</p></div></form></body></html>') % (E(title), head, A[0]["path"], main)

    for i, a in enumerate(A):
        others = [b for b in A if b is not a]
        body = ""
        for j, p in enumerate(a["paras"]):
            body += "<p>%s</p>" % E(p)
            if j == 0:
                body += '<div class="articleRelated"><span>اقرأ أيضا..</span> <a href="%s">%s</a></div>' % (others[1]["path"], E(others[1]["title"]))
            if j == 2 and i == 2:
                body += '<div class="gallery"><img src="/Upload/2025/3/2/lib1.jpg" alt=""><p class="caption">الأطفال أمام المكتبة المتنقلة</p></div>'
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["mod"],
              "author": {"@type": "Person", "name": a["by"].replace("كتبت ", "").replace("كتب ", "")},
              "publisher": {"@type": "Organization", "name": "بوابة النيل", "logo": {"@type": "ImageObject", "url": s.url("/images/logo.png")}}}
        head = ('<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<link rel="canonical" href="%s">%s') % (E(a["paras"][0][:140]), E(a["title"]), s.url(a["path"]), jl(ld))
        main = ('<div class="articleCont"><div class="breadcrumb"><a href="/">الرئيسية</a> / <a href="%s">%s</a></div><div class="articleHeader">'
                '<h1>%s</h1><div class="writeBy"><span class="newsWriter">%s</span></div><span class="newsDate">%s</span></div>'
                '<div class="share"><a href="#">شارك</a> <a href="#">واتس آب</a> <a href="#">فيسبوك</a></div><div class="articleImg"><img src="/Upload/2025/3/%d.jpg" alt="%s"></div>'
                '<div id="articleBody" class="articleBody">%s</div><div class="tags"><a href="/Tags/%d/">%s</a></div></div>'
                '<div class="moreNews"><h3>المزيد من أخبار مصر</h3><ul>%s</ul></div>'
                '<div class="comments"><h3>التعليقات (0)</h3><p>لا توجد تعليقات على الخبر</p><textarea></textarea><button>إرسال</button></div>') % (
            a["cat"][0], a["cat"][1], E(a["title"]), E(a["by"]), a["shown"], i, E(a["title"]), body, 100 + i, a["cat"][1],
            links([(b["path"], b["title"]) for b in others]))
        s.art(a["path"], shell(a["title"] + " - بوابة النيل", main, head), a["title"], a["day"], a["authors"], must=[a["paras"][1]], must_not=[others[1]["title"]])
    allx = [(a["path"], a["title"]) for a in A]
    V = "/Videos/Details/2025/3/3/88412/"
    s.non(V, shell("فيديو.. زحام على شوادر الياميش في السيدة زينب قبل رمضان - بوابة النيل", (
        '<div class="videoPage"><div class="player"><iframe src="https://www.youtube.com/embed/x1" title="فيديو"></iframe></div><h1>فيديو.. زحام على شوادر الياميش في السيدة زينب قبل رمضان</h1>'
        '<span class="newsDate">الإثنين، 03 مارس 2025 01:00 م</span><p>شهدت شوادر الياميش في حي السيدة زينب إقبالاً من المواطنين لشراء مستلزمات الشهر الكريم.</p><ul>%s</ul></div>') % links(allx),
        jl({"@context": "http://schema.org", "@type": "VideoObject", "name": "زحام على شوادر الياميش", "uploadDate": "2025-03-03T13:00:00+02:00"})))
    s.non("/", shell("بوابة النيل - أخبار مصر والعالم على مدار الساعة", '<div class="topNews"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul class="latest">%s</ul><h3>فيديو</h3><ul>%s</ul>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(allx), links([(V, "زحام على شوادر الياميش")]))))
    s.non("/News/Egypt/", shell("أخبار مصر - بوابة النيل", '<h1>أخبار مصر</h1><ul>%s</ul><div class="pager"><a href="/News/Egypt/?page=2">التالي</a></div>' % links([allx[0], allx[2]])))
    s.non("/News/Economy/", shell("اقتصاد - بوابة النيل", '<h1>اقتصاد</h1><ul>%s</ul><a href="/Gold/">أسعار الذهب اليوم</a>' % links(allx[1:2])))
    s.non("/Videos/", shell("فيديو - بوابة النيل", '<h1>فيديو</h1><ul>%s</ul>' % links([(V, "فيديو.. زحام على شوادر الياميش")])))
    s.non("/Tags/101/", shell("اقتصاد - بوابة النيل", '<h1>اقتصاد</h1><ul>%s</ul>' % links(allx[1:2])))
    s.non("/Tags/100/", shell("أخبار مصر - بوابة النيل", '<h1>أخبار مصر</h1><ul>%s</ul>' % links(allx[:1])))
    s.non("/Tags/102/", shell("أخبار مصر - بوابة النيل", '<h1>أخبار مصر</h1><ul>%s</ul>' % links(allx[2:])))
    s.non("/Prayer/Cairo/", shell("مواقيت الصلاة في القاهرة اليوم الثلاثاء 4 مارس 2025 - بوابة النيل", (
        '<h1>مواقيت الصلاة في القاهرة اليوم الثلاثاء 4 مارس 2025</h1><p>تنشر بوابة النيل مواقيت الصلاة اليوم الثلاثاء 4 رمضان 1446 هـ في القاهرة والمحافظات، وفقاً للهيئة المصرية العامة للمساحة.</p>'
        '<table><tr><td>الفجر</td><td>4:41 ص</td></tr><tr><td>الظهر</td><td>12:07 م</td></tr><tr><td>العصر</td><td>3:27 م</td></tr><tr><td>المغرب</td><td>5:59 م</td></tr><tr><td>العشاء</td><td>7:16 م</td></tr></table>'
        '<p>موعد أذان المغرب وموعد الإفطار في القاهرة اليوم 5:59 مساءً، وموعد السحور 4:31 صباحاً.</p>')))
    s.non("/Gold/", shell("أسعار الذهب اليوم في مصر - بوابة النيل", (
        '<h1>أسعار الذهب اليوم الإثنين 3 مارس 2025 في مصر</h1><p class="newsDate">آخر تحديث: الإثنين، 03 مارس 2025 06:00 م</p>'
        '<table><tr><td>عيار 24</td><td>4800 جنيه</td></tr><tr><td>عيار 21</td><td>4200 جنيه</td></tr><tr><td>عيار 18</td><td>3600 جنيه</td></tr><tr><td>الجنيه الذهب</td><td>33600 جنيه</td></tr></table>'
        '<p>الأسعار استرشادية ولا تشمل المصنعية.</p><a href="/News/Economy/">اقتصاد</a>')))
    s.non("/About/", shell("من نحن - بوابة النيل", "<h1>من نحن</h1><p>بوابة النيل موقع إخباري مصري مستقل.</p><a href='/Contact/'>اتصل بنا</a>"))
    s.non("/Privacy/", shell("سياسة الخصوصية - بوابة النيل", "<h1>سياسة الخصوصية</h1><p>نحترم خصوصية زوار الموقع.</p>"))
    s.non("/Contact/", shell("اتصل بنا - بوابة النيل", "<h1>اتصل بنا</h1><p>القاهرة - المهندسين</p>"))
    s.rss("/rss/", "بوابة النيل", [(a["path"], a["title"], "") for a in A])


# ------------------------------------------------------------ 3 المرفأ (Levant site, Beirut, WordPress + Yoast)
def marfaa():
    s = Site(3)
    A = [
        dict(path="/2025/03/04/beirut-port-silos-memorial/", cat=("lebanon", "لبنان"), title="إهراءات المرفأ بين الهدم والتخليد: الحكومة تحسم الخيار بعد رمضان",
             author=("ريما خوري", "/author/rima-khoury/"), label="كتبت", day="2025-03-04",
             shown_pub=None, shown_upd="آخر تحديث: 05/03/2025 - 09:10", pub_meta="2025-03-04T17:30:00+02:00", mod_meta="2025-03-05T09:10:00+02:00",
             yoast_author="فريق التحرير", paras=[
                 "عاد ملف إهراءات القمح في مرفأ بيروت إلى طاولة مجلس الوزراء، بعدما طلب وزير الثقافة تأجيل أي قرار بهدم ما تبقى من الصوامع إلى ما بعد شهر رمضان، ريثما تنتهي دراسة هندسية جديدة لحالة المبنى.",
                 "وتنقسم الآراء منذ سنوات بين من يرى في الإهراءات المتصدعة شاهداً يجب الحفاظ عليه على انفجار الرابع من آب، ومن يعتبرها خطراً على العاملين في المرفأ يجب إزالته في أسرع وقت.",
                 "وتطالب جمعيات أهالي الضحايا بتحويل الموقع إلى نصب تذكاري مفتوح للزوار، وتقول إن أي قرار بالهدم قبل انتهاء التحقيق القضائي يعني طمس جزء من الأدلة.",
                 "في المقابل، يقول مسؤولون في إدارة المرفأ إن الجزء الشمالي من الصوامع يميل بشكل مستمر، وإن انهياراً جزئياً جديداً قد يحصل في أي وقت مع اشتداد الرياح."]),
        dict(path="/2025/03/05/tripoli-fishermen-fuel-prices/", cat=("lebanon", "لبنان"), title="صيادو طرابلس يعودون إلى البحر بعد أسبوع من العواصف",
             author=("جاد حداد", "/author/jad-haddad/"), label="", day="2025-03-05",
             shown_pub="05/03/2025", shown_upd=None, pub_meta=None, mod_meta=None, yoast_author=None, paras=[
                 "عاد صيادو ميناء طرابلس إلى البحر صباح اليوم بعد أسبوع كامل من العواصف التي منعتهم من الإبحار، وسط شكاوى من ارتفاع أسعار المحروقات وقطع الغيار.",
                 "ويقول أبو أحمد، الذي يعمل في الصيد منذ أربعين عاماً، إن ما يجنيه في يوم جيد بالكاد يغطي ثمن المازوت والشباك، وإن كثيراً من زملائه باعوا قواربهم خلال السنوات الماضية.",
                 "وتطالب نقابة الصيادين في الشمال بدعم أسعار المحروقات للقوارب الصغيرة، وبتنظيف الحوض القديم في الميناء الذي تراكمت فيه الرمال والنفايات حتى بات دخول القوارب إليه صعباً.",
                 "وتتوقع الأرصاد الجوية طقساً مستقراً حتى نهاية الأسبوع، ما يمنح الصيادين أياماً قليلة لتعويض خسائرهم قبل المنخفض التالي."]),
        dict(path="/2025/03/03/syria-returnees-border-crossing/", cat=("arab", "عربي ودولي"), title="آلاف السوريين يعبرون المصنع يومياً: عودة بلا ضمانات",
             author=None, label="", day="2025-03-03",
             shown_pub="03/03/2025", shown_upd="آخر تحديث: 04/03/2025 - 11:00", pub_meta="2025-03-03T12:00:00+02:00", mod_meta="2025-03-04T11:00:00+02:00",
             yoast_author="فريق التحرير", paras=[
                 "يعبر آلاف السوريين يومياً معبر المصنع الحدودي عائدين إلى بلادهم، بحسب أرقام الأمن العام اللبناني، في حركة تزداد مع اقتراب الصيف وافتتاح المدارس في عدد من المدن السورية.",
                 "ويحمل العائدون ما استطاعوا من أثاث وأدوات منزلية على سيارات وشاحنات صغيرة تصطف لساعات أمام نقطة العبور، فيما تقول منظمات إنسانية إن كثيرين منهم لا يعرفون إن كانت منازلهم ما زالت قائمة.",
                 "وتقول المفوضية السامية للأمم المتحدة لشؤون اللاجئين إنها لا تشجع ولا تمنع العودة، لكنها تطالب بضمانات تتعلق بالسكن والوثائق المدنية والخدمة العسكرية.",
                 "وتخشى بلديات في البقاع من أن تترك العودة المتسارعة فراغاً في اليد العاملة الزراعية التي اعتمدت عليها لسنوات."])]
    A[2]["source"] = "المصدر: وكالات"

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html dir="rtl" lang="ar"><head><meta charset="UTF-8"><title>%s</title><meta name="generator" content="WordPress 6.6.2">%s</head>'
                '<body class="%s rtl"><div class="jeg_topbar"><span class="jeg_top_date">الخميس، 6 آذار 2025</span></div>'
                '<header class="jeg_header"><div class="jeg_logo"><a href="/">المرفأ</a></div><nav class="jeg_main_menu"><ul>'
                '<li><a href="/category/lebanon/">لبنان</a></li><li><a href="/category/arab/">عربي ودولي</a></li><li><a href="/category/opinion/">رأي</a></li>'
                '<li><a href="/2025/03/04/">أرشيف</a></li></ul></nav></header><div class="jeg_main">%s</div>'
                '<div class="jeg_footer"><a href="/about-us/">من نحن</a> <a href="/contact-us/">اتصل بنا</a><p>© 2025 المرفأ. جميع الحقوق محفوظة.</p></div>'
                '<div class="gdpr-notice">يستخدم هذا الموقع ملفات تعريف الارتباط. <a href="/privacy/">اعرف المزيد</a></div></body></html>') % (E(title), head, cls, main)

    for i, a in enumerate(A):
        others = [b for b in A if b is not a]
        meta = ""
        if a["author"]:
            meta += '<div class="jeg_meta_author">%s<a href="%s">%s</a></div>' % ((a["label"] + ": ") if a["label"] else "", a["author"][1], E(a["author"][0]))
        if a["shown_pub"]:
            meta += '<div class="jeg_meta_date"><a href="/%s/">%s</a></div>' % (a["path"][1:11], a["shown_pub"])
        if a["shown_upd"]:
            meta += '<div class="jeg_meta_update">%s</div>' % a["shown_upd"]
        body = ps(a["paras"])
        if a.get("source"):
            body += '<p class="source"><strong>%s</strong></p>' % a["source"]
        g = []
        if a["pub_meta"]:
            g.append({"@type": "Article", "headline": a["title"], "datePublished": a["pub_meta"], "dateModified": a["mod_meta"],
                      "author": {"@id": s.url("/#/schema/person/1")}, "publisher": {"@id": s.url("/#organization")}})
            g.append({"@type": "Person", "@id": s.url("/#/schema/person/1"), "name": a["yoast_author"]})
        g.append({"@type": "Organization", "@id": s.url("/#organization"), "name": "المرفأ"})
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s - المرفأ">' % (s.url(a["path"]), E(a["title"]))
        if a["pub_meta"]:
            head += '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (a["pub_meta"], a["mod_meta"])
        head += '<meta name="author" content="%s">' % E(a["yoast_author"] or "المرفأ") + jl({"@context": "https://schema.org", "@graph": g})
        main = ('<div class="jeg_breadcrumbs"><a href="/">الرئيسية</a> » <a href="/category/%s/">%s</a></div><div class="entry-header"><h1 class="jeg_post_title">%s</h1>'
                '<div class="jeg_meta_container">%s</div></div><div class="jeg_share_button"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">واتساب</a></div>'
                '<div class="jeg_featured"><img src="/wp-content/uploads/2025/03/p%d.jpg" alt=""><p class="wp-caption-text">(أرشيف)</p></div>'
                '<div class="content-inner">%s</div><div class="jeg_post_tags"><span>وسوم:</span> <a href="/tag/%s/">%s</a></div>'
                '<div class="jnews_related_post_container"><h3>اقرأ أيضاً</h3><ul>%s</ul></div>'
                '<div id="comments"><h3>اترك تعليقاً</h3><form><textarea></textarea><button>أرسل التعليق</button></form></div>') % (
            a["cat"][0], a["cat"][1], E(a["title"]), meta, i, body, "beirut" if i == 0 else a["cat"][0], "بيروت" if i == 0 else a["cat"][1],
            links([(b["path"], b["title"]) for b in others]))
        s.art(a["path"], shell("%s - المرفأ" % a["title"], main, head, "post-template-default single single-post"), a["title"], a["day"],
              [a["author"][0]] if a["author"] else [], must=[a["paras"][1]], must_not=[others[0]["title"]])
    # opinion column: a columnist box above, the date under the text
    op = "/2025/03/02/opinion-electricity-generators/"
    opp = ["في كل حي من أحياء بيروت رجل يملك مولّداً، ويملك معه مفتاح الضوء في بيوت الناس، يقرر الأسعار ويحدد ساعات التقنين ويقطع الكهرباء عمن يتأخر في الدفع.",
           "منذ أكثر من عقدين والدولة تعد بكهرباء أربعاً وعشرين ساعة، ومنذ أكثر من عقدين يزداد عدد المولدات وتتمدد شبكات الأسلاك فوق رؤوسنا كأنها سقف ثانٍ للمدينة.",
           "لا أحد ينكر أن أصحاب المولدات سدوا فراغاً تركته الدولة، لكن تحويل هذا الفراغ إلى نظام دائم هو أخطر ما يمكن أن يحدث لأي إصلاح جدي في قطاع الطاقة.",
           "المطلوب ليس حرباً على المولدات، بل خطة زمنية واضحة تعيد الكهرباء إلى الشبكة العامة، وتضع عدادات وأسعاراً عادلة إلى أن يحين ذلك اليوم."]
    s.art(op, shell("المولدات أقوى من الدولة - المرفأ", (
        '<div class="jeg_breadcrumbs"><a href="/">الرئيسية</a> » <a href="/category/opinion/">رأي</a></div><div class="opinion-author-box"><img src="/wp-content/uploads/authors/nadim.jpg" alt="">'
        '<a href="/author/nadim-saad/">نديم سعد</a><span>كاتب وصحافي لبناني</span></div><div class="entry-header"><h1 class="jeg_post_title">المولدات أقوى من الدولة</h1></div>'
        '<div class="content-inner">%s</div><div class="post-date-bottom">نُشر في <a href="/2025/03/02/">02/03/2025</a></div>'
        '<div class="jnews_related_post_container"><h3>اقرأ أيضاً</h3><ul>%s</ul></div>') % (ps(opp), links([(A[0]["path"], A[0]["title"])])),
        '<meta property="og:type" content="article"><meta property="og:title" content="المولدات أقوى من الدولة">', "single single-post category-opinion"),
        "المولدات أقوى من الدولة", "2025-03-02", ["نديم سعد"], must=[opp[2]])
    allx = [(a["path"], a["title"]) for a in A] + [(op, "المولدات أقوى من الدولة")]
    s.non("/", shell("المرفأ - أخبار لبنان والعالم العربي", '<div class="jeg_hero"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul>%s</ul>' % (A[1]["path"], E(A[1]["title"]), E(A[1]["paras"][0]), links(allx))))
    for c, n, items in (("lebanon", "لبنان", allx[:2]), ("arab", "عربي ودولي", allx[2:3]), ("opinion", "رأي", allx[3:])):
        s.non("/category/%s/" % c, shell("%s Archives - المرفأ" % n, '<h1 class="jeg_cat_title">%s</h1><ul>%s</ul>' % (n, links(items)), cls="archive category"))
    for tg, tn, items in (("lebanon", "لبنان", allx[1:2]), ("arab", "عربي ودولي", allx[2:3])):
        s.non("/tag/%s/" % tg, shell("%s Archives - المرفأ" % tn, '<h1>الوسم: %s</h1><ul>%s</ul>' % (tn, links(items)), cls="archive tag"))
    s.non("/privacy/", shell("سياسة الخصوصية - المرفأ", "<h1>سياسة الخصوصية</h1><p>نحترم خصوصيتك.</p>", cls="page"))
    s.non("/tag/beirut/", shell("بيروت Archives - المرفأ", '<h1>الوسم: بيروت</h1><ul>%s</ul>' % links(allx[:1]), cls="archive tag"))
    s.non("/author/rima-khoury/", shell("ريما خوري، الكاتب في المرفأ", (
        '<div class="jeg_authorbox"><h1>ريما خوري</h1><p>صحافية لبنانية تغطي ملف انفجار المرفأ والقضاء منذ عام 2020. عملت سابقاً في عدد من الصحف والمواقع اللبنانية، '
        'وحازت جائزة سمير قصير لحرية الصحافة عن تحقيق حول مسار التحقيق العدلي في الانفجار.</p></div><ul>%s</ul>') % links(allx[:1]), cls="archive author"))
    s.non("/author/jad-haddad/", shell("جاد حداد، الكاتب في المرفأ", '<h1>جاد حداد</h1><ul>%s</ul>' % links(allx[1:2]), cls="archive author"))
    s.non("/author/nadim-saad/", shell("نديم سعد، الكاتب في المرفأ", '<h1>نديم سعد</h1><p>كاتب وصحافي لبناني.</p><ul>%s</ul>' % links(allx[3:]), cls="archive author"))
    for d in ("2025/03/02", "2025/03/03", "2025/03/04", "2025/03/05"):
        s.non("/%s/" % d, shell("أرشيف %s - المرفأ" % d, '<h1>أرشيف يوم %s</h1><ul>%s</ul>' % (d, links([x for x in allx if x[0].startswith("/" + d)])), cls="archive date"))
    s.non("/about-us/", shell("من نحن - المرفأ", "<h1>من نحن</h1><p>المرفأ موقع إخباري لبناني مستقل انطلق في بيروت عام 2021.</p>", cls="page"))
    s.non("/contact-us/", shell("اتصل بنا - المرفأ", "<h1>اتصل بنا</h1><p>بيروت، الجميزة</p>", cls="page"))
    s.sitemap([x[0] for x in allx], "/wp-admin/")


# ------------------------------------------------------------ 4 خبرگزاری آفتاب (Iranian agency, Tasnim-like)
def aftab():
    s = Site(4)
    A = [
        dict(j=(1403, 12, 14), tm="18:24", code=3265478, svc=("politics", "سیاسی"), title="مجلس کلیات لایحه ساماندهی بازار اجاره مسکن را تصویب کرد",
             byline=None, authors=[], shown_style="long", meta=True, lead="به گزارش گروه سیاسی خبرگزاری آفتاب،", paras=[
                 "نمایندگان مجلس شورای اسلامی در جلسه علنی امروز با ۱۸۴ رأی موافق کلیات لایحه ساماندهی بازار زمین، مسکن و اجاره‌بها را تصویب کردند و جزئیات آن برای بررسی به کمیسیون عمران بازگشت.",
                 "بر اساس این لایحه، سقف افزایش سالانه اجاره‌بها در شهرهای بزرگ هر سال از سوی شورای عالی مسکن تعیین می‌شود و ثبت همه قراردادهای اجاره در سامانه املاک و اسکان الزامی خواهد شد.",
                 "مخالفان لایحه در جلسه گفتند تعیین سقف اجاره بدون افزایش عرضه مسکن، مالکان را به خارج کردن واحدها از بازار اجاره تشویق می‌کند و مشکل مستأجران را حل نخواهد کرد.",
                 "وزیر راه و شهرسازی نیز در دفاع از لایحه گفت دولت همزمان ساخت سالانه چهارصد هزار واحد مسکونی را در برنامه دارد و اجرای این قانون تنها بخشی از بسته حمایت از مستأجران است."]),
        dict(j=(1403, 12, 12), tm="00:35", code=3264190, svc=("society", "اجتماعی"), title="کمبود آب شرب در ۱۲ روستای سیستان؛ تانکرها دیر می‌رسند",
             byline="گزارش: مریم احمدی", authors=["مریم احمدی"], shown_style="numeric", meta=False, lead="", paras=[
                 "اهالی دوازده روستای بخش شیب‌آب سیستان می‌گویند از ابتدای زمستان آب لوله‌کشی ندارند و تانکرهای آبرسانی گاهی تا یک هفته دیر می‌رسند.",
                 "یکی از اهالی روستای قلعه‌نو می‌گوید خانواده‌اش ناچار است آب آشامیدنی را در گالن‌های پلاستیکی از شهر زابل بخرد و برای شستشو از آب گل‌آلود چاه‌نیمه‌ها استفاده کند.",
                 "مدیر آبفای روستایی شهرستان دلیل قطعی را خرابی خط انتقال و کاهش ذخیره چاه‌نیمه‌ها عنوان کرد و گفت تعمیر خط لوله تا پایان اسفند به پایان می‌رسد.",
                 "به گفته او، در این مدت شمار تانکرهای آبرسانی از شش به ده دستگاه افزایش یافته و اولویت با روستاهایی است که مدرسه و خانه بهداشت دارند."]),
        dict(j=(1403, 11, 28), tm="10:15", code=3258007, svc=("culture", "فرهنگی"), title="کارگردان «خانه پدری»: سینمای کودک را فراموش کرده‌ایم",
             byline="گفت‌وگو از: علیرضا کریمی‌نژاد | عکس: حمید رضایی", authors=["علیرضا کریمی‌نژاد"], shown_style="long", meta=False, lead="", paras=[
                 "فیلم «خانه پدری» پس از نمایش در جشنواره فیلم فجر به یکی از پرمخاطب‌ترین فیلم‌های بخش کودک و نوجوان تبدیل شد. با کارگردان این فیلم درباره وضعیت سینمای کودک و مشکلات اکران گفت‌وگو کرده‌ایم.",
                 "او می‌گوید سینمای کودک در سال‌های اخیر تقریباً از سالن‌ها حذف شده است: «تهیه‌کننده‌ها سراغ این ژانر نمی‌آیند، چون می‌دانند فیلم‌شان سانس مناسب نمی‌گیرد و در هفته دوم از پرده پایین می‌آید.»",
                 "به باور این کارگردان، تلویزیون و پلتفرم‌های نمایش خانگی می‌توانند جای خالی سالن‌ها را پر کنند، به شرطی که سفارش ساخت فیلم برای کودکان را به بخشی ثابت از برنامه‌های خود تبدیل کنند.",
                 "«خانه پدری» قرار است از نوروز در سینماهای تهران و چند مرکز استان اکران شود و سازندگانش امیدوارند نسخه دوبله‌شده آن به زبان‌های محلی هم تهیه شود."])]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">%s</head>'
                '<body><header class="header"><div class="today">امروز: پنجشنبه ۱۶ اسفند ۱۴۰۳</div><a class="logo" href="/fa/">خبرگزاری آفتاب</a>'
                '<nav><ul><li><a href="/fa/service/politics/">سیاسی</a></li><li><a href="/fa/service/society/">اجتماعی</a></li><li><a href="/fa/service/culture/">فرهنگی</a></li>'
                '<li><a href="/fa/photo/">عکس</a></li><li><a href="/fa/prayer-times/">اوقات شرعی</a></li><li><a href="/fa/archive/">آرشیو</a></li></ul></nav></header>'
                '<div class="container">%s</div><footer><a href="/fa/about/">درباره ما</a> | <a href="/fa/contact/">تماس با ما</a> | <a href="/fa/rss/">RSS</a>'
                '<p>کلیه حقوق این سایت متعلق به خبرگزاری آفتاب است. استفاده از مطالب با ذکر منبع بلامانع است.</p></footer></body></html>') % (E(title), head, main)

    paths = []
    for i, a in enumerate(A):
        jy, jm, jd = a["j"]
        a["path"] = "/fa/news/%d/%02d/%02d/%d/" % (jy, jm, jd, a["code"])
        paths.append(a["path"])
    for i, a in enumerate(A):
        jy, jm, jd = a["j"]
        day = j2g(jy, jm, jd)
        if a["shown_style"] == "long":
            shown = "%s %s %s - %s" % (fa(jd), FA_MONTHS[jm - 1], fa(jy), fa(a["tm"]))
        else:
            shown = "%s/%s/%s - %s" % (fa(jy), fa("%02d" % jm), fa("%02d" % jd), fa(a["tm"]))
        others = [b for b in A if b is not a]
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="description" content="%s">' % (E(a["title"]), E(a["paras"][0][:120]))
        if a["meta"]:
            hh, mm = a["tm"].split(":")
            head += '<meta property="article:published_time" content="%sT%s:%s:00+03:30">' % (day, hh, mm)
            head += jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": "%sT%s:%s:00+03:30" % (day, hh, mm),
                        "author": {"@type": "Organization", "name": "خبرگزاری آفتاب"}})
        paras = list(a["paras"])
        if a["lead"]:
            paras[0] = a["lead"] + " " + paras[0]
        body = ""
        for j, p in enumerate(paras):
            body += "<p>%s</p>" % E(p)
            if j == 1:
                body += '<p class="more-read"><strong>بیشتر بخوانید:</strong> <a href="%s">%s</a></p>' % (others[0]["path"], E(others[0]["title"]))
        body += "<p>انتهای پیام/</p>"
        byl = '<div class="reporter">%s</div>' % E(a["byline"]) if a["byline"] else ""
        main = ('<article class="news-page"><div class="service-name"><a href="/fa/service/%s/">%s</a></div><div class="news-info"><span class="news-date">%s</span>'
                '<span class="news-code">کد خبر: %s</span></div><h3 class="rutitr">%s</h3><h1 class="title">%s</h1><p class="lead">%s</p>%s'
                '<div class="news-image"><img src="/files/fa/news/%d/%d/%d/%d_main.jpg" alt=""></div><div class="story">%s</div>'
                '<div class="tags">برچسب‌ها: <a href="/fa/tag/%s/">%s</a></div><div class="share">اشتراک‌گذاری: <a href="#">تلگرام</a> <a href="#">واتساپ</a> <a href="#">ایتا</a></div>'
                '<div class="short-link">لینک کوتاه: <span>%s</span></div></article><div class="related-news"><h2>اخبار مرتبط</h2><ul>%s</ul></div>'
                '<div class="comments"><h2>نظرات</h2><p>نظرات حاوی توهین و هرگونه نسبت ناروا به اشخاص منتشر نمی‌شود.</p><textarea></textarea></div>') % (
            a["svc"][0], a["svc"][1], shown, fa(a["code"]), "", E(a["title"]), E(a["paras"][0][:110] + "…"), byl, jy, jm, jd, a["code"], body,
            a["svc"][0], a["svc"][1], s.url("/x/%d" % a["code"]), links([(b["path"], b["title"]) for b in others]))
        s.art(a["path"], shell("%s - خبرگزاری آفتاب" % a["title"], main, head), a["title"], day, a["authors"], must=[a["paras"][2]],
              must_not=["نظرات حاوی توهین", "انتهای پیام"])
    allx = [(a["path"], a["title"]) for a in A]
    ph = "/fa/photo/1403/12/13/3265100/"
    caps = ["بازار تجریش در آستانه نوروز؛ خرید ماهی قرمز و سبزه", "دستفروشان سنبل و سمنو در پیاده‌راه تجریش", "خانواده‌ها در صف خرید آجیل شب عید", "بازار گل و گیاه محلاتی‌ها"]
    s.non(ph, shell("تصاویر/ حال و هوای بازار تجریش در آستانه نوروز - خبرگزاری آفتاب", (
        '<article class="photo-page"><div class="news-info"><span class="news-date">۱۳ اسفند ۱۴۰۳ - ۱۶:۰۰</span><span class="news-code">کد خبر: ۳۲۶۵۱۰۰</span></div>'
        '<h1>تصاویر/ حال و هوای بازار تجریش در آستانه نوروز</h1><div class="photographer">عکاس: حمید رضایی</div>%s</article><ul>%s</ul>') % (
        "".join('<figure><img src="/files/photo/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (k, E(c)) for k, c in enumerate(caps)), links(allx))))
    s.non("/fa/photo/", shell("عکس - خبرگزاری آفتاب", '<h1>عکس</h1><ul>%s</ul>' % links([(ph, "تصاویر/ حال و هوای بازار تجریش در آستانه نوروز")])))
    s.non("/fa/", shell("خبرگزاری آفتاب - آخرین اخبار ایران و جهان", '<div class="top-news"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul class="latest">%s</ul><h3>عکس</h3><ul>%s</ul>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(allx), links([(ph, "حال و هوای بازار تجریش")]))))
    s.non("/", shell("خبرگزاری آفتاب", '<div class="top-news"><a href="%s"><h2>%s</h2></a></div><ul class="latest">%s</ul><a href="/fa/">صفحه اصلی فارسی</a>' % (A[0]["path"], E(A[0]["title"]), links(allx))))
    for k, n in (("politics", "سیاسی"), ("society", "اجتماعی"), ("culture", "فرهنگی")):
        s.non("/fa/service/%s/" % k, shell("%s - خبرگزاری آفتاب" % n, '<h1>%s</h1><ul>%s</ul><div class="pager"><a href="/fa/service/%s/?page=2">صفحه بعد</a></div>' % (
            n, links([(a["path"], a["title"]) for a in A if a["svc"][0] == k]), k)))
        s.non("/fa/tag/%s/" % k, shell("%s - برچسب - خبرگزاری آفتاب" % n, '<h1>برچسب: %s</h1><ul>%s</ul>' % (n, links([(a["path"], a["title"]) for a in A if a["svc"][0] == k]))))
    s.non("/fa/prayer-times/", shell("اوقات شرعی تهران - خبرگزاری آفتاب", (
        '<h1>اوقات شرعی به افق تهران</h1><p>پنجشنبه ۱۶ اسفند ۱۴۰۳ برابر با ۶ رمضان ۱۴۴۶</p><table><tr><td>اذان صبح</td><td>۰۵:۰۸</td></tr><tr><td>طلوع آفتاب</td><td>۰۶:۳۱</td></tr>'
        '<tr><td>اذان ظهر</td><td>۱۲:۱۳</td></tr><tr><td>غروب آفتاب</td><td>۱۷:۵۵</td></tr><tr><td>اذان مغرب</td><td>۱۸:۱۴</td></tr></table>'
        '<p>اوقات شرعی بر اساس اعلام مؤسسه ژئوفیزیک دانشگاه تهران است.</p>')))
    s.non("/fa/archive/", shell("آرشیو اخبار - خبرگزاری آفتاب", (
        '<h1>آرشیو</h1><form><select><option>سرویس: همه</option></select><label>از تاریخ <input value="۱۴۰۳/۱۱/۰۱"></label><label>تا تاریخ <input value="۱۴۰۳/۱۲/۱۶"></label><button>جستجو</button></form>'
        '<ul>%s</ul>') % "".join('<li><a href="%s">%s</a> <span>%s</span></li>' % (a["path"], E(a["title"]), "%s %s" % (fa(a["j"][2]), FA_MONTHS[a["j"][1] - 1])) for a in A)))
    s.non("/fa/about/", shell("درباره ما - خبرگزاری آفتاب", "<h1>درباره خبرگزاری آفتاب</h1><p>خبرگزاری آفتاب فعالیت خود را از سال ۱۳۸۹ آغاز کرده است.</p><a href='/fa/contact/'>تماس با ما</a>"))
    s.non("/fa/contact/", shell("تماس با ما - خبرگزاری آفتاب", "<h1>تماس با ما</h1><p>تهران، خیابان ولیعصر</p>"))
    s.rss("/fa/rss/", "خبرگزاری آفتاب", [(a["path"], a["title"], "") for a in A])


# ------------------------------------------------------------ 5 پیک ایران (Persian diaspora site, London, Pangea-like CMS)
def peyk():
    s = Site(5)
    A = [
        dict(path="/a/33345678.html", sec=("/z/5010/", "ایران"), title="پرستاران در دست‌کم ۳۰ شهر ایران دست به اعتصاب زدند",
             by=[("بهنام قلی‌پور", "/author/behnam-gholipour/")], shown="۱۴ اسفند ۱۴۰۳", dt="2025-03-04T14:54:00Z", day="2025-03-04", paras=[
                 "پرستاران بیمارستان‌های دولتی در دست‌کم سی شهر ایران روز سه‌شنبه در اعتراض به پرداخت نشدن اضافه‌کاری و تعرفه‌گذاری خدمات پرستاری دست از کار کشیدند و در برابر ساختمان‌های دانشگاه‌های علوم پزشکی تجمع کردند.",
                 "تصاویر و ویدیوهایی که به دست پیک ایران رسیده، تجمع پرستاران را در تهران، مشهد، شیراز، رشت و اهواز نشان می‌دهد. معترضان شعارهایی در اعتراض به «حقوق‌های زیر خط فقر» و مهاجرت همکارانشان سر می‌دادند.",
                 "سازمان نظام پرستاری پیش‌تر اعلام کرده بود که سالانه هزاران پرستار کشور را ترک می‌کنند و کمبود نیروی انسانی در بخش‌های ویژه به مرز بحران رسیده است.",
                 "وزارت بهداشت در واکنش گفت بخشی از مطالبات معوقه پرستاران تا پایان سال پرداخت می‌شود، اما اجرای کامل قانون تعرفه‌گذاری به تأمین بودجه از سوی دولت بستگی دارد."]),
        dict(path="/a/33346120.html", sec=("/z/5010/", "ایران"), title="ریال در آستانه نوروز به پایین‌ترین ارزش تاریخی خود رسید",
             by=[("سارا معصومی", "/author/sara-masoumi/"), ("کاوه امیری", "/author/kaveh-amiri/")], shown="۳ ساعت پیش", dt=None, day="fetch-3", paras=[
                 "ارزش ریال ایران در بازار آزاد تهران به پایین‌ترین سطح تاریخی خود رسید و هر دلار آمریکا در معاملات امروز بیش از نود و دو هزار تومان داد و ستد شد.",
                 "فعالان بازار می‌گویند افزایش تقاضا برای ارز در هفته‌های پایانی سال، همراه با نگرانی از تشدید تحریم‌ها، فشار بر نرخ ارز را بیشتر کرده است.",
                 "کاهش ارزش پول ملی به سرعت به قیمت کالاهای اساسی منتقل شده و خانواده‌ها می‌گویند خرید شب عید امسال برایشان از هر سال دشوارتر است.",
                 "بانک مرکزی جمهوری اسلامی اعلام کرده که با عرضه بیشتر ارز در مرکز مبادله تلاش می‌کند بازار را آرام کند، اما کارشناسان اقتصادی به اثر این اقدام تردید دارند."]),
        dict(path="/a/33341902.html", sec=("/z/5020/", "دیدگاه"), title="چرا نسل زد ایران دیگر به صندوق رأی فکر نمی‌کند",
             by=[("مهسا رهنما", "/author/mahsa-rahnama/")], shown="سه‌شنبه ۷ اسفند ۱۴۰۳", dt=None, day=j2g(1403, 12, 7), paras=[
                 "در گفت‌وگو با جوانانی که در سال‌های اخیر به سن رأی رسیده‌اند، کمتر کسی را می‌توان یافت که انتخابات را راهی برای تغییر زندگی خود بداند.",
                 "این بی‌اعتمادی یک‌شبه پدید نیامده است؛ نسلی که با اینترنت فیلترشده، تورم دو رقمی و سرکوب اعتراض‌ها بزرگ شده، تجربه‌ای از اثرگذاری رأی خود در سیاست روزمره ندارد.",
                 "اما کناره‌گیری از صندوق رأی به معنای کناره‌گیری از سیاست نیست. همین نسل در شبکه‌های اجتماعی، در خیابان و در انتخاب‌های روزمره سبک زندگی، به شکل‌های تازه‌ای سیاست‌ورزی می‌کند.",
                 "پرسش اصلی برای سیاست‌گذاران این است که آیا هنوز می‌توان با این نسل زبان مشترکی یافت، یا شکاف میان حکومت و جوانان به نقطه بی‌بازگشت رسیده است."])]
    nav = [("/z/5010/", "ایران"), ("/z/5020/", "دیدگاه"), ("/z/5030/", "ویدیو"), ("/z/5040/", "پادکست")]

    def shell(title, main, head="", cls="pg-article"):
        return ('<!DOCTYPE html><html lang="fa" dir="rtl" class="no-js"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1.0">'
                '<meta property="og:site_name" content="پیک ایران">%s</head><body class="%s"><div class="hdr-container"><a class="header__logo" href="/">پیک ایران</a>'
                '<nav class="main-menu"><ul>%s</ul></nav><a class="btn-live" href="/live/">پخش زنده</a></div><div id="content">%s</div>'
                '<div class="cookie-notice">ما از کوکی‌ها استفاده می‌کنیم. <button>پذیرفتن</button></div>'
                '<footer class="footer"><a href="/p/4321.html">درباره ما</a> <a href="/p/4322.html">تماس</a> <p>© ۲۰۲۵ پیک ایران</p></footer></body></html>') % (
            E(title), head, cls, links(nav), main)

    NL = "برای دریافت خبرنامه روزانه پیک ایران نشانی ایمیل خود را وارد کنید"
    for i, a in enumerate(A):
        others = [b for b in A if b is not a]
        authors = " و ".join('<a class="links__item-link" href="%s">%s</a>' % (p, E(n)) for n, p in a["by"])
        tm = ('<time pubdate="pubdate" datetime="%s">%s</time>' % (a["dt"], a["shown"])) if a["dt"] else '<span class="date">%s</span>' % a["shown"]
        body = ""
        for j, p in enumerate(a["paras"]):
            body += "<p>%s</p>" % E(p)
            if j == 1:
                body += '<div class="wsw__embed"><div class="media-block"><a href="%s"><span class="title">%s</span></a></div></div>' % (others[0]["path"], E(others[0]["title"]))
        if a["sec"][0] == "/z/5020/":
            body += '<p class="disclaimer"><em>دیدگاه‌های مطرح‌شده در این یادداشت لزوماً بازتاب دیدگاه پیک ایران نیست.</em></p>'
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "author": {"@type": "Organization", "name": "پیک ایران"},
              "publisher": {"@type": "Organization", "name": "پیک ایران"}, "mainEntityOfPage": s.url(a["path"])}
        if a["dt"]:
            ld["datePublished"] = a["dt"]
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">%s' % (s.url(a["path"]), E(a["title"]), jl(ld))
        main = ('<div class="col-title"><div class="category"><a href="%s">%s</a></div><h1 class="title pg-title">%s</h1></div>'
                '<div class="col-publishing-details"><div class="links"><ul class="links__list"><li class="links__item">%s</li></ul></div>'
                '<div class="publishing-details"><span class="date">%s</span></div></div>'
                '<div class="share--box"><a href="#">فیس‌بوک</a> <a href="#">تلگرام</a> <a href="#">ایکس</a></div>'
                '<div class="cover-media"><img src="/img/%d.jpg" alt=""><span class="caption">عکس تزئینی است</span></div>'
                '<div id="article-content" class="content-floated-wrap"><div class="wsw">%s</div></div>'
                '<div class="newsletter-signup"><h3>خبرنامه</h3><p>%s</p><input type="email"><button>عضویت</button></div>'
                '<div class="related-content"><h2>مطالب مرتبط</h2><ul>%s</ul></div>') % (
            a["sec"][0], a["sec"][1], E(a["title"]), authors, tm, i, body, NL, links([(b["path"], b["title"]) for b in others]))
        s.art(a["path"], shell("%s - پیک ایران" % a["title"], main, head), a["title"], a["day"], [n for n, _ in a["by"]],
              must=[a["paras"][2]], must_not=[NL[:30], others[0]["title"]])
    allx = [(a["path"], a["title"]) for a in A]
    V = ("/a/33346001.html", "ویدیو | صف طولانی خرید مرغ در فروشگاه‌های زنجیره‌ای مشهد")
    s.non(V[0], shell(V[1] + " - پیک ایران", (
        '<div class="col-title"><h1 class="title pg-title">%s</h1></div><div class="publishing-details"><span class="date">۱۴ اسفند ۱۴۰۳</span></div>'
        '<div class="video-player"><video controls src="/media/v1.mp4"></video><span class="duration">۰۱:۲۴</span></div>'
        '<div class="intro"><p>ویدیویی که به دست پیک ایران رسیده، صف طولانی شهروندان برای خرید مرغ با نرخ دولتی را در یکی از فروشگاه‌های زنجیره‌ای مشهد نشان می‌دهد.</p></div>'
        '<ul>%s</ul>') % (E(V[1]), links(allx)), jl({"@context": "https://schema.org", "@type": "VideoObject", "name": V[1], "uploadDate": "2025-03-04T10:00:00Z",
                                                     "description": "صف طولانی خرید مرغ در مشهد", "thumbnailUrl": s.url("/img/v1.jpg")}), "pg-media"))
    P = ("/a/33344500.html", "پادکست «دو صدا» | قسمت ۴۲: مهاجرت پزشکان")
    s.non(P[0], shell(P[1] + " - پیک ایران", (
        '<h1 class="title pg-title">%s</h1><div class="publishing-details"><span class="date">۱۲ اسفند ۱۴۰۳</span></div><div class="audio-player"><audio controls src="/media/p42.mp3"></audio></div>'
        '<p>در این قسمت با دو پزشک جوان که در سال گذشته ایران را ترک کرده‌اند گفت‌وگو می‌کنیم. مجری: کاوه امیری</p><a href="/z/5040/">همه قسمت‌ها</a>') % E(P[1]), "", "pg-media"))
    s.non("/", shell("پیک ایران - اخبار ایران و جهان", '<div class="media-block-wrap"><div class="lead"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul>%s</ul><h2>ویدیو</h2><ul>%s</ul></div>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(allx), links([V, P])), cls="pg-home"))
    for z, n, items in (("5010", "ایران", allx[:2]), ("5020", "دیدگاه", allx[2:]), ("5030", "ویدیو", [V]), ("5040", "پادکست", [P])):
        s.non("/z/%s/" % z, shell("%s - پیک ایران" % n, '<h1 class="section-head">%s</h1><ul>%s</ul>' % (n, links(items)), cls="pg-section"))
    for n, p, k in (("بهنام قلی‌پور", "/author/behnam-gholipour/", [0]), ("سارا معصومی", "/author/sara-masoumi/", [1]), ("کاوه امیری", "/author/kaveh-amiri/", [1]),
                    ("مهسا رهنما", "/author/mahsa-rahnama/", [2])):
        bio = "%s روزنامه‌نگار و پژوهشگر حوزه اجتماعی است و پیش از مهاجرت در روزنامه‌های تهران کار می‌کرد. او از سال ۱۳۹۸ با پیک ایران همکاری دارد و درباره کارگران، پرستاران و معلمان گزارش می‌نویسد." % n
        s.non(p, shell("%s - پیک ایران" % n, '<div class="author-details"><h1>%s</h1><p>%s</p></div><ul>%s</ul>' % (E(n), E(bio), links([allx[x] for x in k])), cls="pg-author"))
    s.non("/live/", shell("پخش زنده - پیک ایران", '<h1>پخش زنده</h1><div class="video-player live"></div><p>برنامه‌های امروز: خبر ساعت ۲۰، میزگرد، گزارش ویژه.</p>', cls="pg-media"))
    s.non("/p/4321.html", shell("درباره ما - پیک ایران", "<h1>درباره ما</h1><p>پیک ایران رسانه‌ای مستقل به زبان فارسی است که از لندن منتشر می‌شود.</p>", cls="pg-static"))
    s.non("/p/4322.html", shell("تماس با ما - پیک ایران", "<h1>تماس با ما</h1><p>لندن</p>", cls="pg-static"))


# ------------------------------------------------------------ 6 זמן העמק (Hebrew regional daily, WordPress + Yoast)
def emek():
    s = Site(6)
    A = [
        dict(path="/news/2025/03/04/afula-light-rail-route-approved/", cat=("news", "חדשות"), title="אושר תוואי הרכבת הקלה מעפולה לנצרת: העבודות יחלו ב-2027",
             byline="אלון גולן ונועה שמיר", authors=["אלון גולן", "נועה שמיר"], shown="פורסם: 04/03/2025 00:40 | עודכן: 04/03/2025 09:12", heb="ד' באדר תשפ\"ה",
             day="2025-03-04", iso="2025-03-03T22:40:00+00:00", mod="2025-03-04T07:12:00+00:00", yoast="אלון גולן", paras=[
                 "הוועדה הארצית לתשתיות לאומיות אישרה בלילה את תוואי הרכבת הקלה שתחבר את עפולה לנצרת ולנוף הגליל, לאחר דיון שנמשך יותר משש שעות והסתיים מעט אחרי חצות.",
                 "לפי התוכנית, הקו יהיה באורך של כ-26 קילומטרים ויכלול 19 תחנות, בהן תחנה ליד בית החולים העמק ותחנה מרכזית בסמוך לתחנת הרכבת הכבדה בעפולה.",
                 "ראש עיריית עפולה בירך על ההחלטה ואמר כי מדובר ב\"יום היסטורי לעמק\", אך תושבים משכונת גבעת המורה הודיעו כי יעתרו נגד מעבר הקו ברחוב הראשי של השכונה.",
                 "משרד התחבורה מעריך כי העבודות יחלו ב-2027 וכי הקו ייפתח לנוסעים בתוך כשש שנים, בעלות כוללת של כשבעה מיליארד שקלים."]),
        dict(path="/news/2025/03/03/gilboa-anemones-festival-crowds/", cat=("news", "חדשות"), title="עשרות אלפים בדרום אדום בגלבוע: עומסים כבדים בכבישי האזור",
             byline="רוני כהן, כתב הצפון", authors=["רוני כהן"], shown="פורסם: 03/03/2025 18:24", heb="ג' באדר תשפ\"ה",
             day="2025-03-03", iso="2025-03-03T16:24:00+00:00", mod="2025-03-03T16:24:00+00:00", yoast="רוני כהן", paras=[
                 "עשרות אלפי מטיילים הגיעו בסוף השבוע לפסטיבל \"דרום אדום\" בשמורת הכלניות שבגלבוע, ובכבישי האזור נרשמו פקקים ארוכים עד שעות הערב.",
                 "במועצה האזורית גלבוע אמרו כי החניונים התמלאו כבר בשעות הבוקר המוקדמות, וכי מאות כלי רכב חנו בשולי כביש 667 בניגוד להוראות המשטרה.",
                 "רשות הטבע והגנים קראה למטיילים להגיע בימי חול ולהשתמש בהסעות שיוצאות מתחנת הרכבת בעפולה, ולהקפיד ללכת רק בשבילים המסומנים כדי לא לפגוע בפרחים.",
                 "הפסטיבל יימשך עד סוף החודש, ובסופי השבוע יתקיימו בו גם מופעי מוזיקה וסדנאות לילדים."]),
        dict(path="/news/2025/03/02/emek-hospital-new-er-wing/", cat=("health", "בריאות"), title="בית החולים העמק חנך אגף מיון ממוגן חדש",
             byline="חדשות זמן העמק", authors=[], shown="פורסם: 02/03/2025 14:05 | עודכן: 05/03/2025 10:30", heb="ב' באדר תשפ\"ה",
             day="2025-03-02", iso="2025-03-02T12:05:00+00:00", mod="2025-03-05T08:30:00+00:00", yoast="מערכת זמן העמק", paras=[
                 "בית החולים העמק בעפולה חנך השבוע אגף מיון חדש וממוגן, שנבנה מתחת לאדמה ויאפשר להמשיך לטפל בחולים גם בשעת חירום ובזמן ירי רקטות.",
                 "האגף החדש משתרע על פני כ-4,000 מ\"ר וכולל 60 עמדות טיפול, חדר טראומה מתקדם ומתחם נפרד לילדים, במקום המיון הישן שפעל במבנה בן חמישים שנה.",
                 "מנהל בית החולים אמר בטקס כי במלחמה האחרונה נאלץ הצוות להעביר מטופלים בין מבנים תחת אזעקות, וכי האגף החדש נועד למנוע מצב כזה בעתיד.",
                 "עלות הפרויקט נאמדת בכ-120 מיליון שקלים, ומומנה ברובה מתרומות ומתקציב משרד הבריאות."])]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html dir="rtl" lang="he-IL"><head><meta charset="UTF-8"><title>%s</title><meta name="generator" content="WordPress 6.7.1">%s</head>'
                '<body class="%s rtl"><div class="top-strip"><span class="date-heb">יום חמישי, ו\' באדר תשפ"ה</span> | <span class="date-greg">06.03.2025</span></div>'
                '<header class="site-header"><a class="logo" href="/">זמן העמק</a><nav><ul><li><a href="/category/news/">חדשות</a></li><li><a href="/category/health/">בריאות</a></li>'
                '<li><a href="/shabbat-times/">זמני שבת</a></li><li><a href="/weather/">מזג אוויר</a></li><li><a href="/video/">וידאו</a></li></ul></nav></header>'
                '<main class="site-main">%s</main><aside class="sidebar"><div class="widget newsletter"><h3>הניוזלטר שלנו</h3><p>הירשמו לניוזלטר של זמן העמק וקבלו את כל החדשות של העמק ישירות למייל</p>'
                '<input type="email"><button>הרשמה</button></div></aside><footer class="site-footer"><a href="/about/">אודות</a> <a href="/contact/">צור קשר</a> <a href="/accessibility/">הצהרת נגישות</a>'
                '<p>כל הזכויות שמורות © זמן העמק 2025</p></footer><div class="cookie-law-info-bar">אתר זה משתמש בעוגיות. <a>אישור</a></div></body></html>') % (E(title), head, cls, main)

    for i, a in enumerate(A):
        others = [b for b in A if b is not a]
        g = {"@context": "https://schema.org", "@graph": [
            {"@type": "NewsArticle", "@id": s.url(a["path"]) + "#article", "headline": a["title"], "datePublished": a["iso"], "dateModified": a["mod"],
             "author": {"@id": s.url("/#/schema/person/%d" % i)}, "publisher": {"@id": s.url("/#organization")}, "inLanguage": "he-IL"},
            {"@type": "Person", "@id": s.url("/#/schema/person/%d" % i), "name": a["yoast"]},
            {"@type": "Organization", "@id": s.url("/#organization"), "name": "זמן העמק"}]}
        head = ('<link rel="canonical" href="%s"><meta property="og:locale" content="he_IL"><meta property="og:type" content="article"><meta property="og:title" content="%s - זמן העמק">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta name="author" content="%s">%s') % (
            s.url(a["path"]), E(a["title"]), a["iso"], a["mod"], E(a["yoast"]), jl(g))
        body = ""
        for j, p in enumerate(a["paras"]):
            body += "<p>%s</p>" % E(p)
            if j == 1:
                body += '<div class="inline-related"><span>עוד בנושא:</span> <a href="%s">%s</a></div>' % (others[0]["path"], E(others[0]["title"]))
        main = ('<article class="post"><div class="breadcrumbs"><a href="/">ראשי</a> » <a href="/category/%s/">%s</a></div><h1 class="entry-title">%s</h1>'
                '<h2 class="entry-subtitle">%s</h2><div class="entry-meta"><span class="author-name">%s</span> <span class="post-date">%s</span> <span class="heb-date">%s</span></div>'
                '<figure class="wp-block-image"><img src="/wp-content/uploads/2025/03/e%d.jpg" alt=""><figcaption>צילום: דוברות</figcaption></figure>'
                '<div class="entry-content">%s</div><div class="tags-links"><a href="/tag/afula/" rel="tag">עפולה</a></div>'
                '<div class="share"><a href="#">וואטסאפ</a> <a href="#">פייסבוק</a> <a href="#">טלגרם</a></div></article>'
                '<section class="more-news"><h3>עוד חדשות</h3><ul>%s</ul></section>'
                '<section class="talkbacks"><h3>תגובות</h3><div class="talkback"><span class="tb-author">תושב העמק</span> <span class="tb-date">06/03/2025 08:02</span><p>סוף סוף!</p></div></section>') % (
            a["cat"][0], a["cat"][1], E(a["title"]), E(a["paras"][0][:90] + "..."), E(a["byline"]).replace("רוני כהן", '<a href="/author/roni-cohen/">רוני כהן</a>'), a["shown"], a["heb"], i, body,
            links([(b["path"], b["title"]) for b in others]))
        s.art(a["path"], shell("%s - זמן העמק" % a["title"], main, head, "single single-post"), a["title"], a["day"], a["authors"],
              must=[a["paras"][2]], must_not=["הירשמו לניוזלטר", "סוף סוף!"])
    allx = [(a["path"], a["title"]) for a in A]
    V = "/video/2025/03/05/anemones-drone/"
    s.non(V, shell("וידאו: הכלניות בגלבוע מהאוויר - זמן העמק", (
        '<article class="video-post"><h1>וידאו: הכלניות בגלבוע מהאוויר</h1><div class="video-embed"><iframe src="https://www.youtube.com/embed/abc"></iframe></div>'
        '<p>צילום רחפן: אורי לב. פורסם: 05/03/2025</p><ul>%s</ul></article>') % links(allx[1:2]), '<meta property="og:type" content="video.other">', "single single-video"))
    s.non("/video/", shell("וידאו - זמן העמק", '<h1>וידאו</h1><ul>%s</ul>' % links([(V, "וידאו: הכלניות בגלבוע מהאוויר")]), cls="archive"))
    s.non("/", shell("זמן העמק - חדשות עפולה והעמק", '<div class="main-story"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul>%s</ul>' % (A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(allx))))
    s.non("/category/news/", shell("חדשות - זמן העמק", '<h1 class="archive-title">חדשות</h1><ul>%s</ul>' % links(allx[:2]), cls="archive category"))
    s.non("/category/health/", shell("בריאות - זמן העמק", '<h1 class="archive-title">בריאות</h1><ul>%s</ul>' % links(allx[2:]), cls="archive category"))
    s.non("/tag/afula/", shell("עפולה - זמן העמק", '<h1 class="archive-title">תגית: עפולה</h1><ul>%s</ul>' % links(allx), cls="archive tag"))
    s.non("/author/roni-cohen/", shell("רוני כהן - זמן העמק", (
        '<div class="author-box"><h1>רוני כהן</h1><p>רוני כהן הוא כתב הצפון של זמן העמק. הוא מסקר את הגליל והעמקים מאז 2015, ולפני כן עבד ברדיו האזורי. '
        'מתגורר במושב בעמק יזרעאל עם אשתו ושלושת ילדיו.</p></div><ul>%s</ul>') % links(allx[1:2]), cls="archive author"))
    s.non("/shabbat-times/", shell("זמני כניסת ויציאת שבת - זמן העמק", (
        '<h1>זמני כניסת ויציאת השבת</h1><p>פרשת תצוה - שבת זכור, ח\' באדר תשפ"ה (08/03/2025)</p><table><tr><th>עיר</th><th>כניסה</th><th>יציאה</th></tr>'
        '<tr><td>עפולה</td><td>17:16</td><td>18:31</td></tr><tr><td>נצרת עילית</td><td>17:15</td><td>18:30</td></tr><tr><td>בית שאן</td><td>17:17</td><td>18:31</td></tr></table>'), cls="page"))
    s.non("/weather/", shell("מזג האוויר בעמק - זמן העמק", '<h1>מזג האוויר</h1><p>יום חמישי 06/03/2025: נאה, 21°. יום שישי: גשום, 15°.</p>', cls="page"))
    s.non("/about/", shell("אודות - זמן העמק", "<h1>אודות</h1><p>זמן העמק הוא עיתון אזורי היוצא לאור בעפולה מאז 1994.</p><a href='/contact/'>צור קשר</a>", cls="page"))
    s.non("/accessibility/", shell("הצהרת נגישות - זמן העמק", "<h1>הצהרת נגישות</h1><p>האתר הונגש בהתאם לתקן הישראלי 5568.</p>", cls="page"))
    s.non("/contact/", shell("צור קשר - זמן העמק", "<h1>צור קשר</h1><p>רחוב יהושע חנקין, עפולה</p>", cls="page"))
    s.sitemap([a["path"] for a in A] + [V], "/wp-admin/")


# ------------------------------------------------------------ 7 دەنگی هەولێر (Kurdish Sorani, Rudaw-like custom CMS)
def hewler():
    s = Site(7)
    A = [
        dict(path="/sorani/kurdistan/0403202512/", sec=("/sorani/kurdistan/", "کوردستان"), title="حکومەتی هەرێم لە ڕۆژی یەکشەممەوە مووچەی شوبات دابەش دەکات",
             by="نووسینی: ", people=[("ئاراس محەمەد", "/sorani/author/aras-mohammed/")], day="2025-03-04",
             shown="سێشەممە %sی ئازاری %s - %sی ڕەشەمەی %s" % (ar(4), ar(2025), ar(14), ar(2724)), tm=ar("15:30"), ld_date="2025-03-04T15:30:00+03:00", paras=[
                 "وەزارەتی دارایی و ئابووری حکومەتی هەرێمی کوردستان ڕایگەیاند کە لە ڕۆژی یەکشەممەی داهاتووەوە دابەشکردنی مووچەی مانگی شوباتی فەرمانبەران دەست پێدەکات، دوای ئەوەی پارەی پێویست لە بەغداوە گەیشتە هەولێر.",
                 "بەپێی ڕاگەیەندراوەکەی وەزارەت، سەرەتا مووچەی فەرمانبەرانی وەزارەتەکانی پەروەردە و تەندروستی دابەش دەکرێت و دواتر وەزارەتەکانی دیکە، و پرۆسەکە نزیکەی دوو هەفتە دەخایەنێت.",
                 "دواکەوتنی مووچە لە چەند ساڵی ڕابردوودا بووەتە یەکێک لە گەورەترین کێشەکانی فەرمانبەرانی هەرێم، و زۆرێک لە مامۆستایان چەند جارێک لە شارەکانی سلێمانی و هەڵەبجە خۆپیشاندانیان کردووە.",
                 "لیژنەی دارایی پەرلەمانی عێراق دەڵێت ڕێککەوتنی نوێی نێوان هەولێر و بەغدا لەسەر داهاتی نانەوتی دەتوانێت لە مانگەکانی داهاتوودا ڕێگری لە دواکەوتنی مووچە بکات."]),
        dict(path="/sorani/kurdistan/0303202508/", sec=("/sorani/kurdistan/", "کوردستان"), title="قۆناغێکی نوێی نۆژەنکردنەوەی قەڵای هەولێر دەستی پێکرد",
             by="", people=[("شیلان ئەحمەد", "/sorani/author/shilan-ahmed/"), ("ڕێبوار کەریم", "/sorani/author/rebwar-karim/")], day="2025-03-03",
             shown="%s-%s-%s" % (ar(3), ar(3), ar(2025)), tm=ar("11:05"), ld_date="2025-03-03T08:05:00Z", paras=[
                 "قۆناغێکی نوێی نۆژەنکردنەوەی خانووە کۆنەکانی قەڵای هەولێر بە هاوکاری ڕێکخراوی یونسکۆ دەستی پێکرد، کە تێیدا سی خانووی مێژوویی لە گەڕەکی سەرای قەڵاکە چاک دەکرێنەوە.",
                 "بەڕێوەبەری دەستەی باڵای نۆژەنکردنەوەی قەڵا گوتی کارەکە بە پێی ڕێنماییەکانی پاراستنی شوێنەوار ئەنجام دەدرێت و بەکارهێنانی کەرەستەی نوێی وەک چیمەنتۆ قەدەغەیە.",
                 "قەڵای هەولێر لە ساڵی دوو هەزار و چواردەوە لە لیستی میراتی جیهانیی یونسکۆدایە و بە یەکێک لە کۆنترین شوێنە نیشتەجێبووەکانی جیهان دادەنرێت.",
                 "چاوەڕوان دەکرێت کارەکانی ئەم قۆناغە تا کۆتایی ساڵی داهاتوو تەواو ببن و دواتر بەشێک لە خانووەکان بکرێنە مۆزەخانە و مەڵبەندی کولتووری."]),
        dict(path="/sorani/world/0103202503/", sec=("/sorani/world/", "جیهان"), title="نرخی نەوتی برێنت بۆ نزمترین ئاستی سێ مانگی ڕابردوو دابەزی",
             by="هەولێر - دەنگی هەولێر", people=[], day="2025-03-01",
             shown="%sی ئازاری %s" % (ar(1), ar(2025)), tm=ar("19:40"), ld_date="2025-02-27T09:00:00+03:00", paras=[
                 "نرخی نەوتی خاوی برێنت لە بازاڕە جیهانییەکاندا بۆ ژێر حەفتا دۆلار بۆ هەر بەرمیلێک دابەزی، کە نزمترین ئاستە لە ماوەی زیاتر لە سێ مانگدا.",
                 "شارەزایانی بازاڕ دەڵێن بڕیاری ڕێکخراوی ئۆپێک پلەس بۆ زیادکردنی بەرهەمهێنان لە مانگی نیسانەوە و نیگەرانی لە لاوازبوونی ئابووریی جیهان، فشاریان خستووەتە سەر نرخەکان.",
                 "دابەزینی نرخی نەوت ڕاستەوخۆ کاریگەری لەسەر بودجەی عێراق و هەرێمی کوردستان هەیە، کە زیاتر لە نەوەد لەسەدی داهاتیان لە فرۆشتنی نەوتەوە دێت.",
                 "ئابووریناسان داوا لە حکومەت دەکەن پلانێکی ڕوون بۆ کەمکردنەوەی پشتبەستن بە نەوت دابنێت و پشتگیری لە کەرتەکانی کشتوکاڵ و گەشتیاری بکات."])]

    def shell(title, main, head="", cls="page"):
        return ('<!DOCTYPE html><html lang="ckb" dir="rtl"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">%s</head>'
                '<body class="%s"><div class="lang-bar"><a href="/sorani/">سۆرانی</a></div>'
                '<header><a class="logo" href="/sorani/">دەنگی هەولێر</a><nav><a href="/sorani/kurdistan/">کوردستان</a> <a href="/sorani/world/">جیهان</a> '
                '<a href="/sorani/video/">ڤیدیۆ</a> <a href="/sorani/weather/">کەشوهەوا</a></nav><a class="live" href="/sorani/live/">پەخشی ڕاستەوخۆ</a></header>'
                '<div class="main">%s</div><footer><a href="/sorani/about/">دەربارەی ئێمە</a> <a href="/sorani/contact/">پەیوەندی</a><p>© دەنگی هەولێر %s</p></footer></body></html>') % (
            E(title), head, cls, main, ar(2025))

    for i, a in enumerate(A):
        others = [b for b in A if b is not a]
        if a["people"]:
            byl = a["by"] + " و ".join('<a href="%s">%s</a>' % (p, E(n)) for n, p in a["people"])
        else:
            byl = E(a["by"])
        body = ""
        for j, p in enumerate(a["paras"]):
            body += "<p>%s</p>" % E(p)
            if j == 1:
                body += '<div class="related-inline"><b>پەیوەندیدار:</b> <a href="%s">%s</a></div>' % (others[0]["path"], E(others[0]["title"]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["ld_date"],
              "author": {"@type": "Organization", "name": "دەنگی هەولێر"}, "inLanguage": "ckb"}
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s">%s' % (E(a["title"]), s.url(a["path"]), jl(ld))
        main = ('<div class="article"><div class="article__category"><a href="%s">%s</a></div><h1 class="article__title">%s</h1>'
                '<div class="article__meta"><span class="article__author">%s</span><span class="article__date">%s</span> <span class="article__time">%s</span></div>'
                '<div class="article__image"><img src="/images/%d.jpg" alt=""><span class="photo-credit">وێنە: دەنگی هەولێر</span></div>'
                '<div class="article__body">%s</div><div class="article__share"><a href="#">فەیسبووک</a> <a href="#">تویتەر</a></div></div>'
                '<div class="sidebar"><h3>زۆرترین خوێندراو</h3><ul>%s</ul></div>') % (
            a["sec"][0], a["sec"][1], E(a["title"]), byl, a["shown"], a["tm"], i, body, links([(b["path"], b["title"]) for b in others]))
        s.art(a["path"], shell("%s | دەنگی هەولێر" % a["title"], main, head, "article-page"), a["title"], a["day"], [n for n, _ in a["people"]],
              must=[a["paras"][2]], must_not=["پەیوەندیدار:"])
    allx = [(a["path"], a["title"]) for a in A]
    V = ("/sorani/video/0403202501/", "ڤیدیۆ: بەفربارین لە ڕێگای هەولێر - ڕەواندز")
    s.non(V[0], shell(V[1] + " | دەنگی هەولێر", (
        '<div class="video-page"><h1>%s</h1><div class="player"><video controls></video></div><span class="article__date">%sی ئازاری %s</span>'
        '<p>بەفربارینی بەخوڕ ڕێگای هەولێر - ڕەواندزی بۆ چەند کاتژمێرێک داخست.</p><ul>%s</ul></div>') % (E(V[1]), ar(4), ar(2025), links(allx)),
        jl({"@context": "https://schema.org", "@type": "VideoObject", "name": V[1], "uploadDate": "2025-03-04T09:00:00+03:00"}), "video-page"))
    s.non("/", shell("دەنگی هەولێر", '<h1>دەنگی هەولێر</h1><a href="/sorani/">سۆرانی</a>'))
    s.non("/sorani/", shell("دەنگی هەولێر - هەواڵ", '<div class="lead"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul>%s</ul><h3>ڤیدیۆ</h3><ul>%s</ul>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(allx), links([V])), cls="home"))
    s.non("/sorani/kurdistan/", shell("کوردستان | دەنگی هەولێر", '<h1>کوردستان</h1><ul>%s</ul>' % links(allx[:2]), cls="section"))
    s.non("/sorani/world/", shell("جیهان | دەنگی هەولێر", '<h1>جیهان</h1><ul>%s</ul>' % links(allx[2:]), cls="section"))
    s.non("/sorani/video/", shell("ڤیدیۆ | دەنگی هەولێر", '<h1>ڤیدیۆ</h1><ul>%s</ul>' % links([V]), cls="section"))
    for n, p, k in (("ئاراس محەمەد", "/sorani/author/aras-mohammed/", [0]), ("شیلان ئەحمەد", "/sorani/author/shilan-ahmed/", [1]), ("ڕێبوار کەریم", "/sorani/author/rebwar-karim/", [1])):
        s.non(p, shell("%s | دەنگی هەولێر" % n, ('<div class="author"><h1>%s</h1><p>%s ڕۆژنامەنووسە لە دەنگی هەولێر و لە ساڵی %sەوە هەواڵەکانی ئابووری و کۆمەڵایەتی هەرێمی کوردستان ڕووماڵ دەکات. '
                                                   'پێشتر لە چەند ڕۆژنامە و ڕادیۆیەکی ناوخۆیی کاری کردووە.</p></div><ul>%s</ul>') % (E(n), E(n), ar(2016), links([allx[x] for x in k])), cls="author"))
    s.non("/sorani/weather/", shell("کەشوهەوا | دەنگی هەولێر", '<h1>کەشوهەوای هەرێمی کوردستان</h1><table><tr><td>هەولێر</td><td>%s°</td></tr><tr><td>سلێمانی</td><td>%s°</td></tr><tr><td>دهۆک</td><td>%s°</td></tr></table><p>پێشبینی بۆ پێنجشەممە %sی ئازار: هەوری و بارانی سووک.</p>' % (ar(17), ar(14), ar(15), ar(6)), cls="tool"))
    s.non("/sorani/live/", shell("پەخشی ڕاستەوخۆ | دەنگی هەولێر", '<h1>پەخشی ڕاستەوخۆ</h1><div class="player live"></div><p>بەرنامەکانی ئەمڕۆ: هەواڵی کاتژمێر ٨، دیدار، وەرزش.</p>', cls="tool"))
    s.non("/sorani/about/", shell("دەربارەی ئێمە | دەنگی هەولێر", "<h1>دەربارەی ئێمە</h1><p>دەنگی هەولێر دەزگایەکی میدیایی سەربەخۆیە لە هەولێر.</p><a href='/sorani/contact/'>پەیوەندی</a>", cls="page"))
    s.non("/sorani/contact/", shell("پەیوەندی | دەنگی هەولێر", "<h1>پەیوەندی</h1><p>هەولێر، شەقامی شەست مەتری</p>", cls="page"))
    s.sitemap([a["path"] for a in A] + [V[0]])


# ------------------------------------------------------------ 8 ሰብኮ (Amharic broadcaster, WordPress + Newspaper theme)
def sebco():
    s = Site(8)
    A = [
        dict(path="/2025/03/04/addis-ababa-new-bus-routes/", cat=("news", "ዜና"), title="የአዲስ አበባ ከተማ አስተዳደር አስር አዳዲስ የአውቶብስ መስመሮችን ይፋ አደረገ",
             dateline="አዲስ አበባ፣ የካቲት 25፣ 2017 (ሰብኮ) –", sign="በሰለሞን ተስፋዬ", authors=["ሰለሞን ተስፋዬ"], day="2025-03-04",
             shown="%s 4, 2025" % AM_MONTHS[2], dt="2025-03-04T15:20:00+03:00", paras=[
                 "የአዲስ አበባ ከተማ አስተዳደር ትራንስፖርት ቢሮ በከተማዋ አስር አዳዲስ የአውቶብስ መስመሮችን ከሚቀጥለው ሳምንት ጀምሮ ሥራ ላይ እንደሚያውል አስታወቀ።",
                 "የቢሮው ኃላፊ በሰጡት መግለጫ አዳዲሶቹ መስመሮች በተለይ የኮሪደር ልማት ሥራ በተከናወነባቸው አካባቢዎች የሚኖሩ ነዋሪዎችን የትራንስፖርት ችግር ለማቃለል ታስበው የተዘጋጁ መሆናቸውን ገልጸዋል።",
                 "ለመስመሮቹ አገልግሎት ከአንድ መቶ በላይ አዳዲስ አውቶብሶች የተመደቡ ሲሆን፣ ተሳፋሪዎች በሞባይል መተግበሪያ ትኬት መቁረጥ እንደሚችሉም ተነግሯል።",
                 "ነዋሪዎች በበኩላቸው በጠዋትና በማታ ሰዓታት የሚታየው ረጅም ሰልፍ እንዲቀንስ አገልግሎቱ በሰዓቱ መሰጠት እንዳለበት አሳስበዋል።"]),
        dict(path="/2025/03/01/lake-tana-water-hyacinth-campaign/", cat=("news", "ዜና"), title="የጣና ሐይቅን ከእምቦጭ አረም የማጽዳት የሁለት ወር ዘመቻ ተጀመረ",
             dateline="ባሕር ዳር፣ የካቲት 22፣ 2017 (ሰብኮ) –", sign="በሔኖክ ታደሰ እና መቅደስ ገብሩ", authors=["ሔኖክ ታደሰ", "መቅደስ ገብሩ"], day=eth2g(6, 22),
             shown=None, dt=None, paras=[
                 "በጣና ሐይቅ ላይ የተስፋፋውን የእምቦጭ አረም ለማስወገድ ያለመ የሁለት ወር ዘመቻ በባሕር ዳር ከተማ በይፋ ተጀመረ።",
                 "በዘመቻው ከአምስት ሺህ በላይ በጎ ፈቃደኞች፣ የአካባቢው አርሶ አደሮችና የዩኒቨርሲቲ ተማሪዎች እንደሚሳተፉ የክልሉ የአካባቢ ጥበቃ ባለሥልጣን አስታውቋል።",
                 "ባለሥልጣኑ እንዳለው አረሙ ባለፉት ዓመታት በሐይቁ ሰሜናዊና ምሥራቃዊ ዳርቻዎች በሺዎች የሚቆጠሩ ሄክታሮችን የሸፈነ ሲሆን፣ በዓሣ ምርትና በመጓጓዣ ላይ ከፍተኛ ጉዳት አድርሷል።",
                 "ከአረሙ የሚሰበሰበውን ቆሻሻ ወደ ኮምፖስትና የእደ ጥበብ ውጤቶች ለመቀየር ከወጣት ማኅበራት ጋር ስምምነት መደረጉም ተገልጿል።"]),
        dict(path="/2025/02/27/coffee-export-revenue-six-months/", cat=("business", "ቢዝነስ"), title="የቡና የወጪ ንግድ ገቢ በስድስት ወራት ከአንድ ቢሊዮን ዶላር በለጠ",
             dateline="አዲስ አበባ፣ የካቲት 20፣ 2017 (ሰብኮ) –", sign="", authors=[], day="2025-02-27",
             shown="%s 27, 2025" % AM_MONTHS[1], dt="2025-02-27T11:45:00+03:00", paras=[
                 "ኢትዮጵያ ባለፉት ስድስት ወራት ከቡና የወጪ ንግድ ከአንድ ቢሊዮን ዶላር በላይ ገቢ ማግኘቷን የኢትዮጵያ ቡናና ሻይ ባለሥልጣን አስታወቀ።",
                 "ገቢው ካለፈው ዓመት ተመሳሳይ ወቅት ጋር ሲነጻጸር ከሰላሳ በመቶ በላይ ጭማሪ ያሳየ ሲሆን፣ ለዚህም የዓለም የቡና ዋጋ መጨመርና የተላከው የቡና መጠን ማደግ ምክንያት መሆናቸው ተገልጿል።",
                 "ጀርመን፣ ሳዑዲ ዓረቢያ፣ አሜሪካና ቤልጂየም ዋነኞቹ የኢትዮጵያ ቡና መዳረሻ አገራት ሆነው መቀጠላቸውን ባለሥልጣኑ ገልጿል።",
                 "የቡና አምራች አርሶ አደሮች በበኩላቸው ከዋጋ ጭማሪው ተጠቃሚ እንዲሆኑ የግብይት ሰንሰለቱ ማጠር እንዳለበት ጠይቀዋል።"])]
    TG = "ወቅታዊ መረጃዎችን ለማግኘት የቴሌግራም ቻናላችንን ይቀላቀሉ"

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="am"><head><meta charset="UTF-8"><title>%s</title><meta name="generator" content="WordPress 6.5.5">%s</head>'
                '<body class="%s td-standard-pack"><div class="td-header-top-menu"><span class="td_data_time">ሐሙስ፣ ማርች 6, 2025</span> <a href="/live/">ቀጥታ ስርጭት</a></div>'
                '<div class="td-header-wrap"><a class="td-main-logo" href="/">ሰብኮ - ሰላም ብሮድካስቲንግ ኮርፖሬሽን</a><ul class="sf-menu"><li><a href="/category/news/">ዜና</a></li>'
                '<li><a href="/category/business/">ቢዝነስ</a></li><li><a href="/video/">ቪዲዮ</a></li><li><a href="/program-schedule/">የፕሮግራም ሰሌዳ</a></li></ul></div>'
                '<div class="td-main-content-wrap">%s</div><div class="td-footer-wrapper"><a href="/about/">ስለ እኛ</a> <a href="/contact/">አግኙን</a>'
                '<p>© 2025 ሰላም ብሮድካስቲንግ ኮርፖሬሽን። መብቱ በህግ የተጠበቀ ነው።</p></div></body></html>') % (E(title), head, cls, main)

    for i, a in enumerate(A):
        others = [b for b in A if b is not a]
        paras = list(a["paras"])
        paras[0] = a["dateline"] + " " + paras[0]
        body = ps(paras)
        if a["sign"]:
            body += "<p><strong>%s</strong></p>" % E(a["sign"])
        body += '<p class="telegram-cta"><a href="https://t.me/sebco">%s</a></p>' % TG
        date = ('<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span>' % (a["dt"], a["shown"])) if a["dt"] else ""
        head = '<meta property="og:type" content="article"><meta property="og:title" content="%s - ሰብኮ"><link rel="canonical" href="%s">' % (E(a["title"]), s.url(a["path"]))
        if a["dt"]:
            head += '<meta property="article:published_time" content="%s">' % a["dt"]
            head += jl({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": a["title"], "datePublished": a["dt"],
                                                                      "author": {"@type": "Person", "name": "ሰብኮ ዲጂታል"}}]})
        main = ('<article class="post type-post format-standard"><div class="td-post-header"><ul class="td-category"><li><a class="td-tag" href="/category/%s/">%s</a></li></ul>'
                '<header class="td-post-title"><h1 class="entry-title">%s</h1><div class="td-module-meta-info"><div class="td-post-author-name">'
                '<a href="/author/sebco-digital/">ሰብኮ ዲጂታል</a></div>%s</div></header></div>'
                '<div class="td-post-sharing"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Telegram</a></div>'
                '<div class="td-post-featured-image"><img src="/wp-content/uploads/2025/03/s%d.jpg" alt=""></div><div class="td-post-content tagdiv-type">%s</div>'
                '<footer><div class="td-post-source-tags"><ul class="td-tags"><li><a href="/tag/addis-ababa/">አዲስ አበባ</a></li></ul></div></footer></article>'
                '<div class="td_block_related_posts"><h4>ተዛማጅ ዜናዎች</h4><ul>%s</ul></div>') % (
            a["cat"][0], a["cat"][1], E(a["title"]), date, i, body, links([(b["path"], b["title"]) for b in others]))
        s.art(a["path"], shell("%s - ሰብኮ" % a["title"], main, head, "post-template-default single single-post"), a["title"], a["day"], a["authors"],
              must=[a["paras"][2]], must_not=[TG])
    allx = [(a["path"], a["title"]) for a in A]
    V = ("/video/2025/03/05/evening-news-bulletin/", "የምሽት ዜና - ማርች 5, 2025")
    s.non(V[0], shell(V[1] + " - ሰብኮ", ('<article class="post format-video"><h1 class="entry-title">%s</h1><span class="td-post-date"><time datetime="2025-03-05T21:00:00+03:00">ማርች 5, 2025</time></span>'
                                          '<div class="td-post-featured-video"><iframe src="https://www.youtube.com/embed/sebco1"></iframe></div><p>የሰብኮ የምሽት ዋና ዜና ሙሉ ስርጭት።</p></article><ul>%s</ul>') % (E(V[1]), links(allx)),
                      '<meta property="og:type" content="video.other">', "single single-post post-format-video"))
    s.non("/video/", shell("ቪዲዮ - ሰብኮ", '<h1>ቪዲዮ</h1><ul>%s</ul>' % links([V]), cls="archive"))
    s.non("/", shell("ሰብኮ - ሰላም ብሮድካስቲንግ ኮርፖሬሽን", '<div class="td_block_big_grid"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul>%s</ul><h3>ቪዲዮ</h3><ul>%s</ul>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(allx), links([V]))))
    s.non("/category/news/", shell("ዜና Archives - ሰብኮ", '<h1 class="entry-title td-page-title">ዜና</h1><ul>%s</ul>' % links(allx[:2]), cls="archive category"))
    s.non("/category/business/", shell("ቢዝነስ Archives - ሰብኮ", '<h1 class="entry-title td-page-title">ቢዝነስ</h1><ul>%s</ul>' % links(allx[2:]), cls="archive category"))
    s.non("/tag/addis-ababa/", shell("አዲስ አበባ Archives - ሰብኮ", '<h1>አዲስ አበባ</h1><ul>%s</ul>' % links(allx), cls="archive tag"))
    s.non("/author/sebco-digital/", shell("ሰብኮ ዲጂታል, Author at ሰብኮ", '<div class="td-author-description"><h1>ሰብኮ ዲጂታል</h1><p>የሰብኮ ዲጂታል ሚዲያ ክፍል</p></div><ul>%s</ul>' % links(allx), cls="archive author"))
    s.non("/program-schedule/", shell("የፕሮግራም ሰሌዳ - ሰብኮ", ('<h1>የፕሮግራም ሰሌዳ</h1><p>ሐሙስ፣ ማርች 6, 2025</p><table><tr><td>12:00</td><td>ዜና</td></tr><tr><td>1:00</td><td>የጠዋት ፕሮግራም</td></tr>'
                                                             '<tr><td>2:00</td><td>ቢዝነስ ዛሬ</td></tr><tr><td>3:00</td><td>የምሽት ዜና</td></tr></table>'), cls="page"))
    s.non("/live/", shell("ቀጥታ ስርጭት - ሰብኮ", '<h1>ቀጥታ ስርጭት</h1><div class="live-player"></div><p>ሰብኮ ቴሌቪዥን በቀጥታ።</p>', cls="page"))
    s.non("/about/", shell("ስለ እኛ - ሰብኮ", "<h1>ስለ እኛ</h1><p>ሰላም ብሮድካስቲንግ ኮርፖሬሽን የቴሌቪዥን፣ የሬዲዮና የዲጂታል ሚዲያ ተቋም ነው።</p><a href='/contact/'>አግኙን</a>", cls="page"))
    s.non("/contact/", shell("አግኙን - ሰብኮ", "<h1>አግኙን</h1><p>አዲስ አበባ፣ ቦሌ ክፍለ ከተማ</p>", cls="page"))
    s.sitemap([a["path"] for a in A] + [V[0]], "/wp-admin/")


# ------------------------------------------------------------ 9 Mwangaza (Tanzanian Swahili daily, Nation-Media-like CMS)
def mwangaza():
    s = Site(9)
    A = [
        dict(path="/mw/habari/kitaifa/bei-ya-mafuta-yapanda-machi-4950123/", sec=("/mw/habari/kitaifa/", "Kitaifa"), title="Bei ya mafuta yapanda tena, dizeli yavuka Sh3,000 kwa lita",
             by=[("Juma Issihaka", "/mw/wandishi/juma-issihaka-4410/")], day="2025-03-04", dt="2025-03-03T21:30:00Z",
             shown="Jumanne, Machi 04, 2025", upd="", place="Dar es Salaam.", paras=[
                 "Mamlaka ya Udhibiti wa Huduma za Nishati na Maji (Ewura) imetangaza bei mpya za mafuta zitakazoanza kutumika leo, ambapo bei ya dizeli kwa Dar es Salaam imepanda hadi Sh3,045 kwa lita.",
                 "Kwa mujibu wa taarifa ya mamlaka hiyo, bei ya petroli imeongezeka kwa Sh62 kwa lita na mafuta ya taa kwa Sh48, huku mikoa ya Kigoma na Kagera ikiwa na bei za juu zaidi kutokana na gharama za usafirishaji.",
                 "Ewura imesema ongezeko hilo limesababishwa na kupanda kwa bei ya mafuta katika soko la dunia pamoja na gharama za kubadilisha fedha za kigeni katika mwezi uliopita.",
                 "Madereva wa bodaboda na daladala jijini Dar es Salaam wameeleza wasiwasi kwamba huenda nauli zikapanda iwapo bei hizo zitaendelea kuongezeka katika miezi ijayo."]),
        dict(path="/mw/habari/kitaifa/wakulima-wa-korosho-mtwara-4949870/", sec=("/mw/habari/kitaifa/", "Kitaifa"), title="Wakulima wa korosho Mtwara walalamikia malipo kuchelewa",
             by=[("Aurea Simtowe", "/mw/wandishi/aurea-simtowe-3302/"), ("Bakari Kiango", "/mw/wandishi/bakari-kiango-2281/")], day="2025-03-03", dt="2025-03-03T09:15:00Z",
             shown="Jumatatu, Machi 03, 2025", upd="imesasishwa Machi 04, 2025", place="Mtwara.", paras=[
                 "Wakulima wa korosho katika Wilaya ya Tandahimba mkoani Mtwara wamelalamikia kuchelewa kwa malipo ya mauzo ya msimu uliopita, wakisema wamesubiri kwa zaidi ya miezi mitatu.",
                 "Mmoja wa wakulima hao, Hamisi Mfaume, amesema alipeleka zaidi ya kilo 800 za korosho katika chama cha msingi lakini hadi sasa amelipwa nusu tu ya fedha anazodai.",
                 "Mrajisi wa vyama vya ushirika mkoani humo amesema uchunguzi unaendelea katika vyama vitatu vinavyodaiwa kutumia vibaya fedha za wakulima, na kwamba hatua zitachukuliwa kwa watakaobainika.",
                 "Wakulima wameiomba Serikali kuweka utaratibu wa kuwalipa moja kwa moja kupitia benki au simu za mkononi ili kuepuka ucheleweshaji unaojirudia kila msimu."]),
        dict(path="/mw/michezo/simba-yaichapa-yanga-4948215/", sec=("/mw/michezo/", "Michezo"), title="Simba yatinga nusu fainali Kombe la Shirikisho baada ya ushindi wa 2-0",
             by=[], credit="Mwandishi Wetu", day="2025-03-01", dt="2025-03-01T17:40:00Z",
             shown="Jumamosi, Machi 01, 2025", upd="", place="Dar es Salaam.", paras=[
                 "Simba imetinga nusu fainali ya Kombe la Shirikisho la Azam baada ya kuifunga Coastal Union mabao 2-0 katika mchezo uliopigwa kwenye Uwanja wa Benjamin Mkapa jana jioni.",
                 "Mabao ya Simba yalifungwa katika kipindi cha pili, la kwanza likifungwa kwa kichwa dakika ya 54 na la pili kwa mkwaju wa penalti dakika ya 81 baada ya mshambuliaji wake kuangushwa ndani ya eneo la hatari.",
                 "Kocha wa Simba amesema timu yake ilicheza kwa nidhamu kubwa na kwamba sasa akili zao zimeelekezwa kwenye michezo ya ligi kuu ambayo bado ina ushindani mkubwa.",
                 "Coastal Union ilimaliza mchezo ikiwa na wachezaji kumi baada ya beki wake kuonyeshwa kadi nyekundu zikiwa zimebaki dakika kumi mchezo kumalizika."])]
    NL = "Jiandikishe kupokea jarida letu la habari kila asubuhi"

    def shell(title, main, head="", cls="article-page"):
        return ('<!DOCTYPE html><html lang="sw"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">%s</head><body class="%s">'
                '<header class="header"><a class="logo" href="/">Mwangaza</a><span class="header-date">Alhamisi, Machi 06, 2025</span><nav class="main-nav">'
                '<a href="/mw/habari/kitaifa/">Kitaifa</a> <a href="/mw/biashara/">Biashara</a> <a href="/mw/michezo/">Michezo</a> <a href="/mw/video/">Video</a> '
                '<a href="/mw/magazeti/">Gazeti la leo</a></nav><a class="subscribe" href="/mw/jiunge/">Jiunge</a></header><main>%s</main>'
                '<div class="consent-banner">Tovuti hii inatumia vidakuzi (cookies). <button>Kubali</button></div>'
                '<footer><a href="/mw/kuhusu-sisi/">Kuhusu sisi</a> <a href="/mw/wasiliana-nasi/">Wasiliana nasi</a><p>© 2025 Mwangaza Communications Ltd</p></footer></body></html>') % (E(title), head, cls, main)

    for i, a in enumerate(A):
        others = [b for b in A if b is not a]
        if a["by"]:
            byl = "Na " + " na ".join('<a href="%s">%s</a>' % (p, E(n)) for n, p in a["by"])
            byl += ' <span class="more-by">Zaidi kutoka kwa mwandishi huyu</span>'
        else:
            byl = "Na %s" % a["credit"]
        dateline = '<time class="date" datetime="%s">%s%s</time>' % (a["dt"], a["shown"], (" — " + a["upd"]) if a["upd"] else "")
        paras = list(a["paras"])
        paras[0] = a["place"] + " " + paras[0]
        body = ""
        for j, p in enumerate(paras):
            body += '<p class="paragraph">%s</p>' % E(p)
            if j == 1:
                body += '<div class="inline-teaser"><span>Soma zaidi:</span> <a href="%s">%s</a></div>' % (others[0]["path"], E(others[0]["title"]))
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["dt"], "dateModified": a["dt"],
              "author": {"@type": "Organization", "name": "Mwangaza"}, "publisher": {"@type": "Organization", "name": "Mwangaza"}}
        head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s | Mwangaza"><meta property="og:type" content="article">%s' % (s.url(a["path"]), E(a["title"]), jl(ld))
        main = ('<article class="article"><header class="article-header"><div class="breadcrumb"><a href="%s">%s</a></div><h1 class="title-medium">%s</h1>'
                '<div class="article-byline"><p class="byline">%s</p>%s</div></header><figure><img src="/resource/image/%d.jpg" alt="">'
                '<figcaption>Picha na Maktaba</figcaption></figure><div class="article-share"><a href="#">WhatsApp</a> <a href="#">Facebook</a></div>'
                '<div class="paragraph-wrapper">%s</div></article><div class="newsletter"><h3>Jarida</h3><p>%s</p><input type="email"><button>Jisajili</button></div>'
                '<section class="related"><h2>Habari zaidi</h2><ul>%s</ul></section>') % (
            a["sec"][0], a["sec"][1], E(a["title"]), byl, dateline, i, body, NL, links([(b["path"], b["title"]) for b in others]))
        s.art(a["path"], shell("%s | Mwangaza" % a["title"], main, head), a["title"], a["day"], [n for n, _ in a["by"]],
              must=[a["paras"][2]], must_not=[NL, "Soma zaidi:"])
    allx = [(a["path"], a["title"]) for a in A]
    V = ("/mw/video/mvua-kubwa-jangwani-4950501/", "VIDEO: Mvua kubwa yafunga barabara ya Jangwani")
    s.non(V[0], shell(V[1] + " | Mwangaza", ('<article class="video-article"><h1 class="title-medium">%s</h1><time class="date" datetime="2025-03-05T08:00:00Z">Jumatano, Machi 05, 2025</time>'
                                             '<div class="video-player"><iframe src="https://www.youtube.com/embed/mw1"></iframe></div><p>Mvua kubwa iliyonyesha usiku imefunga barabara ya Jangwani.</p>'
                                             '<ul>%s</ul></article>') % (E(V[1]), links(allx)), jl({"@context": "http://schema.org", "@type": "VideoObject", "name": V[1], "uploadDate": "2025-03-05T08:00:00Z"}), "video-page"))
    s.non("/", shell("Mwangaza - Habari za Tanzania, Afrika Mashariki na Dunia", '<section class="top"><a href="%s"><h2>%s</h2></a><p>%s</p></section><ul>%s</ul><h3>Video</h3><ul>%s</ul>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(allx), links([V])), cls="home"))
    s.non("/mw/habari/kitaifa/", shell("Kitaifa | Mwangaza", '<h1>Kitaifa</h1><div class="lead-teaser"><a href="%s"><h2>%s</h2></a><p>%s %s</p></div><ul>%s</ul>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), E(A[0]["paras"][1]), links(allx[1:2])), cls="section"))
    s.non("/mw/biashara/", shell("Biashara | Mwangaza", '<h1>Biashara</h1><ul>%s</ul>' % links(allx[:1]), cls="section"))
    s.non("/mw/michezo/", shell("Michezo | Mwangaza", '<h1>Michezo</h1><ul>%s</ul>' % links(allx[2:]), cls="section"))
    s.non("/mw/video/", shell("Video | Mwangaza", '<h1>Video</h1><ul>%s</ul>' % links([V]), cls="section"))
    for n, p, k in (("Juma Issihaka", "/mw/wandishi/juma-issihaka-4410/", [0]), ("Aurea Simtowe", "/mw/wandishi/aurea-simtowe-3302/", [1]), ("Bakari Kiango", "/mw/wandishi/bakari-kiango-2281/", [1])):
        s.non(p, shell("%s | Mwangaza" % n, '<div class="author-profile"><h1>%s</h1><p>%s ni mwandishi wa habari wa Mwangaza anayeandika habari za uchumi, kilimo na jamii kutoka mikoa ya kusini mwa Tanzania tangu mwaka 2018.</p></div><ul>%s</ul>' % (
            E(n), E(n), links([allx[x] for x in k])), cls="author"))
    s.non("/mw/magazeti/", shell("Gazeti la leo | Mwangaza", '<h1>Gazeti la leo</h1><p>Alhamisi, Machi 06, 2025 - Toleo Na. 8,912</p><a href="/mw/jiunge/">Jiunge kusoma gazeti kamili</a>', cls="epaper"))
    s.non("/mw/jiunge/", shell("Jiunge | Mwangaza", '<h1>Jiunge na Mwangaza Premium</h1><p>Sh10,000 kwa mwezi.</p>', cls="page"))
    s.non("/mw/kuhusu-sisi/", shell("Kuhusu sisi | Mwangaza", '<h1>Kuhusu sisi</h1><p>Mwangaza ni gazeti la kila siku la Kiswahili linalochapishwa Dar es Salaam.</p>', cls="page"))
    s.non("/mw/wasiliana-nasi/", shell("Wasiliana nasi | Mwangaza", '<h1>Wasiliana nasi</h1><p>Barabara ya Mandela, Dar es Salaam</p>', cls="page"))
    s.sitemap([a["path"] for a in A] + [V[0]])


# ------------------------------------------------------------ 10 Xaqiiqo News (Somali, Mogadishu, WordPress + JNews-like theme)
def xaqiiqo():
    s = Site(10)
    A = [
        dict(path="/2025/03/04/banaadir-waddooyin-cusub-hodan-dayniile/", cat=("wararka", "Wararka"), title="Gobolka Banaadir oo bilaabay dhismaha afar waddo oo cusub",
             top=None, sign="W/Q: Cabdiraxmaan Xasan Cali", authors=["Cabdiraxmaan Xasan Cali"], day="2025-03-04",
             shown="Maarso 4, 2025", dt="2025-03-04T10:05:00+03:00", paras=[
                 "Maamulka Gobolka Banaadir ayaa maanta si rasmi ah u bilaabay dhismaha afar waddo oo cusub oo isku xira degmooyinka Hodan, Dayniile iyo Kaaraan, kuwaas oo dhererkoodu gaarayo ku dhowaad siddeed kiilomitir.",
                 "Guddoomiyaha gobolka ayaa sheegay in mashruucan ay maalgelinayaan dowladda federaalka iyo deeq-bixiyeyaal caalami ah, isla markaana la filayo in uu dhammaado muddo sagaal bilood gudahood ah.",
                 "Dadka ku nool xaafadaha ay waddooyinku marayaan ayaa soo dhaweeyay mashruuca, iyagoo sheegay in xilliga roobabka ay gaadiidku si adag u mari jireen waddooyinka ciidda ah.",
                 "Maamulka ayaa ganacsatada iyo darawallada ka codsaday inay la shaqeeyaan shaqaalaha mashruuca, inta lagu jiro dhismaha waddooyinkana ay isticmaalaan waddooyinka beddelka ah."]),
        dict(path="/2025/ramadaan-qiimaha-cuntada-muqdisho/", cat=("ganacsi", "Ganacsi"), title="Qiimaha cuntada oo cirka isku shareeray bilowga Ramadaanka",
             top="Qoraa: Maryan Cali iyo Xasan Nuur", sign="", authors=["Maryan Cali", "Xasan Nuur"], day="fetch-day2",
             shown="2 maalmood kahor", dt=None, paras=[
                 "Qiimaha cuntooyinka aasaasiga ah ee suuqyada Muqdisho ayaa si weyn kor ugu kacay bilowga bisha barakeysan ee Ramadaanka, gaar ahaan bariiska, sonkorta iyo saliidda.",
                 "Ganacsato ku sugan suuqa Bakaaraha ayaa sheegay in kiishka bariiska ee 50 kiilo uu hadda gaarayo 38 doollar, halka toddobaad ka hor uu ahaa 32 doollar.",
                 "Qaar ka mid ah hooyooyinka wax ka iibsanaya suuqa ayaa sheegay in ay dhib ku tahay inay qoysaskooda u helaan cuntada afurka, maadaama dakhligoodu aanu isbeddelin.",
                 "Wasaaradda Ganacsiga ayaa ka digtay in ganacsatada ay si sharci darro ah u kordhiyaan qiimaha, waxayna sheegtay in kooxo kormeer ah loo diri doono suuqyada waaweyn."]),
        dict(path="/2025/02/25/abaarta-gedo-qoysas-ku-barakacay-luuq/", cat=("wararka", "Wararka"), title="Abaarta Gedo: In ka badan kun qoys oo ku barakacay Luuq",
             top=None, sign="", authors=[], day="2025-02-25",
             shown="Febraayo 25, 2025", dt="2025-02-25T16:30:00+03:00", paras=[
                 "Luuq (Xaqiiqo) – In ka badan kun qoys oo ka barakacay tuulooyinka ku teedsan wabiga Jubba ayaa gaaray magaalada Luuq ee gobolka Gedo, kadib markii abaartu ay dishay xoolahoodii.",
                 "Odayaasha barakacayaasha ayaa sheegay in biyihii ceelasha ay engegeen, isla markaana aysan haysan cunto iyo hoy ku filan, gaar ahaan carruurta iyo dumarka uurka leh.",
                 "Hay'adaha gargaarka ayaa sheegay in ay bilaabeen qeybinta biyaha iyo cuntada, balse ay u baahan yihiin taageero dheeraad ah si ay u gaaraan dhammaan dadka saameeyay.",
                 "Saadaasha hawada ayaa muujineysa in roobabka gu'ga ay dib u dhici karaan, taasoo ka sii dari karta xaaladda bini'aadanimo ee gobolka."])]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="so-SO"><head><meta charset="UTF-8"><title>%s</title><meta name="generator" content="WordPress 6.4.3">%s</head>'
                '<body class="%s jnews"><div class="jeg_topbar"><span class="jeg_top_date">Khamiis, Maarso 6, 2025</span></div><div class="jeg_header">'
                '<a class="jeg_logo" href="/">Xaqiiqo News</a><ul class="jeg_menu"><li><a href="/category/wararka/">Wararka</a></li><li><a href="/category/ganacsi/">Ganacsi</a></li>'
                '<li><a href="/muuqaal/">Muuqaal</a></li><li><a href="/nagu-saabsan/">Nagu saabsan</a></li></ul></div><div class="jeg_content">%s</div>'
                '<div class="jeg_footer"><a href="/nagu-saabsan/">Nagu saabsan</a> <a href="/nala-soo-xiriir/">Nala soo xiriir</a><p>© 2025 Xaqiiqo News. Xuquuqda way dhowran tahay.</p></div></body></html>') % (
            E(title), head, cls, main)

    for i, a in enumerate(A):
        others = [b for b in A if b is not a]
        meta = '<div class="jeg_meta_author">By <a href="/author/xaqiiqo-desk/">Xaqiiqo Desk</a></div>' if not a["top"] else '<div class="jeg_meta_author">%s</div>' % E(a["top"])
        if a["dt"]:
            meta += '<div class="jeg_meta_date"><a href="/%s/">%s</a></div>' % (a["dt"][:10].replace("-", "/"), a["shown"])
        else:
            meta += '<div class="jeg_meta_date"><a href="/category/%s/">%s</a></div>' % (a["cat"][0], a["shown"])
        body = ""
        for j, p in enumerate(a["paras"]):
            body += "<p>%s</p>" % E(p)
            if j == 1:
                body += '<div class="jeg_post_related_inline"><strong>Akhriso:</strong> <a href="%s">%s</a></div>' % (others[0]["path"], E(others[0]["title"]))
        if a["sign"]:
            body += "<p><strong>%s</strong><br>Xaqiiqo News, Muqdisho</p>" % E(a["sign"])
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">' % (s.url(a["path"]), E(a["title"]))
        if a["dt"]:
            head += '<meta property="article:published_time" content="%s">' % a["dt"]
            head += jl({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": a["title"], "datePublished": a["dt"],
                                                                      "author": {"@type": "Person", "name": "Xaqiiqo Desk"}}]})
        main = ('<div class="jeg_breadcrumbs"><a href="/">Home</a> › <a href="/category/%s/">%s</a></div><h1 class="jeg_post_title">%s</h1>'
                '<div class="jeg_meta_container">%s</div><div class="jeg_share_top"><a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a></div>'
                '<div class="jeg_featured"><img src="/wp-content/uploads/2025/03/x%d.jpg" alt=""></div><div class="content-inner">%s</div>'
                '<div class="jeg_post_tags"><a href="/tag/muqdisho/">Muqdisho</a></div><div class="jnews_related_post_container"><h3>Warar la xiriira</h3><ul>%s</ul></div>'
                '<div id="comments"><h3>Ka qeyb qaado</h3><textarea></textarea></div>') % (
            a["cat"][0], a["cat"][1], E(a["title"]), meta, i, body, links([(b["path"], b["title"]) for b in others]))
        s.art(a["path"], shell("%s - Xaqiiqo News" % a["title"], main, head, "single single-post"), a["title"], a["day"], a["authors"],
              must=[a["paras"][2]], must_not=["Akhriso:"])
    allx = [(a["path"], a["title"]) for a in A]
    V = ("/muuqaal/daawo-roobabka-muqdisho/", "DAAWO: Roobab culus oo ka da'ay Muqdisho")
    s.non(V[0], shell(V[1] + " - Xaqiiqo News", ('<h1 class="jeg_post_title">%s</h1><div class="jeg_meta_date">Maarso 5, 2025</div><div class="jeg_video_container"><iframe src="https://www.youtube.com/embed/xq1"></iframe></div>'
                                                 '<p>Roobab culus ayaa xalay ka da\'ay magaalada Muqdisho.</p><ul>%s</ul>') % (E(V[1]), links(allx)), '<meta property="og:type" content="video.other">', "single single-post format-video"))
    s.non("/muuqaal/", shell("Muuqaal - Xaqiiqo News", '<h1>Muuqaal</h1><ul>%s</ul>' % links([V]), cls="archive"))
    s.non("/", shell("Xaqiiqo News - Wararka Soomaaliya", '<div class="jeg_hero"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul>%s</ul><h3>Muuqaal</h3><ul>%s</ul>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(allx), links([V]))))
    s.non("/category/wararka/", shell("Wararka Archives - Xaqiiqo News", '<h1 class="jeg_cat_title">Wararka</h1><ul>%s</ul>' % links([allx[0], allx[2]]), cls="archive category"))
    s.non("/category/ganacsi/", shell("Ganacsi Archives - Xaqiiqo News", '<h1 class="jeg_cat_title">Ganacsi</h1><ul>%s</ul>' % links(allx[1:2]), cls="archive category"))
    s.non("/tag/muqdisho/", shell("Muqdisho Archives - Xaqiiqo News", '<h1>Muqdisho</h1><ul>%s</ul>' % links(allx), cls="archive tag"))
    s.non("/author/xaqiiqo-desk/", shell("Xaqiiqo Desk, Author at Xaqiiqo News", '<div class="jeg_authorbox"><h1>Xaqiiqo Desk</h1><p>Qeybta wararka ee Xaqiiqo News.</p></div><ul>%s</ul>' % links(allx), cls="archive author"))
    for d, items in (("2025/03/04", allx[:1]), ("2025/02/25", allx[2:])):
        s.non("/%s/" % d, shell("%s - Xaqiiqo News" % d, '<h1>Kaydka: %s</h1><ul>%s</ul>' % (d, links(items)), cls="archive date"))
    s.non("/nagu-saabsan/", shell("Nagu saabsan - Xaqiiqo News", "<h1>Nagu saabsan</h1><p>Xaqiiqo News waa war-baahin madax-bannaan oo fadhigeedu yahay Muqdisho.</p><a href='/nala-soo-xiriir/'>Nala soo xiriir</a>", cls="page"))
    s.non("/nala-soo-xiriir/", shell("Nala soo xiriir - Xaqiiqo News", "<h1>Nala soo xiriir</h1><p>Muqdisho, Soomaaliya</p>", cls="page"))


# ------------------------------------------------------------ 11 Muryar Arewa (Hausa, Kano, WordPress)
def arewa():
    s = Site(11)
    A = [
        dict(path="/2025/03/04/gwamnatin-kano-ta-kaddamar-da-shirin-ciyar-da-dalibai/", cat=("labarai", "Labarai"), title="Gwamnatin Kano ta kaddamar da shirin ciyar da dalibai a makarantun firamare",
             top=None, first="Daga Aminu Bello, Kano", authors=["Aminu Bello"], day="2025-03-04", shown="Maris 4, 2025", dt="2025-03-04T07:10:00+01:00", paras=[
                 "Gwamnatin Jihar Kano ta kaddamar da shirin ciyar da dalibai abinci kyauta a makarantun firamare na gwamnati, wanda ake sa ran zai amfani yara sama da miliyan daya a fadin jihar.",
                 "Kwamishinan Ilimi na jihar ya ce za a rika ba wa kowane dalibi abinci mai gina jiki sau daya a rana, kuma an dauki masu dafa abinci sama da dubu goma daga cikin al'ummomin da makarantun suke.",
                 "Iyaye da dama sun yaba da shirin, suna cewa zai taimaka wajen rage yawan yaran da ke barin makaranta saboda yunwa da talauci, musamman a yankunan karkara.",
                 "Sai dai wasu masana ilimi sun bukaci gwamnati ta tabbatar da cewa ana biyan masu dafa abinci a kan lokaci domin shirin ya dore."]),
        dict(path="/2025/03/03/farashin-kayan-abinci-ya-tashi-a-kasuwannin-arewa/", cat=("labarai", "Labarai"), title="Farashin kayan abinci ya tashi a kasuwannin Arewa yayin azumi",
             top="Daga Hauwa Sani da Musa Abdullahi", first=None, authors=["Hauwa Sani", "Musa Abdullahi"], day="2025-03-03", shown="Maris 3, 2025", dt="2025-03-03T16:40:00+01:00", paras=[
                 "Farashin kayan abinci ya sake tashi a manyan kasuwannin Arewacin Najeriya a farkon watan azumin Ramadan, inda buhun shinkafa mai nauyin kilo hamsin ya kai naira dubu tamanin a wasu kasuwanni.",
                 "'Yan kasuwa a kasuwar Dawanau da ke Kano sun ce karancin kaya daga gonaki da tsadar sufuri ne suka haddasa hauhawar farashin, baya ga karuwar bukatar kayan abinci a lokacin azumi.",
                 "Wasu magidanta sun shaida wa wakilanmu cewa sun rage yawan abincin da suke saya, suna dogaro da kunun tsamiya da kosai wajen buda baki maimakon abincin da suka saba.",
                 "Kungiyar masu sayar da kayan abinci ta yi kira ga gwamnati ta bude iyakokin kasa domin shigo da karin kayan abinci, tare da samar da tallafi ga manoma."]),
        dict(path="/2025/03/01/raayi-matasanmu-da-kalubalen-aikin-yi/", cat=("raayi", "Ra'ayi"), title="Matasanmu da kalubalen aikin yi",
             top=None, first=None, authors=["Sani Ibrahim Yakasai"], day="2025-03-01", shown="Asabar, 1 ga Maris, 2025", dt=None, paras=[
                 "A kowace shekara dubban matasa ne ke kammala karatu a jami'o'inmu da kwalejoji, amma kadan daga cikinsu ne ke samun aikin yi da ya dace da abin da suka karanta.",
                 "Wannan matsala ba ta gwamnati kadai ba ce; iyaye da makarantu da kamfanoni duk suna da rawar da za su taka wajen shirya matasa domin kasuwar aiki ta zamani.",
                 "Koyar da sana'o'in hannu da fasahar zamani tun daga makarantar sakandare zai bai wa matasa damar dogaro da kansu maimakon jiran aikin gwamnati wanda ba ya zuwa.",
                 "Idan ba mu dauki mataki yanzu ba, rashin aikin yi zai ci gaba da zama barazana ga zaman lafiya da ci gaban yankinmu baki daya."])]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="ha-NG"><head><meta charset="UTF-8"><title>%s</title><meta name="generator" content="WordPress 6.6.1">%s</head>'
                '<body class="%s"><div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">Muryar Arewa</a></p>'
                '<p class="site-description">Jaridar Hausa ta farko a yanar gizo</p><nav id="site-navigation" class="main-navigation"><ul class="menu">'
                '<li><a href="/category/labarai/">Labarai</a></li><li><a href="/category/raayi/">Ra\'ayi</a></li><li><a href="/bidiyo/">Bidiyo</a></li>'
                '<li><a href="/lokutan-sallah/">Lokutan Sallah</a></li></ul></nav></header><div id="content" class="site-content">%s</div>'
                '<aside class="widget-area"><section class="widget widget_newsletter"><h2>Wasikar Labarai</h2><p>Shiga jerin masu karbar labaranmu ta imel kowace safiya</p><input type="email"><button>Shiga</button></section></aside>'
                '<footer id="colophon"><a href="/game-da-mu/">Game da Mu</a> <a href="/tuntube-mu/">Tuntube Mu</a><p>© 2025 Muryar Arewa</p></footer></div></body></html>') % (E(title), head, cls, main)

    for i, a in enumerate(A):
        others = [b for b in A if b is not a]
        paras = ps(a["paras"])
        if a["first"]:
            paras = "<p><strong>%s</strong></p>" % E(a["first"]) + paras
        if a["cat"][0] == "raayi":
            byl = '<div class="columnist-box"><img src="/wp-content/uploads/sani.jpg" alt=""><span class="columnist-name">Sani Ibrahim Yakasai</span><span class="columnist-mail">saniyakasai@example.com</span></div>'
            meta = '<span class="posted-on">%s</span>' % a["shown"]
        else:
            byl = ""
            meta = '<span class="byline">%s</span> <span class="posted-on"><time class="entry-date published" datetime="%s">%s</time></span>' % (
                E(a["top"]) if a["top"] else 'By <span class="author vcard"><a href="/author/muryar-arewa/">Muryar Arewa</a></span>', a["dt"], a["shown"])
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s - Muryar Arewa">' % (s.url(a["path"]), E(a["title"]))
        if a["dt"]:
            head += '<meta property="article:published_time" content="%s"><meta name="author" content="Muryar Arewa">' % a["dt"]
            head += jl({"@context": "https://schema.org", "@graph": [{"@type": "Article", "headline": a["title"], "datePublished": a["dt"], "author": {"@id": s.url("/#/schema/person/1")}},
                                                                      {"@type": "Person", "@id": s.url("/#/schema/person/1"), "name": "Muryar Arewa"}]})
        main = ('<article class="post type-post status-publish"><header class="entry-header"><span class="cat-links"><a href="/category/%s/">%s</a></span><h1 class="entry-title">%s</h1>'
                '<div class="entry-meta">%s</div></header>%s<div class="entry-content">%s</div><div class="sharedaddy"><a href="#">Facebook</a> <a href="#">WhatsApp</a></div>'
                '<footer class="entry-footer"><span class="tags-links"><a href="/tag/kano/">Kano</a></span></footer></article>'
                '<div class="related-posts"><h3>Labarai masu alaka</h3><ul>%s</ul></div><div id="comments"><h3>Bar sharhi</h3><textarea></textarea></div>') % (
            a["cat"][0], a["cat"][1], E(a["title"]), meta, byl, paras, links([(b["path"], b["title"]) for b in others]))
        s.art(a["path"], shell("%s - Muryar Arewa" % a["title"], main, head, "single single-post"), a["title"], a["day"], a["authors"],
              must=[a["paras"][2]], must_not=["Shiga jerin masu karbar labaranmu"])
    allx = [(a["path"], a["title"]) for a in A]
    V = ("/bidiyo/yadda-ake-hada-kunun-tsamiya/", "Bidiyo: Yadda ake hada kunun tsamiya na buda baki")
    s.non(V[0], shell(V[1] + " - Muryar Arewa", '<article class="post format-video"><h1 class="entry-title">%s</h1><div class="video"><iframe src="https://www.youtube.com/embed/ha1"></iframe></div><p>Kalli yadda ake hada kunun tsamiya.</p></article><ul>%s</ul>' % (
        E(V[1]), links(allx)), '<meta property="og:type" content="video.other">', "single format-video"))
    s.non("/bidiyo/", shell("Bidiyo - Muryar Arewa", '<h1>Bidiyo</h1><ul>%s</ul>' % links([V]), cls="archive"))
    s.non("/", shell("Muryar Arewa - Labaran Hausa", '<div class="featured"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul>%s</ul><ul>%s</ul>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(allx), links([V]))))
    s.non("/category/labarai/", shell("Labarai - Muryar Arewa", '<h1 class="page-title">Labarai</h1><ul>%s</ul>' % links(allx[:2]), cls="archive category"))
    s.non("/category/raayi/", shell("Ra'ayi - Muryar Arewa", '<h1 class="page-title">Ra\'ayi</h1><ul>%s</ul>' % links(allx[2:]), cls="archive category"))
    s.non("/tag/kano/", shell("Kano - Muryar Arewa", '<h1 class="page-title">Kano</h1><ul>%s</ul>' % links(allx), cls="archive tag"))
    s.non("/author/muryar-arewa/", shell("Muryar Arewa, Author at Muryar Arewa", '<h1 class="page-title">Muryar Arewa</h1><ul>%s</ul>' % links(allx), cls="archive author"))
    s.non("/lokutan-sallah/", shell("Lokutan Sallah a Kano - Muryar Arewa", (
        '<h1>Lokutan Sallah a Kano yau</h1><p>Alhamis, 6 ga Maris, 2025 (6 ga Ramadan, 1446)</p><table><tr><td>Asuba</td><td>5:24</td></tr><tr><td>Azahar</td><td>12:52</td></tr>'
        '<tr><td>La\'asar</td><td>4:13</td></tr><tr><td>Magariba</td><td>6:48</td></tr><tr><td>Isha</td><td>7:58</td></tr></table><p>Lokacin buda baki: 6:48 na yamma.</p>'), cls="page"))
    s.non("/game-da-mu/", shell("Game da Mu - Muryar Arewa", "<h1>Game da Mu</h1><p>Muryar Arewa jarida ce ta yanar gizo da ke Kano.</p><a href='/tuntube-mu/'>Tuntube Mu</a>", cls="page"))
    s.non("/tuntube-mu/", shell("Tuntube Mu - Muryar Arewa", "<h1>Tuntube Mu</h1><p>Titin Zoo, Kano</p>", cls="page"))
    s.rss("/feed/", "Muryar Arewa", [(a["path"], a["title"], "") for a in A])


# ------------------------------------------------------------ 12 هیله نیوز (Pashto, Kabul/diaspora, WordPress + a Jalali date plugin)
def hila():
    s = Site(12)
    A = [
        dict(path="/2025/03/04/kabul-municipality-cleaning-campaign/", cat=("afghanistan", "افغانستان"), title="د کابل ښاروالۍ د ښار د پاکولو نوی کمپاین پیل کړ",
             j=(1403, 12, 14), tm="18:20", by="لیکوال: احمد شاه وردک", authors=["احمد شاه وردک"], meta="2025-03-04T18:20:00+04:30", upd=None, yoast="احمد شاه وردک", paras=[
                 "د کابل ښاروالۍ د ښار د سړکونو او ویالو د پاکولو لپاره یو نوی کمپاین پیل کړی چې تر نوي کال پورې به دوام وکړي او په کې به زرګونه کارګر ګډون کوي.",
                 "د ښاروالۍ ویاند وویل چې دا کمپاین به لومړی د ښار په مرکزي سیمو کې پیل شي او بیا به د ښار لرې سیمو ته وغځول شي، تر څو د پسرلي له بارانونو مخکې ویالې پاکې شي.",
                 "د کابل یو شمېر اوسېدونکو دا اقدام ښه وباله، خو ویې ویل چې ښاروالي باید د کثافاتو د ټولولو لپاره دایمي پلان ولري، نه یوازې د کال په پای کې کمپاین.",
                 "ښاروالۍ له خلکو غوښتنه کړې چې کثافات په ټاکلو ځایونو کې واچوي او په ویالو کې یې له اچولو ډډه وکړي."]),
        dict(path="/2025/02/28/nangarhar-orange-harvest-market/", cat=("economy", "اقتصاد"), title="د ننګرهار بڼوال: د نارنجو حاصل ښه دی، خو بازار نشته",
             j=(1403, 12, 10), tm="11:05", by="لیکوالان: زرمینه احمدزۍ او نجیب الله صافي", authors=["زرمینه احمدزۍ", "نجیب الله صافي"], meta=None,
             upd="2025-03-05T09:00:00+04:30", yoast=None, paras=[
                 "د ننګرهار ولایت بڼوال وايي چې سږکال یې د نارنجو حاصل تېر کال ته په پرتله ډېر ښه دی، خو د بازار نشتوالی یې اندېښمن کړي دي.",
                 "د سرخرود ولسوالۍ یو بڼوال وویل چې هغه سږ کال له خپل باغ څخه شاوخوا دوه سوه ټنه نارنج ټول کړي، خو په بازار کې یې بیه دومره ټیټه ده چې لګښت یې نه پوره کوي.",
                 "د ننګرهار د کرنې رياست چارواکي وايي چې هڅه کوي د نارنجو د صادرولو لپاره نوې لارې پیدا کړي او له سوداګرو سره یې په دې اړه خبرې پیل کړې دي.",
                 "بڼوال غواړي چې د نارنجو د ساتلو لپاره سړې خونې جوړې شي، ترڅو حاصل یې خراب نه شي او په مناسب وخت کې یې وپلوري."]),
        dict(path="/2025/02/20/helmand-karez-restoration/", cat=("afghanistan", "افغانستان"), title="په ګرمسیر کې د لسګونو زړو کاریزونو بیارغونه پیل شوه",
             j=(1403, 12, 2), tm="09:40", by="د هیلې خبریال، هلمند", authors=[], meta="2025-02-20T09:40:00+04:30", upd=None, yoast="اداره", paras=[
                 "د هلمند ولایت په ګرمسیر ولسوالۍ کې د لسګونو زړو کاریزونو د بیارغونې کار پیل شوی، چې د سیمې بزګرانو ته به د کرنې لپاره اوبه برابرې کړي.",
                 "سیمه ییزو چارواکو وویل چې دا پروژه د یوې خیریه موسسې په مرسته ترسره کیږي او د سیمې سل ګونه کارګرانو ته به هم د کار زمینه برابره کړي.",
                 "بزګران وايي چې په تېرو کلونو کې د وچکالۍ له امله ډېری کاریزونه وچ شوي وو او دوی مجبور شوي وو چې خپلې ځمکې نیمګړې پرېږدي.",
                 "د پروژې مسؤلین هیله لري چې کار به د راتلونکي دوبي له پیل مخکې بشپړ شي او لږ تر لږه دوه زره جریبه ځمکه به خړوبه شي."])]

    def shell(title, main, head="", cls="home"):
        return ('<!DOCTYPE html><html dir="rtl" lang="ps"><head><meta charset="UTF-8"><title>%s</title><meta name="generator" content="WordPress 6.5.2">%s</head>'
                '<body class="%s rtl"><div class="top-date">پنجشنبه، ۱۶ کب ۱۴۰۳</div><header class="site-header"><a class="logo" href="/">هیله نیوز</a><nav><ul>'
                '<li><a href="/category/afghanistan/">افغانستان</a></li><li><a href="/category/economy/">اقتصاد</a></li><li><a href="/video/">ویډیو</a></li>'
                '<li><a href="/weather/">هوا</a></li></ul></nav></header><div class="site-content">%s</div>'
                '<footer class="site-footer"><a href="/about/">زموږ په اړه</a> <a href="/contact/">اړیکه</a><p>ټول حقونه خوندي دي © هیله نیوز</p></footer></body></html>') % (E(title), head, cls, main)

    for i, a in enumerate(A):
        others = [b for b in A if b is not a]
        jy, jm, jd = a["j"]
        shown = "%s %s %s - %s" % (fa(jd), PS_MONTHS[jm - 1], fa(jy), fa(a["tm"]))
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s | هیله نیوز">' % (s.url(a["path"]), E(a["title"]))
        if a["meta"]:
            head += '<meta property="article:published_time" content="%s">' % a["meta"]
            head += jl({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": a["title"], "datePublished": a["meta"], "author": {"@type": "Person", "name": a["yoast"]}}]})
        if a["upd"]:
            head += '<meta property="og:updated_time" content="%s"><meta property="article:modified_time" content="%s">' % (a["upd"], a["upd"])
        body = ""
        for j, p in enumerate(a["paras"]):
            body += "<p>%s</p>" % E(p)
            if j == 1:
                body += '<p class="also-read"><strong>دا هم ولولئ:</strong> <a href="%s">%s</a></p>' % (others[0]["path"], E(others[0]["title"]))
        main = ('<article class="post"><div class="post-cat"><a href="/category/%s/">%s</a></div><h1 class="post-title">%s</h1><div class="post-meta">'
                '<span class="post-author">%s</span> <span class="post-date"><i class="fa fa-clock"></i> %s</span></div>'
                '<div class="post-thumb"><img src="/wp-content/uploads/2025/03/h%d.jpg" alt=""><span class="caption">انځور: هیله نیوز</span></div>'
                '<div class="post-content">%s</div><div class="post-share"><a href="#">فېسبوک</a> <a href="#">ټوېټر</a> <a href="#">واټساپ</a></div>'
                '<div class="post-tags"><a href="/tag/kabul/">کابل</a></div></article><div class="related-posts"><h3>اړوند خبرونه</h3><ul>%s</ul></div>') % (
            a["cat"][0], a["cat"][1], E(a["title"]), E(a["by"]), shown, i, body, links([(b["path"], b["title"]) for b in others]))
        s.art(a["path"], shell("%s | هیله نیوز" % a["title"], main, head, "single single-post"), a["title"], j2g(jy, jm, jd), a["authors"],
              must=[a["paras"][2]], must_not=["دا هم ولولئ"])
    allx = [(a["path"], a["title"]) for a in A]
    V = ("/video/2025/03/05/kabul-snow-video/", "ویډیو: په کابل کې د کال لومړۍ درنه واوره")
    s.non(V[0], shell(V[1] + " | هیله نیوز", '<article class="post format-video"><h1 class="post-title">%s</h1><span class="post-date">۱۵ کب ۱۴۰۳</span><div class="video"><iframe src="https://www.youtube.com/embed/ps1"></iframe></div><p>کابل کې د شپې له خوا درنه واوره وورېده.</p></article><ul>%s</ul>' % (
        E(V[1]), links(allx)), '<meta property="og:type" content="video.other">', "single format-video"))
    s.non("/video/", shell("ویډیو | هیله نیوز", '<h1>ویډیو</h1><ul>%s</ul>' % links([V]), cls="archive"))
    s.non("/", shell("هیله نیوز - د افغانستان خبرونه", '<div class="lead"><a href="%s"><h2>%s</h2></a><p>%s</p></div><ul>%s</ul><ul>%s</ul>' % (
        A[0]["path"], E(A[0]["title"]), E(A[0]["paras"][0]), links(allx), links([V]))))
    s.non("/category/afghanistan/", shell("افغانستان | هیله نیوز", '<h1 class="archive-title">افغانستان</h1><ul>%s</ul>' % links([allx[0], allx[2]]), cls="archive category"))
    s.non("/category/economy/", shell("اقتصاد | هیله نیوز", '<h1 class="archive-title">اقتصاد</h1><ul>%s</ul>' % links(allx[1:2]), cls="archive category"))
    s.non("/tag/kabul/", shell("کابل | هیله نیوز", '<h1 class="archive-title">کابل</h1><ul>%s</ul>' % links(allx), cls="archive tag"))
    s.non("/weather/", shell("د هوا وضعیت | هیله نیوز", '<h1>د هوا وضعیت</h1><p>پنجشنبه، ۱۶ کب ۱۴۰۳</p><table><tr><td>کابل</td><td>۴°</td></tr><tr><td>کندهار</td><td>۱۸°</td></tr><tr><td>ننګرهار</td><td>۲۱°</td></tr></table>', cls="page"))
    s.non("/about/", shell("زموږ په اړه | هیله نیوز", "<h1>زموږ په اړه</h1><p>هیله نیوز یوه خپلواکه خبري وېبپاڼه ده.</p><a href='/contact/'>اړیکه</a>", cls="page"))
    s.non("/contact/", shell("اړیکه | هیله نیوز", "<h1>اړیکه</h1><p>info@hila.example</p>", cls="page"))
    s.sitemap([a["path"] for a in A] + [V[0]], "/wp-admin/")


for build in (sahil, nile, marfaa, aftab, peyk, emek, hewler, sebco, mwangaza, xaqiiqo, arewa, hila):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
