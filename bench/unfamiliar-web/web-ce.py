"""Web ce: South Asian language newsrooms. Twelve sites on 127.0.7.101-112
(port 18155), one per language or country: Hindi, Bengali (India and
Bangladesh), Tamil, Telugu, Marathi, Gujarati, Kannada, Malayalam, Punjabi
(Gurmukhi), Urdu (Pakistan, right to left) and Sinhala (Sri Lanka), each on
the template of the kind of site it imitates, with the pages such sites
publish around their stories: photo galleries, video pages, AMP web
stories (NewsArticle JSON-LD with an author and dates), daily horoscopes
laid out like stories (rashifal, rasi palan, nakshatra phalam, lagna
palapala), exam-result landings with roll-number forms, live cricket score
pages, e-paper pickers, topic, author, section and district pages, plus
Hukamnama, prayer times, gold rates and lottery results where those sites
carry them.

 1 Janprabhat - Amar Ujala-like Hindi daily: "सार" summary box and "विस्तार"
   body, byline "राजीव सिंह, जनप्रभात, लखनऊ" / "न्यूज डेस्क, जनप्रभात, नई
   दिल्ली" / "आईएएनएस, मुंबई" with "Published by: <producer>" (the JSON-LD
   author is the producer on desk and agency copy), only "Updated Thu, 13
   Mar 2025 01:20 PM IST" shown (a story published 23:40 IST shows "Updated
   Sun, 16 Mar 2025 12:15 AM IST"), "ये भी पढ़ें:" and ad slots in the body,
   Google News pitch, notification opt-in, masthead with today's date.
 2 Bangalipi - Anandabazar-like Kolkata daily: Bengali digits, only "শেষ
   আপডেট: ২১ এপ্রিল ২০২৫ ০৭:১২" in the editor box (datePublished earlier in
   JSON-LD), "নিজস্ব সংবাদদাতা" and "সংবাদ সংস্থা" credits (also JSON-LD
   Person authors), two reporters joined by "ও", "আরও পড়ুন:", WhatsApp
   and premium pitches, cookie bar.
 3 Banglaprobaho - Jagonews-like Dhaka portal: masthead "ঢাকা, রোববার, ...
   | ২২ অগ্রহায়ণ ১৪৩৩" (Bangla calendar), "প্রকাশিত: ১০:৩৬ এএম, ১১ মে ২০২৫,
   রোববার" / "আপডেট:", a named reporter over the designation "নিজস্ব
   প্রতিবেদক", "অনলাইন ডেস্ক" with "সূত্র: ইউএনবি", "জেলা প্রতিনিধি,
   কক্সবাজার" at "১২:৪০ এএম" (the UTC day before), editors' initials closing
   the body; prayer times, archive, division pages.
 4 Dinachudar - Dinamani-like Tamil site on a Quintype-style front end:
   story-element markup, "Published on: 10 ஜூன் 2025, 9:12 am" / "Updated
   on:", the desk as an author named "DIN", PTI as "பிடிஐ", "இதையும்
   படிக்க:" boxes, JSON-LD times in UTC.
 5 Prajavahini - Sakshi-like Telugu daily on Drupal: "Published Tue, Jul 22
   2025 6:25 PM | Last Updated on ...", no bylines (datelines "ప్రజావాహిని,
   హైదరాబాద్:" and "ప్రజావాహిని ప్రతినిధి, విజయవాడ:"), meta author and
   JSON-LD author the paper itself, an editorial-page column published at
   00:32 IST and signed at its foot "– కె. శ్రీనివాస రావు, సీనియర్
   పాత్రికేయులు".
 6 Lokvarta - Lokmat-like Marathi site (Next.js): Devanagari digits with a
   Marathi part of day for AM/PM ("प्रकाशित : २४ ऑगस्ट २०२५, रात्री ११:४८",
   "अपडेटेड : २५ ऑगस्ट २०२५, सकाळी ०९:१०"), "By ऑनलाइन लोकवार्ता" desk
   credit whose JSON-LD carries only dateModified (the next day), a
   photographer credit "छायाचित्र : ...", "हेही वाचा :".
 7 Divya Gurjar - Divya Bhaskar-like Gujarati site (hashed class names):
   story headers show only "અમદાવાદ 2 કલાક પહેલા" / "5 કલાક પહેલા" / "2
   દિવસ પહેલા" and "લેખક: ..." (JSON-LD on two stories, the desk story's
   author the Organization), "આ પણ વાંચો", app-download banner.
 8 Nadavani - Prajavani-like Kannada daily: "Published 08 ಸೆಪ್ಟೆಂಬರ್ 2025,
   10:45 IST" / "Last Updated", desk "ನಾಡವಾಣಿ ವಾರ್ತೆ", PTI "ಪಿಟಿಐ" at "0:45
   IST" (the UTC day before), photographer in the caption, app pitch.
 9 Keraladhwani - Manorama-like Malayalam portal on AEM: "Published: October
   20, 2025 10:45 AM IST" / "Updated:", "ഓൺലൈൻ ഡെസ്ക്" and "സ്വന്തം ലേഖകൻ"
   credits with English JSON-LD authors ("Online Desk", "Staff Reporter"),
   a reporter bylined in Malayalam whose JSON-LD name is in Latin script,
   the dateline "തിരുവനന്തപുരം ∙", "English Summary:", "ഇതും വായിക്കാം";
   a lottery result page.
10 Jagat Bani - Jagbani-like Punjabi portal (ASP.NET WebForms, the page
   inside one <form>): the reporter only in the dateline ("ਲੁਧਿਆਣਾ
   (ਹਿਤੇਸ਼)-", "ਚੰਡੀਗੜ੍ਹ (ਰਮਨਜੀਤ ਸਿੰਘ, ਅਸ਼ਵਨੀ)-", "(ਵੈੱਬ ਡੈਸਕ)", agency
   "(ਭਾਸ਼ਾ)"), "Edited By <editor in Latin script>" who is the JSON-LD
   author, "Updated: 18 Feb, 2025 02:05 PM", the e-paper/app pitch with
   "For Android:-" lines and a comment note inside the body; Hukamnama page.
11 Roznama Aaina - Express-like Urdu daily (dir=rtl): Urdu digits "بدھ ۸
   جنوری ۲۰۲۵" beside the credit, "ویب ڈیسک" and "اے پی پی" credits (JSON-LD
   Person), datelines "لاہور:", an APP story at 01:30 PKT (the UTC day
   before), comments with the publisher's disclaimer; gold rates, prayer
   times, horoscope.
12 Dinadeepa - Lankadeepa-like Sinhala daily (Drupal): "2025 නොවැම්බර් 06
   බ්‍රහස්පතින්දා, පෙ.ව. 10:45" (Sinhala AM/PM), a "සටහන - චමින්ද පෙරේරා"
   byline atop the body, a reporter signing at the foot "සුනිල් ජයසේකර -
   කුරුණෑගල" under a photographer credit, a story shown only as "පැය 5 කට
   පෙර" with no metadata, a Facebook like box after the body; lottery
   results, lagna palapala.

Truth: 39 articles, 147 non-articles, no syndicated copies. Authors are the
named writers; desk, agency and designation-only credits ("न्यूज डेस्क",
"आईएएनएस", "নিজস্ব সংবাদদাতা", "সংবাদ সংস্থা", "অনলাইন ডেস্ক", "জেলা
প্রতিনিধি", "DIN", "பிடிஐ", "ऑनलाइन लोकवार्ता", "ನಾಡವಾಣಿ ವಾರ್ತೆ", "ಪಿಟಿಐ",
"ഓൺലൈൻ ഡെസ്ക്", "സ്വന്തം ലേഖകൻ", "(ਵੈੱਬ ਡੈਸਕ)", "(ਭਾਸ਼ਾ)", "ویب ڈیسک",
"اے پی پی") give []; producers ("Published by:"), editors ("Edited By")
and photographers are not authors; names are as the page writes them in
its script. Dates are the published day in the page's zone, with the UTC
instant where that falls on another UTC day; relative-only pages are
fetch-N / fetch-dayN.

Crawled with /tmp/nr-start: stories 39: title 39, date 38, authors 12 right;
non-articles stored 19 of 147; bodies checked 39: 2 wrong. Authors: desk,
agency and designation credits kept as names on 20 stories, from the
visible byline ("নিজস্ব সংবাদদাতা", "সংবাদ সংস্থা", "অনলাইন ডেস্ক", "জেলা
প্রতিনিধি", "DIN", "பிடிஐ", "ऑनलाइन लोकवार्ता", "ನಾಡವಾಣಿ ವಾರ್ತೆ", "ಪಿಟಿಐ",
"ویب ڈیسک", "اے پی پی") or from JSON-LD and meta (the Hindi "Published by"
producers on desk and IANS copy, the Telugu paper's name, the Gujarati
Organization, the Malayalam "Online Desk" / "Staff Reporter", the Punjabi
"Edited By" editors on web-desk and Bhasha copy); named writers missed on
7: the Telugu column signed at its foot (the paper's name kept), the
Gujarati "લેખક:" line on the story without JSON-LD, the Malayalam byline
replaced by the JSON-LD's Latin "Anoop Mohan", the Punjabi reporters named
only in the dateline (the editor kept instead, twice), the Sinhala "සටහන -"
byline and the foot signature. Date: the Sinhala story shown only as "පැය
5 කට පෙර" got none. Non-articles stored: the live cricket score pages of 11
sites, six horoscopes (Bengali, Tamil, Marathi, Kannada, Malayalam,
Sinhala), the Urdu gold-rate page and the Malayalam lottery result. Bodies:
the Sinhala Facebook like box after the body was kept on both dated
stories.
"""
import datetime, html, json, os, sys, zlib, zoneinfo  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import jl, links, ps  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18155
E = html.escape
UTC = datetime.timezone.utc
truth = {"articles": [], "nonarticles": [], "synd": []}
NOW = datetime.datetime.now(UTC).replace(second=0, microsecond=0)
IST, PKT, BDT, SLT = "Asia/Kolkata", "Asia/Karachi", "Asia/Dhaka", "Asia/Colombo"

MON = {k: v.split() for k, v in dict(
    en="January February March April May June July August September October November December",
    hi="जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    bn="জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    ta="ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    te="జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబర్ అక్టోబర్ నవంబర్ డిసెంబర్",
    mr="जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
    gu="જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઓગસ્ટ સપ્ટેમ્બર ઓક્ટોબર નવેમ્બર ડિસેમ્બર",
    kn="ಜನವರಿ ಫೆಬ್ರುವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್",
    ml="ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ",
    pa="ਜਨਵਰੀ ਫਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ",
    ur="جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    si="ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්").items()}
WD = {k: v.split() for k, v in dict(  # Monday first
    hi="सोमवार मंगलवार बुधवार गुरुवार शुक्रवार शनिवार रविवार",
    bn="সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রবিবার",
    bd="সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার রোববার",
    ta="திங்கள் செவ்வாய் புதன் வியாழன் வெள்ளி சனி ஞாயிறு",
    te="సోమవారం మంగళవారం బుధవారం గురువారం శుక్రవారం శనివారం ఆదివారం",
    mr="सोमवार मंगळवार बुधवार गुरुवार शुक्रवार शनिवार रविवार",
    gu="સોમવાર મંગળવાર બુધવાર ગુરુવાર શુક્રવાર શનિવાર રવિવાર",
    kn="ಸೋಮವಾರ ಮಂಗಳವಾರ ಬುಧವಾರ ಗುರುವಾರ ಶುಕ್ರವಾರ ಶನಿವಾರ ಭಾನುವಾರ",
    ml="തിങ്കൾ ചൊവ്വ ബുധൻ വ്യാഴം വെള്ളി ശനി ഞായർ",
    pa="ਸੋਮਵਾਰ ਮੰਗਲਵਾਰ ਬੁੱਧਵਾਰ ਵੀਰਵਾਰ ਸ਼ੁੱਕਰਵਾਰ ਸ਼ਨੀਵਾਰ ਐਤਵਾਰ",
    ur="پیر منگل بدھ جمعرات جمعہ ہفتہ اتوار",
    si="සඳුදා අඟහරුවාදා බදාදා බ්‍රහස්පතින්දා සිකුරාදා සෙනසුරාදා ඉරිදා").items()}
ZERO = dict(hi="०", mr="०", bn="০", ur="۰", gu="૦")


def dig(s, lang):
    """s with its ASCII digits written in lang's own digits."""
    z = ZERO[lang]
    return "".join(chr(ord(z) + int(c)) if c.isdigit() and c.isascii() else c for c in str(s))


class When:
    """A publication moment: local wall time in a named zone."""

    def __init__(self, local, zone):
        if isinstance(local, str):
            local = datetime.datetime.fromisoformat(local)
        self.l = local.replace(tzinfo=zoneinfo.ZoneInfo(zone)) if local.tzinfo is None else local.astimezone(zoneinfo.ZoneInfo(zone))
        self.u = self.l.astimezone(UTC)

    def iso(self):
        return self.l.isoformat()

    def z(self):
        return self.u.strftime("%Y-%m-%dT%H:%M:%SZ")

    def rfc(self):
        return self.l.strftime("%a, %d %b %Y %H:%M:%S %z")

    def plus(self, minutes):
        return When(self.l + datetime.timedelta(minutes=minutes), str(self.l.tzinfo))

    def fmt(self, f):
        return self.l.strftime(f)

    @property
    def day(self):
        # the day as the page states it, in its own zone
        return self.l.strftime("%Y-%m-%d")

    @property
    def inst(self):
        # the instant is at stake only where the local day is not the UTC day
        return self.u.strftime("%Y-%m-%dT%H:%M") if self.l.date() != self.u.date() else None

    def mon(self, lang):
        return MON[lang][self.l.month - 1]

    def wd(self, lang):
        return WD[lang][self.l.weekday()]

    def h12(self):
        h = self.l.hour % 12 or 12
        return h, self.l.minute, self.l.hour < 12


def ago(zone, hours=0, days=0, minutes=0):
    """The moment hours/days before now, as a page in zone would show it."""
    return When(NOW - datetime.timedelta(hours=hours, days=days, minutes=minutes), zone)


def uid(s, n=7):
    return zlib.crc32(s.encode()) % (9 * 10 ** (n - 1)) + 10 ** (n - 1)


def J(o):
    return json.dumps(o, ensure_ascii=False, separators=(",", ":"))


class Site(common.Site):
    """A site of this web, on its own loopback address."""

    def __init__(self, n):
        super().__init__(OUT, "127.0.7.%d" % (100 + n), PORT, truth)

    def story(self, path, doc, a, w=None, date=None, must=None, must_not=()):
        """An article from its dict a (title, authors, paras); w its When, or
        date a relative truth ("fetch-N")."""
        w = w or a.get("w")
        date = date or a.get("date")
        self.art(path, doc, a["title"], date or w.day, a["authors"], instant=None if date else w.inst,
                 must=must or [a["paras"][0], a["paras"][-1]], must_not=list(must_not))

    def raw(self, path, text):
        common.write(self.out, self.host, path, text)

    def feed(self, path, title, items, lang, desc=""):
        """An RSS 2.0 feed of (path, title, When, creator, description)."""
        it = "".join("<item><title><![CDATA[%s]]></title><link>%s</link><guid isPermaLink=\"true\">%s</guid><pubDate>%s</pubDate>%s<description><![CDATA[%s]]></description></item>" % (
            t, E(self.url(p)), E(self.url(p)), w.rfc(), ("<dc:creator><![CDATA[%s]]></dc:creator>" % c) if c else "", d) for p, t, w, c, d in items)
        self.raw(path, '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>%s</title><link>%s</link>'
                 '<atom:link href="%s" rel="self" type="application/rss+xml"/><description>%s</description><language>%s</language>%s</channel></rss>' % (
                     E(title), self.url("/"), E(self.url(path)), E(desc), lang, it))

    def news_sitemap(self, path, items, name, lang):
        """A Google News sitemap of (path, title, When)."""
        u = "".join("<url><loc>%s</loc><news:news><news:publication><news:name>%s</news:name><news:language>%s</news:language></news:publication>"
                    "<news:publication_date>%s</news:publication_date><news:title>%s</news:title></news:news></url>" % (
                        E(self.url(p)), E(name), lang, w.iso(), E(t)) for p, t, w in items)
        self.raw(path, '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">%s</urlset>' % u)

    def robots(self, sitemaps, disallow=("/search",)):
        self.raw("/robots.txt", "User-agent: *\n%s\n\n%s\n" % ("\n".join("Disallow: %s" % d for d in disallow),
                                                                 "\n".join("Sitemap: %s" % self.url(p) for p in sitemaps)))

    def urlset(self, path, paths):
        self.raw(path, '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
            "<url><loc>%s</loc></url>" % E(self.url(p)) for p in paths))


# ---------------------------------------------------------------- shared page parts
AMP_BOILER = ('<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}'
              '@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style><noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>')


def webstory(s, path, lang, title, pub, author, w, slides, more_label, more_path, dirattr="", desc=""):
    """A standalone AMP web story as Indian publishers publish them: NewsArticle
    JSON-LD with an author and dates, a cover, one page per slide."""
    pages = "".join(
        '<amp-story-page id="page-%d" auto-advance-after="7s"><amp-story-grid-layer template="fill"><amp-img src="/webstories/%s/%d.jpg" width="720" height="1280" layout="responsive" alt=""></amp-img></amp-story-grid-layer>'
        '<amp-story-grid-layer template="thirds"><div grid-area="lower-third" class="ws-text"><h2>%s</h2><p>%s</p></div></amp-story-grid-layer></amp-story-page>' % (
            i + 1, uid(path), i + 1, E(h), E(t)) for i, (h, t) in enumerate(slides))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": s.url(path), "headline": title, "datePublished": w.iso(), "dateModified": w.iso(),
          "author": {"@type": "Person", "name": author}, "publisher": {"@type": "Organization", "name": pub, "logo": {"@type": "ImageObject", "url": s.url("/images/logo-amp.png")}},
          "image": [s.url("/webstories/%d/0.jpg" % uid(path))]}
    doc = ('<!doctype html><html amp lang="%s"%s><head><meta charset="utf-8"><title>%s | %s</title><link rel="canonical" href="%s">'
           '<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"><meta name="description" content="%s">'
           '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:image" content="%s">'
           '<script async src="https://cdn.ampproject.org/v0.js"></script><script async custom-element="amp-story" src="https://cdn.ampproject.org/v0/amp-story-1.0.js"></script>'
           '<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>%s%s'
           '<style amp-custom>.ws-text{background:linear-gradient(transparent,#000);color:#fff;padding:24px 16px}.ws-text h2{font-size:22px}</style></head>'
           '<body><amp-story standalone title="%s" publisher="%s" publisher-logo-src="/images/logo-amp.png" poster-portrait-src="/webstories/%d/0.jpg">'
           '<amp-story-page id="cover"><amp-story-grid-layer template="fill"><amp-img src="/webstories/%d/0.jpg" width="720" height="1280" layout="responsive" alt=""></amp-img></amp-story-grid-layer>'
           '<amp-story-grid-layer template="vertical" class="cover"><h1>%s</h1><p class="byline">%s</p></amp-story-grid-layer></amp-story-page>%s'
           '<amp-story-page id="more"><amp-story-grid-layer template="vertical"><p>%s</p></amp-story-grid-layer><amp-story-page-outlink layout="nodisplay"><a href="%s">%s</a></amp-story-page-outlink></amp-story-page>'
           '<amp-analytics type="gtag" data-credentials="include"><script type="application/json">{"vars":{"gtag_id":"G-WS%d"}}</script></amp-analytics></amp-story></body></html>') % (
        lang, dirattr, E(title), E(pub), s.url(path), E(desc or title), E(title), s.url("/webstories/%d/0.jpg" % uid(path)), AMP_BOILER, jl(ld),
        E(title), E(pub), uid(path), uid(path), E(title), E(author), pages, E(more_label), more_path, E(more_label), uid(path) % 1000)
    s.non(path, doc)


def scoreboard(cls, lab, teams, innings, comm):
    """A live cricket scorecard: teams (a, b), innings [(team, runs/wkts, overs,
    [(batter, r, b, 4s, 6s, how)])], comm [(over, text)], labels lab."""
    head = ('<div class="%s-score-head"><div class="%s-status"><span class="live-dot"></span>%s</div><h1>%s</h1><p class="%s-venue">%s</p>'
            '<div class="%s-teams">%s</div></div>') % (
        cls, cls, E(lab["live"]), E(lab["title"]), cls, E(lab["venue"]), cls,
        "".join('<div class="team"><span class="tname">%s</span><span class="tscore">%s</span><span class="tovers">(%s)</span></div>' % (E(t), E(r), E(o)) for t, r, o, _ in innings))
    cards = "".join('<div class="%s-inn"><h3>%s</h3><table class="scorecard"><thead><tr><th>%s</th><th></th><th>R</th><th>B</th><th>4s</th><th>6s</th><th>SR</th></tr></thead><tbody>%s</tbody></table></div>' % (
        cls, E(t), E(lab["batter"]), "".join('<tr><td>%s</td><td class="how">%s</td><td>%d</td><td>%d</td><td>%d</td><td>%d</td><td>%.2f</td></tr>' % (
            E(n), E(h), r, b, f, x, 100.0 * r / b) for n, r, b, f, x, h in bat)) for t, _, _, bat in innings)
    com = "".join('<li class="ball"><span class="over">%s</span><p>%s</p></li>' % (E(o), E(t)) for o, t in comm)
    return head + '<div class="%s-tabs"><a class="active" href="#live">%s</a><a href="#scorecard">%s</a></div><section id="live"><h2>%s</h2><ul class="%s-comm">%s</ul></section><section id="scorecard">%s</section>' % (
        cls, E(lab["commentary"]), E(lab["scorecard"]), E(lab["commentary"]), cls, com, cards)


def horoscope(cls, signs, texts, lucky):
    """Twelve signs, each with its day's text and a lucky number/colour line."""
    out = []
    for i, sg in enumerate(signs):
        t = texts[i % len(texts)] + " " + texts[(i * 5 + 3) % len(texts)]
        out.append('<div class="%s-sign" id="sign-%d"><h2><img src="/images/rashi/%d.png" alt="" width="48"> %s</h2><p>%s</p><p class="lucky">%s</p></div>' % (cls, i + 1, i + 1, E(sg), E(t), E(lucky % ((i * 7) % 9 + 1))))
    return "".join(out)


def gallery_inner(cls, h1, dateline, caps, credit, byline=""):
    return '<div class="%s-gallery"><h1>%s</h1><div class="%s-meta">%s%s</div>%s</div>' % (
        cls, E(h1), cls, byline, dateline, "".join('<figure class="%s-slide"><span class="count">%d/%d</span><img src="/gallery/%d.jpg" alt="%s"><figcaption>%s <span class="credit">%s</span></figcaption></figure>' % (
            cls, k + 1, len(caps), uid(h1 + str(k)), E(c[:30]), E(c), E(credit)) for k, c in enumerate(caps)))


def video_inner(cls, h1, dateline, desc, more_head, more):
    return ('<div class="%s-video"><div class="player-wrap"><div class="jwplayer" id="jw-%d" data-file="/media/%d.m3u8"></div></div><h1>%s</h1><div class="%s-meta">%s</div><p class="%s-desc">%s</p>'
            '<div class="%s-more"><h3>%s</h3><ul>%s</ul></div></div>') % (cls, uid(h1), uid(h1), E(h1), cls, dateline, cls, E(desc), cls, E(more_head), "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in more))


def video_ld(s, path, name, desc, w):
    return jl({"@context": "https://schema.org", "@type": "VideoObject", "name": name, "description": desc, "uploadDate": w.iso(), "thumbnailUrl": [s.url("/media/%d.jpg" % uid(path))],
               "contentUrl": s.url("/media/%d.mp4" % uid(path)), "duration": "PT2M%dS" % (uid(path) % 50 + 10)})


def results_inner(cls, h1, intro, fields, button, extra=""):
    return '<div class="%s-result"><h1>%s</h1><p>%s</p><form class="result-form" action="#" method="post">%s<button type="submit">%s</button></form>%s</div>' % (
        cls, E(h1), E(intro), "".join('<label>%s <input type="text" name="f%d"></label>' % (E(f), k) for k, f in enumerate(fields)), E(button), extra)


def epaper_inner(cls, h1, dateline, editions, note):
    return '<div class="%s-epaper"><h1>%s</h1><p class="ep-date">%s</p><div class="ep-editions">%s</div><p class="ep-note">%s</p></div>' % (
        cls, E(h1), E(dateline), "".join('<a class="ep-card" href="%s"><img src="/epaper/thumb/%d.jpg" alt=""><span>%s</span></a>' % (p, uid(p), E(t)) for p, t in editions), E(note))


def static_inner(cls, h1, paras):
    return '<div class="%s-static"><h1>%s</h1>%s</div>' % (cls, E(h1), ps(paras))


BN_MONTHS = "বৈশাখ জ্যৈষ্ঠ আষাঢ় শ্রাবণ ভাদ্র আশ্বিন কার্তিক অগ্রহায়ণ পৌষ মাঘ ফাল্গুন চৈত্র".split()


def bangla_date(d):
    """The revised Bangladeshi calendar's day for Gregorian date d (1 Boishakh = 14 April;
    the first six months 31 days, Falgun 29, 30 in a Gregorian leap year)."""
    y = d.year if (d.month, d.day) >= (4, 14) else d.year - 1
    start = datetime.date(y, 4, 14)
    n = (d - start).days
    leap = (y + 1) % 4 == 0 and ((y + 1) % 100 != 0 or (y + 1) % 400 == 0)
    lens = [31] * 6 + [30, 30, 30, 30, 30 if leap else 29, 30]
    m = 0
    while n >= lens[m]:
        n -= lens[m]
        m += 1
    return "%s %s %s" % (dig(n + 1, "bn"), BN_MONTHS[m], dig(y - 593, "bn"))


# ====================================================================== 1 Hindi
def janprabhat():
    """Amar Ujala-like Hindi daily: सार/विस्तार, 'Published by:' producer,
    English 'Updated Thu, 13 Mar 2025 01:20 PM IST' line only."""
    s = Site(1)
    SN, SE = "जनप्रभात", "Janprabhat"

    def eng(w):
        return w.fmt("%a, %d %b %Y %I:%M %p") + " IST"

    today = When(NOW, IST)
    NAV = [("/", "होम"), ("/uttar-pradesh", "उत्तर प्रदेश"), ("/uttar-pradesh/lucknow", "लखनऊ"), ("/india-news", "देश"), ("/business", "कारोबार"), ("/cricket", "क्रिकेट"),
           ("/jyotish/rashifal/aaj-ka-rashifal-14-march-2025", "राशिफल"), ("/results/up-board-result-2025", "रिजल्ट्स"), ("/video/india-news/lucknow-metro-phase-two-route-explained-2025-03-13", "वीडियो"),
           ("/photo-gallery/city-and-states/holi-celebrations-in-lucknow-see-photos-2025-03-14", "फोटो"), ("/web-stories/holi-2025-colour-safety-tips", "वेब स्टोरीज"), ("/epaper", "ई-पेपर")]

    def shell(title, main, head="", cls="listing"):
        return ('<!DOCTYPE html>\n<html lang="hi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
                '<link rel="alternate" type="application/rss+xml" title="Janprabhat" href="%s"><link rel="stylesheet" href="/static/css/jp.min.css?v=3.4.12">'
                '<script>window.dataLayer=window.dataLayer||[];</script></head>\n<body class="%s">'
                '<div id="izooto-optin" class="notify-box" style="display:none"><p>%s की ताजा खबरें सबसे पहले पाने के लिए नोटिफिकेशन चालू करें</p><button class="later">बाद में</button><button class="allow">अनुमति दें</button></div>'
                '<header class="main-header"><div class="top-strip"><span class="today-date">%s, %d %s %d</span><a href="/epaper" class="epaper-link">ई-पेपर</a><a href="/app" class="app-link">ऐप डाउनलोड करें</a><a href="/login" class="login">लॉग इन</a></div>'
                '<div class="logo-row"><a href="/" class="logo"><img src="/static/images/jp-logo.svg" alt="%s Hindi News"></a><form action="/search" class="srch"><input name="q" placeholder="यहां खोजें"></form></div>'
                '<nav class="main-nav"><ul>%s</ul></nav><div class="breaking-strip"><span>ब्रेकिंग</span><marquee>होली पर यूपी के सभी जिलों में सुरक्षा के कड़े इंतजाम, ड्रोन से निगरानी</marquee></div></header>'
                '<main id="main-content">%s</main>'
                '<footer class="footer"><div class="ft-links"><a href="/about-us">हमारे बारे में</a><a href="/contact-us">संपर्क करें</a><a href="/privacy-policy">प्राइवेसी पॉलिसी</a><a href="/disclaimer">डिस्क्लेमर</a><a href="/sitemap.xml">साइटमैप</a></div>'
                '<div class="ft-apps">जनप्रभात ऐप डाउनलोड करें <a href="#">Android</a> <a href="#">iOS</a></div><p class="copy">Copyright © 2025-2026 Janprabhat Media Pvt. Ltd. All Rights Reserved.</p></footer>'
                '<script src="/static/js/jp.bundle.js" defer></script></body></html>') % (
            E(title), head, s.url("/rss/breaking-news.xml"), cls, SN, today.wd("hi"), today.l.day, today.mon("hi"), today.l.year, SE, links(NAV), main)

    def card(p, t, meta, img=True):
        return '<div class="news-card">%s<h3><a href="%s">%s</a></h3><span class="time">%s</span></div>' % (
            ('<a href="%s" class="img"><img src="/img/%d.jpg" alt=""></a>' % (p, uid(p))) if img else "", p, E(t), E(meta))

    A = [
        dict(path="/uttar-pradesh/lucknow/lucknow-metro-phase-two-approved-charbagh-vasantkunj-corridor-2025-03-13", sec=("/uttar-pradesh/lucknow", "लखनऊ"),
             title="लखनऊ मेट्रो के दूसरे चरण को मंजूरी, चारबाग से वसंतकुंज तक बनेगा ईस्ट-वेस्ट कॉरिडोर",
             seo="Lucknow Metro: लखनऊ मेट्रो के दूसरे चरण को मंजूरी, चारबाग से वसंतकुंज तक बनेगा कॉरिडोर",
             w=When("2025-03-13T10:45", IST), upd=155, by='<a href="/authors/rajeev-singh">राजीव सिंह</a>, जनप्रभात, लखनऊ', producer="शिव शरण शुक्ला", ld_author="राजीव सिंह",
             authors=["राजीव सिंह"],
             sar="केंद्रीय कैबिनेट ने 11.16 किलोमीटर लंबे कॉरिडोर पर मुहर लगाई। इसमें 12 स्टेशन होंगे, जिनमें सात भूमिगत रहेंगे।",
             paras=["लखनऊ में मेट्रो के दूसरे चरण का रास्ता साफ हो गया है। केंद्र सरकार ने चारबाग से वसंतकुंज तक प्रस्तावित ईस्ट-वेस्ट कॉरिडोर को मंजूरी दे दी है, जिससे पुराने लखनऊ के घने इलाकों को पहली बार मेट्रो से जोड़ा जा सकेगा।",
                    "करीब 11.16 किलोमीटर लंबे इस कॉरिडोर पर 12 स्टेशन बनेंगे। इनमें से सात स्टेशन भूमिगत होंगे, क्योंकि अमीनाबाद, चौक और ठाकुरगंज जैसे इलाकों में ऊपर से ट्रैक ले जाने की जगह नहीं है।",
                    "उत्तर प्रदेश मेट्रो रेल कॉरपोरेशन के प्रबंध निदेशक ने बताया कि परियोजना पर लगभग 5,801 करोड़ रुपये खर्च होंगे। निर्माण कार्य अगले छह महीने में शुरू करने का लक्ष्य है और इसे पांच साल में पूरा किया जाएगा।",
                    "व्यापारियों ने फैसले का स्वागत किया है, लेकिन निर्माण के दौरान यातायात व्यवस्था को लेकर चिंता भी जताई है। चौक सर्राफा एसोसिएशन के अध्यक्ष ने कहा कि खुदाई के समय दुकानों तक पहुंचने का वैकल्पिक रास्ता पहले से तय होना चाहिए।",
                    "अधिकारियों के मुताबिक, दूसरे चरण के शुरू होने के बाद रोजाना करीब दो लाख अतिरिक्त यात्री मेट्रो का इस्तेमाल कर सकेंगे। फिलहाल उत्तर-दक्षिण कॉरिडोर पर औसतन 80 हजार लोग रोज सफर करते हैं।"],
             tags=[("/tags/lucknow-metro", "Lucknow Metro"), ("/tags/holi", "होली")]),
        dict(path="/india-news/delhi-metro-services-to-start-at-2-30-pm-on-holi-2025-03-13", sec=("/india-news", "देश"),
             title="होली पर दोपहर ढाई बजे से चलेगी दिल्ली मेट्रो, सुबह नहीं मिलेगी सेवा",
             seo="Delhi Metro Holi Timing: होली पर दोपहर ढाई बजे से चलेगी दिल्ली मेट्रो, सुबह नहीं मिलेगी सेवा",
             w=When("2025-03-13T18:30", IST), upd=40, by="न्यूज डेस्क, जनप्रभात, नई दिल्ली", producer="कीर्तिवर्धन मिश्र", ld_author="कीर्तिवर्धन मिश्र", authors=[],
             sar="होली के दिन सभी लाइनों पर पहली ट्रेन दोपहर 2:30 बजे चलेगी। एयरपोर्ट एक्सप्रेस लाइन पर भी यही व्यवस्था रहेगी।",
             paras=["होली के दिन शुक्रवार को दिल्ली मेट्रो की सेवाएं सुबह के बजाय दोपहर ढाई बजे से शुरू होंगी। दिल्ली मेट्रो रेल कॉरपोरेशन ने गुरुवार को इसकी जानकारी दी।",
                    "डीएमआरसी के अनुसार, सभी लाइनों पर पहली ट्रेन दोपहर 2:30 बजे अपने टर्मिनल स्टेशन से रवाना होगी। इसके बाद सेवाएं सामान्य दिनों की तरह रात तक जारी रहेंगी।",
                    "एयरपोर्ट एक्सप्रेस लाइन और रैपिड मेट्रो गुरुग्राम पर भी यही व्यवस्था लागू रहेगी। यात्रियों को सलाह दी गई है कि वे अपनी यात्रा की योजना इसी हिसाब से बनाएं।",
                    "पिछले साल भी होली पर मेट्रो सेवाएं दोपहर से शुरू की गई थीं। उस दिन शाम के समय स्टेशनों पर भारी भीड़ देखी गई थी, इसलिए इस बार अतिरिक्त फेरे लगाने की तैयारी है।"],
             tags=[("/tags/holi", "होली"), ("/tags/delhi-metro", "Delhi Metro")]),
        dict(path="/business/share-market-sensex-nifty-fall-for-third-straight-session-2025-03-12", sec=("/business", "कारोबार"),
             title="शेयर बाजार में लगातार तीसरे दिन गिरावट, आईटी और ऑटो शेयरों में बिकवाली",
             seo="Share Market: शेयर बाजार में लगातार तीसरे दिन गिरावट, आईटी और ऑटो शेयरों में बिकवाली",
             w=When("2025-03-12T16:10", IST), upd=25, by="आईएएनएस, मुंबई", producer="प्रियंका तिवारी", ld_author="प्रियंका तिवारी", authors=[],
             sar="सेंसेक्स और निफ्टी दोनों लाल निशान पर बंद हुए। होली पर शुक्रवार को बाजार बंद रहेंगे।",
             paras=["घरेलू शेयर बाजार में बुधवार को लगातार तीसरे कारोबारी सत्र में गिरावट दर्ज की गई। बीएसई का सेंसेक्स 72 अंक फिसलकर 74,029 पर बंद हुआ।",
                    "एनएसई का निफ्टी भी 27 अंक गिरकर 22,470 के स्तर पर आ गया। आईटी और ऑटो शेयरों में सबसे ज्यादा बिकवाली देखी गई, जबकि बैंकिंग शेयरों में कुछ खरीदारी लौटी।",
                    "बाजार विशेषज्ञों का कहना है कि विदेशी निवेशकों की लगातार बिकवाली और अमेरिकी शुल्क नीति को लेकर अनिश्चितता से निवेशक सतर्क बने हुए हैं।",
                    "होली के अवसर पर शुक्रवार को शेयर बाजार बंद रहेंगे। ऐसे में गुरुवार के सत्र में भी उतार-चढ़ाव बने रहने की संभावना जताई जा रही है।"],
             tags=[("/tags/share-market", "Share Market")]),
        dict(path="/uttar-pradesh/prayagraj/up-board-copy-evaluation-to-begin-from-march-19-2025-03-15", sec=("/uttar-pradesh", "उत्तर प्रदेश"),
             title="यूपी बोर्ड: 19 मार्च से शुरू होगा कॉपियों का मूल्यांकन, 261 केंद्र बनाए गए",
             seo="UP Board: 19 मार्च से शुरू होगा कॉपियों का मूल्यांकन, 261 केंद्र बनाए गए",
             w=When("2025-03-15T23:40", IST), upd=35, by='<a href="/authors/ankit-shukla">अंकित शुक्ला</a>, जनप्रभात, प्रयागराज', producer="अभिषेक सिंह", ld_author="अंकित शुक्ला",
             authors=["अंकित शुक्ला"],
             sar="मूल्यांकन दो अप्रैल तक पूरा होगा। हर केंद्र पर सीसीटीवी कैमरे लगाए जाएंगे।",
             paras=["उत्तर प्रदेश माध्यमिक शिक्षा परिषद की हाईस्कूल और इंटरमीडिएट परीक्षा की उत्तर पुस्तिकाओं का मूल्यांकन 19 मार्च से शुरू होगा। इसके लिए प्रदेश भर में 261 मूल्यांकन केंद्र बनाए गए हैं।",
                    "परिषद के सचिव ने बताया कि मूल्यांकन कार्य दो अप्रैल तक पूरा कर लिया जाएगा। हर केंद्र पर सीसीटीवी कैमरे लगाए जाएंगे और उप नियंत्रकों की निगरानी में कॉपियां जांची जाएंगी।",
                    "इस बार करीब तीन करोड़ उत्तर पुस्तिकाओं की जांच होनी है। परीक्षकों को एक दिन में हाईस्कूल की अधिकतम 50 और इंटरमीडिएट की 45 कॉपियां जांचने की अनुमति होगी।",
                    "परिषद ने संकेत दिया है कि परिणाम अप्रैल के तीसरे या चौथे सप्ताह तक घोषित किए जा सकते हैं। पिछले साल परिणाम 20 अप्रैल को जारी हुए थे।"],
             tags=[("/tags/up-board", "UP Board")]),
    ]
    RA = "ये भी पढ़ें: "
    GN = "हमें गूगल न्यूज पर फॉलो करें और पाएं हर खबर सबसे पहले"
    for i, a in enumerate(A):
        other = A[(i + 1) % len(A)]
        up = a["w"].plus(a["upd"])
        body = []
        for k, p in enumerate(a["paras"]):
            body.append("<p>%s</p>" % E(p))
            if k == 1:
                body.append('<div class="ad-slot"><span class="ad-label">विज्ञापन</span><div id="div-gpt-ad-%d"></div></div>' % uid(a["path"]))
                body.append('<p class="read-also"><strong>%s</strong><a href="%s">%s</a></p>' % (RA, other["path"], E(other["title"])))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": s.url(a["path"])}, "headline": a["seo"],
              "description": a["sar"], "datePublished": a["w"].iso(), "dateModified": up.iso(), "inLanguage": "hi",
              "author": {"@type": "Person", "name": a["ld_author"], "url": s.url("/authors/" + str(uid(a["ld_author"], 5)))},
              "publisher": {"@type": "Organization", "name": "Janprabhat", "logo": {"@type": "ImageObject", "url": s.url("/static/images/jp-logo.png"), "width": 600, "height": 60}},
              "image": {"@type": "ImageObject", "url": s.url("/img/%d.jpg" % uid(a["path"])), "width": 1200, "height": 675}, "articleSection": a["sec"][1]}
        bc = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Hindi News", "item": s.url("/")}, {"@type": "ListItem", "position": 2, "name": a["sec"][1], "item": s.url(a["sec"][0])}]}
        head = ('<meta name="description" content="%s"><meta name="keywords" content="%s"><link rel="canonical" href="%s"><link rel="amphtml" href="%s">'
                '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s"><meta property="og:image" content="%s">'
                '<meta property="og:site_name" content="Janprabhat"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@janprabhatnews">%s%s') % (
            E(a["sar"]), E(", ".join(t for _, t in a["tags"])), s.url(a["path"]), s.url("/amp" + a["path"]), E(a["seo"]), s.url(a["path"]), s.url("/img/%d.jpg" % uid(a["path"])), jl(ld), jl(bc))
        rel = "".join(card(x["path"], x["title"], eng(x["w"]), False) for x in A if x is not a)
        main = ('<div class="breadcrumb"><a href="/">Hindi News</a> › <a href="%s">%s</a> › <span>%s</span></div>'
                '<div class="row"><div class="col-8"><article class="article-wrapper" id="story-%d">'
                '<h1 class="article-hd">%s</h1>'
                '<div class="authr-wrap"><div class="auther"><span class="auth-img"><img src="/static/images/author-default.png" alt=""></span><div class="auth-detail">'
                '<p class="auth-nm">%s</p><p class="pub-by">Published by: <span>%s</span></p><p class="pub-date">Updated %s</p></div></div>'
                '<div class="share-icons"><a class="fb" href="#">Facebook</a><a class="wa" href="#">WhatsApp</a><a class="x" href="#">X</a><a class="cpy" href="#">लिंक कॉपी करें</a><span class="fontsize">A<sup>+</sup> A<sup>-</sup></span></div></div>'
                '<figure class="lead-img"><img src="/img/%d.jpg" alt="%s"><figcaption>%s - फोटो : जनप्रभात</figcaption></figure>'
                '<div class="article-sar"><h2 class="sar-hd">सार</h2><ul><li>%s</li></ul></div>'
                '<div class="article-desc"><h2 class="vistar-hd">विस्तार</h2><div class="desc" id="vistar">%s</div>'
                '<a class="follow-gn" href="https://news.google.com/publications/jp">%s</a></div>'
                '<div class="tags-wrap"><span>Tags:</span>%s</div></article>'
                '<div class="comment-wrap"><h3>अपनी राय दें</h3><p class="comment-note">कमेंट करने के लिए लॉगिन करें</p><div id="vuukle-comments"></div></div>'
                '<div class="news-letter"><p>जनप्रभात न्यूजलेटर: रोज सुबह की बड़ी खबरें सीधे आपके इनबॉक्स में</p><input placeholder="ईमेल आईडी"><button>सब्सक्राइब करें</button></div></div>'
                '<aside class="col-4"><div class="widget"><h3>ताज़ा खबरें</h3>%s</div></aside></div>') % (
            a["sec"][0], E(a["sec"][1]), E(a["seo"][:40]), uid(a["path"]), E(a["title"]), a["by"], E(a["producer"]), eng(up), uid(a["path"]), E(a["title"]), E(a["sec"][1]),
            E(a["sar"]), "".join(body), GN, "".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in a["tags"]), rel)
        s.story(a["path"], shell("%s - Janprabhat Hindi News Live" % a["seo"], main, head, "article-page"), a,
                must=[a["paras"][0], a["paras"][-1]], must_not=[other["title"], GN, "सब्सक्राइब करें", "कमेंट करने के लिए लॉगिन करें"])

    def listing(h1, items, intro=""):
        return '<div class="listing"><h1 class="list-hd">%s</h1>%s<div class="list-grid">%s</div><div class="pagination"><a class="active" href="#">1</a><a href="?page=2">2</a><a href="?page=3">3</a></div></div>' % (
            E(h1), intro, "".join(card(x["path"], x["title"], eng(x["w"])) for x in items))

    lko = [A[0], A[3]]
    s.non("/uttar-pradesh/lucknow", shell("Lucknow News: लखनऊ समाचार, Lucknow Hindi News, लखनऊ की ताजा खबरें - Janprabhat", listing("लखनऊ की ताजा खबरें", lko, '<p class="city-intro">लखनऊ शहर की हर बड़ी-छोटी खबर, यहां पढ़ें।</p><div class="city-tabs"><a href="/uttar-pradesh/lucknow">लखनऊ</a><a href="/uttar-pradesh/prayagraj">प्रयागराज</a><a href="/uttar-pradesh/kanpur">कानपुर</a><a href="/uttar-pradesh/varanasi">वाराणसी</a></div>'),
                                            '<meta name="description" content="Lucknow News in Hindi"><meta property="og:type" content="website">'))
    s.non("/tags/holi", shell("Holi News: होली से जुड़ी ताजा खबरें - Janprabhat", listing("Holi", [A[1], A[0]], '<p>होली से जुड़ी सभी खबरें, फोटो और वीडियो।</p>'), '<meta name="robots" content="index, follow">'))
    s.non("/authors/rajeev-singh", shell("राजीव सिंह - Janprabhat", '<div class="author-page"><img src="/static/images/author-default.png" alt=""><h1>राजीव सिंह</h1><p class="designation">वरिष्ठ संवाददाता, लखनऊ</p>'
                                     '<p class="bio">राजीव सिंह पिछले 15 वर्षों से लखनऊ में शहरी विकास, परिवहन और नगर निगम से जुड़ी खबरें कवर कर रहे हैं।</p></div>' + listing("राजीव सिंह की खबरें", [A[0]]),
                                     '<meta property="og:type" content="profile">'))
    caps = ["हजरतगंज में होली के रंग में सराबोर युवा।", "चौक की गलियों में निकली पारंपरिक होली बारात।", "अमीनाबाद में गुलाल खरीदने के लिए उमड़ी भीड़।", "गोमती तट पर बच्चों ने पिचकारी से खेली होली।",
            "पुराने लखनऊ में फूलों की होली का आयोजन।", "कैसरबाग में ढोल की थाप पर नाचते लोग।", "होली मिलन समारोह में गुझिया बांटते व्यापारी।", "शाम को घंटाघर पर रंगों के बाद सजी महफिल।"]
    gp = "/photo-gallery/city-and-states/holi-celebrations-in-lucknow-see-photos-2025-03-14"
    gw = When("2025-03-14T15:20", IST)
    gld = {"@context": "https://schema.org", "@type": "ImageGallery", "headline": "होली 2025: रंगों में सराबोर हुआ लखनऊ, देखें तस्वीरें", "datePublished": gw.iso(), "author": {"@type": "Person", "name": "फोटो डेस्क"},
           "image": [s.url("/img/g%d.jpg" % k) for k in range(8)]}
    s.non(gp, shell("होली 2025: रंगों में सराबोर हुआ लखनऊ, देखें तस्वीरें - Janprabhat", '<div class="gallery-page"><h1>होली 2025: रंगों में सराबोर हुआ लखनऊ, देखें तस्वीरें</h1><p class="pub-date">Updated %s</p>%s</div>' % (
        eng(gw), "".join('<div class="gallery-slide"><span class="count">%d/8</span><img src="/img/g%d.jpg" alt=""><p class="caption">%s</p><span class="credit">फोटो: जनप्रभात</span></div>' % (k + 1, k, E(c)) for k, c in enumerate(caps))),
        '<meta property="og:type" content="article">' + jl(gld), "gallery-page"))
    vp = "/video/india-news/lucknow-metro-phase-two-route-explained-2025-03-13"
    vw = When("2025-03-13T17:05", IST)
    vld = {"@context": "https://schema.org", "@type": "VideoObject", "name": "लखनऊ मेट्रो का दूसरा चरण: जानिए किन इलाकों से गुजरेगा नया रूट", "description": "चारबाग से वसंतकुंज तक बनने वाले कॉरिडोर के 12 स्टेशनों के बारे में जानिए।",
           "uploadDate": vw.iso(), "thumbnailUrl": s.url("/img/v1.jpg"), "duration": "PT3M12S", "contentUrl": s.url("/media/v/lko-metro.mp4")}
    s.non(vp, shell("लखनऊ मेट्रो का दूसरा चरण: जानिए किन इलाकों से गुजरेगा नया रूट - Janprabhat Video", '<div class="video-page"><div class="player"><video controls poster="/img/v1.jpg" src="/media/v/lko-metro.mp4"></video></div>'
                    '<h1>लखनऊ मेट्रो का दूसरा चरण: जानिए किन इलाकों से गुजरेगा नया रूट</h1><p class="pub-date">%s</p><p class="v-desc">चारबाग से वसंतकुंज तक बनने वाले कॉरिडोर के 12 स्टेशनों के बारे में जानिए।</p>'
                    '<div class="more-videos"><h3>और वीडियो देखें</h3><ul><li><a href="/video">होली पर बाजारों में रौनक</a></li><li><a href="/video">यूपी बोर्ड रिजल्ट कब आएगा</a></li></ul></div></div>' % eng(vw), '<meta property="og:type" content="video.other">' + jl(vld), "video-page"))
    webstory(s, "/web-stories/holi-2025-colour-safety-tips", "hi", "होली पर त्वचा और बालों को रंगों से ऐसे बचाएं", SE, "जनप्रभात लाइफस्टाइल डेस्क", When("2025-03-13T09:00", IST),
             [("नारियल तेल लगाएं", "रंग खेलने से पहले चेहरे और बालों पर अच्छी तरह नारियल तेल लगा लें।"), ("हर्बल रंग चुनें", "केमिकल वाले रंगों की जगह फूलों से बने हर्बल गुलाल का इस्तेमाल करें।"),
              ("आंखों का ध्यान रखें", "धूप का चश्मा पहनें और आंख में रंग जाने पर तुरंत साफ पानी से धोएं।"), ("खूब पानी पिएं", "शरीर में पानी की कमी न होने दें, इससे त्वचा भी स्वस्थ रहती है।")],
             "और वेब स्टोरीज देखें", "/web-stories")
    rw = When("2025-03-14T05:00", IST)
    signs = "मेष वृषभ मिथुन कर्क सिंह कन्या तुला वृश्चिक धनु मकर कुंभ मीन".split()
    htexts = ["आज का दिन आपके लिए शुभ रहेगा और रुके हुए काम पूरे होंगे।", "परिवार के साथ समय बिताने का अवसर मिलेगा।", "कार्यक्षेत्र में वरिष्ठ अधिकारियों का सहयोग मिलेगा।",
              "धन के लेन-देन में सावधानी बरतें।", "स्वास्थ्य को लेकर लापरवाही न करें, खानपान पर ध्यान दें।", "यात्रा के योग बन रहे हैं, जो लाभकारी रहेंगे।", "जीवनसाथी से किसी बात पर मतभेद हो सकता है।"]
    rt = "आज का राशिफल 14 मार्च 2025: होली पर मेष, सिंह और धनु राशि वालों को मिलेगा भाग्य का साथ"
    rld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": rt, "datePublished": rw.iso(), "dateModified": rw.iso(), "author": {"@type": "Person", "name": "पं. रमेश त्रिपाठी"},
           "publisher": {"@type": "Organization", "name": "Janprabhat"}}
    s.non("/jyotish/rashifal/aaj-ka-rashifal-14-march-2025", shell("Aaj Ka Rashifal 14 March 2025: %s - Janprabhat" % rt.split(": ", 1)[1], (
        '<div class="breadcrumb"><a href="/">Hindi News</a> › <a href="/jyotish">ज्योतिष</a> › <span>राशिफल</span></div><article class="article-wrapper rashifal"><h1 class="article-hd">%s</h1>'
        '<div class="auth-detail"><p class="auth-nm">ज्योतिष डेस्क, जनप्रभात</p><p class="pub-by">Published by: <span>पं. रमेश त्रिपाठी</span></p><p class="pub-date">Updated %s</p></div>'
        '<div class="article-desc"><p>ग्रह-नक्षत्रों की चाल के आधार पर जानिए कैसा रहेगा आपका आज का दिन। होली के दिन चंद्रमा सिंह राशि में रहेगा।</p>%s</div></article>'
        '<div class="rashi-links">%s</div>') % (E(rt), eng(rw), horoscope("rashi", signs, htexts, "शुभ अंक: %d"), "".join('<a href="/jyotish/rashifal/%d">%s राशिफल</a>' % (k, x) for k, x in enumerate(signs))),
        '<meta property="og:type" content="article">' + jl(rld), "article-page"))
    s.non("/results/up-board-result-2025", shell("UP Board Result 2025: यूपी बोर्ड 10वीं, 12वीं रिजल्ट यहां चेक करें - Janprabhat Results", (
        '<div class="result-page"><h1>UP Board Result 2025</h1><p class="result-intro">उत्तर प्रदेश माध्यमिक शिक्षा परिषद का हाईस्कूल और इंटरमीडिएट रिजल्ट जारी होते ही यहां सबसे पहले देखें।</p>'
        '<form class="result-form"><label>कक्षा चुनें <select><option>हाईस्कूल (10वीं)</option><option>इंटरमीडिएट (12वीं)</option></select></label><label>रोल नंबर <input name="roll" placeholder="अपना रोल नंबर दर्ज करें"></label>'
        '<label>स्कूल कोड <input name="code"></label><button>रिजल्ट देखें</button></form>'
        '<div class="result-links"><h3>अन्य बोर्ड रिजल्ट</h3><ul><li><a href="/results/cbse-result-2025">CBSE Result 2025</a></li><li><a href="/results/mp-board-result-2025">MP Board Result 2025</a></li><li><a href="/results/bihar-board-result-2025">Bihar Board Result 2025</a></li></ul></div>'
        '<div class="result-news"><h3>रिजल्ट से जुड़ी खबरें</h3>%s</div></div>') % card(A[3]["path"], A[3]["title"], eng(A[3]["w"]), False), '<meta property="og:type" content="website">', "result-page"))
    lab = dict(live="LIVE", title="IND vs NZ Final Live Score: चैंपियंस ट्रॉफी फाइनल, भारत बनाम न्यूजीलैंड", venue="दुबई इंटरनेशनल क्रिकेट स्टेडियम, दुबई", batter="बल्लेबाज", commentary="कमेंट्री", scorecard="स्कोरकार्ड")
    inns = [("न्यूजीलैंड", "251/7", "50", [("रचिन रवींद्र", 37, 29, 4, 1, "b कुलदीप"), ("डेरिल मिचेल", 63, 101, 3, 0, "c रोहित b शमी"), ("माइकल ब्रेसवेल", 53, 40, 3, 2, "नाबाद")]),
            ("भारत", "254/6", "49", [("रोहित शर्मा", 76, 83, 7, 3, "st लैथम b रवींद्र"), ("श्रेयस अय्यर", 48, 62, 2, 2, "c रवींद्र b सैंटनर"), ("केएल राहुल", 34, 33, 1, 1, "नाबाद")])]
    comm = [("49.0", "जडेजा ने चौका लगाकर भारत को जीत दिलाई! भारत ने तीसरी बार चैंपियंस ट्रॉफी जीती।"), ("48.4", "राहुल ने एक रन लिया।"), ("48.1", "ओरूर्क की फुल लेंथ गेंद, जडेजा ने मिड ऑन की ओर खेला, दो रन।")]
    s.non("/cricket/live-score/india-vs-new-zealand-final-champions-trophy-2025", shell("IND vs NZ Final Live Score: भारत बनाम न्यूजीलैंड लाइव स्कोर - Janprabhat", '<div class="live-score-page">%s</div>' % scoreboard("lsc", lab, None, inns, comm),
                                                                                               '<meta http-equiv="refresh" content="60"><meta property="og:type" content="website">', "score-page"))
    s.non("/epaper", shell("Janprabhat ePaper: जनप्रभात ई-पेपर, आज का अखबार पढ़ें", '<div class="epaper-page"><h1>जनप्रभात ई-पेपर</h1><p>आज का अखबार: %s</p><div class="editions">%s</div><p class="ep-note">ई-पेपर पढ़ने के लिए लॉगिन करें।</p></div>' % (
        E("%d %s %d" % (today.l.day, today.mon("hi"), today.l.year)), "".join('<a class="ed" href="/epaper/%s"><img src="/epaper/thumb/%s.jpg" alt=""><span>%s</span></a>' % (k, k, v) for k, v in (("lucknow", "लखनऊ"), ("kanpur", "कानपुर"), ("prayagraj", "प्रयागराज"), ("varanasi", "वाराणसी"), ("agra", "आगरा")))),
        '<meta property="og:type" content="website">', "epaper-page"))
    s.non("/about-us", shell("हमारे बारे में - Janprabhat", '<div class="static-page"><h1>हमारे बारे में</h1><p>जनप्रभात उत्तर प्रदेश का प्रमुख हिंदी दैनिक है, जिसके 14 संस्करण प्रदेश के विभिन्न शहरों से प्रकाशित होते हैं।</p>'
                                 '<p>जनप्रभात डिजिटल पर आप देश-दुनिया, शहर और राज्य, कारोबार, खेल और मनोरंजन की ताजा खबरें पढ़ सकते हैं।</p><p>पता: जनप्रभात भवन, विभूति खंड, गोमती नगर, लखनऊ - 226010</p></div>'))
    home = ('<div class="home"><section class="top-news"><h2>टॉप न्यूज</h2>%s</section><section class="home-sec"><h2><a href="/uttar-pradesh/lucknow">लखनऊ</a></h2>%s</section>'
            '<section class="home-sec"><h2><a href="/cricket/live-score/india-vs-new-zealand-final-champions-trophy-2025">क्रिकेट लाइव स्कोर</a></h2></section>'
            '<section class="home-sec"><h2>फोटो और वीडियो</h2>%s%s</section><section class="home-sec"><h2>वेब स्टोरीज</h2>%s</section>'
            '<section class="home-sec"><h2>ज्योतिष</h2>%s</section><section class="home-sec">%s%s</section></div>') % (
        "".join(card(x["path"], x["title"], eng(x["w"])) for x in A), card(A[0]["path"], A[0]["title"], eng(A[0]["w"]), False),
        card(gp, "होली 2025: रंगों में सराबोर हुआ लखनऊ, देखें तस्वीरें", "फोटो"), card(vp, "लखनऊ मेट्रो का दूसरा चरण: जानिए किन इलाकों से गुजरेगा नया रूट", "वीडियो"),
        card("/web-stories/holi-2025-colour-safety-tips", "होली पर त्वचा और बालों को रंगों से ऐसे बचाएं", "वेब स्टोरी"), card("/jyotish/rashifal/aaj-ka-rashifal-14-march-2025", rt, "राशिफल", False),
        card("/results/up-board-result-2025", "UP Board Result 2025", "रिजल्ट", False), card("/tags/holi", "होली", "टॉपिक", False))
    s.non("/", shell("Hindi News: हिंदी न्यूज़, Latest News in Hindi, ताजा समाचार - Janprabhat", home,
                     '<meta name="description" content="Janprabhat: Read latest Hindi news"><meta property="og:type" content="website">' + jl({"@context": "https://schema.org", "@type": "WebSite", "name": "Janprabhat", "url": s.url("/")}), "home-page"))
    s.feed("/rss/breaking-news.xml", "Janprabhat - Breaking News", [(a["path"], a["title"], a["w"], "", a["sar"]) for a in A], "hi")
    s.news_sitemap("/sitemap/news-sitemap.xml", [(a["path"], a["title"], a["w"]) for a in A], "Janprabhat", "hi")
    s.urlset("/sitemap.xml", ["/", "/uttar-pradesh/lucknow", "/tags/holi", "/epaper", "/about-us", gp, vp, "/web-stories/holi-2025-colour-safety-tips"])
    s.robots(["/sitemap.xml", "/sitemap/news-sitemap.xml"], ("/search", "/login"))


# ====================================================================== 2 Bengali (India)
def bangalipi():
    """Anandabazar-like Kolkata daily: Bengali digits, 'শেষ আপডেট:' only,
    desk and agency credits in the editor box."""
    s = Site(2)
    SN = "বঙ্গলিপি"

    def bd(w):
        return dig("%02d %s %d %s" % (w.l.day, w.mon("bn"), w.l.year, w.fmt("%H:%M")), "bn")

    NAV = [("/", "হোম"), ("/west-bengal", "রাজ্য"), ("/kolkata", "কলকাতা"), ("/india", "দেশ"), ("/business", "ব্যবসা"), ("/sports/cricket", "খেলা"), ("/astrology/ajker-rashifal-22-april-2025", "জ্যোতিষ"),
           ("/photogallery/kolkata/kalbaishakhi-storm-in-kolkata-in-pictures/cid/1588210", "ছবি"), ("/video/west-bengal/darjeeling-toy-train-summer-rush/cid/1588320", "ভিডিয়ো"), ("/web-stories/summer-drinks-to-beat-the-heat", "ওয়েব স্টোরি"), ("/epaper", "ই-পেপার")]

    def shell(title, main, head="", cls=""):
        return ('<!DOCTYPE html>\n<html lang="bn"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="preload" as="font" href="/fonts/ShreeBan.woff2" crossorigin><link rel="stylesheet" href="/assets/css/main.css?v=210425"></head>'
                '<body class="%s"><div class="topstrip"><a href="/epaper">ই-পেপার</a> <a href="/login">লগ ইন</a> <a href="/subscription">সাবস্ক্রাইব</a></div>'
                '<header class="mainheader"><a class="logo" href="/"><img src="/assets/images/bangalipi-logo.svg" alt="Bangalipi"></a><nav class="mainmenu"><ul>%s</ul></nav>'
                '<div class="searchbox"><form action="/search"><input name="q" placeholder="খুঁজুন"></form></div></header>'
                '<div class="container">%s</div>'
                '<footer class="mainfooter"><div class="footerlinks"><a href="/about-us">আমাদের সম্পর্কে</a> <a href="/contact-us">যোগাযোগ</a> <a href="/privacy-policy">গোপনীয়তা নীতি</a> <a href="/terms">শর্তাবলি</a></div>'
                '<p>© ২০২৫ বঙ্গলিপি সংস্থা। সর্বস্বত্ব সংরক্ষিত।</p></footer>'
                '<div class="cookiebar" id="cookiebar">এই ওয়েবসাইট কুকি ব্যবহার করে। ব্রাউজিং চালিয়ে গেলে আপনি কুকি ব্যবহারে সম্মতি দিচ্ছেন। <button>ঠিক আছে</button></div></body></html>') % (
            E(title), head, cls, links(NAV), main)

    def card(a, lead=False):
        return '<div class="storylist%s"><a href="%s"><div class="imgbox"><img src="/images/%d.jpg" alt=""></div><div class="txtbox"><h2>%s</h2><p class="subtxt">%s</p></div></a></div>' % (
            " lead" if lead else "", a["path"], uid(a["path"]), E(a["title"]), E(a.get("std", "")))

    A = [
        dict(path="/west-bengal/summer-vacation-advanced-in-state-run-schools-due-to-heatwave/cid/1588001", sec=("/west-bengal", "রাজ্য"),
             seo="Summer Vacation: তীব্র গরমে এগিয়ে এল গ্রীষ্মের ছুটি", title="তীব্র গরমে এগিয়ে এল গ্রীষ্মের ছুটি, ২ মে থেকে বন্ধ সরকারি স্কুল",
             std="শিক্ষা দফতরের বিজ্ঞপ্তি অনুযায়ী, ছুটি চলবে জুনের প্রথম সপ্তাহ পর্যন্ত।", pub=When("2025-04-21T06:40", IST), w=When("2025-04-21T07:12", IST),
             by=[("সুমন্ত বন্দ্যোপাধ্যায়", "/author/sumanta-bandyopadhyay")], city="কলকাতা", authors=["সুমন্ত বন্দ্যোপাধ্যায়"],
             paras=["রাজ্যে তাপপ্রবাহের জেরে এ বার নির্ধারিত সময়ের আগেই গ্রীষ্মের ছুটি শুরু হচ্ছে সরকারি ও সরকার-পোষিত স্কুলগুলিতে। সোমবার শিক্ষা দফতর বিজ্ঞপ্তি দিয়ে জানিয়েছে, ২ মে থেকে স্কুল বন্ধ থাকবে।",
                    "গত সপ্তাহ থেকেই দক্ষিণবঙ্গের বেশ কিছু জেলায় তাপমাত্রা ৪০ ডিগ্রি সেলসিয়াস ছাড়িয়েছে। পুরুলিয়া, বাঁকুড়া ও পশ্চিম বর্ধমানে দুপুরের দিকে রাস্তাঘাট কার্যত ফাঁকা থাকছে।",
                    "শিক্ষামন্ত্রী জানিয়েছেন, পড়ুয়াদের স্বাস্থ্যের কথা ভেবেই এই সিদ্ধান্ত। তবে ছুটির মধ্যে মিড-ডে মিলের চাল ও আলু অভিভাবকদের হাতে তুলে দেওয়ার ব্যবস্থা থাকবে।",
                    "শিক্ষক সংগঠনগুলির একাংশ অবশ্য প্রশ্ন তুলেছে, প্রতি বছর লম্বা ছুটির জেরে পাঠ্যক্রম শেষ করা কঠিন হয়ে পড়ছে। তাদের দাবি, ছুটি এগোলে পরে অতিরিক্ত ক্লাসের ব্যবস্থা করা হোক।",
                    "আবহাওয়া দফতরের পূর্বাভাস, আগামী সপ্তাহের শেষে কালবৈশাখীর সম্ভাবনা রয়েছে। তার আগে অবশ্য তাপমাত্রা কমার আশা কম।"]),
        dict(path="/west-bengal/purba-bardhaman/farmers-protest-over-paddy-procurement-at-memari-kisan-mandi/cid/1587650", sec=("/west-bengal", "রাজ্য"),
             seo="Paddy procurement: সহায়ক মূল্যে ধান বিক্রিতে হয়রানি", title="সহায়ক মূল্যে ধান বিক্রি করতে গিয়ে হয়রানি, ক্ষোভ বর্ধমানের চাষিদের",
             std="কিসান মান্ডিতে টোকেন পেতে দিনের পর দিন অপেক্ষা করতে হচ্ছে বলে অভিযোগ।", pub=When("2025-04-18T08:55", IST), w=When("2025-04-18T09:20", IST),
             by=[("নিজস্ব সংবাদদাতা", None)], city="বর্ধমান", authors=[],
             paras=["সরকারি সহায়ক মূল্যে ধান বিক্রি করতে গিয়ে হয়রানির অভিযোগ তুললেন পূর্ব বর্ধমানের চাষিরা। শুক্রবার মেমারির কিসান মান্ডির সামনে কয়েকশো চাষি বিক্ষোভ দেখান।",
                    "চাষিদের অভিযোগ, টোকেন পেতে এক সপ্তাহেরও বেশি অপেক্ষা করতে হচ্ছে। বাধ্য হয়ে অনেকেই খোলা বাজারে কুইন্টাল প্রতি তিনশো টাকা কম দামে ধান বিক্রি করে দিচ্ছেন।",
                    "জেলা খাদ্য নিয়ামক জানিয়েছেন, এ বার বোরো ধানের ফলন ভাল হওয়ায় মান্ডিতে চাপ বেড়েছে। দ্রুত আরও দুটি অস্থায়ী ক্রয়কেন্দ্র খোলা হবে।",
                    "চাষিদের একাংশের বক্তব্য, শুধু কেন্দ্র বাড়ালেই হবে না, টোকেন বিলির পদ্ধতিও স্বচ্ছ করতে হবে। না হলে ফড়েদের দাপট কমবে না বলে তাঁদের আশঙ্কা।"]),
        dict(path="/business/rbi-cuts-repo-rate-by-25-basis-points-emi-may-come-down/cid/1586102", sec=("/business", "ব্যবসা"),
             seo="RBI Repo Rate: ফের রেপো রেট কমাল রিজ়ার্ভ ব্যাঙ্ক", title="ফের রেপো রেট কমাল রিজ়ার্ভ ব্যাঙ্ক, কমতে পারে গৃহঋণের কিস্তি",
             std="টানা দ্বিতীয় বার সুদের হার ছাঁটল শীর্ষ ব্যাঙ্ক।", pub=When("2025-04-09T11:20", IST), w=When("2025-04-09T12:05", IST),
             by=[("সংবাদ সংস্থা", None)], city="মুম্বই", authors=[],
             paras=["টানা দ্বিতীয় বার রেপো রেট ২৫ বেসিস পয়েন্ট কমাল রিজ়ার্ভ ব্যাঙ্ক। বুধবার ঋণনীতি ঘোষণা করে গভর্নর সঞ্জয় মলহোত্র জানান, রেপো রেট ৬.২৫ শতাংশ থেকে কমে হল ৬ শতাংশ।",
                    "এর ফলে ব্যাঙ্কগুলি গৃহঋণ ও গাড়িঋণের সুদ কমাতে পারে বলে মনে করছেন বিশেষজ্ঞেরা। ঋণনীতির অবস্থানও নিরপেক্ষ থেকে বদলে সহায়ক করা হয়েছে।",
                    "চলতি অর্থবর্ষে আর্থিক বৃদ্ধির পূর্বাভাস ৬.৭ শতাংশ থেকে কমিয়ে ৬.৫ শতাংশ করেছে শীর্ষ ব্যাঙ্ক। আমেরিকার শুল্কনীতি নিয়ে অনিশ্চয়তার কথাও উল্লেখ করেছেন গভর্নর।",
                    "মূল্যবৃদ্ধির হার নিয়ন্ত্রণে থাকায় সুদ কমানোর সুযোগ মিলেছে বলে জানিয়েছে রিজ়ার্ভ ব্যাঙ্ক। খুচরো মূল্যবৃদ্ধির পূর্বাভাস ৪ শতাংশে নামিয়ে আনা হয়েছে।"]),
        dict(path="/west-bengal/north-bengal/darjeeling-faces-acute-water-crisis-amid-tourist-rush/cid/1588890", sec=("/west-bengal/north-bengal", "উত্তরবঙ্গ"),
             seo="Darjeeling water crisis: পর্যটকের ভিড়ে উপচে পড়ছে পাহাড়", title="পর্যটকের ভিড়ে উপচে পড়ছে পাহাড়, দার্জিলিঙে তীব্র জলসঙ্কট",
             std="ট্যাঙ্কারের জলই ভরসা হোটেল থেকে হোম-স্টের।", pub=When("2025-04-26T05:30", IST), w=When("2025-04-26T06:02", IST),
             by=[("অর্পিতা মজুমদার", "/author/arpita-majumdar"), ("শুভজিৎ দাস", "/author/subhajit-das")], city="শিলিগুড়ি ও দার্জিলিং", authors=["অর্পিতা মজুমদার", "শুভজিৎ দাস"],
             paras=["সমতলের গরম থেকে বাঁচতে দার্জিলিং, কালিম্পং ও মিরিকে ভিড় জমাচ্ছেন পর্যটকেরা। কিন্তু বাড়তি চাপে দার্জিলিং শহরে পানীয় জলের সঙ্কট তীব্র আকার নিয়েছে।",
                    "হোটেল মালিকদের একাংশ জানাচ্ছেন, ট্যাঙ্কারে জল কিনতে দিনে কয়েক হাজার টাকা খরচ হচ্ছে। ছোট হোম-স্টেগুলির অবস্থা আরও খারাপ।",
                    "পুরসভা সূত্রে খবর, সেঞ্চল জলাধারের জলস্তর অনেকটাই নেমে গিয়েছে। বৃষ্টি না হলে পরিস্থিতি আরও জটিল হতে পারে।",
                    "শিলিগুড়ি থেকে পাহাড়ে যাওয়ার রাস্তায় সপ্তাহান্তে দীর্ঘ যানজট দেখা দিচ্ছে। রোহিণী রোড ও পাঙ্খাবাড়ি রোডে অতিরিক্ত ট্র্যাফিক পুলিশ মোতায়েন করা হয়েছে।",
                    "পর্যটন দফতরের আশা, মে মাসের মাঝামাঝি থেকে ভিড় আরও বাড়বে। তার আগেই জল সরবরাহ স্বাভাবিক করার জন্য জরুরি বৈঠক ডেকেছে জিটিএ।"]),
    ]
    WA = "বঙ্গলিপির হোয়াটসঅ্যাপ চ্যানেল ফলো করুন, সব খবর পান সবার আগে"
    SUBS = "সাবস্ক্রাইব করুন বঙ্গলিপি প্রিমিয়াম, পড়ুন বিশেষ প্রতিবেদন ও সম্পাদকীয়"
    for i, a in enumerate(A):
        o = A[(i + 2) % len(A)]
        names = " ও ".join(('<a href="%s">%s</a>' % (u, E(n))) if u else E(n) for n, u in a["by"])
        body = []
        for k, p in enumerate(a["paras"]):
            body.append("<p>%s</p>" % E(p))
            if k == 1:
                body.append('<div class="ad-container"><div class="adtext">বিজ্ঞাপন</div><div id="ad-mid-%d"></div></div>' % k)
            if k == 2:
                body.append('<div class="alsoread"><strong>আরও পড়ুন:</strong> <a href="%s">%s</a></div>' % (o["path"], E(o["title"])))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["std"], "inLanguage": "bn",
              "datePublished": a["pub"].iso(), "dateModified": a["w"].iso(), "mainEntityOfPage": s.url(a["path"]),
              "author": [{"@type": "Person", "name": n} for n, _ in a["by"]], "publisher": {"@type": "Organization", "name": "Bangalipi", "logo": {"@type": "ImageObject", "url": s.url("/assets/images/logo.png")}},
              "image": s.url("/images/%d.jpg" % uid(a["path"]))}
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:image" content="%s"><meta property="og:site_name" content="Bangalipi"><meta name="twitter:card" content="summary_large_image">%s') % (
            E(a["std"]), s.url(a["path"]), E(a["seo"]), s.url("/images/%d.jpg" % uid(a["path"])), jl(ld))
        main = ('<div class="breadcrumb"><a href="/">হোম</a> / <a href="%s">%s</a></div><div class="row"><div class="leftsec"><div class="articletbox">'
                '<h1>%s</h1><h2 class="subheadline">%s</h2>'
                '<div class="editorbox"><div class="editorpic"><img src="/assets/images/editor.png" alt=""></div><div class="editorname">%s</div><div class="editorcity">%s</div>'
                '<div class="editordate">শেষ আপডেট: %s</div></div>'
                '<div class="sharebox"><a class="fb">শেয়ার</a><a class="wa">হোয়াটসঅ্যাপ</a><a class="copy">লিঙ্ক কপি</a><a class="fontsize">অক্ষরের মাপ</a></div></div>'
                '<div class="leadimgbox"><img src="/images/%d.jpg" alt=""><p class="caption">প্রতীকী ছবি।</p></div>'
                '<div class="articlecontent">%s</div>'
                '<div class="whatsappbox"><a href="https://whatsapp.com/channel/bangalipi">%s</a></div>'
                '<div class="premiumbox"><p>%s</p><a href="/subscription">সাবস্ক্রাইব</a></div>'
                '<div class="tagbox"><span>শেষ আপডেট:</span> %s</div></div>'
                '<div class="rightsec"><div class="widget"><h3>সেরা খবর</h3>%s</div></div></div>') % (
            a["sec"][0], E(a["sec"][1]), E(a["title"]), E(a["std"]), names, E(a["city"]), bd(a["w"]), uid(a["path"]), "".join(body), WA, SUBS, bd(a["w"]),
            "".join(card(x) for x in A if x is not a))
        s.story(a["path"], shell("%s - Bangalipi" % a["seo"], main, head, "articlepage"), a, w=a["w"],
                must=[a["paras"][0], a["paras"][-1]], must_not=[o["title"], WA, SUBS])

    def listing(h1, items, extra=""):
        return '<div class="listingpage"><h1 class="pagetitle">%s</h1>%s%s<div class="loadmore"><a href="?page=2">আরও খবর</a></div></div>' % (E(h1), extra, "".join(card(x, k == 0) for k, x in enumerate(items)))

    s.non("/west-bengal", shell("West Bengal News: পশ্চিমবঙ্গের খবর, রাজ্যের সর্বশেষ খবর - Bangalipi", listing("রাজ্য", [A[0], A[1], A[3]], '<div class="subnav"><a href="/west-bengal/north-bengal">উত্তরবঙ্গ</a><a href="/west-bengal/purba-bardhaman">পূর্ব বর্ধমান</a><a href="/kolkata">কলকাতা</a></div>'),
                                '<meta property="og:type" content="website">'))
    s.non("/west-bengal/north-bengal", shell("North Bengal News: উত্তরবঙ্গের খবর - Bangalipi", listing("উত্তরবঙ্গ", [A[3]], '<p class="secintro">শিলিগুড়ি, দার্জিলিং, জলপাইগুড়ি, কোচবিহার, মালদহের খবর।</p>')))
    s.non("/topic/heatwave", shell("Heatwave: তাপপ্রবাহ সংক্রান্ত সব খবর - Bangalipi", listing("তাপপ্রবাহ", [A[0], A[3]], '<p class="topicintro">তাপপ্রবাহ সংক্রান্ত সমস্ত খবর, ছবি ও ভিডিয়ো।</p>')))
    s.non("/author/sumanta-bandyopadhyay", shell("সুমন্ত বন্দ্যোপাধ্যায় - Bangalipi", '<div class="authorpage"><img src="/assets/images/editor.png" alt=""><h1>সুমন্ত বন্দ্যোপাধ্যায়</h1><p>শিক্ষা ও স্বাস্থ্য বিষয়ক প্রতিবেদক, কলকাতা।</p></div>' + listing("সুমন্ত বন্দ্যোপাধ্যায়ের লেখা", [A[0]]),
                                                  '<meta property="og:type" content="profile">'))
    gp = "/photogallery/kolkata/kalbaishakhi-storm-in-kolkata-in-pictures/cid/1588210"
    gw = When("2025-04-23T19:40", IST)
    caps = ["কালবৈশাখীর দাপটে ধর্মতলায় উপড়ে পড়েছে গাছ।", "ঝড়ের পরে জল জমেছে ঠনঠনিয়ায়।", "বৃষ্টি থেকে বাঁচতে হাওড়া সেতুর নীচে আশ্রয় নিয়েছেন পথচারীরা।", "ময়দানে ঝড়ের আগে কালো মেঘ।",
            "ভেঙে পড়া বিজ্ঞাপনের হোর্ডিং সরাচ্ছেন পুরকর্মীরা।", "গরম থেকে স্বস্তি, বৃষ্টিতে ভিজছে খুদেরা।"]
    s.non(gp, shell("কালবৈশাখীর দাপট, ছবিতে কলকাতা - Bangalipi", gallery_inner("bl", "কালবৈশাখীর দাপট, ছবিতে কলকাতা", '<span class="editordate">শেষ আপডেট: %s</span>' % bd(gw), caps, "ছবি: বঙ্গলিপি"),
                    '<meta property="og:type" content="article">' + jl({"@context": "https://schema.org", "@type": "ImageGallery", "name": "কালবৈশাখীর দাপট, ছবিতে কলকাতা", "datePublished": gw.iso()}), "gallerypage"))
    vp = "/video/west-bengal/darjeeling-toy-train-summer-rush/cid/1588320"
    vw = When("2025-04-25T16:15", IST)
    vt, vd = "গরমের ছুটিতে টয় ট্রেনে ভিড়, দেখুন ভিডিয়ো", "গরমের ছুটির শুরুতেই দার্জিলিং হিমালয়ান রেলের জয় রাইডে টিকিট পাওয়া দুষ্কর।"
    s.non(vp, shell("%s - Bangalipi" % vt, video_inner("bl", vt, '<span class="editordate">শেষ আপডেট: %s</span>' % bd(vw), vd, "আরও ভিডিয়ো", [("/video", "কলকাতায় কালবৈশাখী"), ("/video", "দিঘায় পর্যটকের ভিড়")]),
                    '<meta property="og:type" content="video.other">' + video_ld(s, vp, vt, vd, vw), "videopage"))
    webstory(s, "/web-stories/summer-drinks-to-beat-the-heat", "bn", "গরমে শরীর ঠান্ডা রাখবে এই পাঁচ পানীয়", "Bangalipi", "লাইফস্টাইল ডেস্ক", When("2025-04-20T10:00", IST),
             [("আমপোড়া শরবত", "কাঁচা আম পুড়িয়ে তৈরি শরবত শরীরের জলের ঘাটতি মেটায়।"), ("ডাবের জল", "প্রাকৃতিক খনিজে ভরপুর ডাবের জল গরমে সবচেয়ে উপকারী।"), ("ঘোল", "টক দই দিয়ে তৈরি ঘোল হজমে সাহায্য করে।"), ("বেলের পানা", "বেলের পানা পেট ঠান্ডা রাখে।")],
             "আরও ওয়েব স্টোরি", "/web-stories")
    rw = When("2025-04-22T00:05", IST)
    signs = "মেষ বৃষ মিথুন কর্কট সিংহ কন্যা তুলা বৃশ্চিক ধনু মকর কুম্ভ মীন".split()
    ht = ["আজ কর্মক্ষেত্রে নতুন দায়িত্ব আসতে পারে।", "পারিবারিক বিষয়ে ধৈর্য রাখুন।", "অর্থভাগ্য ভাল, তবে অযথা খরচ এড়িয়ে চলুন।", "স্বাস্থ্যের দিকে নজর দিন, বিশেষ করে রক্তচাপ।",
          "বন্ধুর সাহায্যে কোনও সমস্যার সমাধান হবে।", "দূরে ভ্রমণের পরিকল্পনা হতে পারে।", "প্রেমের সম্পর্কে ভুল বোঝাবুঝি মিটবে।"]
    rt = "আজকের রাশিফল, ২২ এপ্রিল ২০২৫: কেমন কাটবে আপনার দিন"
    s.non("/astrology/ajker-rashifal-22-april-2025", shell("%s - Bangalipi" % rt, '<div class="articletbox"><h1>%s</h1><div class="editorbox"><div class="editorname">নিজস্ব প্রতিবেদন</div><div class="editordate">শেষ আপডেট: %s</div></div></div>'
                                                     '<div class="articlecontent rashifal"><p>জ্যোতিষশাস্ত্র অনুযায়ী জেনে নিন আজ আপনার দিনটি কেমন যাবে।</p>%s<p class="disclaimer">এই প্রতিবেদনটি প্রচলিত বিশ্বাসের উপর ভিত্তি করে লেখা। বঙ্গলিপি এর সত্যতা যাচাই করেনি।</p></div>' % (
                                                         E(rt), bd(rw), horoscope("rashi", signs, ht, "শুভ সংখ্যা: %d")),
                                                     '<meta property="og:type" content="article">' + jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": rt, "datePublished": rw.iso(), "author": {"@type": "Person", "name": "নিজস্ব প্রতিবেদন"}}), "articlepage"))
    s.non("/education/results/madhyamik-result-2025", shell("Madhyamik Result 2025: মাধ্যমিকের ফল দেখুন এখানে - Bangalipi", results_inner(
        "bl", "মাধ্যমিক পরীক্ষার ফল ২০২৫", "পশ্চিমবঙ্গ মধ্যশিক্ষা পর্ষদ ফল প্রকাশ করলেই এখানে রোল নম্বর দিয়ে ফল দেখা যাবে।", ["রোল", "নম্বর", "জন্মতারিখ"], "ফল দেখুন",
        '<ul class="resultlinks"><li><a href="/education/results/hs-result-2025">উচ্চ মাধ্যমিকের ফল</a></li><li><a href="/education/results/joint-entrance-result-2025">জয়েন্ট এন্ট্রান্সের ফল</a></li></ul>'), "", "resultpage"))
    lab = dict(live="লাইভ", title="KKR vs GT Live Score: কলকাতা নাইট রাইডার্স বনাম গুজরাত টাইটান্স", venue="ইডেন গার্ডেন্স, কলকাতা", batter="ব্যাটার", commentary="ধারাভাষ্য", scorecard="স্কোরকার্ড")
    inns = [("গুজরাত টাইটান্স", "১৯৮/৩", "২০", [("শুভমন গিল", 90, 55, 10, 3, "c রিঙ্কু b বৈভব"), ("সাই সুদর্শন", 52, 36, 6, 1, "c গুরবাজ b রাসেল")]),
            ("কলকাতা নাইট রাইডার্স", "১৫৯/৮", "২০", [("অজিঙ্ক রাহানে", 50, 36, 5, 1, "st বাটলার b সাই কিশোর"), ("অঙ্গকৃশ রঘুবংশী", 27, 13, 3, 1, "c সুদর্শন b রশিদ")])]
    comm = [("১৯.৬", "শেষ বলে এক রান। ৩৯ রানে জিতল গুজরাত।"), ("১৯.৫", "ইয়র্কার, কোনও রান নেই।"), ("১৯.৪", "ছক্কা! লং অনের উপর দিয়ে উড়িয়ে দিলেন।")]
    s.non("/sports/cricket/live-score/kkr-vs-gt-ipl-2025", shell("KKR vs GT Live Score, IPL 2025 - Bangalipi", scoreboard("bl", lab, None, inns, comm), '<meta http-equiv="refresh" content="30">', "scorepage"))
    today = When(NOW, IST)
    s.non("/epaper", shell("Bangalipi ePaper: বঙ্গলিপি ই-পেপার", epaper_inner("bl", "বঙ্গলিপি ই-পেপার", dig("%d %s %d" % (today.l.day, today.mon("bn"), today.l.year), "bn"),
                                                                      [("/epaper/kolkata", "কলকাতা"), ("/epaper/siliguri", "শিলিগুড়ি"), ("/epaper/bardhaman", "বর্ধমান")], "ই-পেপার পড়তে সাবস্ক্রিপশন প্রয়োজন।"), "", "epaperpage"))
    home = ('<div class="homepage"><section class="topstories">%s</section><section class="homesec"><h2><a href="/west-bengal">রাজ্য</a></h2>%s</section>'
            '<section class="homesec"><h2>ছবি ও ভিডিয়ো</h2><a href="%s">কালবৈশাখীর দাপট, ছবিতে কলকাতা</a> <a href="%s">%s</a> <a href="/web-stories/summer-drinks-to-beat-the-heat">গরমে শরীর ঠান্ডা রাখবে এই পাঁচ পানীয়</a></section>'
            '<section class="homesec"><h2>অন্যান্য</h2><a href="/astrology/ajker-rashifal-22-april-2025">আজকের রাশিফল</a> <a href="/education/results/madhyamik-result-2025">মাধ্যমিকের ফল</a> '
            '<a href="/sports/cricket/live-score/kkr-vs-gt-ipl-2025">লাইভ স্কোর</a> <a href="/topic/heatwave">তাপপ্রবাহ</a> <a href="/west-bengal/north-bengal">উত্তরবঙ্গ</a> <a href="/author/sumanta-bandyopadhyay">সুমন্ত বন্দ্যোপাধ্যায়</a></section></div>') % (
        "".join(card(x, k == 0) for k, x in enumerate(A)), card(A[1]), gp, vp, E(vt))
    s.non("/", shell("Bengali News: বাংলা খবর, Latest Bengali News, আজকের খবর - Bangalipi", home, '<meta property="og:type" content="website"><meta name="description" content="বঙ্গলিপি: বাংলা খবর">', "homepage"))
    s.news_sitemap("/sitemap/news.xml", [(a["path"], a["title"], a["pub"]) for a in A], "Bangalipi", "bn")
    s.urlset("/sitemap/sections.xml", ["/", "/west-bengal", "/west-bengal/north-bengal", "/topic/heatwave", "/epaper", gp, vp])
    s.robots(["/sitemap/news.xml", "/sitemap/sections.xml"], ("/search", "/login", "/subscription"))


# ====================================================================== 3 Bengali (Bangladesh)
def banglaprobaho():
    """Jagonews-like Dhaka portal: 'প্রকাশিত: ১০:৩৬ এএম, ১১ মে ২০২৫, রোববার',
    desk and district-correspondent credits, editors' initials at the foot."""
    s = Site(3)
    SN = "বাংলাপ্রবাহ"

    def bdt(w):
        h, m, am = w.h12()
        return dig("%02d:%02d %s, %02d %s %d, %s" % (h, m, "এএম" if am else "পিএম", w.l.day, w.mon("bn"), w.l.year, w.wd("bd")), "bn")

    today = When(NOW, BDT)
    mast = "ঢাকা, %s, %s | %s" % (today.wd("bd"), dig("%02d %s %d" % (today.l.day, today.mon("bn"), today.l.year), "bn"), bangla_date(today.l.date()))
    NAV = [("/", "প্রচ্ছদ"), ("/national", "জাতীয়"), ("/politics", "রাজনীতি"), ("/economy", "অর্থনীতি"), ("/country", "দেশজুড়ে"), ("/international", "আন্তর্জাতিক"), ("/sports", "খেলাধুলা"),
           ("/photo", "ছবি"), ("/video", "ভিডিও"), ("/rashifal/ajker-rashifal", "রাশিফল"), ("/namaz-time", "নামাজের সময়"), ("/archive", "আর্কাইভ")]

    def shell(title, main, head="", cls=""):
        return ('<!DOCTYPE html>\n<html lang="bn"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="stylesheet" href="/assets/css/bootstrap.min.css"><link rel="stylesheet" href="/assets/css/style.css?v=5.2"></head><body class="%s">'
                '<div class="top-bar"><div class="container"><span class="date-text">%s</span><span class="float-end"><a href="/epaper">ই-পেপার</a> | <a href="/english">English</a></span></div></div>'
                '<header class="header"><div class="container"><a href="/" class="logo"><img src="/assets/img/logo.png" alt="%s"></a></div>'
                '<nav class="navbar navbar-expand-lg"><ul class="navbar-nav">%s</ul></nav></header>'
                '<div class="container">%s</div>'
                '<footer class="footer"><div class="container"><p>সম্পাদক ও প্রকাশক: মোহাম্মদ আবদুল হাই</p><p>প্রধান কার্যালয়: কারওয়ান বাজার, ঢাকা-১২১৫। ফোন: ০২-৫৫০১২৩৪৫</p>'
                '<p><a href="/about">আমাদের সম্পর্কে</a> | <a href="/contact">যোগাযোগ</a> | <a href="/privacy-policy">গোপনীয়তা নীতি</a></p><p>© ২০২৫ সর্বস্বত্ব সংরক্ষিত | বাংলাপ্রবাহ.কম</p></div></footer></body></html>') % (
            E(title), head, cls, E(mast), SN, links(NAV, "nav-item"), main)

    def card(a, t=None):
        return '<div class="single-block"><a href="%s"><img class="img-fluid" src="/contents/cache/images/%d.jpg" alt=""><h3>%s</h3></a></div>' % (a["path"], uid(a["path"]), E(t or a["title"]))

    A = [
        dict(path="/national/news/1034567", sec=("/national", "জাতীয়"), title="মেট্রোরেলের ভাড়া বাড়ছে না, জানাল ডিএমটিসিএল", w=When("2025-05-11T10:36", BDT), upd=159,
             by=("তানজিলা রহমান", "নিজস্ব প্রতিবেদক", "/author/tanjila-rahman"), authors=["তানজিলা রহমান"], initials="টিআর/এমএএইচ/জিকেএস",
             paras=["ঢাকায় মেট্রোরেলের ভাড়া আপাতত বাড়ানোর কোনো পরিকল্পনা নেই বলে জানিয়েছে ঢাকা ম্যাস ট্রানজিট কোম্পানি লিমিটেড (ডিএমটিসিএল)। রোববার এক সংবাদ সম্মেলনে প্রতিষ্ঠানটির ব্যবস্থাপনা পরিচালক এ কথা জানান।",
                    "তিনি বলেন, বিদ্যুতের দাম বাড়লেও যাত্রীদের ওপর চাপ দিতে চায় না সরকার। বর্তমানে উত্তরা থেকে মতিঝিল পর্যন্ত সর্বোচ্চ ভাড়া ১০০ টাকা।",
                    "ডিএমটিসিএলের তথ্য অনুযায়ী, প্রতিদিন গড়ে প্রায় চার লাখ যাত্রী মেট্রোরেলে যাতায়াত করছেন। অফিস সময়ে ট্রেনের ব্যবধান আট মিনিট থেকে কমিয়ে ছয় মিনিট করার কাজ চলছে।",
                    "কমলাপুর পর্যন্ত সম্প্রসারিত অংশের কাজ আগামী বছরের মধ্যে শেষ হবে বলে আশা করা হচ্ছে। এতে মতিঝিল ও কমলাপুর রেলস্টেশনের যাত্রীরা সরাসরি সুবিধা পাবেন।"]),
        dict(path="/national/news/1035120", sec=("/national", "জাতীয়"), title="দেশের আট বিভাগেই বৃষ্টির আভাস, কমতে পারে তাপমাত্রা", w=When("2025-05-13T14:15", BDT), upd=0,
             by=("অনলাইন ডেস্ক", None, None), authors=[], initials="এমএইচআর/জেআইএম", src="সূত্র: ইউএনবি",
             paras=["দেশের আট বিভাগেই বৃষ্টি বা বজ্রবৃষ্টির আভাস দিয়েছে আবহাওয়া অধিদপ্তর। মঙ্গলবার দুপুরে দেওয়া পূর্বাভাসে এ কথা জানানো হয়।",
                    "পূর্বাভাসে বলা হয়েছে, রংপুর, রাজশাহী, ঢাকা, ময়মনসিংহ ও সিলেট বিভাগের অনেক জায়গায় এবং অন্যান্য বিভাগের কিছু কিছু জায়গায় দমকা হাওয়াসহ বৃষ্টি হতে পারে।",
                    "বৃষ্টির কারণে দিন ও রাতের তাপমাত্রা এক থেকে দুই ডিগ্রি সেলসিয়াস কমতে পারে। তবে খুলনা বিভাগের কোথাও কোথাও মৃদু তাপপ্রবাহ অব্যাহত থাকতে পারে।",
                    "সোমবার দেশের সর্বোচ্চ তাপমাত্রা ৩৮ দশমিক ২ ডিগ্রি সেলসিয়াস রেকর্ড করা হয় যশোরে। ঢাকায় সর্বোচ্চ তাপমাত্রা ছিল ৩৪ দশমিক ৬ ডিগ্রি সেলসিয়াস।"]),
        dict(path="/country/news/1035388", sec=("/country", "দেশজুড়ে"), title="কক্সবাজারে পাহাড়ধসের ঝুঁকিতে ৩০ হাজার মানুষ, সরে যেতে মাইকিং", w=When("2025-05-15T00:40", BDT), upd=75,
             by=("জেলা প্রতিনিধি", "কক্সবাজার", None), authors=[], initials="এফএ/এএসএম",
             paras=["টানা বৃষ্টিতে কক্সবাজারে পাহাড়ধসের শঙ্কা দেখা দিয়েছে। ঝুঁকিপূর্ণভাবে পাহাড়ের পাদদেশে বসবাসকারী অন্তত ৩০ হাজার মানুষকে নিরাপদ আশ্রয়ে সরে যেতে মাইকিং করছে জেলা প্রশাসন।",
                    "বুধবার সন্ধ্যা থেকে শহরের লাইটহাউস, ঘোনারপাড়া ও বাদশাঘোনা এলাকায় মাইকিং শুরু হয়। উখিয়া ও টেকনাফের রোহিঙ্গা ক্যাম্পগুলোতেও সতর্কতা জারি করা হয়েছে।",
                    "জেলা প্রশাসক জানান, আশ্রয়কেন্দ্র হিসেবে ৪৫টি বিদ্যালয় প্রস্তুত রাখা হয়েছে। সেখানে শুকনো খাবার ও বিশুদ্ধ পানির ব্যবস্থা করা হয়েছে।",
                    "কক্সবাজার আবহাওয়া অফিস জানিয়েছে, গত ২৪ ঘণ্টায় ১১২ মিলিমিটার বৃষ্টিপাত রেকর্ড করা হয়েছে। আগামী দুই দিন ভারী বৃষ্টি অব্যাহত থাকতে পারে।"]),
    ]
    GN = "বাংলাপ্রবাহের খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন"
    for i, a in enumerate(A):
        o = A[(i + 1) % len(A)]
        name, desig, au = a["by"]
        byl = ('<span class="author-name"><a href="%s">%s</a></span><span class="desig">%s</span>' % (au, E(name), E(desig))) if au else (
            '<span class="author-name">%s</span>%s' % (E(name), ('<span class="desig">%s</span>' % E(desig)) if desig else ""))
        upd = '<br><span class="small text-muted">আপডেট: %s</span>' % bdt(a["w"].plus(a["upd"])) if a["upd"] else ""
        body = []
        for k, p in enumerate(a["paras"]):
            body.append("<p>%s</p>" % E(p))
            if k == 1:
                body.append('<div class="read-more-inline"><span>আরও পড়ুন</span><ul><li><a href="%s">%s</a></li></ul></div>' % (o["path"], E(o["title"])))
        if a.get("src"):
            body.append("<p>%s</p>" % E(a["src"]))
        body.append('<p class="initials">%s</p>' % E(a["initials"]))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "url": s.url(a["path"]), "headline": a["title"], "datePublished": a["w"].iso(),
              "dateModified": a["w"].plus(a["upd"]).iso(), "author": {"@type": "Person", "name": name}, "publisher": {"@type": "Organization", "name": "Banglaprobaho"}}
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:url" content="%s">'
                '<meta property="og:image" content="%s"><meta property="fb:app_id" content="1623911234567">%s') % (
            E(a["paras"][0][:140]), s.url(a["path"]), E(a["title"]), s.url(a["path"]), s.url("/contents/cache/images/%d.jpg" % uid(a["path"])), jl(ld))
        main = ('<div class="row"><div class="col-lg-8"><div class="content-details"><ol class="breadcrumb"><li><a href="/">প্রচ্ছদ</a></li><li><a href="%s">%s</a></li></ol>'
                '<h1>%s</h1><div class="media"><img class="rounded-circle" src="/assets/img/author.png" alt="" width="40"><div class="media-body">%s<br><span class="small text-muted">প্রকাশিত: %s</span>%s</div></div>'
                '<div class="social-share"><a class="fb" href="#">ফেসবুক</a><a class="tw" href="#">টুইটার</a><a class="print" href="#">প্রিন্ট</a></div>'
                '<div class="featured-image"><img class="img-fluid" src="/contents/cache/images/%d.jpg" alt=""><span class="caption">ছবি: বাংলাপ্রবাহ</span></div>'
                '<div class="content-body" id="contentDetails">%s</div>'
                '<div class="google-news"><a href="https://news.google.com/publications/bp">%s</a></div>'
                '<div class="fb-comments" data-href="%s" data-numposts="5"><p>পাঠকের মন্তব্য</p></div></div></div>'
                '<div class="col-lg-4"><div class="sidebar"><h3>সর্বশেষ</h3>%s<h3>সর্বাধিক পঠিত</h3>%s</div></div></div>') % (
            a["sec"][0], E(a["sec"][1]), E(a["title"]), byl, bdt(a["w"]), upd, uid(a["path"]), "".join(body), GN, s.url(a["path"]),
            "".join(card(x) for x in A if x is not a), card(A[0]))
        s.story(a["path"], shell("%s" % a["title"], main, head, "details-page"), a, must=[a["paras"][0], a["paras"][-1]], must_not=[o["title"], GN, "পাঠকের মন্তব্য"])

    def listing(h1, items, extra=""):
        return '<div class="category-page"><h1 class="cat-title">%s</h1>%s<div class="row">%s</div><nav><ul class="pagination"><li class="active"><a>১</a></li><li><a href="?page=2">২</a></li></ul></nav></div>' % (
            E(h1), extra, "".join('<div class="col-md-6">%s<span class="time">%s</span></div>' % (card(x), bdt(x["w"])) for x in items))

    s.non("/national", shell("জাতীয় | বাংলাপ্রবাহ", listing("জাতীয়", A[:2])))
    s.non("/divisions/chattogram", shell("চট্টগ্রাম বিভাগ | বাংলাপ্রবাহ", listing("চট্টগ্রাম", [A[2]], '<div class="district-list"><a href="/divisions/chattogram/coxsbazar">কক্সবাজার</a> <a href="/divisions/chattogram/feni">ফেনী</a> <a href="/divisions/chattogram/cumilla">কুমিল্লা</a></div>')))
    s.non("/topic/মেট্রোরেল", shell("মেট্রোরেল | বাংলাপ্রবাহ", listing("মেট্রোরেল", [A[0]], '<p>মেট্রোরেল সম্পর্কিত সব খবর</p>')))
    s.non("/author/tanjila-rahman", shell("তানজিলা রহমান | বাংলাপ্রবাহ", '<div class="author-box"><h1>তানজিলা রহমান</h1><p>নিজস্ব প্রতিবেদক</p><p>যোগাযোগ ও নগর পরিবহন বিষয়ে লেখেন।</p></div>' + listing("সব লেখা", [A[0]])))
    gp = "/photo/news/1035200"
    gw = When("2025-05-13T17:30", BDT)
    caps = ["কালবৈশাখীর পর কারওয়ান বাজারে জমে থাকা পানি।", "বৃষ্টিতে ভিজে বাড়ি ফিরছে শিক্ষার্থীরা।", "ধানমন্ডি লেকের পাড়ে মেঘলা বিকেল।", "মতিঝিলে ছাতা মাথায় পথচারী।", "বৃষ্টিভেজা সড়কে রিকশার সারি।"]
    s.non(gp, shell("ছবিতে বৃষ্টিভেজা ঢাকা | বাংলাপ্রবাহ", gallery_inner("bp", "ছবিতে বৃষ্টিভেজা ঢাকা", '<span class="small">প্রকাশিত: %s</span>' % bdt(gw), caps, "ছবি: মাহবুব আলম", '<span class="author-name">ফটো ডেস্ক</span> '),
                    '<meta property="og:type" content="article">'))
    vp = "/video/news/1035301"
    vw = When("2025-05-12T20:10", BDT)
    vt, vd = "মেট্রোরেলে এক দিনে রেকর্ড যাত্রী", "ঈদের আগে মেট্রোরেলে রেকর্ড সংখ্যক যাত্রী যাতায়াত করেছেন। দেখুন ভিডিও প্রতিবেদন।"
    s.non(vp, shell("%s | বাংলাপ্রবাহ" % vt, video_inner("bp", vt, "প্রকাশিত: %s" % bdt(vw), vd, "আরও ভিডিও", [("/video", "ঢাকায় বৃষ্টি"), ("/video", "কক্সবাজারে পর্যটক")]), video_ld(s, vp, vt, vd, vw)))
    rw = When("2025-05-14T06:00", BDT)
    signs = "মেষ বৃষ মিথুন কর্কট সিংহ কন্যা তুলা বৃশ্চিক ধনু মকর কুম্ভ মীন".split()
    ht = ["আজ আর্থিক দিক থেকে দিনটি ভালো যাবে।", "কাজের চাপ বাড়তে পারে।", "পরিবারের সঙ্গে সময় কাটাবেন।", "স্বাস্থ্যের প্রতি যত্নশীল হোন।", "নতুন কোনো পরিকল্পনা সফল হবে।", "বাইরের খাবার এড়িয়ে চলুন।"]
    s.non("/rashifal/ajker-rashifal", shell("আজকের রাশিফল | বাংলাপ্রবাহ", '<div class="content-details"><h1>আজকের রাশিফল</h1><span class="small text-muted">প্রকাশিত: %s</span><div class="content-body">%s</div></div>' % (
        bdt(rw), horoscope("rashi", signs, ht, "শুভ সংখ্যা: %d")), '<meta property="og:type" content="article">'))
    s.non("/education/ssc-result-2025", shell("এসএসসি ও সমমান পরীক্ষার ফল ২০২৫ | বাংলাপ্রবাহ", results_inner(
        "bp", "এসএসসি ও সমমান পরীক্ষার ফল ২০২৫", "রোল ও রেজিস্ট্রেশন নম্বর দিয়ে ফল জানুন। এসএমএসেও ফল পাওয়া যাবে।", ["বোর্ড", "রোল নম্বর", "রেজিস্ট্রেশন নম্বর"], "ফল দেখুন")))
    lab = dict(live="লাইভ", title="বাংলাদেশ বনাম সংযুক্ত আরব আমিরাত, প্রথম টি-টোয়েন্টি", venue="শারজাহ ক্রিকেট স্টেডিয়াম", batter="ব্যাটার", commentary="বল বাই বল", scorecard="স্কোরকার্ড")
    inns = [("বাংলাদেশ", "১৯১/৫", "২০", [("পারভেজ হোসেন ইমন", 100, 54, 9, 5, "c ওয়াসিম b হায়দার"), ("তাওহিদ হৃদয়", 45, 24, 3, 2, "অপরাজিত")]),
            ("সংযুক্ত আরব আমিরাত", "১৬৪", "১৮.৫", [("মুহাম্মদ ওয়াসিম", 35, 21, 3, 2, "c লিটন b তানজিম"), ("রাহুল চোপড়া", 35, 23, 3, 1, "b রিশাদ")])]
    comm = [("১৮.৫", "বোল্ড! ২৭ রানে জিতল বাংলাদেশ।"), ("১৮.৪", "এক রান।"), ("১৮.৩", "চার! কাভার দিয়ে বাউন্ডারি।")]
    s.non("/sports/cricket/live-score/bangladesh-vs-uae-1st-t20", shell("লাইভ স্কোর: বাংলাদেশ বনাম আরব আমিরাত | বাংলাপ্রবাহ", scoreboard("bp", lab, None, inns, comm), '<meta http-equiv="refresh" content="30">'))
    nw = today
    s.non("/namaz-time", shell("আজকের নামাজের সময়সূচি | বাংলাপ্রবাহ", '<div class="namaz-page"><h1>নামাজের সময়সূচি</h1><p>%s</p><table class="table"><tr><th>ওয়াক্ত</th><th>শুরু</th></tr>%s</table><p>ঢাকা ও আশপাশের এলাকার জন্য প্রযোজ্য।</p></div>' % (
        E(mast), "".join("<tr><td>%s</td><td>%s</td></tr>" % (n, dig(t, "bn")) for n, t in (("ফজর", "৫:১২"), ("জোহর", "১১:৫৮"), ("আসর", "৩:৪২"), ("মাগরিব", "৫:১৫"), ("এশা", "৬:৩৫"))))))
    s.non("/archive", shell("আর্কাইভ | বাংলাপ্রবাহ", '<div class="archive-page"><h1>আর্কাইভ</h1><form><input type="date" name="date"><button>খুঁজুন</button></form>%s</div>' % listing("১৫ মে ২০২৫", A)))
    s.non("/epaper", shell("ই-পেপার | বাংলাপ্রবাহ", epaper_inner("bp", "বাংলাপ্রবাহ ই-পেপার", mast, [("/epaper/dhaka", "ঢাকা সংস্করণ"), ("/epaper/chattogram", "চট্টগ্রাম সংস্করণ")], "প্রথম পাতা থেকে শেষ পাতা পড়ুন।")))
    home = ('<div class="home"><div class="lead-news">%s</div><div class="row">%s</div><section><h2><a href="/photo">ছবি</a></h2><a href="%s">ছবিতে বৃষ্টিভেজা ঢাকা</a></section><section><h2><a href="/video">ভিডিও</a></h2><a href="%s">%s</a></section>'
            '<section class="service-links"><a href="/rashifal/ajker-rashifal">আজকের রাশিফল</a> <a href="/education/ssc-result-2025">এসএসসির ফল</a> <a href="/sports/cricket/live-score/bangladesh-vs-uae-1st-t20">লাইভ স্কোর</a> '
            '<a href="/namaz-time">নামাজের সময়সূচি</a> <a href="/divisions/chattogram">চট্টগ্রাম</a> <a href="/topic/মেট্রোরেল">মেট্রোরেল</a> <a href="/author/tanjila-rahman">তানজিলা রহমান</a></section></div>') % (
        card(A[0]), "".join('<div class="col-md-4">%s<span class="time">%s</span></div>' % (card(x), dig("%d ঘণ্টা আগে" % (k + 3), "bn")) for k, x in enumerate(A[1:])), gp, vp, E(vt))
    s.non("/", shell("বাংলাপ্রবাহ | সর্বশেষ সংবাদ, জাতীয়, রাজনীতি, খেলাধুলা", home, '<meta property="og:type" content="website">', "home-page"))
    s.feed("/rss/rss.xml", "বাংলাপ্রবাহ", [(a["path"], a["title"], a["w"], "", a["paras"][0]) for a in A], "bn-BD")
    s.urlset("/sitemap.xml", ["/", "/national", "/divisions/chattogram", "/archive", "/namaz-time", gp, vp] + [a["path"] for a in A])
    s.robots(["/sitemap.xml"], ("/search",))


# ====================================================================== 4 Tamil
def dinachudar():
    """Dinamani-like Tamil daily on a Quintype-style front end: 'Published on:
    10 ஜூன் 2025, 9:12 am', the desk as an author named 'DIN', PTI copy."""
    s = Site(4)
    SN = "தினச்சுடர்"

    def td(w):
        h, m, am = w.h12()
        return "%02d %s %d, %d:%02d %s" % (w.l.day, w.mon("ta"), w.l.year, h, m, "am" if am else "pm")

    NAV = [("/", "முகப்பு"), ("/tamilnadu", "தமிழ்நாடு"), ("/chennai", "சென்னை"), ("/india", "இந்தியா"), ("/business", "வணிகம்"), ("/sports", "விளையாட்டு"), ("/astrology/indraya-rasi-palan-june-15-2025", "ஜோதிடம்"),
           ("/photo-gallery/tamilnadu/2025/Jun/12/mettur-dam-opening-photos", "புகைப்படங்கள்"), ("/videos/tamilnadu/2025/Jun/11/mettur-dam-water-level-video", "வீடியோ"), ("/web-stories/monsoon-health-tips", "வெப் ஸ்டோரீஸ்"), ("/epaper", "இ-பேப்பர்")]

    def qt(title, main, head="", page="home", cls=""):
        state = {"qt": {"pageType": page, "config": {"publisher-name": "dinachudar", "cdn-image": "images.dinachudar.example"}}}
        return ('<!DOCTYPE html>\n<html lang="ta"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width,initial-scale=1">%s'
                '<link rel="stylesheet" href="/qlitics/app.min.css"><script type="application/json" id="static-page">%s</script></head><body class="%s">'
                '<div id="container"><header class="header-wrapper"><div class="top-header"><a href="/" class="brand-logo"><img src="/images/dinachudar-logo.png" alt="Dinachudar"></a>'
                '<div class="header-right"><a href="/epaper">இ-பேப்பர்</a><a href="/subscribe">சந்தா</a></div></div><nav class="menu-wrapper"><ul class="menu">%s</ul></nav></header>'
                '<main class="main-content">%s</main>'
                '<footer class="footer-wrapper"><div class="footer-links"><a href="/about-us">எங்களைப் பற்றி</a><a href="/contact-us">தொடர்புக்கு</a><a href="/privacy-policy">தனியுரிமைக் கொள்கை</a><a href="/terms">விதிமுறைகள்</a></div>'
                '<p class="copyright">Copyright © 2025 Dinachudar. All rights reserved. Powered by Quintype</p></footer></div>'
                '<div class="gdpr-consent" id="consent">இந்த இணையதளம் குக்கீகளைப் பயன்படுத்துகிறது. <button>ஏற்கிறேன்</button></div></body></html>') % (
            E(title), head, J(state), cls, links(NAV, "menu-item"), main)

    def card(a, meta=True):
        return '<div class="story-card"><a href="%s" class="card-image"><img src="/images/%d.jpg" alt=""></a><a href="%s"><h2 class="headline">%s</h2></a>%s</div>' % (
            a["path"], uid(a["path"]), a["path"], E(a["title"]), ('<div class="author-time"><span>%s</span> <time>%s</time></div>' % (E(a["by"][0][0]), td(a["w"]))) if meta else "")

    A = [
        dict(path="/tamilnadu/2025/Jun/10/mettur-dam-water-release-on-june-12", sec=("/tamilnadu", "தமிழ்நாடு"), w=When("2025-06-10T09:12", IST), upd=148,
             title="மேட்டூர் அணையிலிருந்து ஜூன் 12-இல் தண்ணீர் திறப்பு: முதல்வர் அறிவிப்பு",
             sub="டெல்டா பாசனத்துக்காக குறிப்பிட்ட தேதியில் தண்ணீர் திறக்கப்படுவது தொடர்ந்து நான்காவது ஆண்டாகும்.",
             by=[("ந. ரமேஷ்குமார்", "/author/n-rameshkumar")], authors=["ந. ரமேஷ்குமார்"],
             paras=["டெல்டா மாவட்டங்களின் குறுவை சாகுபடிக்காக மேட்டூர் அணையிலிருந்து ஜூன் 12-ஆம் தேதி தண்ணீர் திறக்கப்படும் என்று முதல்வர் அறிவித்துள்ளார்.",
                    "அணையின் நீர்மட்டம் செவ்வாய்க்கிழமை காலை 113.4 அடியாக இருந்தது. அணைக்கு வினாடிக்கு 8,200 கனஅடி நீர்வரத்து உள்ளது. நீர் இருப்பு 83 டிஎம்சியாக உள்ளது.",
                    "தண்ணீர் திறப்பதற்கு முன்னதாக தஞ்சாவூர், திருவாரூர், நாகப்பட்டினம் மாவட்டங்களில் பாசன வாய்க்கால்களைத் தூர்வாரும் பணிகளை விரைந்து முடிக்க அதிகாரிகளுக்கு உத்தரவிடப்பட்டுள்ளது.",
                    "குறுவை சாகுபடிக்காக சிறப்புத் தொகுப்புத் திட்டத்தின் கீழ் விவசாயிகளுக்கு விதைகள், உரங்கள் மானிய விலையில் வழங்கப்படும் என்றும் அரசு தெரிவித்துள்ளது.",
                    "தண்ணீர் திறப்பு அறிவிப்பை டெல்டா விவசாயிகள் சங்கங்கள் வரவேற்றுள்ளன. கடைமடைப் பகுதிகளுக்கும் தண்ணீர் சென்றடைவதை அரசு உறுதி செய்ய வேண்டும் என்று அவர்கள் கோரிக்கை விடுத்துள்ளனர்."]),
        dict(path="/chennai/2025/Jun/14/suburban-train-services-changed-on-sunday", sec=("/chennai", "சென்னை"), w=When("2025-06-14T15:30", IST), upd=0,
             title="சென்னை புறநகர் ரயில் சேவையில் ஞாயிற்றுக்கிழமை மாற்றம்",
             sub="கடற்கரை - தாம்பரம் இடையே 24 ரயில்கள் ரத்து.", by=[("DIN", "/author/din")], authors=[],
             paras=["பராமரிப்புப் பணிகள் காரணமாக சென்னை கடற்கரை - தாம்பரம் மார்க்கத்தில் ஞாயிற்றுக்கிழமை புறநகர் ரயில் சேவையில் மாற்றம் செய்யப்பட்டுள்ளதாக தெற்கு ரயில்வே அறிவித்துள்ளது.",
                    "காலை 10 மணி முதல் பிற்பகல் 3 மணி வரை கடற்கரை - தாம்பரம் இடையே 24 ரயில்கள் ரத்து செய்யப்படுகின்றன. பயணிகள் வசதிக்காக பல்லாவரம் - தாம்பரம் இடையே சிறப்பு ரயில்கள் இயக்கப்படும்.",
                    "மாநகரப் போக்குவரத்துக் கழகம் சார்பில் கூடுதல் பேருந்துகள் இயக்கப்படும் என்று அதிகாரிகள் தெரிவித்தனர். பயணிகள் தங்களது பயணத்தை அதற்கேற்ப திட்டமிட்டுக் கொள்ளுமாறு கேட்டுக்கொள்ளப்பட்டுள்ளனர்.",
                    "இதேபோல், வரும் 22-ஆம் தேதியும் பராமரிப்புப் பணிகள் நடைபெறவுள்ளதால், அன்றும் ரயில் சேவையில் மாற்றம் இருக்கும் என்று ரயில்வே தெரிவித்துள்ளது."]),
        dict(path="/business/2025/Jun/30/bank-gross-npa-falls-to-multi-year-low-rbi-report", sec=("/business", "வணிகம்"), w=When("2025-06-30T19:05", IST), upd=32,
             title="வங்கிகளின் வாராக் கடன் 2.3 சதவீதமாகக் குறைந்தது: ரிசர்வ் வங்கி அறிக்கை",
             sub="நிதி நிலைத்தன்மை அறிக்கையில் தகவல்.", by=[("பிடிஐ", "/author/pti")], authors=[],
             paras=["வணிக வங்கிகளின் மொத்த வாராக் கடன் விகிதம் மார்ச் மாத இறுதியில் 2.3 சதவீதமாகக் குறைந்துள்ளது என்று இந்திய ரிசர்வ் வங்கி தனது நிதி நிலைத்தன்மை அறிக்கையில் தெரிவித்துள்ளது.",
                    "இது கடந்த பல ஆண்டுகளில் இல்லாத குறைந்த அளவாகும். வங்கிகளின் மூலதன இருப்பு விகிதமும் போதுமான அளவில் உள்ளது என்று அறிக்கை குறிப்பிடுகிறது.",
                    "உலகப் பொருளாதாரத்தில் நிலவும் நிச்சயமற்ற சூழல், வர்த்தகக் கொள்கைகள் ஆகியவை இந்திய நிதி அமைப்புக்கு சவாலாக இருக்கக்கூடும் என்றும் ரிசர்வ் வங்கி எச்சரித்துள்ளது.",
                    "இருப்பினும், இந்தியப் பொருளாதாரம் வலுவான வளர்ச்சிப் பாதையில் தொடர்கிறது என்றும், உள்நாட்டுத் தேவை வளர்ச்சிக்கு ஆதரவாக இருக்கும் என்றும் அறிக்கை தெரிவிக்கிறது."]),
    ]
    WA = "உடனுக்குடன் செய்திகளுக்கு தினச்சுடர் வாட்ஸ்ஆப் சேனலில் இணையுங்கள்"
    for i, a in enumerate(A):
        o = A[(i + 1) % len(A)]
        up = a["w"].plus(a["upd"])
        els = []
        for k, p in enumerate(a["paras"]):
            els.append('<div class="story-element story-element-text"><p>%s</p></div>' % E(p))
            if k == 1:
                els.append('<div class="story-element story-element-also-read"><div class="also-read"><span class="also-read-title">இதையும் படிக்க:</span><a href="%s">%s</a></div></div>' % (o["path"], E(o["title"])))
                els.append('<div class="ad-slot"><span>Advertisement</span></div>')
        authors_html = "".join('<div class="author-name" data-test-id="author-name"><a href="%s">%s</a></div>' % (u, E(n)) for n, u in a["by"])
        ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"], "description": a["sub"], "datePublished": a["w"].z(), "dateModified": up.z(),
              "author": [{"@type": "Person", "name": n, "url": s.url(u)} for n, u in a["by"]], "publisher": {"@type": "Organization", "name": "Dinachudar", "logo": {"@type": "ImageObject", "url": s.url("/images/dinachudar-logo.png")}},
              "mainEntityOfPage": {"@type": "WebPage", "@id": s.url(a["path"])}, "keywords": a["sec"][1], "articleSection": a["sec"][1]}
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta name="author" content="%s">%s') % (
            E(a["sub"]), s.url(a["path"]), E(a["title"]), s.url(a["path"]), a["w"].z(), up.z(), E(a["by"][0][0]), jl(ld))
        upd = '<div class="updated-on">Updated on:<time>%s</time></div>' % td(up) if a["upd"] else ""
        main = ('<div class="story-page"><div class="arr--story-head"><a class="arr--section-name" href="%s">%s</a><h1 class="headline" data-test-id="headline">%s</h1><h2 class="subheadline">%s</h2>'
                '<div class="author-details"><div class="author-image"><img src="/images/author.png" alt=""></div><div class="author-with-time">%s<div class="publish-time" data-test-id="publish-time">Published on:<time>%s</time></div>%s</div></div>'
                '<div class="social-share"><button>Facebook</button><button>X</button><button>WhatsApp</button><button>Copy link</button></div></div>'
                '<div class="hero-image"><figure><img src="/images/%d.jpg" alt=""><figcaption>கோப்புப் படம்</figcaption></figure></div>'
                '<div class="story-content">%s</div><div class="whatsapp-cta"><a href="https://whatsapp.com/channel/dinachudar">%s</a></div>'
                '<div class="story-tags"><a href="/topic/mettur-dam">மேட்டூர் அணை</a><a href="%s">%s</a></div></div>'
                '<section class="related-stories"><h3>தொடர்புடைய செய்திகள்</h3>%s</section>') % (
            a["sec"][0], E(a["sec"][1]), E(a["title"]), E(a["sub"]), authors_html, td(a["w"]), upd, uid(a["path"]), "".join(els), WA, a["sec"][0], E(a["sec"][1]),
            "".join(card(x) for x in A if x is not a))
        s.story(a["path"], qt("%s | Dinachudar" % a["title"], main, head, "story-page", "story"), a, must=[a["paras"][0], a["paras"][-1]], must_not=[o["title"], WA, "கோப்புப் படம்"])

    def listing(h1, items, extra=""):
        return '<div class="section-page"><h1 class="section-title">%s</h1>%s<div class="stories-grid">%s</div><button class="load-more">மேலும் படிக்க</button></div>' % (E(h1), extra, "".join(card(x) for x in items))

    s.non("/tamilnadu", qt("தமிழ்நாடு | Dinachudar", listing("தமிழ்நாடு", [A[0]]), '<meta property="og:type" content="website">', "section-page"))
    s.non("/chennai", qt("சென்னை | Dinachudar", listing("சென்னை", [A[1]], '<p>சென்னை மாநகரச் செய்திகள்</p>'), "", "section-page"))
    s.non("/topic/mettur-dam", qt("மேட்டூர் அணை | Dinachudar", listing("மேட்டூர் அணை", [A[0]]), "", "tag-page"))
    s.non("/author/n-rameshkumar", qt("ந. ரமேஷ்குமார் | Dinachudar", '<div class="author-page"><img src="/images/author.png" alt=""><h1>ந. ரமேஷ்குமார்</h1><p>சேலம் செய்தியாளர்</p></div>' + listing("கட்டுரைகள்", [A[0]]),
                                      '<meta property="og:type" content="profile">', "author-page"))
    gp = "/photo-gallery/tamilnadu/2025/Jun/12/mettur-dam-opening-photos"
    gw = When("2025-06-12T11:20", IST)
    caps = ["மேட்டூர் அணையிலிருந்து தண்ணீர் திறக்கப்பட்ட காட்சி.", "மலர் தூவி தண்ணீரை வரவேற்ற விவசாயிகள்.", "அணையின் 16 கண் மதகுகள் வழியே பாயும் நீர்.", "காவிரிக் கரையில் திரண்ட பொதுமக்கள்.", "அணைப் பூங்காவில் சுற்றுலாப் பயணிகள்."]
    s.non(gp, qt("மேட்டூர் அணை திறப்பு: புகைப்படங்கள் | Dinachudar", gallery_inner("qt", "மேட்டூர் அணை திறப்பு: புகைப்படங்கள்", "Published on: %s" % td(gw), caps, "படம்: தினச்சுடர்",
                                                                            '<div class="author-name" data-test-id="author-name">ந. ரமேஷ்குமார்</div>'),
                   '<meta property="og:type" content="article">' + jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": "மேட்டூர் அணை திறப்பு: புகைப்படங்கள்", "datePublished": gw.z(), "author": [{"@type": "Person", "name": "ந. ரமேஷ்குமார்"}]}), "photo-story"))
    vp = "/videos/tamilnadu/2025/Jun/11/mettur-dam-water-level-video"
    vw = When("2025-06-11T18:40", IST)
    vt, vd = "மேட்டூர் அணையின் நீர்மட்டம் 114 அடியை நெருங்கியது - வீடியோ", "மேட்டூர் அணையின் நீர்மட்டம் உயர்ந்து வரும் நிலையில் அணையின் தற்போதைய காட்சி."
    s.non(vp, qt(vt + " | Dinachudar", video_inner("qt", vt, "Published on: %s" % td(vw), vd, "மேலும் வீடியோக்கள்", [("/videos", "சென்னையில் கனமழை"), ("/videos", "குற்றாலத்தில் சீசன் தொடக்கம்")]),
                 '<meta property="og:type" content="video.other">' + video_ld(s, vp, vt, vd, vw), "video-story"))
    webstory(s, "/web-stories/monsoon-health-tips", "ta", "மழைக்காலத்தில் உடல் நலம் காக்க 5 வழிகள்", "Dinachudar", "தினச்சுடர் டெஸ்க்", When("2025-06-13T08:00", IST),
             [("காய்ச்சிய நீர்", "மழைக்காலத்தில் காய்ச்சி ஆறவைத்த நீரையே அருந்துங்கள்."), ("சூடான உணவு", "வெளி உணவுகளைத் தவிர்த்து வீட்டில் சமைத்த சூடான உணவை உண்ணுங்கள்."), ("கொசு ஒழிப்பு", "வீட்டைச் சுற்றி நீர் தேங்காமல் பாருங்கள்.")],
             "மேலும் வெப் ஸ்டோரீஸ்", "/web-stories")
    rw = When("2025-06-15T05:30", IST)
    signs = "மேஷம் ரிஷபம் மிதுனம் கடகம் சிம்மம் கன்னி துலாம் விருச்சிகம் தனுசு மகரம் கும்பம் மீனம்".split()
    ht = ["இன்று எதிர்பார்த்த பணவரவு கிடைக்கும்.", "குடும்பத்தில் மகிழ்ச்சி நிலவும்.", "அலுவலகத்தில் பணிச்சுமை அதிகரிக்கும்.", "உடல்நலத்தில் கவனம் தேவை.", "நண்பர்களின் ஆதரவு கிடைக்கும்.", "பயணங்களால் நன்மை உண்டாகும்."]
    rt = "இன்றைய ராசி பலன் - 15.06.2025"
    s.non("/astrology/indraya-rasi-palan-june-15-2025", qt(rt + " | Dinachudar", '<div class="story-page"><h1 class="headline">%s</h1><div class="author-details"><div class="author-name" data-test-id="author-name">ஜோதிடர் வெ. சுப்பிரமணியன்</div>'
                                                            '<div class="publish-time">Published on:<time>%s</time></div></div><div class="story-content">%s</div></div>' % (E(rt), td(rw), horoscope("rasi", signs, ht, "அதிர்ஷ்ட எண்: %d")),
                                                            '<meta property="og:type" content="article">' + jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": rt, "datePublished": rw.z(), "author": [{"@type": "Person", "name": "ஜோதிடர் வெ. சுப்பிரமணியன்"}]}), "story-page"))
    s.non("/results/tn-plus-two-result-2025", qt("TN 12th Result 2025: பிளஸ் 2 தேர்வு முடிவுகள் | Dinachudar", results_inner(
        "qt", "பிளஸ் 2 பொதுத் தேர்வு முடிவுகள் 2025", "தேர்வு எண் மற்றும் பிறந்த தேதியைப் பதிவு செய்து முடிவுகளைப் பார்க்கலாம்.", ["தேர்வு எண்", "பிறந்த தேதி"], "முடிவைப் பார்க்க"), "", "results-page"))
    lab = dict(live="நேரலை", title="TNPL 2025: திருப்பூர் தமிழன்ஸ் - திண்டுக்கல் டிராகன்ஸ் நேரலை ஸ்கோர்", venue="என்பிஆர் கல்லூரி மைதானம், திண்டுக்கல்", batter="பேட்டர்", commentary="வர்ணனை", scorecard="ஸ்கோர்கார்டு")
    inns = [("திருப்பூர் தமிழன்ஸ்", "176/6", "20", [("துஷார் ரஹேஜா", 62, 41, 6, 3, "c அஸ்வின் b வருண்"), ("முகமது அலி", 38, 27, 3, 1, "அவுட் இல்லை")]),
            ("திண்டுக்கல் டிராகன்ஸ்", "142/4", "16.2", [("ஷிவம் சிங்", 55, 38, 5, 2, "பேட்டிங்"), ("ஆர். அஸ்வின்", 41, 30, 4, 1, "b நடராஜன்")])]
    comm = [("16.2", "ஒரு ரன்."), ("16.1", "நான்கு ரன்கள்! கவர் திசையில் பவுண்டரி.")]
    s.non("/sports/cricket/live-score/tnpl-2025-tiruppur-vs-dindigul", qt("TNPL 2025 நேரலை ஸ்கோர் | Dinachudar", scoreboard("qt", lab, None, inns, comm), '<meta http-equiv="refresh" content="30">', "live-score"))
    today = When(NOW, IST)
    s.non("/epaper", qt("Dinachudar ePaper | இ-பேப்பர்", epaper_inner("qt", "தினச்சுடர் இ-பேப்பர்", "%d %s %d" % (today.l.day, today.mon("ta"), today.l.year),
                                                                  [("/epaper/chennai", "சென்னை"), ("/epaper/madurai", "மதுரை"), ("/epaper/coimbatore", "கோவை"), ("/epaper/tiruchy", "திருச்சி")], "இ-பேப்பர் வாசிக்க உள்நுழையவும்."), "", "epaper"))
    home = ('<div class="home-page"><section class="top-stories">%s</section><section class="collection"><h2>புகைப்படங்கள் / வீடியோ</h2><a href="%s">மேட்டூர் அணை திறப்பு: புகைப்படங்கள்</a> <a href="%s">%s</a> <a href="/web-stories/monsoon-health-tips">மழைக்காலத்தில் உடல் நலம் காக்க 5 வழிகள்</a></section>'
            '<section class="collection"><a href="/astrology/indraya-rasi-palan-june-15-2025">இன்றைய ராசி பலன்</a> <a href="/results/tn-plus-two-result-2025">பிளஸ் 2 முடிவுகள்</a> <a href="/sports/cricket/live-score/tnpl-2025-tiruppur-vs-dindigul">TNPL நேரலை</a> '
            '<a href="/topic/mettur-dam">மேட்டூர் அணை</a> <a href="/author/n-rameshkumar">ந. ரமேஷ்குமார்</a></section></div>') % ("".join(card(x) for x in A), gp, vp, E(vt))
    s.non("/", qt("Dinachudar | Tamil News | Latest Tamil News | தமிழ் செய்திகள்", home, '<meta property="og:type" content="website">', "home"))
    s.news_sitemap("/news_sitemap.xml", [(a["path"], a["title"], a["w"]) for a in A], "Dinachudar", "ta")
    s.urlset("/sitemap.xml", ["/", "/tamilnadu", "/chennai", "/topic/mettur-dam", "/epaper", gp, vp])
    s.feed("/stories.rss", "Dinachudar", [(a["path"], a["title"], a["w"], a["by"][0][0], a["sub"]) for a in A], "ta")
    s.robots(["/sitemap.xml", "/news_sitemap.xml"], ("/search", "/subscribe"))


# ====================================================================== 5 Telugu
def prajavahini():
    """Sakshi-like Telugu daily on Drupal: 'Published Tue, Jul 22 2025 6:25 PM |
    Last Updated on ...', no bylines (the dateline names the paper), an
    editorial-page column signed at its foot, published just after midnight."""
    s = Site(5)
    SN = "ప్రజావాహిని"

    def sd(w):
        h, m, am = w.h12()
        return "%s, %s %d %d %d:%02d %s" % (w.fmt("%a"), w.fmt("%b"), w.l.day, w.l.year, h, m, "AM" if am else "PM")

    NAV = [("/", "హోమ్"), ("/telugu-news/telangana", "తెలంగాణ"), ("/telugu-news/andhra-pradesh", "ఆంధ్రప్రదేశ్"), ("/telugu-news/national", "జాతీయం"), ("/telugu-news/editorial", "ఎడిటోరియల్"),
           ("/telugu-news/sports", "క్రీడలు"), ("/rasi-phalalu/daily-horoscope-23-07-2025", "రాశి ఫలాలు"), ("/photos/hyderabad-rains-photos-2346100", "ఫొటోలు"), ("/video/hyderabad-flooded-roads-2346120", "వీడియోలు"), ("/epaper", "ఈ-పేపర్")]

    def shell(title, main, head="", cls="path-frontpage"):
        return ('<!DOCTYPE html>\n<html lang="te" dir="ltr" prefix="og: https://ogp.me/ns#"><head><meta charset="utf-8"><title>%s</title><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'
                '<meta name="MobileOptimized" content="width"><meta name="viewport" content="width=device-width, initial-scale=1.0">%s<link rel="stylesheet" media="all" href="/sites/default/files/css/css_aXk2.css"></head>'
                '<body class="%s"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a><div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>'
                '<header role="banner" class="site-header"><div class="region region-header"><div id="block-sitebranding"><a href="/" rel="home"><img src="/themes/custom/pv/logo.svg" alt="%s"></a></div>'
                '<nav role="navigation" id="block-mainnavigation"><ul class="menu">%s</ul></nav></div></header>'
                '<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">%s</div></main>'
                '<footer role="contentinfo" class="site-footer"><div class="region region-footer"><ul class="menu"><li><a href="/about-us">మా గురించి</a></li><li><a href="/contact-us">సంప్రదించండి</a></li><li><a href="/privacy-policy">ప్రైవసీ పాలసీ</a></li></ul>'
                '<p>© Copyright Prajavahini 2025. All rights reserved.</p></div></footer></div></body></html>') % (E(title), head, cls, SN, links(NAV, "menu-item"), main)

    def card(a):
        return '<div class="views-row"><div class="news-card"><a href="%s"><img src="/sites/default/files/styles/thumb/public/%d.jpg" alt=""></a><h3 class="field-content"><a href="%s">%s</a></h3></div></div>' % (
            a["path"], uid(a["path"]), a["path"], E(a["title"]))

    A = [
        dict(path="/telugu-news/telangana/heavy-rain-lashes-hyderabad-colonies-inundated-2346088", sec=("/telugu-news/telangana", "తెలంగాణ"), w=When("2025-07-22T18:25", IST), upd=37,
             title="భాగ్యనగరంలో కుండపోత వర్షం, పలు కాలనీలు జలమయం", seo="Hyderabad Rains: భాగ్యనగరంలో కుండపోత వర్షం", authors=[],
             paras=["ప్రజావాహిని, హైదరాబాద్: నగరంలో మంగళవారం సాయంత్రం కుండపోత వర్షం కురిసింది. రెండు గంటల పాటు ఏకధాటిగా కురిసిన వానకు పలు కాలనీలు జలమయమయ్యాయి.",
                    "అత్యధికంగా శేరిలింగంపల్లిలో 9.2 సెంటీమీటర్లు, కూకట్‌పల్లిలో 8.1 సెంటీమీటర్ల వర్షపాతం నమోదైంది.",
                    "ప్రధాన రహదారులపై మోకాళ్ల లోతు నీరు నిలవడంతో వాహనదారులు తీవ్ర ఇబ్బందులు పడ్డారు. హైటెక్ సిటీ, మాదాపూర్ ప్రాంతాల్లో గంటల తరబడి ట్రాఫిక్ నిలిచిపోయింది.",
                    "జీహెచ్ఎంసీ సహాయక బృందాలు రంగంలోకి దిగి నీటిని తోడే పనులు చేపట్టాయి. లోతట్టు ప్రాంతాల ప్రజలు అప్రమత్తంగా ఉండాలని అధికారులు సూచించారు.",
                    "రానున్న రెండు రోజుల్లో నగరంలో భారీ నుంచి అతి భారీ వర్షాలు కురిసే అవకాశం ఉందని వాతావరణ కేంద్రం హెచ్చరించింది."]),
        dict(path="/telugu-news/andhra-pradesh/flood-flow-rises-at-prakasam-barrage-70-gates-lifted-2346510", sec=("/telugu-news/andhra-pradesh", "ఆంధ్రప్రదేశ్"), w=When("2025-07-28T09:40", IST), upd=95,
             title="ప్రకాశం బ్యారేజీకి పెరుగుతున్న వరద, 70 గేట్లు ఎత్తివేత", seo="Prakasam Barrage: ప్రకాశం బ్యారేజీకి పెరుగుతున్న వరద", authors=[],
             paras=["ప్రజావాహిని ప్రతినిధి, విజయవాడ: ఎగువ ప్రాంతాల్లో కురుస్తున్న వర్షాలతో కృష్ణా నదికి వరద ప్రవాహం పెరుగుతోంది. ప్రకాశం బ్యారేజీ వద్ద అధికారులు 70 గేట్లను ఎత్తి నీటిని దిగువకు విడుదల చేస్తున్నారు.",
                    "సోమవారం ఉదయం బ్యారేజీకి 2.1 లక్షల క్యూసెక్కుల ఇన్‌ఫ్లో నమోదైంది. అంతే మొత్తంలో నీటిని సముద్రంలోకి వదులుతున్నారు.",
                    "నదీ పరీవాహక ప్రాంతాల ప్రజలను అప్రమత్తం చేశారు. కృష్ణా, గుంటూరు జిల్లాల్లోని లంక గ్రామాల ప్రజలను సురక్షిత ప్రాంతాలకు తరలించేందుకు ఏర్పాట్లు చేశారు.",
                    "వరద ప్రవాహం మరింత పెరిగే అవకాశం ఉన్నందున నదిలో స్నానాలకు, చేపల వేటకు వెళ్లవద్దని జిల్లా కలెక్టర్ సూచించారు."]),
        dict(path="/telugu-news/editorial/why-the-delay-in-rythu-bharosa-payments-2345790", sec=("/telugu-news/editorial", "ఎడిటోరియల్"), w=When("2025-07-17T00:32", IST), upd=0,
             title="రైతు భరోసా అమలులో జాప్యం ఎందుకు?", seo="Rythu Bharosa: రైతు భరోసా అమలులో జాప్యం ఎందుకు?", authors=["కె. శ్రీనివాస రావు"],
             sign="– కె. శ్రీనివాస రావు, సీనియర్ పాత్రికేయులు",
             paras=["ఖరీఫ్ సీజన్ మొదలై నెల రోజులు గడిచినా రైతు భరోసా సొమ్ము ఇంకా చాలా మంది రైతుల ఖాతాల్లో జమ కాలేదు. విత్తనాలు, ఎరువుల కోసం రైతులు మళ్లీ వడ్డీ వ్యాపారులను ఆశ్రయించాల్సి వస్తోంది.",
                    "ప్రభుత్వం ప్రకటించిన లెక్కల ప్రకారం ఇప్పటివరకు సగం మంది లబ్ధిదారులకు మాత్రమే సాయం అందింది. భూ రికార్డుల్లో తప్పులు, ఆధార్ అనుసంధానం లేకపోవడం వంటి కారణాలను అధికారులు చూపుతున్నారు.",
                    "కౌలు రైతుల పరిస్థితి మరింత దయనీయంగా ఉంది. సాగు చేస్తున్నది వారే అయినా, పట్టా లేకపోవడంతో పథకానికి దూరమవుతున్నారు.",
                    "సాంకేతిక సమస్యలను వెంటనే పరిష్కరించి, సీజన్ పూర్తికాకముందే అర్హులందరికీ సాయం అందేలా చూడాల్సిన బాధ్యత ప్రభుత్వంపై ఉంది. లేదంటే పథకం లక్ష్యమే దెబ్బతింటుంది."]),
    ]
    for i, a in enumerate(A):
        o = A[(i + 1) % len(A)]
        up = a["w"].plus(a["upd"])
        body = "".join("<p>%s</p>" % E(p) for p in a["paras"][:2]) + '<div class="also-read"><strong>చదవండి:</strong> <a href="%s">%s</a></div>' % (o["path"], E(o["title"])) + \
            "".join("<p>%s</p>" % E(p) for p in a["paras"][2:]) + ('<p class="author-sign"><strong>%s</strong></p>' % E(a["sign"]) if a.get("sign") else "")
        ld = {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": a["seo"], "name": a["title"], "datePublished": a["w"].iso(), "dateModified": up.iso(),
                                                              "author": {"@type": "Organization", "name": "Prajavahini", "url": s.url("/")}, "publisher": {"@type": "Organization", "name": "Prajavahini"},
                                                              "mainEntityOfPage": s.url(a["path"])}]}
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta name="author" content="Prajavahini"><meta property="og:site_name" content="Prajavahini">'
                '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s"><meta property="article:published_time" content="%s">'
                '<meta property="article:modified_time" content="%s">%s') % (s.url(a["path"]), E(a["paras"][0][:150]), E(a["seo"]), s.url(a["path"]), a["w"].iso(), up.iso(), jl(ld))
        main = ('<div class="region region-content"><nav class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="%s">%s</a></li></ol></nav>'
                '<article role="article" class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">%s</span></h1>'
                '<div class="node__meta"><div class="published-date">Published %s | Last Updated on %s</div></div>'
                '<div class="share-buttons"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">WhatsApp</a></div>'
                '<div class="field field--name-field-image"><img src="/sites/default/files/article_images/2025/07/%d.jpg" alt=""></div>'
                '<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div></div>'
                '<div class="field field--name-field-tags"><div class="field__label">Tags : </div><div class="field__items"><a href="/tags/heavy-rains">Heavy Rains</a> <a href="%s">%s</a></div></div></article>'
                '<div class="block-comments"><h2>Comments</h2><p>Please login to add a commentAdd a comment</p></div>'
                '<div class="views-element-container related"><h2>మరిన్ని వార్తలు</h2>%s</div></div>') % (
            a["sec"][0], E(a["sec"][1]), E(a["title"]), sd(a["w"]), sd(up), uid(a["path"]), body, a["sec"][0], E(a["sec"][1]), "".join(card(x) for x in A if x is not a))
        s.story(a["path"], shell("%s - Prajavahini" % a["seo"], main, head, "path-node page-node-type-article"), a, must=[a["paras"][0], a["paras"][-1]], must_not=[o["title"], "Please login to add a comment"])

    def listing(h1, items, extra=""):
        return '<div class="views-element-container"><h1 class="page-title">%s</h1>%s<div class="view-content">%s</div><nav class="pager"><ul><li class="pager__item--next"><a href="?page=1">Next ›</a></li></ul></nav></div>' % (
            E(h1), extra, "".join(card(x) for x in items))

    s.non("/telugu-news/telangana", shell("Telangana News in Telugu | తెలంగాణ వార్తలు - Prajavahini", listing("తెలంగాణ", [A[0]]), '<meta property="og:type" content="website">', "path-taxonomy"))
    s.non("/telugu-news/andhra-pradesh/krishna", shell("Krishna District News | కృష్ణా జిల్లా వార్తలు - Prajavahini", listing("కృష్ణా", [A[1]], '<div class="district-menu"><a href="/telugu-news/andhra-pradesh/guntur">గుంటూరు</a> <a href="/telugu-news/andhra-pradesh/krishna">కృష్ణా</a></div>'), "", "path-taxonomy"))
    s.non("/telugu-news/editorial", shell("Editorial | ఎడిటోరియల్ - Prajavahini", listing("ఎడిటోరియల్", [A[2]], '<p>సంపాదకీయాలు, వ్యాసాలు, విశ్లేషణలు</p>'), "", "path-taxonomy"))
    s.non("/tags/heavy-rains", shell("Heavy Rains - Prajavahini", listing("Heavy Rains", [A[0], A[1]]), "", "path-taxonomy"))
    gp = "/photos/hyderabad-rains-photos-2346100"
    gw = When("2025-07-22T20:10", IST)
    caps = ["మాదాపూర్‌లో నీట మునిగిన రహదారి.", "వర్షంలో తడుస్తూ ఇంటికి వెళ్తున్న ఉద్యోగులు.", "కూకట్‌పల్లిలో నిలిచిపోయిన వాహనాలు.", "నీటిని తోడుతున్న జీహెచ్ఎంసీ సిబ్బంది.", "హుస్సేన్ సాగర్ వద్ద మబ్బులు కమ్మిన ఆకాశం."]
    s.non(gp, shell("Hyderabad Rains Photos: భాగ్యనగరంలో వాన బీభత్సం - Prajavahini", '<article class="node node--type-gallery">' + gallery_inner("pv", "భాగ్యనగరంలో వాన బీభత్సం (ఫొటోలు)", "Published %s" % sd(gw), caps, "ఫొటో: ప్రజావాహిని") + "</article>",
                    '<meta property="og:type" content="article">', "page-node-type-gallery"))
    vp = "/video/hyderabad-flooded-roads-2346120"
    vw = When("2025-07-22T21:00", IST)
    vt, vd = "నీట మునిగిన హైదరాబాద్ రోడ్లు - వీడియో", "భారీ వర్షానికి నగరంలోని పలు రహదారులు చెరువులను తలపించాయి."
    s.non(vp, shell(vt + " - Prajavahini", video_inner("pv", vt, "Published %s" % sd(vw), vd, "మరిన్ని వీడియోలు", [("/video", "ప్రకాశం బ్యారేజీ వద్ద వరద")]), video_ld(s, vp, vt, vd, vw), "page-node-type-video"))
    webstory(s, "/web-stories/monsoon-foods-for-immunity", "te", "వర్షాకాలంలో రోగనిరోధక శక్తి పెంచే ఆహారాలు", "Prajavahini", "ప్రజావాహిని వెబ్ డెస్క్", When("2025-07-21T10:00", IST),
             [("అల్లం", "అల్లం టీ జలుబు, దగ్గు నుంచి ఉపశమనం ఇస్తుంది."), ("పసుపు", "పసుపు పాలు శరీరానికి రక్షణ ఇస్తాయి."), ("సిట్రస్ పండ్లు", "నిమ్మ, బత్తాయిలో విటమిన్ సి ఎక్కువ.")], "మరిన్ని వెబ్ స్టోరీలు", "/web-stories")
    rw = When("2025-07-23T05:00", IST)
    signs = "మేషం వృషభం మిథునం కర్కాటకం సింహం కన్య తుల వృశ్చికం ధనుస్సు మకరం కుంభం మీనం".split()
    ht = ["ఈరోజు పనులు సకాలంలో పూర్తవుతాయి.", "ఆర్థికంగా కొంత ఒత్తిడి ఉంటుంది.", "కుటుంబ సభ్యులతో ఆనందంగా గడుపుతారు.", "ఆరోగ్యం పట్ల జాగ్రత్త అవసరం.", "ఉద్యోగంలో ప్రోత్సాహం లభిస్తుంది.", "ప్రయాణాలు కలిసి వస్తాయి."]
    s.non("/rasi-phalalu/daily-horoscope-23-07-2025", shell("Daily Horoscope: ఈ రోజు రాశి ఫలాలు (23-07-2025) - Prajavahini", '<article class="node node--type-article"><h1 class="page-title">ఈ రోజు రాశి ఫలాలు (23-07-2025)</h1><div class="node__meta"><div class="published-date">Published %s</div></div>'
                                                                  '<div class="field--name-body"><p>శ్రీ విశ్వావసు నామ సంవత్సరం, దక్షిణాయనం, వర్ష ఋతువు.</p>%s</div></article>' % (sd(rw), horoscope("rasi", signs, ht, "అదృష్ట సంఖ్య: %d")),
                                                                  '<meta property="og:type" content="article">', "page-node-type-article"))
    s.non("/results/ap-eapcet-results-2025", shell("AP EAPCET Results 2025: ఏపీ ఈఏపీసెట్ ఫలితాలు - Prajavahini", results_inner("pv", "ఏపీ ఈఏపీసెట్ ఫలితాలు 2025", "హాల్ టికెట్ నంబర్‌తో ఫలితాలు చూసుకోండి.", ["హాల్ టికెట్ నంబర్", "పుట్టిన తేదీ"], "ఫలితం చూడండి")))
    lab = dict(live="లైవ్", title="India vs England 3rd Test Live: లార్డ్స్ టెస్టు ఐదో రోజు", venue="లార్డ్స్, లండన్", batter="బ్యాటర్", commentary="కామెంటరీ", scorecard="స్కోర్‌కార్డ్")
    inns = [("ఇంగ్లండ్", "192", "62.1", [("జో రూట్", 40, 96, 1, 0, "b సుందర్"), ("బెన్ స్టోక్స్", 33, 96, 3, 0, "b సుందర్")]),
            ("భారత్", "170", "74.5", [("రవీంద్ర జడేజా", 61, 181, 4, 1, "నాటౌట్"), ("కేఎల్ రాహుల్", 39, 58, 6, 0, "lbw b స్టోక్స్")])]
    comm = [("74.5", "సిరాజ్ బౌల్డ్! 22 పరుగుల తేడాతో ఇంగ్లండ్ విజయం."), ("74.4", "పరుగులు లేవు.")]
    s.non("/sports/live-cricket-score/india-vs-england-3rd-test-lords", shell("IND vs ENG Live Score - Prajavahini", scoreboard("pv", lab, None, inns, comm), '<meta http-equiv="refresh" content="30">'))
    today = When(NOW, IST)
    s.non("/epaper", shell("Prajavahini ePaper", epaper_inner("pv", "ప్రజావాహిని ఈ-పేపర్", "%d %s %d" % (today.l.day, today.mon("te"), today.l.year), [("/epaper/hyderabad", "హైదరాబాద్"), ("/epaper/vijayawada", "విజయవాడ"), ("/epaper/visakhapatnam", "విశాఖపట్నం")], "మెయిన్ ఎడిషన్, జిల్లా ఎడిషన్లు")))
    home = ('<div class="front"><div class="top-news">%s</div><div class="block"><a href="%s">భాగ్యనగరంలో వాన బీభత్సం (ఫొటోలు)</a> <a href="%s">%s</a> <a href="/web-stories/monsoon-foods-for-immunity">వెబ్ స్టోరీ</a></div>'
            '<div class="block"><a href="/rasi-phalalu/daily-horoscope-23-07-2025">రాశి ఫలాలు</a> <a href="/results/ap-eapcet-results-2025">ఫలితాలు</a> <a href="/sports/live-cricket-score/india-vs-england-3rd-test-lords">లైవ్ స్కోర్</a> '
            '<a href="/telugu-news/andhra-pradesh/krishna">కృష్ణా</a> <a href="/tags/heavy-rains">Heavy Rains</a></div></div>') % ("".join(card(x) for x in A), gp, vp, E(vt))
    s.non("/", shell("Telugu News: Latest Telugu News, Breaking News in Telugu - Prajavahini", home, '<meta property="og:type" content="website">'))
    s.feed("/rss.xml", "Prajavahini", [(a["path"], a["title"], a["w"], "", a["paras"][0]) for a in A], "te")
    s.urlset("/sitemap.xml", ["/", "/telugu-news/telangana", "/telugu-news/editorial", "/epaper", gp, vp] + [a["path"] for a in A])
    s.robots(["/sitemap.xml"], ("/search", "/user"))


# ====================================================================== 6 Marathi
def lokvarta():
    """Lokmat-like Marathi site (Next.js): Devanagari digits, 'प्रकाशित :
    २४ ऑगस्ट २०२५, रात्री ११:४८' with a Marathi part-of-day instead of AM/PM,
    'By ऑनलाइन लोकवार्ता' desk credit, partial JSON-LD on one story."""
    s = Site(6)
    SN = "लोकवार्ता"

    def part(h):
        return "पहाटे" if h < 6 else "सकाळी" if h < 12 else "दुपारी" if h < 17 else "सायंकाळी" if h < 20 else "रात्री"

    def md(w):
        h, m, _ = w.h12()
        return dig("%d %s %d, %s %02d:%02d" % (w.l.day, w.mon("mr"), w.l.year, part(w.l.hour), h, m), "mr")

    NAV = [("/", "मुख्यपृष्ठ"), ("/maharashtra", "महाराष्ट्र"), ("/mumbai", "मुंबई"), ("/pune", "पुणे"), ("/nashik", "नाशिक"), ("/national", "राष्ट्रीय"), ("/cricket", "क्रिकेट"),
           ("/bhavishya/aajche-rashibhavishya-26-august-2025", "राशीभविष्य"), ("/photos/ganeshotsav-2025-pune-mandal-decorations-in-pictures-a-p9812", "फोटो"), ("/videos/pune-metro-night-service-explained-a-v4410", "व्हिडीओ"), ("/epaper", "ई-पेपर")]

    def shell(title, main, head="", nextdata=None):
        nd = nextdata or {"page": "/[...slug]", "query": {}}
        return ('<!DOCTYPE html><html lang="mr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>%s</title>%s'
                '<link rel="preload" href="/_next/static/css/5e1b0c2d.css" as="style"><link rel="stylesheet" href="/_next/static/css/5e1b0c2d.css"></head><body><div id="__next">'
                '<header class="header_wrap"><div class="header_top"><a href="/" class="logo"><img src="/images/lokvarta-logo.svg" alt="Lokvarta"></a><a href="/epaper" class="epaper">ई-पेपर</a>'
                '<a class="appdl" href="/app">अ‍ॅप डाउनलोड करा</a></div><nav class="main_nav"><ul>%s</ul></nav></header>'
                '<div class="container">%s</div>'
                '<footer class="footer"><ul><li><a href="/about-us">आमच्याविषयी</a></li><li><a href="/contact-us">संपर्क</a></li><li><a href="/privacy-policy">गोपनीयता धोरण</a></li></ul><p>Copyright © 2025 Lokvarta Media Pvt Ltd</p></footer>'
                '<div class="notify_popup" style="display:none"><p>ताज्या बातम्यांसाठी नोटिफिकेशन सुरू करा</p><button>नाही</button><button>होय</button></div></div>'
                '<script id="__NEXT_DATA__" type="application/json">%s</script></body></html>') % (E(title), head, links(NAV), main, J(nd))

    def card(a):
        return '<div class="list_card"><a href="%s"><figure><img src="/img/%d.jpg" alt=""></figure><h2>%s</h2></a></div>' % (a["path"], uid(a["path"]), E(a["title"]))

    A = [
        dict(path="/pune/pune-metro-to-run-till-2-am-during-ganeshotsav-a-a912", sec=("/pune", "पुणे"), w=When("2025-08-24T23:48", IST), upd=562,
             title="गणेशोत्सवात पुणे मेट्रो रात्री दोनपर्यंत धावणार", by=[("अमित जाधव", "/author/amit-jadhav")], authors=["अमित जाधव"], ld="full",
             paras=["गणेशोत्सवाच्या काळात भाविकांच्या सोयीसाठी पुणे मेट्रोची सेवा रात्री दोन वाजेपर्यंत सुरू ठेवण्याचा निर्णय महामेट्रोने घेतला आहे. २७ ऑगस्ट ते ६ सप्टेंबर या कालावधीत ही विस्तारित सेवा उपलब्ध असेल.",
                    "मंडई, कसबा पेठ आणि स्वारगेट परिसरातील प्रमुख गणेश मंडळांना भेट देणाऱ्या भाविकांची मोठी गर्दी लक्षात घेऊन हा निर्णय घेण्यात आला आहे. गर्दीच्या वेळी दर पाच मिनिटांनी एक गाडी सोडण्यात येणार आहे.",
                    "विसर्जनाच्या दिवशी मेट्रो सेवा सलग चोवीस तास सुरू ठेवण्याचाही विचार सुरू असल्याचे महामेट्रोच्या अधिकाऱ्यांनी सांगितले. त्यासाठी पोलिसांशी चर्चा सुरू आहे.",
                    "गेल्या वर्षी गणेशोत्सवात दहा दिवसांत सुमारे पंधरा लाख प्रवाशांनी मेट्रोने प्रवास केला होता. यंदा हा आकडा वीस लाखांपर्यंत जाईल, असा अंदाज आहे.",
                    "स्थानकांवर अतिरिक्त सुरक्षारक्षक तैनात करण्यात येणार असून तिकीट खिडक्यांची संख्याही वाढवली जाणार आहे."]),
        dict(path="/maharashtra/heavy-rain-alert-for-next-four-days-red-alert-for-konkan-a-a844", sec=("/maharashtra", "महाराष्ट्र"), w=When("2025-08-17T15:20", IST), upd=1005,
             title="राज्यात पुढील चार दिवस मुसळधार पावसाचा इशारा, कोकणाला रेड अलर्ट", by=[("ऑनलाइन लोकवार्ता", None)], authors=[], ld="modified",
             paras=["राज्यात पुढील चार दिवस मुसळधार पावसाचा इशारा भारतीय हवामान विभागाने दिला आहे. रत्नागिरी, रायगड आणि सिंधुदुर्ग जिल्ह्यांना रेड अलर्ट जारी करण्यात आला आहे.",
                    "मुंबई, ठाणे आणि पालघर जिल्ह्यांत ऑरेंज अलर्ट देण्यात आला असून सखल भागात पाणी साचण्याची शक्यता आहे. नागरिकांनी आवश्यक असल्याशिवाय घराबाहेर पडू नये, असे आवाहन प्रशासनाने केले आहे.",
                    "घाटमाथ्यावरही जोरदार पावसाची शक्यता असल्याने पुणे आणि सातारा जिल्ह्यांतील धरणांमधून विसर्ग वाढवला जाऊ शकतो. नदीकाठच्या गावांना सतर्कतेचा इशारा देण्यात आला आहे.",
                    "मच्छिमारांनी पुढील चार दिवस समुद्रात जाऊ नये, अशी सूचना मत्स्यव्यवसाय विभागाने दिली आहे."]),
        dict(path="/nashik/onion-prices-crash-at-lasalgaon-farmers-worried-a-a701", sec=("/nashik", "नाशिक"), w=When("2025-08-11T12:05", IST), upd=0,
             title="लासलगावात कांद्याचे दर घसरले, शेतकरी हवालदिल", by=[("पूजा देशमुख", "/author/pooja-deshmukh")], authors=["पूजा देशमुख"], ld="full", photo="छायाचित्र : सुशील कदम",
             paras=["आशियातील सर्वात मोठी कांदा बाजारपेठ असलेल्या लासलगाव बाजार समितीत कांद्याच्या दरात मोठी घसरण झाली आहे. सोमवारी उन्हाळी कांद्याला सरासरी १,२०० रुपये प्रतिक्विंटल दर मिळाला.",
                    "गेल्या आठवड्यात हाच दर १,६०० रुपयांच्या आसपास होता. आवक वाढल्याने आणि निर्यातीला अपेक्षित मागणी नसल्याने दर घसरल्याचे व्यापाऱ्यांनी सांगितले.",
                    "साठवणूक केलेला कांदा खराब होऊ लागल्याने अनेक शेतकऱ्यांना मिळेल त्या दरात विक्री करावी लागत आहे. उत्पादन खर्चही निघत नसल्याची तक्रार शेतकरी करत आहेत.",
                    "केंद्र सरकारने कांदा खरेदीसाठी नाफेडमार्फत तातडीने हस्तक्षेप करावा, अशी मागणी शेतकरी संघटनांनी केली आहे."]),
    ]
    RA = "हेही वाचा : "
    for i, a in enumerate(A):
        o = A[(i + 1) % len(A)]
        up = a["w"].plus(a["upd"])
        byl = " | ".join(('<a href="%s">%s</a>' % (u, E(n))) if u else E(n) for n, u in a["by"])
        body = []
        for k, p in enumerate(a["paras"]):
            body.append("<p>%s</p>" % E(p))
            if k == 0:
                body.append('<div class="readalso"><span>%s</span><a href="%s">%s</a></div>' % (RA, o["path"], E(o["title"])))
        if a["ld"] == "full":
            ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["w"].iso(), "dateModified": up.iso(),
                  "author": [{"@type": "Person", "name": n} for n, _ in a["by"]], "publisher": {"@type": "Organization", "name": "Lokvarta"}, "inLanguage": "mr"}
        else:
            ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "dateModified": up.iso(), "publisher": {"@type": "Organization", "name": "Lokvarta"}}
        head = '<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">%s' % (
            E(a["paras"][0][:160]), s.url(a["path"]), E(a["title"]), s.url(a["path"]), jl(ld))
        fig = '<figure class="lead_img"><img src="/img/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (uid(a["path"]), E(a.get("photo", "प्रातिनिधिक छायाचित्र")))
        main = ('<div class="breadcrumb"><a href="/">मुख्यपृष्ठ</a> &gt; <a href="%s">%s</a></div><div class="article_wrap"><article><h1 class="article_title">%s</h1>'
                '<div class="byline_wrap"><span class="by">By %s</span><div class="dates"><span>प्रकाशित : %s</span><span>अपडेटेड : %s</span></div></div>'
                '<div class="share_bar"><a>Facebook</a><a>WhatsApp</a><a>X</a><a>कॉपी लिंक</a></div>%s<div class="article_body">%s</div>'
                '<div class="gn_follow"><a href="https://news.google.com/publications/lokvarta">लोकवार्ताला गुगल न्यूजवर फॉलो करा</a></div>'
                '<div class="tags"><a href="/topics/ganeshotsav">गणेशोत्सव</a><a href="%s">%s</a></div></article>'
                '<aside class="sidebar"><h3>टॉप न्यूज</h3>%s<h3>लोकप्रिय</h3>%s</aside></div>') % (
            a["sec"][0], E(a["sec"][1]), E(a["title"]), byl, md(a["w"]), md(up), fig, "".join(body), a["sec"][0], E(a["sec"][1]), "".join(card(x) for x in A if x is not a), card(o))
        s.story(a["path"], shell("%s | Lokvarta" % a["title"], main, head, {"page": "/[...slug]", "query": {"slug": a["path"].strip("/").split("/")}, "props": {"pageProps": {"type": "article", "id": a["path"][-4:]}}}),
                a, must=[a["paras"][0], a["paras"][-1]], must_not=[RA.strip(), "लोकवार्ताला गुगल न्यूजवर फॉलो करा", "ताज्या बातम्यांसाठी नोटिफिकेशन सुरू करा"])

    def listing(h1, items, extra=""):
        return '<div class="listing"><h1 class="list_title">%s</h1>%s<div class="list_grid">%s</div><a class="loadmore" href="?page=2">आणखी बातम्या</a></div>' % (E(h1), extra, "".join(card(x) for x in items))

    s.non("/pune", shell("Pune News in Marathi | पुणे बातम्या | Lokvarta", listing("पुणे", [A[0]])))
    s.non("/maharashtra", shell("Maharashtra News in Marathi | महाराष्ट्र बातम्या | Lokvarta", listing("महाराष्ट्र", [A[1], A[2]])))
    s.non("/topics/ganeshotsav", shell("Ganeshotsav: गणेशोत्सव बातम्या | Lokvarta", listing("गणेशोत्सव", [A[0]], '<p>गणेशोत्सव २०२५ च्या सर्व बातम्या, फोटो आणि व्हिडीओ.</p>')))
    s.non("/author/amit-jadhav", shell("अमित जाधव | Lokvarta", '<div class="author_page"><h1>अमित जाधव</h1><p>वरिष्ठ प्रतिनिधी, पुणे. वाहतूक आणि नागरी प्रश्नांवर लेखन.</p></div>' + listing("अमित जाधव यांच्या बातम्या", [A[0]])))
    gp = "/photos/ganeshotsav-2025-pune-mandal-decorations-in-pictures-a-p9812"
    gw = When("2025-08-28T13:30", IST)
    caps = ["कसबा गणपतीचे मनोहारी रूप.", "दगडूशेठ हलवाई गणपती मंडळाची आकर्षक सजावट.", "तुळशीबाग मंडळाचा देखावा पाहण्यासाठी गर्दी.", "ढोल-ताशा पथकांचा सराव.", "मंडईतील गणेश मंडळाची रोषणाई."]
    s.non(gp, shell("Ganeshotsav 2025: पुण्यातील गणेश मंडळांचे देखावे, पाहा फोटो | Lokvarta", gallery_inner("lv", "पुण्यातील गणेश मंडळांचे देखावे, पाहा फोटो", "प्रकाशित : %s" % md(gw), caps, "छायाचित्र : लोकवार्ता", '<span class="by">By अमित जाधव</span> '),
                    '<meta property="og:type" content="article">' + jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "पुण्यातील गणेश मंडळांचे देखावे, पाहा फोटो", "datePublished": gw.iso(), "author": [{"@type": "Person", "name": "अमित जाधव"}]})))
    vp = "/videos/pune-metro-night-service-explained-a-v4410"
    vw = When("2025-08-25T11:00", IST)
    vt, vd = "गणेशोत्सवात मेट्रो रात्री उशिरापर्यंत, कसे असेल वेळापत्रक?", "पुणे मेट्रोच्या विस्तारित सेवेचे वेळापत्रक जाणून घ्या."
    s.non(vp, shell(vt + " | Lokvarta", video_inner("lv", vt, "प्रकाशित : %s" % md(vw), vd, "आणखी व्हिडीओ", [("/videos", "लालबागचा राजा पहिली झलक")]), video_ld(s, vp, vt, vd, vw)))
    webstory(s, "/web-stories/modak-recipes-for-ganeshotsav", "mr", "गणेशोत्सवासाठी पाच प्रकारचे मोदक", "Lokvarta", "लोकवार्ता ऑनलाइन", When("2025-08-26T09:00", IST),
             [("उकडीचे मोदक", "तांदळाच्या पिठाचे पारंपरिक उकडीचे मोदक."), ("तळणीचे मोदक", "गव्हाच्या पिठाचे खुसखुशीत मोदक."), ("चॉकलेट मोदक", "लहान मुलांचे आवडते चॉकलेट मोदक.")], "आणखी वेब स्टोरीज", "/web-stories")
    rw = When("2025-08-26T05:00", IST)
    signs = "मेष वृषभ मिथुन कर्क सिंह कन्या तूळ वृश्चिक धनु मकर कुंभ मीन".split()
    ht = ["आजचा दिवस आनंदात जाईल.", "आर्थिक व्यवहार जपून करा.", "कुटुंबासोबत वेळ घालवाल.", "नोकरीत प्रगतीची संधी मिळेल.", "आरोग्याकडे लक्ष द्या.", "प्रवासाचे योग आहेत."]
    rt = "आजचे राशीभविष्य, २६ ऑगस्ट २०२५: गणेश चतुर्थीच्या पूर्वसंध्येला कसा असेल दिवस?"
    s.non("/bhavishya/aajche-rashibhavishya-26-august-2025", shell(rt + " | Lokvarta", '<div class="article_wrap"><article><h1 class="article_title">%s</h1><div class="byline_wrap"><span class="by">By ऑनलाइन लोकवार्ता</span><div class="dates"><span>प्रकाशित : %s</span></div></div>'
                                                                   '<div class="article_body">%s</div></article></div>' % (E(rt), md(rw), horoscope("rashi", signs, ht, "शुभ अंक : %d")),
                                                                   '<meta property="og:type" content="article">' + jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": rt, "datePublished": rw.iso()})))
    s.non("/results/ssc-result-2025", shell("Maharashtra SSC Result 2025: दहावीचा निकाल | Lokvarta", results_inner("lv", "दहावी निकाल २०२५", "महाराष्ट्र राज्य माध्यमिक व उच्च माध्यमिक शिक्षण मंडळाचा दहावीचा निकाल येथे पाहा.", ["आसन क्रमांक", "आईचे नाव"], "निकाल पाहा")))
    lab = dict(live="लाइव्ह", title="IND vs ENG 5th Test Live Score: ओव्हल कसोटी, पाचवा दिवस", venue="द ओव्हल, लंडन", batter="फलंदाज", commentary="समालोचन", scorecard="स्कोअरकार्ड")
    inns = [("भारत", "396", "88", [("यशस्वी जैस्वाल", 118, 164, 14, 2, "c ओव्हरटन b टंग"), ("आकाश दीप", 66, 94, 12, 0, "c ओव्हरटन b ॲटकिन्सन")]),
            ("इंग्लंड", "367", "85.1", [("हॅरी ब्रूक", 111, 98, 14, 2, "c सिराज b आकाश दीप"), ("जो रूट", 105, 152, 12, 0, "c जुरेल b कृष्णा")])]
    comm = [("85.1", "सिराजने ॲटकिन्सनचा त्रिफळा उडवला! भारताचा ६ धावांनी विजय."), ("84.6", "एक धाव.")]
    s.non("/cricket/live-score/india-vs-england-5th-test-oval", shell("IND vs ENG Live Score | Lokvarta", scoreboard("lv", lab, None, inns, comm), '<meta http-equiv="refresh" content="30">'))
    today = When(NOW, IST)
    s.non("/epaper", shell("Lokvarta ePaper | लोकवार्ता ई-पेपर", epaper_inner("lv", "लोकवार्ता ई-पेपर", dig("%d %s %d" % (today.l.day, today.mon("mr"), today.l.year), "mr"), [("/epaper/pune", "पुणे"), ("/epaper/mumbai", "मुंबई"), ("/epaper/nashik", "नाशिक")], "ई-पेपर वाचण्यासाठी लॉग इन करा.")))
    s.non("/about-us", shell("आमच्याविषयी | Lokvarta", static_inner("lv", "आमच्याविषयी", ["लोकवार्ता हे महाराष्ट्रातील आघाडीचे मराठी डिजिटल वृत्तमाध्यम आहे.", "संपर्क: संपादकीय विभाग, लोकवार्ता भवन, शिवाजीनगर, पुणे ४११००५."])))
    home = ('<div class="home"><section class="top">%s</section><section><a href="%s">पुण्यातील गणेश मंडळांचे देखावे</a> <a href="%s">%s</a> <a href="/web-stories/modak-recipes-for-ganeshotsav">वेब स्टोरी</a></section>'
            '<section><a href="/bhavishya/aajche-rashibhavishya-26-august-2025">राशीभविष्य</a> <a href="/results/ssc-result-2025">दहावी निकाल</a> <a href="/cricket/live-score/india-vs-england-5th-test-oval">लाइव्ह स्कोअर</a> '
            '<a href="/topics/ganeshotsav">गणेशोत्सव</a> <a href="/author/amit-jadhav">अमित जाधव</a> <a href="/about-us">आमच्याविषयी</a></section></div>') % ("".join(card(x) for x in A), gp, vp, E(vt))
    s.non("/", shell("Marathi News | Latest Marathi News | ताज्या मराठी बातम्या | Lokvarta", home, '<meta property="og:type" content="website">'))
    s.news_sitemap("/sitemap/news.xml", [(a["path"], a["title"], a["w"]) for a in A], "Lokvarta", "mr")
    s.urlset("/sitemap/static.xml", ["/", "/pune", "/maharashtra", "/topics/ganeshotsav", "/epaper", "/about-us", gp, vp])
    s.robots(["/sitemap/news.xml", "/sitemap/static.xml"], ("/search", "/_next/"))


# ====================================================================== 7 Gujarati
def divyagurjar():
    """Divya Bhaskar-like Gujarati site (Next.js, hashed class names): the
    story header shows only 'અમદાવાદ 2 કલાક પહેલા', 'લેખક:' for reporters,
    JSON-LD on two stories."""
    s = Site(7)
    SN = "દિવ્ય ગુર્જર"

    def rel(w):
        d = NOW - w.u
        h = int(d.total_seconds() // 3600)
        return ("%d દિવસ પહેલા" % (h // 24)) if h >= 24 else ("%d કલાક પહેલા" % h) if h >= 1 else ("%d મિનિટ પહેલા" % (d.total_seconds() // 60))

    NAV = [("/", "હોમ"), ("/local/gujarat/ahmedabad/", "અમદાવાદ"), ("/local/gujarat/surat/", "સુરત"), ("/db-original/", "DB ઓરિજિનલ"), ("/national/", "દેશ"), ("/business/", "બિઝનેસ"),
           ("/rashifal/aaj-nu-rashifal/", "રાશિફળ"), ("/videos/", "વીડિયો"), ("/epaper/", "ઈ-પેપર")]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="gu"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>%s</title>%s'
                '<link rel="stylesheet" href="/_next/static/css/a3f9e1.css"/></head><body><div id="__next"><div class="d31bd1c5">'
                '<header class="bf0e2bd2"><a href="/" class="a0c3a5b7"><img src="/images/divyagurjar-logo.svg" alt="Divya Gurjar"/></a><nav class="c5b2d8e1"><ul>%s</ul></nav>'
                '<div class="e8f1a2c4"><a href="/app">એપ ડાઉનલોડ કરો</a></div></header>'
                '<main class="ba1e62a6">%s</main>'
                '<div class="f7a9c2d1 appbanner"><p>વધુ સમાચાર વાંચવા માટે દિવ્ય ગુર્જર એપ ડાઉનલોડ કરો</p><a href="/app">ઇન્સ્ટોલ કરો</a></div>'
                '<footer class="d7c2e9f0"><a href="/about-us/">અમારા વિશે</a> <a href="/contact-us/">સંપર્ક</a> <a href="/privacy-policy/">પ્રાઇવસી પોલિસી</a><p>Copyright © 2025-26 Divya Gurjar Corp Ltd., All rights reserved</p></footer></div></div>'
                '<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{}},"page":"/[...slug]","buildId":"k2Hq9x"}</script></body></html>') % (E(title), head, links(NAV), main)

    def card(a, meta=True):
        return '<li class="c7ff6507"><a href="%s"><img src="/thumb/%d.jpg" alt=""/><h3 class="db4a2e51">%s</h3></a>%s</li>' % (a["path"], uid(a["path"]), E(a["title"]), ('<span class="f3426d33">%s</span>' % rel(a["w"])) if meta else "")

    A = [
        dict(path="/local/gujarat/ahmedabad/news/amts-starts-12-new-routes-for-new-areas-135812345.html", city="અમદાવાદ", w=ago(IST, hours=2, minutes=4), date="fetch-2",
             title="અમદાવાદમાં AMTSના 12 નવા રૂટ શરૂ, રોજ 40 હજાર મુસાફરોને ફાયદો", by="મેહુલ જાની", authors=["મેહુલ જાની"], ld=True,
             paras=["અમદાવાદ મ્યુનિસિપલ ટ્રાન્સપોર્ટ સર્વિસે શહેરના નવા વિકસતા વિસ્તારો માટે 12 નવા બસ રૂટ શરૂ કર્યા છે. આ રૂટથી રોજ અંદાજે 40 હજાર મુસાફરોને ફાયદો થશે.",
                    "નવા રૂટમાં શેલા, બોપલ, ચાંદખેડા અને નિકોલ જેવા વિસ્તારોને મુખ્ય બસ સ્ટેન્ડ સાથે જોડવામાં આવ્યા છે. અત્યાર સુધી આ વિસ્તારના લોકોને રિક્ષા પર આધાર રાખવો પડતો હતો.",
                    "AMTSના ચેરમેને જણાવ્યું કે નવા રૂટ પર 60 ઇલેક્ટ્રિક બસ દોડાવવામાં આવશે. સવારે 6 વાગ્યાથી રાતે 11 વાગ્યા સુધી દર 15 મિનિટે બસ મળશે.",
                    "મુસાફરો માટે મોબાઇલ એપમાં બસનું લાઇવ લોકેશન જોવાની સુવિધા પણ ઉમેરવામાં આવી છે. મહિલાઓ અને વરિષ્ઠ નાગરિકો માટે પાસના દરમાં રાહત યથાવત્ રહેશે.",
                    "આવનારા મહિનાઓમાં BRTS કોરિડોર સાથે પણ નવા રૂટને જોડવાની યોજના હોવાનું અધિકારીઓએ જણાવ્યું હતું."]),
        dict(path="/local/gujarat/surat/news/diamond-units-declare-15-day-vacation-amid-slowdown-135809876.html", city="સુરત", w=ago(IST, hours=5, minutes=12), date="fetch-5",
             title="સુરતના હીરા ઉદ્યોગમાં મંદી, કારખાનાઓમાં 15 દિવસનું વેકેશન જાહેર", by=None, authors=[], ld=True,
             paras=["વૈશ્વિક બજારમાં માગ ઘટતાં સુરતના હીરા ઉદ્યોગમાં મંદીનો માહોલ છે. શહેરનાં અનેક કારખાનાઓએ રત્નકલાકારો માટે 15 દિવસનું વેકેશન જાહેર કર્યું છે.",
                    "ડાયમંડ એસોસિએશનના જણાવ્યા મુજબ, અમેરિકા અને ચીનમાંથી પોલિશ્ડ હીરાની માગમાં મોટો ઘટાડો થયો છે. લેબગ્રોન હીરાની વધતી સ્પર્ધાએ પણ કુદરતી હીરાના ભાવ પર અસર કરી છે.",
                    "વેકેશન દરમિયાન રત્નકલાકારોને પગાર નહીં મળે તેવી ચિંતા વ્યક્ત થઈ રહી છે. રત્નકલાકાર સંઘે સરકાર પાસે આર્થિક સહાય પેકેજની માગણી કરી છે.",
                    "ઉદ્યોગકારોનું માનવું છે કે આગામી તહેવારોની સિઝનમાં માગ ફરી વધશે અને સ્થિતિ સુધરશે."]),
        dict(path="/local/gujarat/junagadh/news/new-safari-route-in-gir-online-booking-for-devaliya-135790011.html", city="જૂનાગઢ", w=ago(IST, days=2, hours=1), date="fetch-day2",
             title="ગીરમાં પ્રવાસીઓ માટે નવો સફારી રૂટ, દેવળિયા પાર્કમાં ઓનલાઇન બુકિંગ શરૂ", by="નીલેશ ભટ્ટ", authors=["નીલેશ ભટ્ટ"], ld=False,
             paras=["ગીર રાષ્ટ્રીય ઉદ્યાનમાં સિંહ દર્શન માટે આવતા પ્રવાસીઓ માટે વન વિભાગે નવો સફારી રૂટ શરૂ કર્યો છે. નવા રૂટ પર રોજ 30 જિપ્સીને પ્રવેશ આપવામાં આવશે.",
                    "દેવળિયા સફારી પાર્ક માટે હવે સંપૂર્ણ ઓનલાઇન બુકિંગ ફરજિયાત કરવામાં આવ્યું છે. બુકિંગ વિન્ડો પર લાંબી લાઇનો અને દલાલોની ફરિયાદો બાદ આ નિર્ણય લેવાયો છે.",
                    "વન અધિકારીઓએ જણાવ્યું કે છેલ્લી ગણતરી મુજબ ગીર વિસ્તારમાં સિંહોની સંખ્યા 891 પર પહોંચી છે. પ્રવાસનના દબાણથી સિંહોના વિચરણ પર અસર ન થાય તે માટે રૂટ નક્કી કરવામાં આવ્યા છે.",
                    "સાસણ ગામના હોટેલ સંચાલકોએ નિર્ણયને આવકાર્યો છે. તેમનું કહેવું છે કે નવા રૂટથી શિયાળાની સિઝનમાં પ્રવાસીઓની સંખ્યા વધશે."]),
    ]
    APP = "વધુ સમાચાર વાંચવા માટે દિવ્ય ગુર્જર એપ ડાઉનલોડ કરો"
    for i, a in enumerate(A):
        o = A[(i + 1) % len(A)]
        body = []
        for k, p in enumerate(a["paras"]):
            body.append('<p class="b9f1c2d7">%s</p>' % E(p))
            if k == 1:
                body.append('<div class="a7e3f9b0"><span>આ પણ વાંચો</span><a href="%s">%s</a></div>' % (o["path"], E(o["title"])))
        head = '<link rel="canonical" href="%s"/><meta name="description" content="%s"/><meta property="og:title" content="%s"/><meta property="og:type" content="article"/><meta property="og:image" content="%s"/>' % (
            s.url(a["path"]), E(a["paras"][0][:150]), E(a["title"]), s.url("/thumb/%d.jpg" % uid(a["path"])))
        if a["ld"]:
            ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["w"].iso(), "dateModified": a["w"].iso(),
                  "author": {"@type": "Person", "name": a["by"]} if a["by"] else {"@type": "Organization", "name": "Divya Gurjar"},
                  "publisher": {"@type": "Organization", "name": "Divya Gurjar", "logo": {"@type": "ImageObject", "url": s.url("/images/logo.png")}}, "mainEntityOfPage": s.url(a["path"])}
            head += jl(ld)
        byl = '<div class="e1f2c3a9"><img src="/images/reporter.png" alt=""/><span>લેખક: %s</span></div>' % E(a["by"]) if a["by"] else ""
        main = ('<div class="a88a1c42"><h1 class="a1c3e2b4">%s</h1><div class="ee5c4a43"><span class="b5e31b3a">%s</span><span class="f3426d33">%s</span></div>%s'
                '<div class="c9a7b1e2"><button>કૉપી લિંક</button><button>શેર</button></div></div>'
                '<figure class="d4a2c1f8"><img src="/thumb/%d.jpg" alt=""/><figcaption>ફાઇલ તસવીર</figcaption></figure>'
                '<article class="f9c8b7a6">%s</article>'
                '<div class="ad1b2c3d"><span>જાહેરાત</span></div>'
                '<section class="b1c2d3e4"><h2>વધુ સમાચાર</h2><ul>%s</ul></section>') % (
            E(a["title"]), E(a["city"]), rel(a["w"]), byl, uid(a["path"]), "".join(body), "".join(card(x) for x in A if x is not a))
        s.story(a["path"], shell("%s - Divya Gurjar" % a["title"], main, head), a, date=a["date"], must=[a["paras"][0], a["paras"][-1]], must_not=[o["title"], APP, "ફાઇલ તસવીર"])

    def listing(h1, items, extra=""):
        return '<div class="a5c2e1d9"><h1>%s</h1>%s<ul class="b3d9e8f1">%s</ul></div>' % (E(h1), extra, "".join(card(x) for x in items))

    s.non("/local/gujarat/ahmedabad/", shell("Ahmedabad News in Gujarati: અમદાવાદ સમાચાર - Divya Gurjar", listing("અમદાવાદ", [A[0]], '<div class="tabs"><a href="/local/gujarat/ahmedabad/">અમદાવાદ</a><a href="/local/gujarat/surat/">સુરત</a><a href="/local/gujarat/junagadh/">જૂનાગઢ</a></div>')))
    s.non("/local/gujarat/surat/", shell("Surat News in Gujarati: સુરત સમાચાર - Divya Gurjar", listing("સુરત", [A[1]])))
    s.non("/db-original/", shell("DB Original: ખાસ અહેવાલ - Divya Gurjar", listing("DB ઓરિજિનલ", [A[2], A[0]], '<p>દિવ્ય ગુર્જરના ખાસ અહેવાલ અને ગ્રાઉન્ડ રિપોર્ટ</p>')))
    s.non("/author/mehul-jani/", shell("મેહુલ જાની - Divya Gurjar", '<div class="author"><h1>મેહુલ જાની</h1><p>સિનિયર રિપોર્ટર, અમદાવાદ</p></div>' + listing("લેખ", [A[0]])))
    vp = "/videos/surat-diamond-workers-react-to-vacation-135810002.html"
    vw = ago(IST, hours=4)
    vt, vd = "હીરા ઉદ્યોગમાં વેકેશન, રત્નકલાકારો શું કહે છે?", "સુરતના રત્નકલાકારો સાથે વાતચીત."
    s.non(vp, shell(vt + " - Divya Gurjar", video_inner("dg", vt, rel(vw), vd, "વધુ વીડિયો", [("/videos/", "ગીરમાં સિંહ દર્શન")]), video_ld(s, vp, vt, vd, vw)))
    gp = "/photo-gallery/gir-lions-photos-135790500.html"
    gw = ago(IST, days=2)
    caps = ["દેવળિયા પાર્કમાં આરામ કરતો સિંહ પરિવાર.", "સફારી જિપ્સીમાંથી સિંહ દર્શન કરતા પ્રવાસીઓ.", "ગીરનું જંગલ ચોમાસા પછી લીલુંછમ.", "સાસણ ગીરનું પ્રવેશદ્વાર."]
    s.non(gp, shell("ગીરના સિંહોની તસવીરો - Divya Gurjar", gallery_inner("dg", "તસવીરોમાં ગીરના સાવજ", rel(gw), caps, "તસવીર: નીલેશ ભટ્ટ")))
    webstory(s, "/web-stories/navratri-garba-fitness-tips/", "gu", "ગરબા રમતાં પહેલાં આ 5 વાત ધ્યાનમાં રાખો", "Divya Gurjar", "દિવ્ય ગુર્જર ડેસ્ક", ago(IST, days=3),
             [("પૂરતું પાણી પીઓ", "ગરબા દરમિયાન ડિહાઇડ્રેશનથી બચવા પાણી પીતા રહો."), ("આરામદાયક પગરખાં", "ફ્લેટ અને આરામદાયક મોજડી પહેરો."), ("હળવો ખોરાક", "ગરબા પહેલાં ભારે ભોજન ટાળો.")], "વધુ વેબ સ્ટોરી", "/web-stories/")
    signs = "મેષ વૃષભ મિથુન કર્ક સિંહ કન્યા તુલા વૃશ્ચિક ધન મકર કુંભ મીન".split()
    ht = ["આજે આર્થિક લાભ થવાની સંભાવના છે.", "પરિવારમાં ખુશીનું વાતાવરણ રહેશે.", "નોકરીમાં નવી જવાબદારી મળી શકે છે.", "સ્વાસ્થ્યની કાળજી રાખવી.", "મિત્રોનો સહયોગ મળશે.", "પ્રવાસ લાભદાયી રહેશે."]
    s.non("/rashifal/aaj-nu-rashifal/", shell("આજનું રાશિફળ - Divya Gurjar", '<div class="a88a1c42"><h1 class="a1c3e2b4">આજનું રાશિફળ: જાણો કેવો રહેશે તમારો દિવસ</h1><div class="ee5c4a43"><span class="f3426d33">%s</span></div>'
                                                                       '<div class="e1f2c3a9"><span>લેખક: જ્યોતિષાચાર્ય હરેશ જોષી</span></div></div><article class="f9c8b7a6">%s</article>' % (rel(ago(IST, hours=6)), horoscope("rf", signs, ht, "શુભ અંક: %d"))))
    s.non("/results/gseb-ssc-result-2025/", shell("GSEB SSC Result 2025: ધોરણ 10નું પરિણામ - Divya Gurjar", results_inner("dg", "ધોરણ 10 (SSC) પરિણામ 2025", "ગુજરાત માધ્યમિક અને ઉચ્ચતર માધ્યમિક શિક્ષણ બોર્ડનું પરિણામ સીટ નંબર નાખીને જુઓ.", ["સીટ નંબર"], "પરિણામ જુઓ")))
    lab = dict(live="લાઇવ", title="Ranji Trophy Live: ગુજરાત vs સૌરાષ્ટ્ર", venue="નરેન્દ્ર મોદી સ્ટેડિયમ, અમદાવાદ", batter="બેટર", commentary="કોમેન્ટરી", scorecard="સ્કોરકાર્ડ")
    inns = [("ગુજરાત", "312/6", "90", [("પ્રિયાંક પંચાલ", 104, 210, 12, 1, "c જેક્સન b ઉનડકટ"), ("ઉર્વિલ પટેલ", 71, 88, 8, 3, "નોટઆઉટ")])]
    comm = [("89.6", "એક રન. દિવસની રમત પૂરી."), ("89.5", "ચોગ્ગો!")]
    s.non("/cricket/live-score/ranji-trophy-gujarat-vs-saurashtra/", shell("Gujarat vs Saurashtra Live Score - Divya Gurjar", scoreboard("dg", lab, None, inns, comm)))
    today = When(NOW, IST)
    s.non("/epaper/", shell("Divya Gurjar ePaper", epaper_inner("dg", "દિવ્ય ગુર્જર ઈ-પેપર", "%d %s %d" % (today.l.day, today.mon("gu"), today.l.year), [("/epaper/ahmedabad/", "અમદાવાદ"), ("/epaper/surat/", "સુરત"), ("/epaper/rajkot/", "રાજકોટ")], "ઈ-પેપર વાંચવા લોગઇન કરો")))
    home = ('<div class="a5c2e1d9"><ul class="b3d9e8f1">%s</ul><section><a href="%s">%s</a> <a href="%s">તસવીરોમાં ગીરના સાવજ</a> <a href="/web-stories/navratri-garba-fitness-tips/">વેબ સ્ટોરી</a></section>'
            '<section><a href="/rashifal/aaj-nu-rashifal/">આજનું રાશિફળ</a> <a href="/results/gseb-ssc-result-2025/">ધોરણ 10 પરિણામ</a> <a href="/cricket/live-score/ranji-trophy-gujarat-vs-saurashtra/">લાઇવ સ્કોર</a> '
            '<a href="/author/mehul-jani/">મેહુલ જાની</a></section></div>') % ("".join(card(x) for x in A), vp, E(vt), gp)
    s.non("/", shell("Gujarati News: ગુજરાતી સમાચાર, Latest Gujarati News - Divya Gurjar", home, '<meta property="og:type" content="website"/>'))
    s.news_sitemap("/sitemaps-v1--sitemap-google-news-index.xml", [(a["path"], a["title"], a["w"]) for a in A], "Divya Gurjar", "gu")
    s.urlset("/sitemap.xml", ["/", "/local/gujarat/ahmedabad/", "/local/gujarat/surat/", "/db-original/", "/epaper/", vp, gp])
    s.robots(["/sitemap.xml", "/sitemaps-v1--sitemap-google-news-index.xml"], ("/search", "/_next/"))


# ====================================================================== 8 Kannada
def nadavani():
    """Prajavani-like Kannada daily: 'Published 08 ಸೆಪ್ಟೆಂಬರ್ 2025, 10:45 IST',
    'Last Updated ...', the desk credit 'ನಾಡವಾಣಿ ವಾರ್ತೆ', a PTI story at 0:45 IST."""
    s = Site(8)
    SN = "ನಾಡವಾಣಿ"

    def kd(w):
        return "%02d %s %d, %d:%s IST" % (w.l.day, w.mon("kn"), w.l.year, w.l.hour, w.fmt("%M"))

    NAV = [("/", "ಮುಖಪುಟ"), ("/karnataka-news", "ಕರ್ನಾಟಕ"), ("/district/bengaluru-city", "ಬೆಂಗಳೂರು"), ("/district/dakshina-kannada", "ದಕ್ಷಿಣ ಕನ್ನಡ"), ("/india-news", "ದೇಶ"), ("/business", "ವಾಣಿಜ್ಯ"),
           ("/sports/cricket", "ಕ್ರಿಕೆಟ್"), ("/astrology/dina-bhavishya-15-september-2025", "ಭವಿಷ್ಯ"), ("/photo/mangaluru-fishing-harbour-photos-3512001", "ಚಿತ್ರ"), ("/video/namma-metro-yellow-line-ride-3511870", "ವಿಡಿಯೊ"), ("/epaper", "ಇ-ಪೇಪರ್")]

    def shell(title, main, head="", cls=""):
        return ('<!DOCTYPE html><html lang="kn"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s<link rel="stylesheet" href="/assets/pv.css"></head>'
                '<body class="%s"><header class="pv-header"><div class="pv-top"><span class="pv-date">%s</span><a href="/epaper">ಇ-ಪೇಪರ್</a><a href="/subscribe">ಚಂದಾದಾರರಾಗಿ</a></div>'
                '<a href="/" class="pv-logo"><img src="/assets/nadavani.svg" alt="Nadavani"></a><nav><ul class="pv-nav">%s</ul></nav></header><main>%s</main>'
                '<footer class="pv-footer"><a href="/about-us">ನಮ್ಮ ಬಗ್ಗೆ</a> <a href="/contact-us">ಸಂಪರ್ಕಿಸಿ</a> <a href="/privacy-policy">ಗೌಪ್ಯತಾ ನೀತಿ</a><p>© Nadavani 2025. All rights reserved.</p></footer></body></html>') % (
            E(title), head, cls, "%s, %d %s %d" % (When(NOW, IST).wd("kn"), When(NOW, IST).l.day, When(NOW, IST).mon("kn"), When(NOW, IST).l.year), links(NAV), main)

    def card(a):
        return '<div class="pv-card"><a href="%s"><img src="/images/%d.jpg" alt=""><h2>%s</h2></a><span class="pv-card-date">%s</span></div>' % (a["path"], uid(a["path"]), E(a["title"]), kd(a["w"]))

    A = [
        dict(path="/district/bengaluru-city/fourth-train-on-yellow-line-waiting-time-reduced-3511842", sec=("/district/bengaluru-city", "ಬೆಂಗಳೂರು ನಗರ"), w=When("2025-09-08T10:45", IST), upd=17,
             title="ಹಳದಿ ಮಾರ್ಗದಲ್ಲಿ ಮತ್ತೊಂದು ಮೆಟ್ರೊ ರೈಲು, ಕಾಯುವ ಸಮಯ ಇಳಿಕೆ", by=("ನಾಡವಾಣಿ ವಾರ್ತೆ", None), place="ಬೆಂಗಳೂರು", authors=[],
             paras=["ಆರ್.ವಿ. ರಸ್ತೆ–ಬೊಮ್ಮಸಂದ್ರ ನಡುವಿನ ಹಳದಿ ಮಾರ್ಗದಲ್ಲಿ ನಾಲ್ಕನೇ ರೈಲು ಸೋಮವಾರದಿಂದ ಸಂಚಾರ ಆರಂಭಿಸಿದೆ. ಇದರಿಂದ ಪ್ರಯಾಣಿಕರು ರೈಲಿಗಾಗಿ ಕಾಯುವ ಸಮಯ 25 ನಿಮಿಷದಿಂದ 19 ನಿಮಿಷಕ್ಕೆ ಇಳಿಕೆಯಾಗಿದೆ.",
                    "ಎಲೆಕ್ಟ್ರಾನಿಕ್ ಸಿಟಿಯ ಐಟಿ ಕಂಪನಿಗಳ ಉದ್ಯೋಗಿಗಳು ಹೆಚ್ಚಾಗಿ ಈ ಮಾರ್ಗವನ್ನು ಬಳಸುತ್ತಿದ್ದು, ಬೆಳಿಗ್ಗೆ ಮತ್ತು ಸಂಜೆ ದಟ್ಟಣೆಯ ಸಮಯದಲ್ಲಿ ರೈಲುಗಳು ಕಿಕ್ಕಿರಿದು ತುಂಬುತ್ತಿವೆ.",
                    "ಇನ್ನೂ ಎರಡು ರೈಲುಗಳು ಅಕ್ಟೋಬರ್ ಅಂತ್ಯದೊಳಗೆ ಸೇರ್ಪಡೆಯಾಗಲಿವೆ ಎಂದು ಬಿಎಂಆರ್‌ಸಿಎಲ್ ವ್ಯವಸ್ಥಾಪಕ ನಿರ್ದೇಶಕರು ತಿಳಿಸಿದ್ದಾರೆ.",
                    "ಹಳದಿ ಮಾರ್ಗ ಆರಂಭವಾದ ಮೊದಲ ತಿಂಗಳಲ್ಲೇ ಪ್ರತಿದಿನ ಸರಾಸರಿ 60 ಸಾವಿರ ಜನರು ಪ್ರಯಾಣಿಸಿದ್ದಾರೆ ಎಂದು ಅಂಕಿಅಂಶಗಳು ಹೇಳುತ್ತವೆ."]),
        dict(path="/district/dakshina-kannada/fishing-activity-picks-up-at-mangaluru-harbour-3510977", sec=("/district/dakshina-kannada", "ದಕ್ಷಿಣ ಕನ್ನಡ"), w=When("2025-09-02T17:20", IST), upd=0,
             title="ಮಂಗಳೂರು ಬಂದರಿನಲ್ಲಿ ಮೀನುಗಾರಿಕೆ ಚುರುಕು, ಬಂಗುಡೆಗೆ ಭರ್ಜರಿ ಬೇಡಿಕೆ", by=("ರಾಜೇಶ್ ಶೆಟ್ಟಿ", "/author/rajesh-shetty"), place="ಮಂಗಳೂರು", authors=["ರಾಜೇಶ್ ಶೆಟ್ಟಿ"],
             photo="ಮಂಗಳೂರಿನ ಬಂದರಿನಲ್ಲಿ ಮಂಗಳವಾರ ಮೀನು ಇಳಿಸುತ್ತಿರುವ ಕಾರ್ಮಿಕರು –ನಾಡವಾಣಿ ಚಿತ್ರ: ಫಕ್ರುದ್ದೀನ್ ಎಚ್.",
             paras=["ಮಳೆಗಾಲದ ನಿಷೇಧ ಅವಧಿ ಮುಗಿದ ಬಳಿಕ ಮಂಗಳೂರು ಬಂದರಿನಲ್ಲಿ ಮೀನುಗಾರಿಕೆ ಚಟುವಟಿಕೆ ಚುರುಕುಗೊಂಡಿದೆ. ಆಳ ಸಮುದ್ರಕ್ಕೆ ತೆರಳಿದ್ದ ಬೋಟುಗಳು ಭರ್ಜರಿ ಮೀನಿನೊಂದಿಗೆ ವಾಪಸಾಗುತ್ತಿವೆ.",
                    "ಬಂಗುಡೆ ಮತ್ತು ಬೂತಾಯಿ ಮೀನಿಗೆ ಕೇರಳ ಹಾಗೂ ಗೋವಾ ಮಾರುಕಟ್ಟೆಗಳಿಂದ ಹೆಚ್ಚಿನ ಬೇಡಿಕೆ ಬಂದಿದೆ. ಕೆ.ಜಿ. ಬಂಗುಡೆಗೆ ಸಗಟು ಮಾರುಕಟ್ಟೆಯಲ್ಲಿ 180 ರೂಪಾಯಿ ದರ ಸಿಕ್ಕಿದೆ.",
                    "ಆದರೆ ಡೀಸೆಲ್ ದರ ಏರಿಕೆ ಹಾಗೂ ಕಾರ್ಮಿಕರ ಕೊರತೆ ಮೀನುಗಾರರನ್ನು ಕಾಡುತ್ತಿದೆ. ಹೊರರಾಜ್ಯದ ಕಾರ್ಮಿಕರು ಇನ್ನೂ ಪೂರ್ಣ ಪ್ರಮಾಣದಲ್ಲಿ ವಾಪಸಾಗಿಲ್ಲ ಎಂದು ಬೋಟ್ ಮಾಲೀಕರ ಸಂಘದ ಅಧ್ಯಕ್ಷರು ಹೇಳಿದರು.",
                    "ಬಂದರಿನ ಹೂಳೆತ್ತುವ ಕಾಮಗಾರಿಯನ್ನು ಶೀಘ್ರ ಪೂರ್ಣಗೊಳಿಸುವಂತೆ ಮೀನುಗಾರರು ಜಿಲ್ಲಾಡಳಿತಕ್ಕೆ ಮನವಿ ಸಲ್ಲಿಸಿದ್ದಾರೆ."]),
        dict(path="/business/revised-goods-and-services-tax-rates-from-september-22-3512210", sec=("/business", "ವಾಣಿಜ್ಯ"), w=When("2025-09-14T00:45", IST), upd=25,
             title="ಸರಕು ಮತ್ತು ಸೇವಾ ತೆರಿಗೆ ದರ ಕಡಿತ: ಸೆಪ್ಟೆಂಬರ್ 22ರಿಂದ ಹೊಸ ದರ ಜಾರಿ", by=("ಪಿಟಿಐ", None), place="ನವದೆಹಲಿ", authors=[],
             paras=["ಸರಕು ಮತ್ತು ಸೇವಾ ತೆರಿಗೆಯ ಪರಿಷ್ಕೃತ ದರಗಳು ಸೆಪ್ಟೆಂಬರ್ 22ರಿಂದ ಜಾರಿಗೆ ಬರಲಿವೆ ಎಂದು ಕೇಂದ್ರ ಹಣಕಾಸು ಸಚಿವಾಲಯ ಶನಿವಾರ ತಡರಾತ್ರಿ ಅಧಿಸೂಚನೆ ಹೊರಡಿಸಿದೆ.",
                    "ಹೊಸ ವ್ಯವಸ್ಥೆಯಲ್ಲಿ ಬಹುತೇಕ ವಸ್ತುಗಳು ಶೇ 5 ಮತ್ತು ಶೇ 18ರ ಎರಡು ಸ್ಲ್ಯಾಬ್‌ಗಳ ವ್ಯಾಪ್ತಿಗೆ ಬರಲಿವೆ. ದಿನಬಳಕೆಯ ಹಲವು ವಸ್ತುಗಳ ಬೆಲೆ ಇಳಿಕೆಯಾಗುವ ನಿರೀಕ್ಷೆ ಇದೆ.",
                    "ದರ ಕಡಿತದ ಲಾಭವನ್ನು ಗ್ರಾಹಕರಿಗೆ ವರ್ಗಾಯಿಸುವಂತೆ ಕಂಪನಿಗಳಿಗೆ ಸರ್ಕಾರ ಸೂಚಿಸಿದೆ. ಇದರ ಮೇಲೆ ನಿಗಾ ಇಡಲು ವಿಶೇಷ ವ್ಯವಸ್ಥೆ ರೂಪಿಸಲಾಗುತ್ತಿದೆ ಎಂದು ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದ್ದಾರೆ.",
                    "ತೆರಿಗೆ ಕಡಿತದಿಂದ ರಾಜ್ಯಗಳ ಆದಾಯಕ್ಕೆ ಆಗುವ ನಷ್ಟದ ಬಗ್ಗೆ ಕೆಲವು ರಾಜ್ಯಗಳು ಆತಂಕ ವ್ಯಕ್ತಪಡಿಸಿವೆ."]),
    ]
    FOLLOW = "ನಾಡವಾಣಿ ಆ್ಯಪ್ ಇಲ್ಲಿದೆ: ಆಂಡ್ರಾಯ್ಡ್ | ಐಒಎಸ್ | ನಮ್ಮ ಫೇಸ್‌ಬುಕ್ ಪುಟ ಫಾಲೋ ಮಾಡಿ"
    for i, a in enumerate(A):
        o = A[(i + 1) % len(A)]
        up = a["w"].plus(a["upd"])
        name, au = a["by"]
        body = []
        for k, p in enumerate(a["paras"]):
            body.append("<p>%s%s</p>" % (("<strong>%s:</strong> " % E(a["place"])) if k == 0 else "", E(p)))
            if k == 1:
                body.append('<div class="pv-readalso"><span>ಓದಿ:</span> <a href="%s">%s</a></div>' % (o["path"], E(o["title"])))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["w"].iso(), "dateModified": up.iso(),
              "author": [{"@type": "Person", "name": name}], "publisher": {"@type": "NewsMediaOrganization", "name": "Nadavani"}, "mainEntityOfPage": s.url(a["path"])}
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="description" content="%s">%s' % (
            s.url(a["path"]), E(a["title"]), E(a["paras"][0][:140]), jl(ld))
        auth = ('<a href="%s" class="pv-author">%s</a>' % (au, E(name))) if au else '<span class="pv-author">%s</span>' % E(name)
        upd = '<div class="pv-updated">Last Updated %s</div>' % kd(up) if a["upd"] else ""
        main = ('<div class="pv-story"><div class="pv-breadcrumb"><a href="/">ಮುಖಪುಟ</a> / <a href="%s">%s</a></div><h1 class="pv-headline">%s</h1>'
                '<div class="pv-meta"><div class="pv-byline">%s</div><div class="pv-published">Published %s</div>%s</div>'
                '<figure class="pv-hero"><img src="/images/%d.jpg" alt=""><figcaption>%s</figcaption></figure>'
                '<div class="pv-body">%s</div><div class="pv-follow">%s</div>'
                '<div class="pv-tags"><a href="/tags/namma-metro">ನಮ್ಮ ಮೆಟ್ರೊ</a> <a href="%s">%s</a></div>'
                '<div class="pv-comments"><h3>ಪ್ರತಿಕ್ರಿಯಿಸಿ (+)</h3></div></div><aside class="pv-related"><h3>ಇನ್ನಷ್ಟು ಸುದ್ದಿ</h3>%s</aside>') % (
            a["sec"][0], E(a["sec"][1]), E(a["title"]), auth, kd(a["w"]), upd, uid(a["path"]), E(a.get("photo", "ಸಾಂದರ್ಭಿಕ ಚಿತ್ರ")), "".join(body), FOLLOW, a["sec"][0], E(a["sec"][1]),
            "".join(card(x) for x in A if x is not a))
        s.story(a["path"], shell("%s | Nadavani" % a["title"], main, head, "story"), a, must=[a["paras"][0], a["paras"][-1]], must_not=[o["title"], FOLLOW])

    def listing(h1, items, extra=""):
        return '<div class="pv-listing"><h1>%s</h1>%s<div class="pv-grid">%s</div><a class="pv-more" href="?page=2">ಇನ್ನಷ್ಟು</a></div>' % (E(h1), extra, "".join(card(x) for x in items))

    s.non("/karnataka-news", shell("Karnataka News in Kannada | ಕರ್ನಾಟಕ ಸುದ್ದಿ | Nadavani", listing("ಕರ್ನಾಟಕ", A[:2])))
    s.non("/district/dakshina-kannada", shell("Dakshina Kannada News | ದಕ್ಷಿಣ ಕನ್ನಡ | Nadavani", listing("ದಕ್ಷಿಣ ಕನ್ನಡ", [A[1]], '<div class="pv-subnav"><a href="/district/udupi">ಉಡುಪಿ</a> <a href="/district/dakshina-kannada">ದಕ್ಷಿಣ ಕನ್ನಡ</a></div>')))
    s.non("/tags/namma-metro", shell("Namma Metro | ನಮ್ಮ ಮೆಟ್ರೊ | Nadavani", listing("ನಮ್ಮ ಮೆಟ್ರೊ", [A[0]])))
    s.non("/author/rajesh-shetty", shell("ರಾಜೇಶ್ ಶೆಟ್ಟಿ | Nadavani", '<div class="pv-author-page"><h1>ರಾಜೇಶ್ ಶೆಟ್ಟಿ</h1><p>ಮಂಗಳೂರು ವರದಿಗಾರ</p></div>' + listing("ಲೇಖನಗಳು", [A[1]])))
    gp = "/photo/mangaluru-fishing-harbour-photos-3512001"
    gw = When("2025-09-03T12:10", IST)
    caps = ["ಬಂದರಿನಲ್ಲಿ ಲಂಗರು ಹಾಕಿರುವ ಬೋಟುಗಳು.", "ಮೀನು ಹರಾಜಿನಲ್ಲಿ ತೊಡಗಿರುವ ವ್ಯಾಪಾರಿಗಳು.", "ಬಲೆ ಸರಿಪಡಿಸುತ್ತಿರುವ ಮೀನುಗಾರರು.", "ಬುಟ್ಟಿಯಲ್ಲಿ ಬಂಗುಡೆ ಮೀನು."]
    s.non(gp, shell("ಚಿತ್ರಗಳಲ್ಲಿ: ಮಂಗಳೂರು ಬಂದರಿನ ಸಂಭ್ರಮ | Nadavani", gallery_inner("pv", "ಚಿತ್ರಗಳಲ್ಲಿ: ಮಂಗಳೂರು ಬಂದರಿನ ಸಂಭ್ರಮ", "Published %s" % kd(gw), caps, "–ನಾಡವಾಣಿ ಚಿತ್ರ: ಫಕ್ರುದ್ದೀನ್ ಎಚ್."),
                    '<meta property="og:type" content="article">'))
    vp = "/video/namma-metro-yellow-line-ride-3511870"
    vw = When("2025-09-08T16:00", IST)
    vt, vd = "ಹಳದಿ ಮಾರ್ಗದಲ್ಲಿ ಮೆಟ್ರೊ ಪಯಣ ಹೇಗಿದೆ? ವಿಡಿಯೊ ನೋಡಿ", "ಆರ್.ವಿ. ರಸ್ತೆಯಿಂದ ಬೊಮ್ಮಸಂದ್ರದವರೆಗೆ ಮೆಟ್ರೊ ಪಯಣದ ಅನುಭವ."
    s.non(vp, shell(vt + " | Nadavani", video_inner("pv", vt, "Published %s" % kd(vw), vd, "ಇನ್ನಷ್ಟು ವಿಡಿಯೊ", [("/video", "ದಸರಾ ಸಿದ್ಧತೆ")]), video_ld(s, vp, vt, vd, vw)))
    webstory(s, "/web-stories/mysuru-dasara-2025-highlights", "kn", "ಮೈಸೂರು ದಸರಾ 2025: ನೋಡಲೇಬೇಕಾದ ಆಕರ್ಷಣೆಗಳು", "Nadavani", "ನಾಡವಾಣಿ ಡಿಜಿಟಲ್", When("2025-09-20T09:00", IST),
             [("ಜಂಬೂ ಸವಾರಿ", "ವಿಜಯದಶಮಿಯಂದು ನಡೆಯುವ ಜಂಬೂ ಸವಾರಿ ದಸರಾದ ಪ್ರಮುಖ ಆಕರ್ಷಣೆ."), ("ಅರಮನೆ ದೀಪಾಲಂಕಾರ", "ಲಕ್ಷಾಂತರ ದೀಪಗಳಿಂದ ಅರಮನೆ ಕಂಗೊಳಿಸುತ್ತದೆ."), ("ಯುವ ದಸರಾ", "ಸಂಗೀತ ಕಾರ್ಯಕ್ರಮಗಳು.")], "ಇನ್ನಷ್ಟು ವೆಬ್ ಸ್ಟೋರಿ", "/web-stories")
    rw = When("2025-09-15T05:00", IST)
    signs = "ಮೇಷ ವೃಷಭ ಮಿಥುನ ಕಟಕ ಸಿಂಹ ಕನ್ಯಾ ತುಲಾ ವೃಶ್ಚಿಕ ಧನು ಮಕರ ಕುಂಭ ಮೀನ".split()
    ht = ["ಇಂದು ಆರ್ಥಿಕ ಲಾಭವಾಗಲಿದೆ.", "ಕುಟುಂಬದಲ್ಲಿ ಸಂತೋಷದ ವಾತಾವರಣ.", "ಉದ್ಯೋಗದಲ್ಲಿ ಹೊಸ ಜವಾಬ್ದಾರಿ.", "ಆರೋಗ್ಯದ ಬಗ್ಗೆ ಎಚ್ಚರಿಕೆ ಅಗತ್ಯ.", "ಸ್ನೇಹಿತರಿಂದ ಸಹಾಯ ದೊರೆಯಲಿದೆ.", "ಪ್ರಯಾಣದಿಂದ ಲಾಭ."]
    rt = "ದಿನ ಭವಿಷ್ಯ: 15 ಸೆಪ್ಟೆಂಬರ್ 2025"
    s.non("/astrology/dina-bhavishya-15-september-2025", shell(rt + " | Nadavani", '<div class="pv-story"><h1 class="pv-headline">%s</h1><div class="pv-meta"><div class="pv-byline"><span class="pv-author">ನಾಡವಾಣಿ ವಾರ್ತೆ</span></div><div class="pv-published">Published %s</div></div><div class="pv-body">%s</div></div>' % (
        E(rt), kd(rw), horoscope("bh", signs, ht, "ಅದೃಷ್ಟ ಸಂಖ್ಯೆ: %d")), '<meta property="og:type" content="article">' + jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": rt, "datePublished": rw.iso()}), "story"))
    s.non("/results/sslc-result-2025", shell("Karnataka SSLC Result 2025 | ಎಸ್ಸೆಸ್ಸೆಲ್ಸಿ ಫಲಿತಾಂಶ | Nadavani", results_inner("pv", "ಎಸ್ಸೆಸ್ಸೆಲ್ಸಿ ಫಲಿತಾಂಶ 2025", "ನೋಂದಣಿ ಸಂಖ್ಯೆ ನಮೂದಿಸಿ ಫಲಿತಾಂಶ ನೋಡಿ.", ["ನೋಂದಣಿ ಸಂಖ್ಯೆ"], "ಫಲಿತಾಂಶ ನೋಡಿ")))
    lab = dict(live="ಲೈವ್", title="Asia Cup 2025: ಭಾರತ–ಪಾಕಿಸ್ತಾನ ಪಂದ್ಯ ಲೈವ್ ಸ್ಕೋರ್", venue="ದುಬೈ ಅಂತರರಾಷ್ಟ್ರೀಯ ಕ್ರೀಡಾಂಗಣ", batter="ಬ್ಯಾಟರ್", commentary="ವೀಕ್ಷಕ ವಿವರಣೆ", scorecard="ಸ್ಕೋರ್‌ಕಾರ್ಡ್")
    inns = [("ಪಾಕಿಸ್ತಾನ", "127/9", "20", [("ಸಾಹಿಬ್‌ಜಾದಾ ಫರ್ಹಾನ್", 40, 44, 1, 3, "c ಹಾರ್ದಿಕ್ b ಕುಲದೀಪ್"), ("ಶಾಹೀನ್ ಅಫ್ರಿದಿ", 33, 16, 0, 4, "ಔಟಾಗದೆ")]),
            ("ಭಾರತ", "131/3", "15.5", [("ಸೂರ್ಯಕುಮಾರ್ ಯಾದವ್", 47, 37, 5, 1, "ಔಟಾಗದೆ"), ("ಅಭಿಷೇಕ್ ಶರ್ಮಾ", 31, 13, 4, 2, "c ಫಹೀಮ್ b ಸಯೀಮ್")])]
    comm = [("15.5", "ಸಿಕ್ಸರ್! ಭಾರತಕ್ಕೆ 7 ವಿಕೆಟ್ ಜಯ."), ("15.4", "ಒಂದು ರನ್.")]
    s.non("/sports/cricket/live-score/india-vs-pakistan-asia-cup-2025", shell("IND vs PAK Live Score | Nadavani", scoreboard("pv", lab, None, inns, comm)))
    today = When(NOW, IST)
    s.non("/epaper", shell("Nadavani ePaper", epaper_inner("pv", "ನಾಡವಾಣಿ ಇ-ಪೇಪರ್", "%d %s %d" % (today.l.day, today.mon("kn"), today.l.year), [("/epaper/bengaluru", "ಬೆಂಗಳೂರು"), ("/epaper/mangaluru", "ಮಂಗಳೂರು"), ("/epaper/hubballi", "ಹುಬ್ಬಳ್ಳಿ")], "ಇ-ಪೇಪರ್ ಓದಲು ಲಾಗಿನ್ ಆಗಿ")))
    home = ('<div class="pv-home"><section class="pv-top">%s</section><section><a href="%s">ಚಿತ್ರಗಳಲ್ಲಿ: ಮಂಗಳೂರು ಬಂದರಿನ ಸಂಭ್ರಮ</a> <a href="%s">%s</a> <a href="/web-stories/mysuru-dasara-2025-highlights">ವೆಬ್ ಸ್ಟೋರಿ</a></section>'
            '<section><a href="/astrology/dina-bhavishya-15-september-2025">ದಿನ ಭವಿಷ್ಯ</a> <a href="/results/sslc-result-2025">ಫಲಿತಾಂಶ</a> <a href="/sports/cricket/live-score/india-vs-pakistan-asia-cup-2025">ಲೈವ್ ಸ್ಕೋರ್</a> '
            '<a href="/tags/namma-metro">ನಮ್ಮ ಮೆಟ್ರೊ</a> <a href="/author/rajesh-shetty">ರಾಜೇಶ್ ಶೆಟ್ಟಿ</a> <a href="/karnataka-news">ಕರ್ನಾಟಕ</a></section></div>') % ("".join(card(x) for x in A), gp, vp, E(vt))
    s.non("/", shell("Kannada News: Latest Kannada News, ಕನ್ನಡ ಸುದ್ದಿ | Nadavani", home, '<meta property="og:type" content="website">', "home"))
    s.news_sitemap("/sitemap-news.xml", [(a["path"], a["title"], a["w"]) for a in A], "Nadavani", "kn")
    s.urlset("/sitemap.xml", ["/", "/karnataka-news", "/district/dakshina-kannada", "/tags/namma-metro", "/epaper", gp, vp])
    s.robots(["/sitemap.xml", "/sitemap-news.xml"], ("/search",))


# ====================================================================== 9 Malayalam
def keraladhwani():
    """Manorama-like Malayalam portal on AEM: 'Published: October 20, 2025
    10:45 AM IST' / 'Updated:', 'ഓൺലൈൻ ഡെസ്ക്' and 'സ്വന്തം ലേഖകൻ' credits,
    the dateline with '∙', an 'English Summary:' line closing the story."""
    s = Site(9)
    SN = "കേരളധ്വനി"

    def md(w):
        return w.fmt("%B ") + str(w.l.day) + w.fmt(", %Y %I:%M %p") + " IST"

    NAV = [("/", "ഹോം"), ("/news/kerala.html", "കേരളം"), ("/district-news/ernakulam.html", "എറണാകുളം"), ("/news/india.html", "ഇന്ത്യ"), ("/news/world.html", "ലോകം"), ("/sports.html", "സ്പോർട്സ്"),
           ("/astrology/daily-prediction/2025/10/21/nakshatra-phalam.html", "ജ്യോതിഷം"), ("/lottery/kerala-lottery-results-akshaya-ak-722.html", "ലോട്ടറി"), ("/videos.html", "വിഡിയോ"), ("/epaper.html", "ഇ-പേപ്പർ")]

    def shell(title, main, head="", tmpl="homepage"):
        return ('<!DOCTYPE html>\n<html lang="ml"><head><meta charset="UTF-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<meta name="template" content="%s"><link rel="stylesheet" href="/etc.clientlibs/kd/clientlibs/clientlib-site.min.css"></head><body class="page basicpage">'
                '<div class="root responsivegrid"><div class="aem-Grid aem-Grid--12"><div class="header aem-GridColumn"><header class="cmp-header"><a class="cmp-header__logo" href="/"><img src="/content/dam/kd/logo.svg" alt="Keraladhwani"></a>'
                '<nav class="cmp-navigation"><ul class="cmp-navigation__group">%s</ul></nav><a class="cmp-header__premium" href="/premium.html">PREMIUM</a></div>'
                '<div class="container aem-GridColumn"><div class="cmp-container">%s</div></div>'
                '<div class="footer aem-GridColumn"><footer class="cmp-footer"><a href="/about-us.html">ഞങ്ങളെക്കുറിച്ച്</a> <a href="/contact-us.html">ബന്ധപ്പെടുക</a> <a href="/privacy-policy.html">സ്വകാര്യതാ നയം</a>'
                '<p>Copyright © 2025 Keraladhwani Media Ltd. All rights reserved.</p></footer></div></div></div>'
                '<div class="cmp-cookie" id="cookie-consent">ഈ വെബ്സൈറ്റ് കുക്കികൾ ഉപയോഗിക്കുന്നു. <button>അംഗീകരിക്കുന്നു</button></div></body></html>') % (E(title), head, tmpl, links(NAV, "cmp-navigation__item"), main)

    def card(a):
        return '<li class="cmp-story-list__item"><a href="%s"><img src="/content/dam/kd/%d.jpg" alt=""><h2 class="cmp-story-list__title">%s</h2></a></li>' % (a["path"], uid(a["path"]), E(a["title"]))

    A = [
        dict(path="/news/kerala/2025/10/20/heavy-rain-yellow-alert-in-five-districts.html", sec=("/news/kerala.html", "കേരളം"), w=When("2025-10-20T10:45", IST), upd=17,
             title="സംസ്ഥാനത്ത് ഇന്നും ശക്തമായ മഴയ്ക്ക് സാധ്യത; അഞ്ച് ജില്ലകളിൽ യെലോ അലർട്ട്", by=("ഓൺലൈൻ ഡെസ്ക്", None), ld_author="Online Desk", authors=[],
             eng="Kerala rain: Yellow alert in five districts",
             paras=["സംസ്ഥാനത്ത് ഇന്നും ശക്തമായ മഴയ്ക്ക് സാധ്യതയുണ്ടെന്ന് കേന്ദ്ര കാലാവസ്ഥാ വകുപ്പ് അറിയിച്ചു. പത്തനംതിട്ട, ആലപ്പുഴ, കോട്ടയം, ഇടുക്കി, എറണാകുളം ജില്ലകളിൽ യെലോ അലർട്ട് പ്രഖ്യാപിച്ചു.",
                    "തെക്കുകിഴക്കൻ അറബിക്കടലിൽ രൂപപ്പെട്ട ന്യൂനമർദമാണ് മഴയ്ക്ക് കാരണം. ഇത് അടുത്ത 48 മണിക്കൂറിനുള്ളിൽ ശക്തിപ്രാപിക്കാൻ സാധ്യതയുണ്ട്.",
                    "മലയോര മേഖലകളിൽ മണ്ണിടിച്ചിലിനും ഉരുൾപൊട്ടലിനും സാധ്യതയുള്ളതിനാൽ ജാഗ്രത പാലിക്കണമെന്ന് ദുരന്തനിവാരണ അതോറിറ്റി നിർദേശിച്ചു.",
                    "കേരള തീരത്ത് മത്സ്യബന്ധനത്തിന് പോകരുതെന്നും മുന്നറിയിപ്പുണ്ട്. മണിക്കൂറിൽ 40 മുതൽ 50 കിലോമീറ്റർ വരെ വേഗത്തിൽ കാറ്റ് വീശാൻ സാധ്യതയുണ്ട്."]),
        dict(path="/news/kerala/2025/10/14/kochi-water-metro-new-service-to-fort-kochi.html", sec=("/district-news/ernakulam.html", "എറണാകുളം"), w=When("2025-10-14T16:30", IST), upd=0,
             title="ഫോർട്ട്കൊച്ചിയിലേക്ക് വാട്ടർ മെട്രോയുടെ പുതിയ സർവീസ്; യാത്രാസമയം 20 മിനിറ്റ്", by=("അനൂപ് മോഹൻ", "/author/anoop-mohan.html"), ld_author="Anoop Mohan", authors=["അനൂപ് മോഹൻ"],
             eng="Kochi Water Metro launches new service to Fort Kochi", photo="ചിത്രം: ജോസ്‌കുട്ടി പനയ്ക്കൽ ∙ കേരളധ്വനി",
             paras=["കൊച്ചി വാട്ടർ മെട്രോ ഹൈക്കോടതി ജെട്ടിയിൽ നിന്ന് ഫോർട്ട്കൊച്ചിയിലേക്കുള്ള പുതിയ സർവീസ് ആരംഭിച്ചു. ഇരുപത് മിനിറ്റ് കൊണ്ട് ഫോർട്ട്കൊച്ചിയിലെത്താം.",
                    "രാവിലെ ഏഴു മുതൽ രാത്രി എട്ടു വരെ ഓരോ അര മണിക്കൂറിലും ബോട്ടുണ്ടാകും. ഒരു വശത്തേക്ക് 50 രൂപയാണ് നിരക്ക്.",
                    "വിനോദസഞ്ചാരികൾക്കും ദിവസേന യാത്ര ചെയ്യുന്നവർക്കും ഏറെ ഉപകാരപ്രദമാകുന്നതാണ് പുതിയ സർവീസ്. റോ-റോ സർവീസിലെ തിരക്കിന് ഇതോടെ ആശ്വാസമാകുമെന്നാണ് പ്രതീക്ഷ.",
                    "വൈപ്പിൻ, ബോൾഗാട്ടി, മുളവുകാട് ടെർമിനലുകളിലേക്കുള്ള സർവീസുകളും അടുത്ത മാസം മുതൽ വർധിപ്പിക്കുമെന്ന് കെഎംആർഎൽ അധികൃതർ പറഞ്ഞു."]),
        dict(path="/news/kerala/2025/10/27/sabarimala-virtual-queue-booking-begins.html", sec=("/news/kerala.html", "കേരളം"), w=When("2025-10-27T19:10", IST), upd=50,
             title="ശബരിമല മണ്ഡലകാലം: വെർച്വൽ ക്യൂ ബുക്കിങ് ആരംഭിച്ചു; ദിവസം 70,000 പേർക്ക്", by=("സ്വന്തം ലേഖകൻ", None), ld_author="Staff Reporter", authors=[],
             eng="Sabarimala virtual queue booking opens",
             paras=["തിരുവനന്തപുരം ∙ ശബരിമല മണ്ഡല-മകരവിളക്ക് തീർഥാടനത്തിനുള്ള വെർച്വൽ ക്യൂ ബുക്കിങ് ആരംഭിച്ചു. ഒരു ദിവസം 70,000 പേർക്കാണ് ഓൺലൈനായി ദർശനത്തിന് ബുക്ക് ചെയ്യാൻ കഴിയുക.",
                    "ഇതിനു പുറമേ സ്പോട് ബുക്കിങ് വഴി ദിവസം 20,000 പേർക്ക് കൂടി ദർശനം അനുവദിക്കും. നിലയ്ക്കൽ, പമ്പ, എരുമേലി എന്നിവിടങ്ങളിലാണ് സ്പോട് ബുക്കിങ് കൗണ്ടറുകൾ.",
                    "നവംബർ 16ന് വൈകിട്ട് നട തുറക്കും. തീർഥാടകർക്കായി പമ്പയിലും സന്നിധാനത്തും കൂടുതൽ വിശ്രമകേന്ദ്രങ്ങളും കുടിവെള്ള സൗകര്യവും ഒരുക്കിയിട്ടുണ്ടെന്ന് ദേവസ്വം ബോർഡ് അറിയിച്ചു.",
                    "തിരക്ക് നിയന്ത്രിക്കാൻ കൂടുതൽ പൊലീസുകാരെ വിന്യസിക്കും. കെഎസ്ആർടിസി പ്രത്യേക സർവീസുകളും നടത്തും."]),
    ]
    WA = "കേരളധ്വനി ന്യൂസ് വാട്സാപ് ചാനലിൽ ചേരാൻ ഇവിടെ ക്ലിക്ക് ചെയ്യുക"
    for i, a in enumerate(A):
        o = A[(i + 1) % len(A)]
        up = a["w"].plus(a["upd"])
        name, au = a["by"]
        body = []
        for k, p in enumerate(a["paras"]):
            body.append("<p>%s</p>" % E(p))
            if k == 1:
                body.append('<div class="story-inline-related"><h4>ഇതും വായിക്കാം</h4><a href="%s">%s</a></div>' % (o["path"], E(o["title"])))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["w"].iso(), "dateModified": up.iso(), "inLanguage": "ml",
              "author": {"@type": "Person", "name": a["ld_author"]}, "publisher": {"@type": "Organization", "name": "Keraladhwani"}, "mainEntityOfPage": s.url(a["path"])}
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
                '<meta property="article:published_time" content="%s"><meta name="author" content="%s">%s') % (s.url(a["path"]), E(a["eng"]), E(a["title"]), a["w"].iso(), E(a["ld_author"]), jl(ld))
        auth = ('<a class="story-author-name" href="%s">%s</a>' % (au, E(name))) if au else '<span class="story-author-name">%s</span>' % E(name)
        upd = '<time class="story-update-date">Updated: %s</time>' % md(up) if a["upd"] else ""
        main = ('<div class="story-header"><nav class="cmp-breadcrumb"><a href="/">Home</a> › <a href="%s">%s</a></nav><h1 class="story-headline">%s</h1>'
                '<div class="story-author-date">%s<time class="story-publish-date">Published: %s</time>%s<span class="story-read-time">1 minute Read</span></div>'
                '<div class="story-share"><a>Facebook</a><a>WhatsApp</a><a>X</a><a>Mail</a></div></div>'
                '<div class="story-img"><img src="/content/dam/kd/%d.jpg" alt=""><span class="story-img-caption">%s</span></div>'
                '<div class="article rte-article" itemprop="articleBody">%s</div>'
                '<div class="story-english-summary"><p><b>English Summary:</b> %s</p></div>'
                '<div class="story-whatsapp"><a href="https://whatsapp.com/channel/kd">%s</a></div>'
                '<div class="story-topics"><span>Topics:</span> <a href="/topic/sabarimala.html">Sabarimala</a> <a href="/topic/kerala-rain.html">Kerala Rain</a></div>'
                '<div class="cmp-comments"><h3>അഭിപ്രായങ്ങൾ</h3><p>ഇവിടെ പോസ്റ്റു ചെയ്യുന്ന അഭിപ്രായങ്ങൾ കേരളധ്വനിയുടേതല്ല.</p></div>'
                '<div class="cmp-story-list"><h3>കൂടുതൽ വാർത്തകൾ</h3><ul>%s</ul></div>') % (
            a["sec"][0], E(a["sec"][1]), E(a["title"]), auth, md(a["w"]), upd, uid(a["path"]), E(a.get("photo", "പ്രതീകാത്മക ചിത്രം")), "".join(body), E(a["eng"]), WA,
            "".join(card(x) for x in A if x is not a))
        s.story(a["path"], shell("%s | %s | Keraladhwani" % (a["title"], a["eng"]), main, head, "article-page"), a, must=[a["paras"][0], a["paras"][-1]],
                must_not=[o["title"], WA, "ഇവിടെ പോസ്റ്റു ചെയ്യുന്ന അഭിപ്രായങ്ങൾ"])

    def listing(h1, items, extra=""):
        return '<div class="cmp-listing"><h1>%s</h1>%s<ul class="cmp-story-list">%s</ul><a class="load-more" href="?page=2">കൂടുതൽ വാർത്തകൾ</a></div>' % (E(h1), extra, "".join(card(x) for x in items))

    s.non("/news/kerala.html", shell("Kerala News | കേരള വാർത്തകൾ | Keraladhwani", listing("കേരളം", [A[0], A[2]]), '<meta property="og:type" content="website">', "section-page"))
    s.non("/district-news/ernakulam.html", shell("Ernakulam News | എറണാകുളം | Keraladhwani", listing("എറണാകുളം", [A[1]], '<div class="district-nav"><a href="/district-news/thrissur.html">തൃശൂർ</a> <a href="/district-news/kottayam.html">കോട്ടയം</a></div>'), "", "section-page"))
    s.non("/topic/sabarimala.html", shell("Sabarimala | ശബരിമല | Keraladhwani", listing("Sabarimala", [A[2]]), "", "topic-page"))
    s.non("/author/anoop-mohan.html", shell("അനൂപ് മോഹൻ | Keraladhwani", '<div class="author-profile"><h1>അനൂപ് മോഹൻ</h1><p>സീനിയർ സബ് എഡിറ്റർ, കൊച്ചി</p></div>' + listing("ലേഖനങ്ങൾ", [A[1]]), "", "author-page"))
    gp = "/photos/news/2025/10/14/kochi-water-metro-fort-kochi-photos.html"
    gw = When("2025-10-14T18:00", IST)
    caps = ["ഫോർട്ട്കൊച്ചി ജെട്ടിയിലെത്തിയ വാട്ടർ മെട്രോ ബോട്ട്.", "ആദ്യ യാത്രയിൽ പങ്കെടുത്ത യാത്രക്കാർ.", "കായലിലൂടെ നീങ്ങുന്ന ബോട്ട്.", "ഹൈക്കോടതി ടെർമിനൽ."]
    s.non(gp, shell("വാട്ടർ മെട്രോ ഫോർട്ട്കൊച്ചിയിൽ: ചിത്രങ്ങൾ | Keraladhwani", gallery_inner("kd", "വാട്ടർ മെട്രോ ഫോർട്ട്കൊച്ചിയിൽ: ചിത്രങ്ങൾ", "Published: %s" % md(gw), caps, "ചിത്രം: ജോസ്‌കുട്ടി പനയ്ക്കൽ"),
                    '<meta property="og:type" content="article">' + jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "വാട്ടർ മെട്രോ ഫോർട്ട്കൊച്ചിയിൽ: ചിത്രങ്ങൾ", "datePublished": gw.iso(), "author": {"@type": "Person", "name": "Photo Desk"}}), "gallery-page"))
    vp = "/videos/news/kerala/2025/10/20/kerala-rain-visuals.html"
    vw = When("2025-10-20T15:30", IST)
    vt, vd = "കനത്ത മഴയിൽ വെള്ളക്കെട്ട്; കൊച്ചി നഗരത്തിലെ ദൃശ്യങ്ങൾ", "ശക്തമായ മഴയിൽ കൊച്ചിയിലെ പലയിടത്തും വെള്ളക്കെട്ട്."
    s.non(vp, shell(vt + " | Keraladhwani", video_inner("kd", vt, "Published: %s" % md(vw), vd, "കൂടുതൽ വിഡിയോ", [("/videos.html", "ശബരിമല ഒരുക്കങ്ങൾ")]), video_ld(s, vp, vt, vd, vw), "video-page"))
    webstory(s, "/web-stories/kerala-monsoon-travel-destinations.html", "ml", "മഴക്കാലത്ത് കാണേണ്ട കേരളത്തിലെ 5 ഇടങ്ങൾ", "Keraladhwani", "Travel Desk", When("2025-10-18T09:00", IST),
             [("അതിരപ്പിള്ളി", "മഴക്കാലത്ത് നിറഞ്ഞൊഴുകുന്ന വെള്ളച്ചാട്ടം."), ("മൂന്നാർ", "കോടമഞ്ഞും തേയിലത്തോട്ടങ്ങളും."), ("വയനാട്", "പച്ചപ്പിന്റെ നാട്.")], "കൂടുതൽ വെബ് സ്റ്റോറികൾ", "/web-stories.html")
    rw = When("2025-10-21T05:00", IST)
    signs = "മേടം ഇടവം മിഥുനം കർക്കടകം ചിങ്ങം കന്നി തുലാം വൃശ്ചികം ധനു മകരം കുംഭം മീനം".split()
    ht = ["ഇന്ന് സാമ്പത്തിക നേട്ടം ഉണ്ടാകും.", "കുടുംബത്തിൽ സന്തോഷം.", "ജോലിയിൽ പുതിയ ഉത്തരവാദിത്തങ്ങൾ.", "ആരോഗ്യ കാര്യത്തിൽ ശ്രദ്ധിക്കുക.", "സുഹൃത്തുക്കളുടെ സഹായം ലഭിക്കും.", "യാത്രകൾ ഗുണകരമാകും."]
    rt = "ഇന്നത്തെ നക്ഷത്രഫലം (2025 ഒക്ടോബർ 21)"
    s.non("/astrology/daily-prediction/2025/10/21/nakshatra-phalam.html", shell(rt + " | Keraladhwani", '<div class="story-header"><h1 class="story-headline">%s</h1><div class="story-author-date"><span class="story-author-name">ഡോ. പി. ബി. രാജേഷ്</span><time class="story-publish-date">Published: %s</time></div></div>'
                                                                          '<div class="article rte-article">%s</div>' % (E(rt), md(rw), horoscope("np", signs, ht, "ഭാഗ്യസംഖ്യ: %d")),
                                                                          '<meta property="og:type" content="article">' + jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": rt, "datePublished": rw.iso(), "author": {"@type": "Person", "name": "Dr. P. B. Rajesh"}}), "article-page"))
    lw = When("2025-10-21T15:10", IST)
    s.non("/lottery/kerala-lottery-results-akshaya-ak-722.html", shell("Kerala Lottery Result: അക്ഷയ AK 722 ലോട്ടറി ഫലം | Keraladhwani", (
        '<div class="story-header"><h1 class="story-headline">അക്ഷയ AK 722 ലോട്ടറി നറുക്കെടുപ്പ് ഫലം</h1><div class="story-author-date"><span class="story-author-name">ഓൺലൈൻ ഡെസ്ക്</span><time class="story-publish-date">Published: %s</time></div></div>'
        '<div class="lottery-result"><table><tr><th>സമ്മാനം</th><th>ടിക്കറ്റ് നമ്പർ</th></tr><tr><td>ഒന്നാം സമ്മാനം (70 ലക്ഷം)</td><td>AY 482913</td></tr><tr><td>രണ്ടാം സമ്മാനം (5 ലക്ഷം)</td><td>AZ 118204</td></tr>'
        '<tr><td>മൂന്നാം സമ്മാനം (1 ലക്ഷം)</td><td>AN 372915, AO 501842, AP 290377</td></tr></table><p>ഫലം ഔദ്യോഗിക ഗസറ്റുമായി ഒത്തുനോക്കുക.</p></div>') % md(lw), '<meta property="og:type" content="article">', "article-page"))
    s.non("/education/results/sslc-result-2025.html", shell("Kerala SSLC Result 2025 | എസ്എസ്എൽസി ഫലം | Keraladhwani", results_inner("kd", "എസ്എസ്എൽസി പരീക്ഷാഫലം 2025", "രജിസ്റ്റർ നമ്പറും ജനനത്തീയതിയും നൽകി ഫലം അറിയാം.", ["രജിസ്റ്റർ നമ്പർ", "ജനനത്തീയതി"], "ഫലം അറിയാം"), "", "results-page"))
    lab = dict(live="ലൈവ്", title="Ranji Trophy: കേരളം – മഹാരാഷ്ട്ര ലൈവ് സ്കോർ", venue="ഗ്രീൻഫീൽഡ് സ്റ്റേഡിയം, തിരുവനന്തപുരം", batter="ബാറ്റർ", commentary="കമന്ററി", scorecard="സ്കോർകാർഡ്")
    inns = [("മഹാരാഷ്ട്ര", "239", "84.1", [("ഋതുരാജ് ഗെയ്ക്‌വാദ്", 91, 151, 11, 0, "c സൽമാൻ b ഏദൻ"), ("ജലജ് സക്സേന", 49, 142, 5, 0, "lbw b നിധീഷ്")]),
            ("കേരളം", "219", "73", [("സൽമാൻ നിസാർ", 49, 88, 6, 1, "c & b സക്സേന"), ("സഞ്ജു സാംസൺ", 54, 63, 10, 0, "c ഗെയ്ക്‌വാദ് b ചൗധരി")])]
    comm = [("73.0", "ഓൾഔട്ട്. മഹാരാഷ്ട്രയ്ക്ക് 20 റൺസ് ലീഡ്."), ("72.5", "ഒരു റൺ.")]
    s.non("/sports/cricket/live-score/ranji-trophy-kerala-vs-maharashtra.html", shell("Kerala vs Maharashtra Live Score | Keraladhwani", scoreboard("kd", lab, None, inns, comm), '<meta http-equiv="refresh" content="30">', "live-page"))
    today = When(NOW, IST)
    s.non("/epaper.html", shell("Keraladhwani ePaper", epaper_inner("kd", "കേരളധ്വനി ഇ-പേപ്പർ", "%s %d, %d" % (today.mon("ml"), today.l.day, today.l.year), [("/epaper/kochi.html", "കൊച്ചി"), ("/epaper/thiruvananthapuram.html", "തിരുവനന്തപുരം"), ("/epaper/kozhikode.html", "കോഴിക്കോട്")], "ഇ-പേപ്പർ വായിക്കാൻ ലോഗിൻ ചെയ്യുക"), "", "epaper-page"))
    home = ('<div class="cmp-home"><ul class="cmp-story-list top">%s</ul><section><a href="%s">വാട്ടർ മെട്രോ ഫോർട്ട്കൊച്ചിയിൽ: ചിത്രങ്ങൾ</a> <a href="%s">%s</a> <a href="/web-stories/kerala-monsoon-travel-destinations.html">വെബ് സ്റ്റോറി</a></section>'
            '<section><a href="/astrology/daily-prediction/2025/10/21/nakshatra-phalam.html">നക്ഷത്രഫലം</a> <a href="/lottery/kerala-lottery-results-akshaya-ak-722.html">ലോട്ടറി ഫലം</a> <a href="/education/results/sslc-result-2025.html">എസ്എസ്എൽസി ഫലം</a> '
            '<a href="/sports/cricket/live-score/ranji-trophy-kerala-vs-maharashtra.html">ലൈവ് സ്കോർ</a> <a href="/topic/sabarimala.html">ശബരിമല</a> <a href="/author/anoop-mohan.html">അനൂപ് മോഹൻ</a></section></div>') % ("".join(card(x) for x in A), gp, vp, E(vt))
    s.non("/", shell("Malayalam News | Kerala News | Latest Malayalam News | Keraladhwani", home, '<meta property="og:type" content="website">'))
    s.news_sitemap("/sitemap/news-sitemap.xml", [(a["path"], a["title"], a["w"]) for a in A], "Keraladhwani", "ml")
    s.urlset("/sitemap.xml", ["/", "/news/kerala.html", "/district-news/ernakulam.html", "/topic/sabarimala.html", "/epaper.html", gp, vp])
    s.robots(["/sitemap.xml", "/sitemap/news-sitemap.xml"], ("/search", "/premium"))


# ====================================================================== 10 Punjabi
def jagatbani():
    """Jagbani-like Punjabi portal (Punjab Kesari group, ASP.NET WebForms, the
    whole page inside one <form>): the reporter named only in the dateline
    ('ਲੁਧਿਆਣਾ (ਹਿਤੇਸ਼)-'), 'Edited By' an editor in Latin script (the JSON-LD
    author), agency copy '(ਭਾਸ਼ਾ)', the app pitch and a note inside the body."""
    s = Site(10)
    SN = "ਜਗਤ ਬਾਣੀ"

    def jd(w):
        return w.fmt("%d %b, %Y %I:%M %p")

    NAV = [("/", "ਮੁੱਖ ਪੰਨਾ"), ("/punjab", "ਪੰਜਾਬ"), ("/ludhiana", "ਲੁਧਿਆਣਾ"), ("/national", "ਦੇਸ਼"), ("/international", "ਵਿਦੇਸ਼"), ("/sports", "ਖੇਡ"), ("/rashifal/aaj-da-rashifal-26-feb-2025", "ਰਾਸ਼ੀਫਲ"),
           ("/hukamnama-sahib", "ਹੁਕਮਨਾਮਾ"), ("/photos/punjab-weather-rain-photos-1542001", "ਤਸਵੀਰਾਂ"), ("/videos/ludhiana-shops-sealed-video-1541300", "ਵੀਡੀਓ"), ("/epaper", "ਈ-ਪੇਪਰ")]

    def shell(title, main, head="", action="./"):
        return ('<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="pa"><head><meta charset="utf-8"><title>\n\t%s\n</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link href="/css/jb.min.css?v=12" rel="stylesheet"></head><body>'
                '<form method="post" action="%s" id="form1"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTk2ODA1NzYxOWRk%d"><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAJ%d"></div>'
                '<div class="header"><div class="logo"><a href="/"><img src="/images/jagatbani-logo.png" alt="Jagat Bani"></a></div><div class="top-links"><a href="/epaper">ਈ-ਪੇਪਰ</a> <a href="https://hindi.example">Hindi</a></div>'
                '<ul class="menu">%s</ul></div>'
                '<div class="main-wrapper">%s</div>'
                '<div class="footer"><a href="/aboutus">About Us</a> | <a href="/contactus">Contact Us</a> | <a href="/privacy">Privacy Policy</a> | <a href="/disclaimer">Disclaimer</a><p>Copyright © 2025 Jagat Bani. All Rights Reserved.</p></div>'
                '</form></body></html>') % (E(title), head, action, uid(title), uid(title + "x"), links(NAV), main)

    def card(a):
        return '<div class="news-box"><a href="%s"><img src="/images/%d.jpg" alt=""><p class="hd">%s</p></a></div>' % (a["path"], uid(a["path"]), E(a["title"]))

    A = [
        dict(path="/punjab/news/weather-changes-in-punjab-rain-alert-in-many-districts-1542010", sec=("/punjab", "ਪੰਜਾਬ"), w=When("2025-02-25T10:45", IST), editor="Gurminder Singh", authors=[],
             title="ਪੰਜਾਬ 'ਚ ਮੌਸਮ ਨੇ ਲਈ ਕਰਵਟ, ਕਈ ਜ਼ਿਲ੍ਹਿਆਂ 'ਚ ਮੀਂਹ ਦਾ ਅਲਰਟ",
             paras=["ਜਲੰਧਰ (ਵੈੱਬ ਡੈਸਕ)- ਪੰਜਾਬ 'ਚ ਇਕ ਵਾਰ ਫਿਰ ਮੌਸਮ ਨੇ ਕਰਵਟ ਲਈ ਹੈ। ਮੌਸਮ ਵਿਭਾਗ ਨੇ ਅਗਲੇ ਦੋ ਦਿਨਾਂ ਲਈ ਸੂਬੇ ਦੇ ਕਈ ਜ਼ਿਲ੍ਹਿਆਂ 'ਚ ਮੀਂਹ ਅਤੇ ਤੇਜ਼ ਹਵਾਵਾਂ ਦਾ ਅਲਰਟ ਜਾਰੀ ਕੀਤਾ ਹੈ।",
                    "ਵਿਭਾਗ ਮੁਤਾਬਕ ਪੱਛਮੀ ਗੜਬੜੀ ਦੇ ਸਰਗਰਮ ਹੋਣ ਕਾਰਨ ਪਠਾਨਕੋਟ, ਗੁਰਦਾਸਪੁਰ, ਅੰਮ੍ਰਿਤਸਰ ਅਤੇ ਹੁਸ਼ਿਆਰਪੁਰ 'ਚ ਗਰਜ ਨਾਲ ਮੀਂਹ ਪੈ ਸਕਦਾ ਹੈ।",
                    "ਮੀਂਹ ਤੋਂ ਬਾਅਦ ਤਾਪਮਾਨ 'ਚ ਦੋ ਤੋਂ ਤਿੰਨ ਡਿਗਰੀ ਦੀ ਗਿਰਾਵਟ ਆਉਣ ਦੀ ਸੰਭਾਵਨਾ ਹੈ। ਕਿਸਾਨਾਂ ਨੂੰ ਸਲਾਹ ਦਿੱਤੀ ਗਈ ਹੈ ਕਿ ਉਹ ਇਨ੍ਹਾਂ ਦਿਨਾਂ 'ਚ ਫ਼ਸਲਾਂ ਨੂੰ ਪਾਣੀ ਨਾ ਲਾਉਣ।",
                    "ਜ਼ਿਕਰਯੋਗ ਹੈ ਕਿ ਬੀਤੇ ਕੁਝ ਦਿਨਾਂ ਤੋਂ ਦਿਨ ਦਾ ਤਾਪਮਾਨ ਆਮ ਨਾਲੋਂ ਵੱਧ ਦਰਜ ਕੀਤਾ ਜਾ ਰਿਹਾ ਸੀ।"]),
        dict(path="/punjab/news/ludhiana-municipal-corporation-seals-25-shops-over-property-tax-1541288", sec=("/ludhiana", "ਲੁਧਿਆਣਾ"), w=When("2025-02-18T14:05", IST), editor="Sandeep Kumar", authors=["ਹਿਤੇਸ਼"],
             title="ਨਗਰ ਨਿਗਮ ਦੀ ਵੱਡੀ ਕਾਰਵਾਈ, ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ ਨਾ ਭਰਨ ਵਾਲੀਆਂ 25 ਦੁਕਾਨਾਂ ਸੀਲ",
             paras=["ਲੁਧਿਆਣਾ (ਹਿਤੇਸ਼)- ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ ਦੀ ਵਸੂਲੀ ਨੂੰ ਲੈ ਕੇ ਨਗਰ ਨਿਗਮ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਵੱਡੀ ਕਾਰਵਾਈ ਕਰਦਿਆਂ ਘੰਟਾ ਘਰ ਅਤੇ ਚੌੜਾ ਬਾਜ਼ਾਰ ਇਲਾਕੇ 'ਚ 25 ਦੁਕਾਨਾਂ ਨੂੰ ਸੀਲ ਕਰ ਦਿੱਤਾ।",
                    "ਨਿਗਮ ਅਧਿਕਾਰੀਆਂ ਮੁਤਾਬਕ ਇਨ੍ਹਾਂ ਦੁਕਾਨਦਾਰਾਂ ਵੱਲ ਪਿਛਲੇ ਪੰਜ ਸਾਲਾਂ ਤੋਂ ਲੱਖਾਂ ਰੁਪਏ ਦਾ ਟੈਕਸ ਬਕਾਇਆ ਸੀ ਅਤੇ ਕਈ ਵਾਰ ਨੋਟਿਸ ਭੇਜਣ ਦੇ ਬਾਵਜੂਦ ਅਦਾਇਗੀ ਨਹੀਂ ਕੀਤੀ ਗਈ।",
                    "ਕਾਰਵਾਈ ਦੌਰਾਨ ਕੁਝ ਦੁਕਾਨਦਾਰਾਂ ਨੇ ਮੌਕੇ 'ਤੇ ਹੀ ਚੈੱਕ ਦੇ ਕੇ ਬਕਾਇਆ ਜਮ੍ਹਾ ਕਰਵਾਇਆ, ਜਿਸ ਤੋਂ ਬਾਅਦ ਉਨ੍ਹਾਂ ਦੀਆਂ ਦੁਕਾਨਾਂ ਦੀ ਸੀਲ ਖੋਲ੍ਹ ਦਿੱਤੀ ਗਈ।",
                    "ਨਿਗਮ ਕਮਿਸ਼ਨਰ ਨੇ ਦੱਸਿਆ ਕਿ 31 ਮਾਰਚ ਤੱਕ ਡਿਫਾਲਟਰਾਂ ਖ਼ਿਲਾਫ਼ ਇਹ ਮੁਹਿੰਮ ਜਾਰੀ ਰਹੇਗੀ।"]),
        dict(path="/punjab/news/punjab-cabinet-discusses-draft-of-new-agriculture-policy-1540755", sec=("/punjab", "ਪੰਜਾਬ"), w=When("2025-02-12T19:30", IST), editor="Anmol Tagra", authors=["ਰਮਨਜੀਤ ਸਿੰਘ", "ਅਸ਼ਵਨੀ"],
             title="ਪੰਜਾਬ ਕੈਬਨਿਟ ਦੀ ਮੀਟਿੰਗ 'ਚ ਨਵੀਂ ਖੇਤੀ ਨੀਤੀ ਦੇ ਖਰੜੇ 'ਤੇ ਚਰਚਾ",
             paras=["ਚੰਡੀਗੜ੍ਹ (ਰਮਨਜੀਤ ਸਿੰਘ, ਅਸ਼ਵਨੀ)- ਪੰਜਾਬ ਕੈਬਨਿਟ ਦੀ ਬੁੱਧਵਾਰ ਨੂੰ ਹੋਈ ਮੀਟਿੰਗ 'ਚ ਨਵੀਂ ਖੇਤੀ ਨੀਤੀ ਦੇ ਖਰੜੇ 'ਤੇ ਵਿਸਥਾਰ ਨਾਲ ਚਰਚਾ ਕੀਤੀ ਗਈ।",
                    "ਸੂਤਰਾਂ ਮੁਤਾਬਕ ਨੀਤੀ 'ਚ ਫ਼ਸਲੀ ਵਿਭਿੰਨਤਾ, ਧਰਤੀ ਹੇਠਲੇ ਪਾਣੀ ਦੀ ਬੱਚਤ ਅਤੇ ਪਰਾਲੀ ਪ੍ਰਬੰਧਨ 'ਤੇ ਖ਼ਾਸ ਜ਼ੋਰ ਦਿੱਤਾ ਗਿਆ ਹੈ।",
                    "ਮੀਟਿੰਗ ਤੋਂ ਬਾਅਦ ਖੇਤੀਬਾੜੀ ਮੰਤਰੀ ਨੇ ਦੱਸਿਆ ਕਿ ਕਿਸਾਨ ਜਥੇਬੰਦੀਆਂ ਨਾਲ ਸਲਾਹ-ਮਸ਼ਵਰੇ ਤੋਂ ਬਾਅਦ ਹੀ ਨੀਤੀ ਨੂੰ ਅੰਤਿਮ ਰੂਪ ਦਿੱਤਾ ਜਾਵੇਗਾ।",
                    "ਕੈਬਨਿਟ ਨੇ ਸਰਕਾਰੀ ਵਿਭਾਗਾਂ 'ਚ ਖਾਲੀ ਪਈਆਂ ਅਸਾਮੀਆਂ ਭਰਨ ਦੀ ਪ੍ਰਕਿਰਿਆ ਤੇਜ਼ ਕਰਨ ਨੂੰ ਵੀ ਮਨਜ਼ੂਰੀ ਦਿੱਤੀ।"]),
        dict(path="/national/news/rekha-gupta-to-be-new-delhi-chief-minister-oath-on-thursday-1541620", sec=("/national", "ਦੇਸ਼"), w=When("2025-02-19T21:15", IST), editor="Rakesh", authors=[],
             title="ਰੇਖਾ ਗੁਪਤਾ ਹੋਣਗੇ ਦਿੱਲੀ ਦੇ ਨਵੇਂ ਮੁੱਖ ਮੰਤਰੀ, ਵੀਰਵਾਰ ਨੂੰ ਚੁੱਕਣਗੇ ਸਹੁੰ",
             paras=["ਨਵੀਂ ਦਿੱਲੀ (ਭਾਸ਼ਾ)- ਭਾਜਪਾ ਵਿਧਾਇਕ ਦਲ ਨੇ ਬੁੱਧਵਾਰ ਨੂੰ ਰੇਖਾ ਗੁਪਤਾ ਨੂੰ ਆਪਣਾ ਨੇਤਾ ਚੁਣ ਲਿਆ, ਜਿਸ ਨਾਲ ਉਨ੍ਹਾਂ ਦੇ ਦਿੱਲੀ ਦੀ ਨਵੀਂ ਮੁੱਖ ਮੰਤਰੀ ਬਣਨ ਦਾ ਰਾਹ ਪੱਧਰਾ ਹੋ ਗਿਆ।",
                    "ਸਹੁੰ ਚੁੱਕ ਸਮਾਗਮ ਵੀਰਵਾਰ ਨੂੰ ਰਾਮਲੀਲਾ ਮੈਦਾਨ 'ਚ ਹੋਵੇਗਾ, ਜਿਸ 'ਚ ਕਈ ਸੂਬਿਆਂ ਦੇ ਮੁੱਖ ਮੰਤਰੀਆਂ ਦੇ ਸ਼ਾਮਲ ਹੋਣ ਦੀ ਸੰਭਾਵਨਾ ਹੈ।",
                    "ਰੇਖਾ ਗੁਪਤਾ ਸ਼ਾਲੀਮਾਰ ਬਾਗ਼ ਸੀਟ ਤੋਂ ਵਿਧਾਇਕ ਚੁਣੇ ਗਏ ਹਨ। ਉਹ ਦਿੱਲੀ ਦੀ ਚੌਥੀ ਮਹਿਲਾ ਮੁੱਖ ਮੰਤਰੀ ਹੋਣਗੇ।",
                    "ਭਾਜਪਾ ਨੇ 70 ਮੈਂਬਰੀ ਵਿਧਾਨ ਸਭਾ 'ਚ 48 ਸੀਟਾਂ ਜਿੱਤ ਕੇ 27 ਸਾਲਾਂ ਬਾਅਦ ਦਿੱਲੀ 'ਚ ਸੱਤਾ 'ਚ ਵਾਪਸੀ ਕੀਤੀ ਹੈ।"]),
    ]
    APP = "ਜਗਤ ਬਾਣੀ ਈ-ਪੇਪਰ ਨੂੰ ਪੜ੍ਹਨ ਅਤੇ ਐਪ ਨੂੰ ਡਾਊਨਲੋਡ ਕਰਨ ਲਈ ਇੱਥੇ ਕਲਿੱਕ ਕਰੋ"
    NOTE = "ਨੋਟ- ਇਸ ਖ਼ਬਰ ਬਾਰੇ ਕੁਮੈਂਟ ਬਾਕਸ 'ਚ ਦਿਓ ਆਪਣੀ ਰਾਏ।"
    for i, a in enumerate(A):
        o = A[(i + 1) % len(A)]
        body = []
        for k, p in enumerate(a["paras"]):
            body.append("<p>%s</p>" % E(p))
            if k == 1:
                body.append('<p><strong>ਇਹ ਵੀ ਪੜ੍ਹੋ- <a href="%s">%s</a></strong></p>' % (o["path"], E(o["title"])))
        body.append('<p><strong><a href="/app">%s</a></strong></p><p>For Android:- https://play.google.com/store/apps/details?id=com.jagatbani.app</p><p>For IOS:- https://apps.apple.com/app/id538323711</p>' % APP)
        body.append("<p>%s</p>" % E(NOTE))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["w"].iso(), "dateModified": a["w"].iso(),
              "author": {"@type": "Person", "name": a["editor"]}, "publisher": {"@type": "Organization", "name": "Jagat Bani"}, "mainEntityOfPage": s.url(a["path"])}
        head = ('<meta name="description" content="%s"><link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:image" content="%s">%s') % (E(a["paras"][0][:150]), s.url(a["path"]), E(a["title"]), s.url("/images/%d.jpg" % uid(a["path"])), jl(ld))
        main = ('<div class="breadcrumb"><a href="/">ਮੁੱਖ ਪੰਨਾ</a> » <a href="%s">%s</a></div><div class="left-col"><div class="story_detail"><h1 class="story_title">%s</h1>'
                '<div class="story_meta"><span class="edited">Edited By <a href="/author/%s">%s</a>,</span><span class="updated">Updated: %s</span></div>'
                '<div class="story_share"><a>Facebook</a><a>Twitter</a><a>Whatsapp</a></div><div class="story_img"><img src="/images/%d.jpg" alt=""></div>'
                '<div class="desc" id="ContentPlaceHolder1_desc">%s</div>'
                '<div class="tags"><span>Tags</span><a href="/tags/weather">Weather</a><a href="%s">%s</a></div>'
                '<div class="comment_box"><h3>ਤੁਹਾਡੀ ਰਾਏ</h3><textarea name="txtComment"></textarea><input type="submit" name="btnSubmit" value="Submit"></div></div></div>'
                '<div class="right-col"><h3>ਪ੍ਰਮੁੱਖ ਖ਼ਬਰਾਂ</h3>%s</div>') % (
            a["sec"][0], E(a["sec"][1]), E(a["title"]), a["editor"].lower().replace(" ", "-"), E(a["editor"]), jd(a["w"]), uid(a["path"]), "".join(body), a["sec"][0], E(a["sec"][1]),
            "".join(card(x) for x in A if x is not a))
        s.story(a["path"], shell(a["title"], main, head, "./" + a["path"].rsplit("/", 1)[1]), a, must=[a["paras"][0], a["paras"][-1]], must_not=[o["title"], APP, "For Android:-"])

    def listing(h1, items, extra=""):
        return '<div class="listing"><h1>%s</h1>%s%s<div class="pager"><a href="?pg=2">ਅਗਲਾ</a></div></div>' % (E(h1), extra, "".join(card(x) for x in items))

    s.non("/punjab", shell("Punjab News in Punjabi - ਪੰਜਾਬ ਦੀਆਂ ਖ਼ਬਰਾਂ", listing("ਪੰਜਾਬ", [A[0], A[2]])))
    s.non("/ludhiana", shell("Ludhiana News - ਲੁਧਿਆਣਾ ਦੀਆਂ ਖ਼ਬਰਾਂ", listing("ਲੁਧਿਆਣਾ", [A[1]], '<div class="cities"><a href="/jalandhar">ਜਲੰਧਰ</a> <a href="/amritsar">ਅੰਮ੍ਰਿਤਸਰ</a> <a href="/patiala">ਪਟਿਆਲਾ</a></div>')))
    s.non("/tags/weather", shell("Weather - ਜਗਤ ਬਾਣੀ", listing("Weather", [A[0]])))
    gp = "/photos/punjab-weather-rain-photos-1542001"
    gw = When("2025-02-25T16:20", IST)
    caps = ["ਜਲੰਧਰ 'ਚ ਮੀਂਹ ਦੌਰਾਨ ਛੱਤਰੀ ਲੈ ਕੇ ਜਾਂਦੇ ਲੋਕ।", "ਅੰਮ੍ਰਿਤਸਰ 'ਚ ਛਾਏ ਕਾਲੇ ਬੱਦਲ।", "ਖੇਤਾਂ 'ਚ ਕਣਕ ਦੀ ਫ਼ਸਲ।", "ਮੀਂਹ ਤੋਂ ਬਾਅਦ ਸੜਕ 'ਤੇ ਖੜ੍ਹਾ ਪਾਣੀ।"]
    s.non(gp, shell("ਤਸਵੀਰਾਂ: ਪੰਜਾਬ 'ਚ ਬਦਲਿਆ ਮੌਸਮ", gallery_inner("jb", "ਤਸਵੀਰਾਂ: ਪੰਜਾਬ 'ਚ ਬਦਲਿਆ ਮੌਸਮ", "Updated: %s" % jd(gw), caps, "")))
    vp = "/videos/ludhiana-shops-sealed-video-1541300"
    vw = When("2025-02-18T17:00", IST)
    vt, vd = "ਲੁਧਿਆਣਾ 'ਚ ਨਿਗਮ ਨੇ ਸੀਲ ਕੀਤੀਆਂ ਦੁਕਾਨਾਂ, ਦੇਖੋ ਵੀਡੀਓ", "ਪ੍ਰਾਪਰਟੀ ਟੈਕਸ ਡਿਫਾਲਟਰਾਂ ਖ਼ਿਲਾਫ਼ ਨਿਗਮ ਦੀ ਕਾਰਵਾਈ।"
    s.non(vp, shell(vt, video_inner("jb", vt, "Updated: %s" % jd(vw), vd, "ਹੋਰ ਵੀਡੀਓ", [("/videos", "ਪੰਜਾਬ ਕੈਬਨਿਟ ਮੀਟਿੰਗ")]), video_ld(s, vp, vt, vd, vw)))
    rw = When("2025-02-26T05:00", IST)
    signs = "ਮੇਖ ਬ੍ਰਿਖ ਮਿਥੁਨ ਕਰਕ ਸਿੰਘ ਕੰਨਿਆ ਤੁਲਾ ਬ੍ਰਿਸ਼ਚਕ ਧਨੁ ਮਕਰ ਕੁੰਭ ਮੀਨ".split()
    ht = ["ਅੱਜ ਆਰਥਿਕ ਲਾਭ ਹੋਵੇਗਾ।", "ਪਰਿਵਾਰ 'ਚ ਖੁਸ਼ੀ ਦਾ ਮਾਹੌਲ ਰਹੇਗਾ।", "ਕੰਮਕਾਜ 'ਚ ਨਵੀਂ ਜ਼ਿੰਮੇਵਾਰੀ ਮਿਲ ਸਕਦੀ ਹੈ।", "ਸਿਹਤ ਦਾ ਧਿਆਨ ਰੱਖੋ।", "ਦੋਸਤਾਂ ਦਾ ਸਹਿਯੋਗ ਮਿਲੇਗਾ।", "ਯਾਤਰਾ ਲਾਭਦਾਇਕ ਰਹੇਗੀ।"]
    s.non("/rashifal/aaj-da-rashifal-26-feb-2025", shell("ਅੱਜ ਦਾ ਰਾਸ਼ੀਫਲ (26 ਫਰਵਰੀ 2025)", '<div class="story_detail"><h1 class="story_title">ਅੱਜ ਦਾ ਰਾਸ਼ੀਫਲ (26 ਫਰਵਰੀ 2025)</h1><div class="story_meta"><span class="edited">Edited By <a href="/author/rakesh">Rakesh</a>,</span><span class="updated">Updated: %s</span></div>'
                                                        '<div class="desc">%s</div></div>' % (jd(rw), horoscope("rf", signs, ht, "ਸ਼ੁੱਭ ਅੰਕ: %d")),
                                                        jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "ਅੱਜ ਦਾ ਰਾਸ਼ੀਫਲ (26 ਫਰਵਰੀ 2025)", "datePublished": rw.iso(), "author": {"@type": "Person", "name": "Rakesh"}})))
    hw = When("2025-02-26T06:10", IST)
    s.non("/hukamnama-sahib", shell("ਅੱਜ ਦਾ ਹੁਕਮਨਾਮਾ ਸ੍ਰੀ ਦਰਬਾਰ ਸਾਹਿਬ, ਸ੍ਰੀ ਅੰਮ੍ਰਿਤਸਰ", (
        '<div class="story_detail"><h1 class="story_title">ਅੱਜ ਦਾ ਮੁੱਖਵਾਕ ਸ੍ਰੀ ਦਰਬਾਰ ਸਾਹਿਬ, ਸ੍ਰੀ ਅੰਮ੍ਰਿਤਸਰ</h1><div class="story_meta"><span class="updated">Updated: %s</span></div>'
        '<div class="desc hukamnama"><p class="gurbani">ਸੋਰਠਿ ਮਹਲਾ ੫ ॥ ਗੁਰਿ ਪੂਰੈ ਕੀਤੀ ਪੂਰੀ ॥ ਪ੍ਰਭੁ ਰਵਿ ਰਹਿਆ ਭਰਪੂਰੀ ॥ ਖੇਮ ਕੁਸਲ ਭਇਆ ਇਸਨਾਨਾ ॥ ਪਾਰਬ੍ਰਹਮ ਵਿਟਹੁ ਕੁਰਬਾਨਾ ॥੧॥</p>'
        '<h3>ਵਿਆਖਿਆ</h3><p>ਹੇ ਭਾਈ! ਪੂਰੇ ਗੁਰੂ ਨੇ ਪੂਰੀ ਮਿਹਰ ਕੀਤੀ ਹੈ, ਪ੍ਰਭੂ ਹਰ ਥਾਂ ਵਿਆਪਕ ਦਿੱਸ ਰਿਹਾ ਹੈ।</p></div></div>') % jd(hw)))
    s.non("/results/pseb-10th-result-2025", shell("PSEB 10th Result 2025: ਪੰਜਾਬ ਬੋਰਡ 10ਵੀਂ ਦਾ ਨਤੀਜਾ", results_inner("jb", "PSEB 10ਵੀਂ ਨਤੀਜਾ 2025", "ਪੰਜਾਬ ਸਕੂਲ ਸਿੱਖਿਆ ਬੋਰਡ ਦਾ ਨਤੀਜਾ ਰੋਲ ਨੰਬਰ ਪਾ ਕੇ ਦੇਖੋ।", ["ਰੋਲ ਨੰਬਰ", "ਨਾਮ"], "ਨਤੀਜਾ ਦੇਖੋ")))
    lab = dict(live="LIVE", title="IND vs PAK Live Score: ਚੈਂਪੀਅਨਜ਼ ਟਰਾਫੀ, ਭਾਰਤ ਬਨਾਮ ਪਾਕਿਸਤਾਨ", venue="ਦੁਬਈ ਇੰਟਰਨੈਸ਼ਨਲ ਕ੍ਰਿਕਟ ਸਟੇਡੀਅਮ", batter="ਬੱਲੇਬਾਜ਼", commentary="ਕੁਮੈਂਟਰੀ", scorecard="ਸਕੋਰਕਾਰਡ")
    inns = [("ਪਾਕਿਸਤਾਨ", "241", "49.4", [("ਸਊਦ ਸ਼ਕੀਲ", 62, 76, 5, 0, "c ਅਕਸ਼ਰ b ਹਾਰਦਿਕ"), ("ਮੁਹੰਮਦ ਰਿਜ਼ਵਾਨ", 46, 77, 3, 0, "b ਅਕਸ਼ਰ")]),
            ("ਭਾਰਤ", "244/4", "42.3", [("ਵਿਰਾਟ ਕੋਹਲੀ", 100, 111, 7, 0, "ਨਾਬਾਦ"), ("ਸ਼੍ਰੇਅਸ ਅਈਅਰ", 56, 67, 5, 1, "c ਇਮਾਮ b ਖੁਸ਼ਦਿਲ")])]
    comm = [("42.3", "ਚੌਕਾ! ਕੋਹਲੀ ਦਾ ਸੈਂਕੜਾ ਪੂਰਾ, ਭਾਰਤ ਨੇ 6 ਵਿਕਟਾਂ ਨਾਲ ਜਿੱਤਿਆ।"), ("42.2", "ਇਕ ਦੌੜ।")]
    s.non("/sports/cricket/live-score/india-vs-pakistan-champions-trophy-2025", shell("IND vs PAK Live Score", scoreboard("jb", lab, None, inns, comm), '<meta http-equiv="refresh" content="30">'))
    today = When(NOW, IST)
    s.non("/epaper", shell("Jagat Bani ePaper", epaper_inner("jb", "ਜਗਤ ਬਾਣੀ ਈ-ਪੇਪਰ", jd(today), [("/epaper/jalandhar", "ਜਲੰਧਰ"), ("/epaper/ludhiana", "ਲੁਧਿਆਣਾ"), ("/epaper/amritsar", "ਅੰਮ੍ਰਿਤਸਰ")], "ਈ-ਪੇਪਰ ਪੜ੍ਹਨ ਲਈ ਲੌਗਇਨ ਕਰੋ")))
    home = ('<div class="home"><div class="top-news">%s</div><div class="box"><a href="%s">ਤਸਵੀਰਾਂ: ਪੰਜਾਬ \'ਚ ਬਦਲਿਆ ਮੌਸਮ</a> <a href="%s">%s</a></div>'
            '<div class="box"><a href="/hukamnama-sahib">ਅੱਜ ਦਾ ਹੁਕਮਨਾਮਾ</a> <a href="/rashifal/aaj-da-rashifal-26-feb-2025">ਰਾਸ਼ੀਫਲ</a> <a href="/results/pseb-10th-result-2025">PSEB ਨਤੀਜਾ</a> '
            '<a href="/sports/cricket/live-score/india-vs-pakistan-champions-trophy-2025">ਲਾਈਵ ਸਕੋਰ</a> <a href="/tags/weather">Weather</a></div></div>') % ("".join(card(x) for x in A), gp, vp, E(vt))
    s.non("/", shell("Punjabi News, Latest Punjabi News, ਪੰਜਾਬੀ ਖ਼ਬਰਾਂ - Jagat Bani", home, '<meta property="og:type" content="website">'))
    s.feed("/rss/punjab.xml", "Jagat Bani - Punjab", [(a["path"], a["title"], a["w"], "", a["paras"][0]) for a in A], "pa")
    s.urlset("/sitemap.xml", ["/", "/punjab", "/ludhiana", "/hukamnama-sahib", "/epaper", gp, vp] + [a["path"] for a in A])
    s.robots(["/sitemap.xml"], ("/search",))


# ====================================================================== 11 Urdu (Pakistan)
def aaina():
    """Express-like Urdu daily (right to left): Urdu digits, 'بدھ ۸ جنوری ۲۰۲۵'
    beside the credit, 'ویب ڈیسک' and APP credits, a story filed at 01:30 PKT."""
    s = Site(11)
    SN = "روزنامہ آئینہ"

    def ud(w):
        return "%s %s %s %s" % (w.wd("ur"), dig(w.l.day, "ur"), w.mon("ur"), dig(w.l.year, "ur"))

    NAV = [("/", "صفحہ اول"), ("/pakistan/", "پاکستان"), ("/lahore/", "لاہور"), ("/business/", "کاروبار"), ("/world/", "انٹرنیشنل"), ("/sports/", "کھیل"), ("/horoscope/", "ستارے"),
           ("/gold-rates/", "سونے کی قیمت"), ("/prayer-timings/", "اوقات نماز"), ("/videos/", "ویڈیوز"), ("/epaper/", "ای پیپر")]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html>\n<html lang="ur" dir="rtl"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="stylesheet" href="/css/style.css?v=7.1"><link rel="stylesheet" href="/fonts/jameel-noori-nastaleeq.css"></head><body>'
                '<div class="top-bar"><span class="today">%s</span><a href="/epaper/">ای پیپر</a> <a href="https://english.example/">English</a></div>'
                '<header class="header"><a class="logo" href="/"><img src="/images/aaina-logo.png" alt="Aaina"></a><nav class="menu"><ul>%s</ul></nav></header>'
                '<div class="breaking"><span>بریکنگ نیوز</span> پنجاب بھر میں شدید دھند، موٹرویز مختلف مقامات سے بند</div>'
                '<div class="container">%s</div>'
                '<footer class="footer"><ul><li><a href="/about-us/">ہمارے بارے میں</a></li><li><a href="/contact-us/">رابطہ</a></li><li><a href="/privacy-policy/">پرائیویسی پالیسی</a></li></ul>'
                '<p>جملہ حقوق © ۲۰۲۵ روزنامہ آئینہ، محفوظ ہیں</p></footer></body></html>') % (E(title), head, E(ud(When(NOW, PKT))), links(NAV), main)

    def card(a):
        return '<li><a href="%s"><img src="/images/thumb/%d.jpg" alt=""><h3>%s</h3></a><span class="date">%s</span></li>' % (a["path"], uid(a["path"]), E(a["title"]), ud(a["w"]))

    A = [
        dict(path="/story/2736541/", sec=("/lahore/", "لاہور"), w=When("2025-01-08T18:15", PKT), by=("رضوان آصف", "/author/rizwan-asif/"), authors=["رضوان آصف"],
             title="شدید دھند کے باعث موٹروے کئی مقامات سے بند، پروازیں بھی متاثر",
             paras=["لاہور: پنجاب کے میدانی علاقوں میں شدید دھند کے باعث موٹروے ایم ٹو کو لاہور سے کوٹ مومن تک مختلف مقامات پر ٹریفک کے لیے بند کر دیا گیا۔",
                    "موٹروے پولیس کے ترجمان کے مطابق حد نگاہ کئی مقامات پر پچاس میٹر سے بھی کم رہ گئی جس کے باعث شہریوں کی حفاظت کے پیش نظر یہ فیصلہ کیا گیا۔",
                    "دھند کے باعث علامہ اقبال انٹرنیشنل ایئرپورٹ پر پروازوں کا شیڈول بھی متاثر ہوا۔ متعدد اندرون ملک پروازیں تاخیر کا شکار ہوئیں جبکہ دو پروازوں کا رخ اسلام آباد موڑ دیا گیا۔",
                    "محکمہ موسمیات نے آئندہ تین روز تک پنجاب اور خیبرپختونخوا کے میدانی علاقوں میں شدید دھند برقرار رہنے کی پیش گوئی کی ہے۔",
                    "موٹروے پولیس نے شہریوں کو ہدایت کی ہے کہ غیر ضروری سفر سے گریز کریں اور گاڑی چلاتے وقت فوگ لائٹس کا استعمال یقینی بنائیں۔"]),
        dict(path="/story/2738102/", sec=("/business/", "کاروبار"), w=When("2025-01-15T13:40", PKT), by=("ویب ڈیسک", None), authors=[],
             title="سونے کی قیمت میں ایک ہزار روپے فی تولہ اضافہ",
             paras=["کراچی: ملک میں سونے کی قیمت میں ایک بار پھر اضافہ ہو گیا ہے اور فی تولہ سونا ایک ہزار روپے مہنگا ہو گیا۔",
                    "آل پاکستان جیمز اینڈ جیولرز ایسوسی ایشن کے مطابق اضافے کے بعد ملک میں فی تولہ سونے کی قیمت 2 لاکھ 78 ہزار 200 روپے کی سطح پر پہنچ گئی ہے۔",
                    "اسی طرح دس گرام سونے کی قیمت میں 857 روپے کا اضافہ ہوا جس کے بعد دس گرام سونا 2 لاکھ 38 ہزار 511 روپے کا ہو گیا۔",
                    "عالمی بازار میں سونے کی قیمت 10 ڈالر اضافے کے بعد 2 ہزار 690 ڈالر فی اونس پر پہنچ گئی ہے۔"]),
        dict(path="/story/2737720/", sec=("/pakistan/", "پاکستان"), w=When("2025-01-14T01:30", PKT), by=("اے پی پی", None), authors=[],
             title="وزیراعظم کی زیر صدارت اجلاس، برآمدات بڑھانے کیلئے خصوصی کمیٹی قائم",
             paras=["اسلام آباد: وزیراعظم کی زیر صدارت اجلاس میں ملکی برآمدات بڑھانے کے لیے وفاقی وزیر تجارت کی سربراہی میں خصوصی کمیٹی قائم کر دی گئی۔",
                    "اجلاس میں برآمد کنندگان کو درپیش مسائل، توانائی کی قیمتوں اور ٹیکس ری فنڈز میں تاخیر کا جائزہ لیا گیا۔",
                    "وزیراعظم نے ہدایت کی کہ کمیٹی دو ہفتوں میں اپنی سفارشات پیش کرے اور برآمد کنندگان کے زیر التوا ری فنڈز فوری ادا کیے جائیں۔",
                    "انہوں نے کہا کہ حکومت آئی ٹی، زراعت اور ٹیکسٹائل کے شعبوں میں برآمدات بڑھانے کے لیے ہر ممکن سہولت فراہم کرے گی۔"]),
    ]
    NOTE = "ایکسپریس میڈیا گروپ اور اس کی پالیسی کا کمنٹس سے متفق ہونا ضروری نہیں۔".replace("ایکسپریس میڈیا گروپ", "آئینہ میڈیا گروپ")
    for i, a in enumerate(A):
        o = A[(i + 1) % len(A)]
        name, au = a["by"]
        body = []
        for k, p in enumerate(a["paras"]):
            body.append("<p>%s</p>" % E(p))
            if k == 1:
                body.append('<div class="also-read"><span>یہ بھی پڑھیں:</span> <a href="%s">%s</a></div>' % (o["path"], E(o["title"])))
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": a["w"].iso(), "dateModified": a["w"].iso(), "inLanguage": "ur",
              "author": {"@type": "Person", "name": name}, "publisher": {"@type": "Organization", "name": "Roznama Aaina"}, "mainEntityOfPage": s.url(a["path"])}
        head = '<link rel="canonical" href="%s"><meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">%s' % (
            s.url(a["path"]), E(a["paras"][0][:140]), E(a["title"]), jl(ld))
        auth = ('<a href="%s">%s</a>' % (au, E(name))) if au else E(name)
        main = ('<div class="story-wrap"><div class="story"><div class="cat"><a href="%s">%s</a></div><h1 class="title">%s</h1>'
                '<div class="author-date"><span class="author">%s</span>&nbsp;&nbsp;<span class="date">%s</span></div>'
                '<div class="story-image"><img src="/images/story/%d.jpg" alt=""><p class="caption">فوٹو: فائل</p></div>'
                '<div class="story-text">%s</div>'
                '<div class="share"><span>شیئر کریں:</span><a>فیس بک</a><a>ٹویٹر</a><a>واٹس ایپ</a></div>'
                '<div class="comments"><h3>تبصرے</h3><p class="comments-note">%s</p><div class="comment"><span class="c-name">محمد عمران</span><p>حکومت کو دھند کے موسم میں متبادل انتظامات کرنے چاہئیں۔</p></div></div></div>'
                '<aside class="sidebar"><h3>مقبول خبریں</h3><ul>%s</ul></aside></div>') % (
            a["sec"][0], E(a["sec"][1]), E(a["title"]), auth, ud(a["w"]), uid(a["path"]), "".join(body), E(NOTE), "".join(card(x) for x in A if x is not a))
        s.story(a["path"], shell("%s | روزنامہ آئینہ" % a["title"], main, head), a, must=[a["paras"][0], a["paras"][-1]],
                must_not=[o["title"], NOTE, "حکومت کو دھند کے موسم میں متبادل انتظامات کرنے چاہئیں۔"])

    def listing(h1, items, extra=""):
        return '<div class="listing"><h1>%s</h1>%s<ul class="news-list">%s</ul><div class="pagination"><a href="?page=2">مزید خبریں</a></div></div>' % (E(h1), extra, "".join(card(x) for x in items))

    s.non("/pakistan/", shell("پاکستان | روزنامہ آئینہ", listing("پاکستان", [A[2], A[0]])))
    s.non("/lahore/", shell("لاہور | روزنامہ آئینہ", listing("لاہور", [A[0]])))
    s.non("/tag/دھند/", shell("دھند | روزنامہ آئینہ", listing("دھند", [A[0]], '<p>دھند سے متعلق تمام خبریں</p>')))
    s.non("/author/rizwan-asif/", shell("رضوان آصف | روزنامہ آئینہ", '<div class="author"><h1>رضوان آصف</h1><p>سینئر رپورٹر، لاہور</p></div>' + listing("تحریریں", [A[0]])))
    gp = "/photos/2736600/"
    gw = When("2025-01-08T20:00", PKT)
    caps = ["لاہور میں دھند کے باعث گاڑیاں ہیڈلائٹس جلا کر سفر کر رہی ہیں۔", "مال روڈ پر صبح کے وقت دھند کا منظر۔", "موٹروے ٹول پلازہ پر گاڑیوں کی قطاریں۔", "دھند میں لپٹا مینار پاکستان۔"]
    s.non(gp, shell("تصاویر: دھند میں لپٹا لاہور | روزنامہ آئینہ", gallery_inner("ai", "تصاویر: دھند میں لپٹا لاہور", ud(gw), caps, "فوٹو: آئینہ")))
    vp = "/videos/2736700/"
    vw = When("2025-01-09T10:00", PKT)
    vt, vd = "دھند میں ڈرائیونگ کیسے کریں؟ موٹروے پولیس کی ہدایات", "موٹروے پولیس کے ترجمان دھند میں محفوظ سفر کے طریقے بتا رہے ہیں۔"
    s.non(vp, shell(vt + " | روزنامہ آئینہ", video_inner("ai", vt, ud(vw), vd, "مزید ویڈیوز", [("/videos/", "سونے کی قیمت میں اضافہ")]), video_ld(s, vp, vt, vd, vw)))
    signs = "حمل ثور جوزا سرطان اسد سنبلہ میزان عقرب قوس جدی دلو حوت".split()
    ht = ["آج مالی معاملات میں بہتری آئے گی۔", "گھریلو زندگی خوشگوار رہے گی۔", "کاروبار میں نئی ذمہ داری مل سکتی ہے۔", "صحت کا خیال رکھیں۔", "دوستوں کا تعاون حاصل ہوگا۔", "سفر فائدہ مند رہے گا۔"]
    s.non("/horoscope/", shell("آپ کا دن کیسا رہے گا؟ ستاروں کی روشنی میں | روزنامہ آئینہ", '<div class="story"><h1 class="title">ستاروں کی روشنی میں: آپ کا آج کا دن کیسا رہے گا؟</h1><div class="author-date"><span class="author">پروفیسر غلام حسین</span> <span class="date">%s</span></div><div class="story-text">%s</div></div>' % (
        ud(When("2025-01-15T06:00", PKT)), horoscope("st", signs, ht, "خوش قسمت نمبر: %d"))))
    s.non("/gold-rates/", shell("آج سونے کی قیمت | Gold Rate in Pakistan | روزنامہ آئینہ", '<div class="rates"><h1>آج سونے کی قیمت</h1><p>%s</p><table><tr><th>سونا</th><th>فی تولہ</th><th>دس گرام</th></tr><tr><td>24 قیراط</td><td>278,200</td><td>238,511</td></tr><tr><td>22 قیراط</td><td>255,017</td><td>218,635</td></tr></table>'
                                                                                                  '<p>قیمتیں آل پاکستان جیمز اینڈ جیولرز ایسوسی ایشن کے مطابق ہیں۔</p></div>' % E(ud(When("2025-01-15T13:40", PKT)))))
    s.non("/prayer-timings/", shell("اوقات نماز | Prayer Timings | روزنامہ آئینہ", '<div class="prayer"><h1>اوقات نماز</h1><table>%s</table><p>لاہور اور گردونواح کے لیے</p></div>' % "".join(
        "<tr><td>%s</td><td>%s</td></tr>" % (n, dig(t, "ur")) for n, t in (("فجر", "5:35"), ("ظہر", "12:15"), ("عصر", "3:10"), ("مغرب", "5:20"), ("عشاء", "6:45")))))
    lab = dict(live="لائیو", title="پاکستان بمقابلہ ویسٹ انڈیز، پہلا ٹیسٹ: لائیو اسکور", venue="ملتان کرکٹ اسٹیڈیم", batter="بیٹر", commentary="کمنٹری", scorecard="اسکور کارڈ")
    inns = [("پاکستان", "230", "68.5", [("سعود شکیل", 84, 150, 8, 0, "c ڈا سلوا b سیلز"), ("محمد رضوان", 71, 125, 7, 0, "c ڈا سلوا b گریوز")]),
            ("ویسٹ انڈیز", "137", "41.1", [("جومل واریکن", 31, 49, 4, 1, "c بابر b ساجد"), ("ایلک اتھانیز", 23, 44, 2, 0, "lbw b نعمان")])]
    comm = [("41.1", "آؤٹ! ویسٹ انڈیز کی پہلی اننگز 137 رنز پر ختم۔"), ("40.6", "کوئی رن نہیں۔")]
    s.non("/cricket/live-score/pakistan-vs-west-indies-1st-test/", shell("PAK vs WI Live Score | روزنامہ آئینہ", scoreboard("ai", lab, None, inns, comm), '<meta http-equiv="refresh" content="30">'))
    s.non("/results/matric-result-2025/", shell("میٹرک نتائج 2025 | روزنامہ آئینہ", results_inner("ai", "میٹرک نتائج 2025", "اپنا رول نمبر درج کر کے نتیجہ معلوم کریں۔", ["بورڈ", "رول نمبر"], "نتیجہ دیکھیں")))
    today = When(NOW, PKT)
    s.non("/epaper/", shell("ای پیپر | روزنامہ آئینہ", epaper_inner("ai", "روزنامہ آئینہ ای پیپر", ud(today), [("/epaper/lahore/", "لاہور"), ("/epaper/karachi/", "کراچی"), ("/epaper/islamabad/", "اسلام آباد")], "ای پیپر پڑھنے کے لیے ایڈیشن منتخب کریں")))
    home = ('<div class="home"><ul class="top-news">%s</ul><div class="box"><a href="%s">تصاویر: دھند میں لپٹا لاہور</a> <a href="%s">%s</a></div>'
            '<div class="box"><a href="/horoscope/">ستاروں کی روشنی میں</a> <a href="/gold-rates/">سونے کی قیمت</a> <a href="/prayer-timings/">اوقات نماز</a> <a href="/cricket/live-score/pakistan-vs-west-indies-1st-test/">لائیو اسکور</a> '
            '<a href="/results/matric-result-2025/">میٹرک نتائج</a> <a href="/tag/دھند/">دھند</a> <a href="/author/rizwan-asif/">رضوان آصف</a></div></div>') % ("".join(card(x) for x in A), gp, vp, E(vt))
    s.non("/", shell("روزنامہ آئینہ | Urdu News | تازہ ترین خبریں", home, '<meta property="og:type" content="website">'))
    s.feed("/rss/latest.xml", "روزنامہ آئینہ", [(a["path"], a["title"], a["w"], a["by"][0], a["paras"][0]) for a in A], "ur")
    s.urlset("/sitemap.xml", ["/", "/pakistan/", "/lahore/", "/gold-rates/", "/prayer-timings/", "/epaper/", gp, vp] + [a["path"] for a in A])
    s.robots(["/sitemap.xml"], ("/search/",))


# ====================================================================== 12 Sinhala (Sri Lanka)
def dinadeepa():
    """Lankadeepa-like Sinhala daily: '2025 නොවැම්බර් 06 බ්‍රහස්පතින්දා, පෙ.ව.
    10:45' with Sinhala AM/PM, a 'සටහන -' byline on top, a reporter's name
    at the foot, a story shown only as 'පැය 5 කට පෙර'."""
    s = Site(12)
    SN = "දිනදීප"

    def sd(w):
        h, m, am = w.h12()
        return "%d %s %02d %s, %s %d:%02d" % (w.l.year, w.mon("si"), w.l.day, w.wd("si"), "පෙ.ව." if am else "ප.ව.", h, m)

    NAV = [("/", "මුල් පිටුව"), ("/news/local", "දේශීය"), ("/news/provincial", "පළාත්"), ("/news/foreign", "විදෙස්"), ("/sports", "ක්‍රීඩා"), ("/lagna-palapala", "ලග්න පලාපල"),
           ("/lottery-results", "ලොතරැයි ප්‍රතිඵල"), ("/gallery/colombo-port-west-terminal-photos", "ඡායාරූප"), ("/video/colombo-port-west-terminal-video", "වීඩියෝ"), ("/epaper", "ඊ-පත්‍රය")]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html>\n<html lang="si"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="stylesheet" href="/sites/all/themes/dd/css/style.css"></head><body class="html not-front">'
                '<div id="page"><header id="header"><div class="site-date">%s</div><a href="/" id="logo"><img src="/sites/all/themes/dd/logo.png" alt="Dinadeepa"></a>'
                '<div id="navigation"><ul class="menu">%s</ul></div></header>'
                '<div id="main">%s</div>'
                '<footer id="footer"><a href="/contact">අප අමතන්න</a> | <a href="/privacy">රහස්‍යතා ප්‍රතිපත්තිය</a><p>© 2025 දිනදීප - සියලු හිමිකම් ඇවිරිණි</p></footer></div></body></html>') % (
            E(title), head, E(sd(When(NOW, SLT)).rsplit(",", 1)[0]), links(NAV), main)

    def card(a, meta):
        return '<div class="views-row"><a href="%s"><img src="/sites/default/files/styles/thumb/%d.jpg" alt=""><h3>%s</h3></a><span class="date">%s</span></div>' % (a["path"], uid(a["path"]), E(a["title"]), E(meta))

    def rel(w):
        return "පැය %d කට පෙර" % int((NOW - w.u).total_seconds() // 3600)

    A = [
        dict(path="/news/local/colombo-port-west-terminal-second-phase-opens-85123", sec=("/news/local", "දේශීය"), w=When("2025-11-06T10:45", SLT), top="සටහන - චමින්ද පෙරේරා", authors=["චමින්ද පෙරේරා"],
             title="කොළඹ වරායේ බටහිර පර්යන්තයේ දෙවැනි අදියර විවෘත කෙරේ",
             paras=["කොළඹ වරායේ බටහිර බහාලුම් පර්යන්තයේ දෙවැනි අදියරේ මෙහෙයුම් ඊයේ (05) සිට ආරම්භ විය. මෙමගින් වරායේ වාර්ෂික බහාලුම් හැසිරවීමේ ධාරිතාව තවත් ලක්ෂ දහයකින් ඉහළ යනු ඇතැයි බලාපොරොත්තු වේ.",
                    "පර්යන්තයේ නව ජැටිය මීටර් 600ක් දිගින් යුතු වන අතර විශාලතම බහාලුම් නැව් දෙකකට එකවර නැංගුරම් ලා ගැනීමේ හැකියාව ඇත.",
                    "ශ්‍රී ලංකා වරාය අධිකාරියේ සභාපතිවරයා පැවසුවේ දකුණු ආසියාවේ ප්‍රධාන නැව් ප්‍රවාහන මධ්‍යස්ථානයක් ලෙස කොළඹ වරායේ ස්ථානය ශක්තිමත් කිරීමට මෙය උපකාරී වන බවයි.",
                    "ව්‍යාපෘතියේ ඉතිරි කොටස් ලබන වසර මැද වන විට නිම කිරීමට සැලසුම් කර ඇත."]),
        dict(path="/news/provincial/fertilizer-subsidy-for-kurunegala-paddy-farmers-85240", sec=("/news/provincial", "පළාත්"), w=When("2025-11-11T15:20", SLT), foot="සුනිල් ජයසේකර - කුරුණෑගල", authors=["සුනිල් ජයසේකර"],
             photo="ඡායාරූප - කසුන් ප්‍රනාන්දු", title="කුරුණෑගල ගොවීන්ට මහ කන්නයට පොහොර සහනාධාරය ලැබේ",
             paras=["මහ කන්නයේ වී වගාව සඳහා කුරුණෑගල ප්‍රදේශයේ ගොවීන්ට පොහොර සහනාධාරය ලබාදීම ඊයේ ආරම්භ විය.",
                    "ගොවි සංවිධාන හරහා ලියාපදිංචි වූ ගොවීන් 45,000කට අධික පිරිසකට හෙක්ටයාරයකට රුපියල් 25,000 බැගින් සහනාධාරය ඔවුන්ගේ බැංකු ගිණුම්වලට බැර කෙරේ.",
                    "මෙවර කන්නයේ දිස්ත්‍රික්කයේ හෙක්ටයාර 78,000ක පමණ වී වගා කිරීමට සැලසුම් කර ඇති බව ගොවිජන සංවර්ධන සහකාර කොමසාරිස්වරයා පැවසීය.",
                    "කෙසේ වෙතත් වාරි ජලය ප්‍රමාණවත් නොවීම පිළිබඳව ඇතැම් ප්‍රදේශවල ගොවීන් කනස්සල්ල පළ කරයි."]),
        dict(path="/news/local/low-pressure-in-bay-of-bengal-heavy-rain-for-island-85301", sec=("/news/local", "දේශීය"), w=ago(SLT, hours=5, minutes=10), date="fetch-5", authors=[],
             title="බංගාල බොක්කේ අඩු පීඩනය: දිවයිනට අධික වර්ෂාව",
             paras=["බංගාල බොක්කේ ගිනිකොණ දෙසින් ඇති වූ අඩු පීඩන කලාපය ඉදිරි පැය 24 තුළ තවදුරටත් වර්ධනය වීමේ හැකියාවක් ඇති බව කාලගුණ විද්‍යා දෙපාර්තමේන්තුව නිවේදනය කරයි.",
                    "මෙහි බලපෑමෙන් උතුරු, නැගෙනහිර, උතුරු මැද සහ ඌව පළාත්වලට මිලිමීටර් 100ට වැඩි තද වැසි ඇති විය හැකිය.",
                    "මුහුදු ප්‍රදේශ රළු විය හැකි බැවින් ධීවරයින් සහ නාවික ප්‍රජාව දැඩි අවධානයෙන් සිටින ලෙසද දෙපාර්තමේන්තුව ඉල්ලා සිටී.",
                    "අකුණු අනතුරුවලින් ආරක්ෂා වීමට අවශ්‍ය පූර්වෝපායන් ගන්නා ලෙස ද ජනතාවගෙන් ඉල්ලා සිටී."]),
    ]
    FB = "දිනදීප පුවත් ඔබගේ ෆේස්බුක් පිටුවට ලබා ගැනීමට Like කරන්න"
    for i, a in enumerate(A):
        o = A[(i + 1) % len(A)]
        when = rel(a["w"]) if a.get("date") else sd(a["w"])
        body = ('<p class="byline-top"><strong>%s</strong></p>' % E(a["top"]) if a.get("top") else "") + "".join("<p>%s</p>" % E(p) for p in a["paras"]) + \
            ('<p class="byline-foot"><strong>%s</strong></p>' % E(a["foot"]) if a.get("foot") else "")
        head = '<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">' % (
            s.url(a["path"]), E(a["title"]), E(a["paras"][0][:120]))
        if not a.get("date"):
            head += '<meta property="article:published_time" content="%s">' % a["w"].iso()
        main = ('<div class="breadcrumb"><a href="/">මුල් පිටුව</a> » <a href="%s">%s</a></div><div id="content"><div class="node node-article"><h1 class="page-title">%s</h1>'
                '<div class="submitted"><span class="date">%s</span></div>'
                '<div class="field field-name-field-image"><img src="/sites/default/files/news/%d.jpg" alt="">%s</div>'
                '<div class="field field-name-body">%s</div>'
                '<div class="share"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a></div><div class="fb-like-box">%s</div></div>'
                '<div class="related"><h3>අදාළ පුවත්</h3><a href="%s">%s</a></div>'
                '<div class="comments"><h3>අදහස් (1)</h3><div class="comment"><span>නිමල්</span><p>ඉතා හොඳ ප්‍රවෘත්තියක්.</p></div></div></div>'
                '<div id="sidebar"><h3>නවතම පුවත්</h3>%s</div>') % (
            a["sec"][0], E(a["sec"][1]), E(a["title"]), E(when), uid(a["path"]), ('<span class="caption">%s</span>' % E(a["photo"])) if a.get("photo") else "", body, FB, o["path"], E(o["title"]),
            "".join(card(x, rel(x["w"]) if x.get("date") else sd(x["w"])) for x in A if x is not a))
        s.story(a["path"], shell("%s | දිනදීප" % a["title"], main, head), a, date=a.get("date"), must=[a["paras"][1], a["paras"][-1]], must_not=[o["title"], FB, "ඉතා හොඳ ප්‍රවෘත්තියක්."])

    def listing(h1, items, extra=""):
        return '<div class="view"><h1 class="page-title">%s</h1>%s<div class="view-content">%s</div><ul class="pager"><li><a href="?page=1">ඊළඟ ›</a></li></ul></div>' % (
            E(h1), extra, "".join(card(x, rel(x["w"]) if x.get("date") else sd(x["w"])) for x in items))

    s.non("/news/local", shell("දේශීය පුවත් | දිනදීප", listing("දේශීය", [A[2], A[0]])))
    s.non("/news/provincial", shell("පළාත් පුවත් | දිනදීප", listing("පළාත්", [A[1]], '<div class="provinces"><a href="/news/provincial/north-western">වයඹ</a> <a href="/news/provincial/southern">දකුණ</a></div>')))
    s.non("/tags/colombo-port", shell("කොළඹ වරාය | දිනදීප", listing("කොළඹ වරාය", [A[0]])))
    gp = "/gallery/colombo-port-west-terminal-photos"
    gw = When("2025-11-06T13:00", SLT)
    caps = ["නව ජැටියට පැමිණි පළමු බහාලුම් නෞකාව.", "බහාලුම් හසුරුවන දැවැන්ත දොඹකර.", "පර්යන්තයේ විවෘත කිරීමේ උත්සවය.", "රාත්‍රී කාලයේ වරාය."]
    s.non(gp, shell("ඡායාරූප: කොළඹ වරායේ නව පර්යන්තය | දිනදීප", gallery_inner("dd", "ඡායාරූප: කොළඹ වරායේ නව පර්යන්තය", sd(gw), caps, "ඡායාරූප - කසුන් ප්‍රනාන්දු")))
    vp = "/video/colombo-port-west-terminal-video"
    vw = When("2025-11-06T17:30", SLT)
    vt, vd = "කොළඹ වරායේ නව පර්යන්තය - වීඩියෝ", "බටහිර බහාලුම් පර්යන්තයේ දෙවැනි අදියරේ මෙහෙයුම්."
    s.non(vp, shell(vt + " | දිනදීප", video_inner("dd", vt, sd(vw), vd, "තවත් වීඩියෝ", [("/video", "කුරුණෑගල වී ගොවිතැන")]), video_ld(s, vp, vt, vd, vw)))
    signs = "මේෂ වෘෂභ මිථුන කටක සිංහ කන්‍යා තුලා වෘශ්චික ධනු මකර කුම්භ මීන".split()
    ht = ["අද දිනය ඔබට සුබ දිනයකි.", "මුදල් ලැබීම් ඇත.", "පවුලේ සාමය රැකේ.", "සෞඛ්‍යය ගැන සැලකිලිමත් වන්න.", "මිතුරන්ගෙන් උදව් ලැබේ.", "ගමන් බිමන් සාර්ථක වේ."]
    s.non("/lagna-palapala", shell("අද ලග්න පලාපල | දිනදීප", '<div class="node"><h1 class="page-title">අද ලග්න පලාපල</h1><div class="submitted">%s</div><div class="field-name-body">%s<p>ජ්‍යොතිෂවේදී සරත් බණ්ඩාර</p></div></div>' % (
        E(sd(When("2025-11-12T05:00", SLT))), horoscope("lp", signs, ht, "වාසනාවන්ත අංකය: %d"))))
    s.non("/lottery-results", shell("ලොතරැයි ප්‍රතිඵල | දිනදීප", '<div class="lottery"><h1>ලොතරැයි ප්‍රතිඵල</h1><p>%s</p><table><tr><th>ලොතරැයිය</th><th>වාරය</th><th>අංක</th></tr>'
                                                            '<tr><td>මහජන සම්පත</td><td>5892</td><td>K 08 21 44 57</td></tr><tr><td>ගොවිසෙත</td><td>3011</td><td>B 12 33 49 70</td></tr><tr><td>ධන නිධානය</td><td>1844</td><td>V 05 16 27 68</td></tr></table></div>' % E(sd(When("2025-11-11T21:00", SLT)))))
    s.non("/results/ol-results-2025", shell("අ.පො.ස. සාමාන්‍ය පෙළ ප්‍රතිඵල 2025 | දිනදීප", results_inner("dd", "අ.පො.ස. සාමාන්‍ය පෙළ ප්‍රතිඵල", "විභාග අංකය ඇතුළත් කර ප්‍රතිඵල බලන්න.", ["විභාග අංකය"], "ප්‍රතිඵල බලන්න")))
    lab = dict(live="සජීවී", title="ශ්‍රී ලංකා - පාකිස්තාන 2 වැනි එක්දින තරගය: සජීවී ලකුණු", venue="රාවල්පිණ්ඩි ක්‍රිකට් ක්‍රීඩාංගණය", batter="පිතිකරු", commentary="විස්තර", scorecard="ලකුණු පුවරුව")
    inns = [("ශ්‍රී ලංකාව", "288/8", "50", [("සදීර සමරවික්‍රම", 48, 46, 4, 0, "c රිස්වාන් b හරිස්"), ("ජනිත් ලියනගේ", 54, 63, 3, 1, "නොදැවී")])]
    comm = [("49.6", "ලකුණු දෙකක්."), ("49.5", "හතරේ පහරක්!")]
    s.non("/sports/cricket/live-score/sl-vs-pak-2nd-odi", shell("SL vs PAK Live Score | දිනදීප", scoreboard("dd", lab, None, inns, comm)))
    s.non("/epaper", shell("දිනදීප ඊ-පත්‍රය", epaper_inner("dd", "දිනදීප ඊ-පත්‍රය", sd(When(NOW, SLT)).rsplit(",", 1)[0], [("/epaper/daily", "දිනපතා"), ("/epaper/sunday", "ඉරිදා")], "ඊ-පත්‍රය කියවීමට ලියාපදිංචි වන්න")))
    s.non("/contact", shell("අප අමතන්න | දිනදීප", static_inner("dd", "අප අමතන්න", ["දිනදීප පුවත්පත, අංක 8, හුණුපිටිය හරස් පාර, කොළඹ 02.", "දුරකථන: 011 2479 479"])))
    home = ('<div class="front"><div class="lead">%s</div><div class="block"><a href="%s">ඡායාරූප: කොළඹ වරායේ නව පර්යන්තය</a> <a href="%s">%s</a></div>'
            '<div class="block"><a href="/lagna-palapala">ලග්න පලාපල</a> <a href="/lottery-results">ලොතරැයි ප්‍රතිඵල</a> <a href="/results/ol-results-2025">සා.පෙළ ප්‍රතිඵල</a> '
            '<a href="/sports/cricket/live-score/sl-vs-pak-2nd-odi">සජීවී ලකුණු</a> <a href="/tags/colombo-port">කොළඹ වරාය</a> <a href="/contact">අප අමතන්න</a></div></div>') % (
        "".join(card(x, rel(x["w"]) if x.get("date") else sd(x["w"])) for x in A), gp, vp, E(vt))
    s.non("/", shell("දිනදීප | Sinhala News | සිංහල පුවත්", home, '<meta property="og:type" content="website">'))
    s.feed("/rss.xml", "දිනදීප", [(a["path"], a["title"], a["w"], "", a["paras"][0]) for a in A if not a.get("date")], "si")
    s.urlset("/sitemap.xml", ["/", "/news/local", "/news/provincial", "/lagna-palapala", "/lottery-results", "/epaper", gp, vp] + [a["path"] for a in A])
    s.robots(["/sitemap.xml"], ("/search", "/user"))


for build in (janprabhat, bangalipi, banglaprobaho, dinachudar, prajavahini, lokvarta, divyagurjar, nadavani, keraladhwani, jagatbani, aaina, dinadeepa):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
