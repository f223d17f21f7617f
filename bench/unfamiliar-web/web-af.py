"""Web af: twelve regional papers in South Asian, Balkan, Nordic and
Caucasian languages: Hindi, Bengali, Urdu (right to left), Tamil, Marathi,
Slovenian, Icelandic, Albanian, Macedonian, Georgian, Armenian and
Azerbaijani. Articles (36), each site on its own template: breadcrumbs
ending in the day; a kicker over the h1 and a standfirst under it; photo
credits in the local language ("फोटो:", "ছবি:", "تصویر:", "Mynd:",
"Լուսանկարը՝"); "यह भी पढ़ें:", "আরও পড়ুন:", "یہ بھی پڑھیں:", "Lestu líka:",
"Həmçinin oxuyun:" links between paragraphs; a newsletter box inside the
story body on some sites; comment blocks with later dates; bylines under
the body on two sites; a masthead with today's date and sidebars of teasers
with relative times ("2 घंटे पहले", "২ ঘণ্টা আগে", "fyrir 2 klst.", "2 საათის
წინ"). Dates "5 मार्च 2025, 14:20 IST", Bengali digits "০৪ মার্চ ২০২৫, ১১:৩০",
"06 مارچ 2025، 13:10", "மார்ச் 05, 2025 10:00", Devanagari digits "४ मार्च
२०२५, ०९:३०", "5. marca 2025 ob 14.20", "Uppfært: ... | Birt: 6. mars 2025
kl. 11:10" (the update first, a day later), "e martë, 4 mars 2025, 12:00",
"5 март 2025, 09:40", "6 მარტი 2025, 12:10", "2025թ. մարտի 5, 11:20", "04
Mart 2025, 10:30"; JSON-LD on half the sites (full; dates only; the
publisher as author). Bylines "लेखक: A और B", "লেখক: A ও B", "تحریر: A اور
B", "செய்தியாளர்: க. செல்வராஜ்" (an initial), "द्वारा A आणि B", "Avtor:",
"Avtorica:", "Avtorja: A in B", "Höfundur:", "Höfundar: A og B", "Autor:",
"Nga A dhe B", "Автор:", "Автори: A и B", "ავტორი:", "Հեղինակ:",
"Հեղինակներ: A, B", "Müəllif:", "Müəlliflər: A və B". Non-articles: home,
section, tag, author, search and about pages on every site, plus a live blog
(four sites), gallery, video, weather or horoscope. Crawled once with
c9ef4a2: stored 25 of 36 (the 11 missed are on newsletter sites: a <form>
inside the story body cuts the body short, "short-text"), titles 25, dates 22
(Icelandic "Uppfært: ... | Birt: ..." took the update), authors 18 (Georgian
names unread, Mkhedruli being lower case; "द्वारा X", "Höfundar:" unread;
Urdu "اور" not split), bodies 22 of 25, 0 of 84 non-articles stored. Writes
the sites and truth.json under the directory given as the first argument."""
import datetime, html, json, os, random, re, sys, unicodedata  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18111
rnd = random.Random("web-af")
truth = {"articles": [], "nonarticles": [], "synd": []}
E, DT, TD = html.escape, datetime.datetime, datetime.timedelta
TODAY = datetime.date.today()
M = {k: v.split() for k, v in dict(
    hi="जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    bn="জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    ur="جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    ta="ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    mr="जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
    sl="januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    is_="janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    sq="janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    mk="јануари февруари март април мај јуни јули август септември октомври ноември декември",
    ka="იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი",
    hy="հունվարի փետրվարի մարտի ապրիլի մայիսի հունիսի հուլիսի օգոստոսի սեպտեմբերի հոկտեմբերի նոյեմբերի դեկտեմբերի",
    az="Yanvar Fevral Mart Aprel May İyun İyul Avqust Sentyabr Oktyabr Noyabr Dekabr").items()}
M["is"] = M.pop("is_")
SQD = "e hënë|e martë|e mërkurë|e enjte|e premte|e shtunë|e diel".split("|")


def dig(s, zero): return "".join(chr(ord(zero) + int(ch)) if ch.isdigit() else ch for ch in s)  # native digits


def mo(k, d): return M[k][d.month - 1]


# Per language: the date as a story shows it (d: datetime), a day as the masthead shows it,
# and "n hours ago" for teasers.
FMT = {
 "hi": (lambda d: "%d %s %d, %s IST" % (d.day, mo("hi", d), d.year, d.strftime("%H:%M")), lambda d: "%d %s %d" % (d.day, mo("hi", d), d.year), lambda n: "%d घंटे पहले" % n),
 "bn": (lambda d: dig("%02d %s %d, %s" % (d.day, mo("bn", d), d.year, d.strftime("%H:%M")), "০"), lambda d: dig("%d %s %d" % (d.day, mo("bn", d), d.year), "০"), lambda n: dig("%d ঘণ্টা আগে" % n, "০")),
 "ur": (lambda d: "%02d %s %d، %s" % (d.day, mo("ur", d), d.year, d.strftime("%H:%M")), lambda d: "%d %s %d" % (d.day, mo("ur", d), d.year), lambda n: "%d گھنٹے پہلے" % n),
 "ta": (lambda d: "%s %02d, %d %s" % (mo("ta", d), d.day, d.year, d.strftime("%H:%M")), lambda d: "%s %d, %d" % (mo("ta", d), d.day, d.year), lambda n: "%d மணி நேரம் முன்" % n),
 "mr": (lambda d: dig("%d %s %d, %s" % (d.day, mo("mr", d), d.year, d.strftime("%H:%M")), "०"), lambda d: dig("%d %s %d" % (d.day, mo("mr", d), d.year), "०"), lambda n: dig("%d तासांपूर्वी" % n, "०")),
 "sl": (lambda d: "%d. %s %d ob %s" % (d.day, mo("sl", d), d.year, d.strftime("%H.%M")), lambda d: "%d. %s %d" % (d.day, mo("sl", d), d.year), lambda n: "pred %d urami" % n),
 "is": (lambda d: "%d. %s %d kl. %s" % (d.day, mo("is", d), d.year, d.strftime("%H:%M")), lambda d: "%d. %s %d" % (d.day, mo("is", d), d.year), lambda n: "fyrir %d klst." % n),
 "sq": (lambda d: "%s, %d %s %d, %s" % (SQD[d.weekday()], d.day, mo("sq", d), d.year, d.strftime("%H:%M")), lambda d: "%d %s %d" % (d.day, mo("sq", d), d.year), lambda n: "%d orë më parë" % n),
 "mk": (lambda d: "%d %s %d, %s" % (d.day, mo("mk", d), d.year, d.strftime("%H:%M")), lambda d: "%d %s %d" % (d.day, mo("mk", d), d.year), lambda n: "пред %d часа" % n),
 "ka": (lambda d: "%d %s %d, %s" % (d.day, mo("ka", d), d.year, d.strftime("%H:%M")), lambda d: "%d %s %d" % (d.day, mo("ka", d), d.year), lambda n: "%d საათის წინ" % n),
 "hy": (lambda d: "%dթ. %s %d, %s" % (d.year, mo("hy", d), d.day, d.strftime("%H:%M")), lambda d: "%dթ. %s %d" % (d.year, mo("hy", d), d.day), lambda n: "%d ժամ առաջ" % n),
 "az": (lambda d: "%02d %s %d, %s" % (d.day, mo("az", d), d.year, d.strftime("%H:%M")), lambda d: "%d %s %d" % (d.day, mo("az", d), d.year), lambda n: "%d saat əvvəl" % n),
}

# Per site: stories as (kicker, headline, (month, day, hour, minute) local 2025, writers
# (truth), the credit as shown, paragraphs).
ST = {
 "hi": [("शहर", "जयपुर में मेट्रो का दूसरा चरण अगले साल से शुरू होगा", (3, 5, 14, 20), ["राजेश शर्मा"], "लेखक: राजेश शर्मा", ["राजस्थान सरकार ने जयपुर मेट्रो के दूसरे चरण को मंजूरी दे दी है। यह लाइन सीतापुरा से अंबाबाड़ी तक जाएगी और इसकी लंबाई लगभग 23 किलोमीटर होगी।", "परियोजना पर करीब 12 हजार करोड़ रुपये खर्च होंगे। पहले चरण में 20 स्टेशन बनाए जाएंगे, जिनमें से छह भूमिगत होंगे।", "नगर विकास मंत्री ने कहा कि नई लाइन से टोंक रोड पर जाम की समस्या काफी हद तक कम हो जाएगी।"]),
        ("मौसम", "राजस्थान में मार्च में ही पारा 38 डिग्री के पार", (3, 11, 10, 5), ["सुनीता मीणा", "अमित गुप्ता"], "लेखक: सुनीता मीणा और अमित गुप्ता", ["राजस्थान के कई जिलों में मार्च के दूसरे सप्ताह में ही तापमान 38 डिग्री सेल्सियस के पार पहुंच गया है। बाड़मेर सबसे गर्म रहा।", "मौसम विभाग ने अगले तीन दिनों तक लू जैसी स्थिति की चेतावनी दी है। लोगों को दोपहर में घर से बाहर न निकलने की सलाह दी गई है।", "किसानों का कहना है कि अचानक बढ़ी गर्मी से गेहूं की फसल के दाने छोटे रह सकते हैं।"]),
        ("शिक्षा", "सरकारी स्कूलों में अब अंग्रेजी माध्यम की कक्षाएं", (3, 17, 12, 40), ["दीपिका चौधरी"], "लेखक: दीपिका चौधरी", ["जयपुर जिले के 40 सरकारी स्कूलों में नए सत्र से अंग्रेजी माध्यम की कक्षाएं शुरू होंगी। शिक्षा विभाग ने इसके लिए शिक्षकों की भर्ती शुरू कर दी है।", "अभिभावकों में इस फैसले को लेकर उत्साह है। निजी स्कूलों की ऊंची फीस से परेशान कई परिवार अब सरकारी स्कूलों का रुख कर रहे हैं।", "जिला शिक्षा अधिकारी ने बताया कि हर स्कूल में कम से कम दो प्रशिक्षित शिक्षक नियुक्त किए जाएंगे।"])],
 "bn": [("", "খুলনায় রূপসা নদীর ওপর দ্বিতীয় সেতুর কাজ শুরু", (3, 4, 11, 30), ["মাহমুদ হাসান"], "লেখক: মাহমুদ হাসান", ["খুলনায় রূপসা নদীর ওপর দ্বিতীয় সেতুর নির্মাণকাজ আনুষ্ঠানিকভাবে শুরু হয়েছে। সেতুটির দৈর্ঘ্য হবে প্রায় এক কিলোমিটার।", "সড়ক ও জনপথ বিভাগ জানিয়েছে, প্রকল্পে ব্যয় ধরা হয়েছে ৯৫০ কোটি টাকা। কাজ শেষ হতে সময় লাগবে তিন বছর।", "স্থানীয় ব্যবসায়ীরা বলছেন, নতুন সেতু চালু হলে মোংলা বন্দরের সঙ্গে যোগাযোগ আরও সহজ হবে।"]),
        ("", "সুন্দরবনে মধু আহরণ মৌসুম শুরু হচ্ছে এপ্রিলে", (3, 9, 15, 0), ["শিরিন আক্তার"], "লেখক: শিরিন আক্তার", ["সুন্দরবনে এ বছরের মধু আহরণ মৌসুম শুরু হবে পয়লা এপ্রিল থেকে। বন বিভাগ মৌয়ালদের জন্য পাস দেওয়া শুরু করেছে।", "গত বছর সুন্দরবন থেকে প্রায় তিন হাজার কুইন্টাল মধু সংগ্রহ করা হয়েছিল। এবার উৎপাদন আরও বাড়বে বলে আশা করা হচ্ছে।", "বন কর্মকর্তারা মৌয়ালদের বাঘ ও ডাকাতের ঝুঁকি সম্পর্কে সতর্ক থাকার পরামর্শ দিয়েছেন।"]),
        ("", "খুলনা বিশ্ববিদ্যালয়ে নতুন গবেষণাগার উদ্বোধন", (3, 14, 10, 15), ["তানভীর রহমান", "নুসরাত জাহান"], "লেখক: তানভীর রহমান ও নুসরাত জাহান", ["খুলনা বিশ্ববিদ্যালয়ে লবণাক্ততা নিয়ে গবেষণার জন্য একটি আধুনিক গবেষণাগার উদ্বোধন করা হয়েছে।", "গবেষণাগারে উপকূলীয় এলাকার মাটি ও পানির নমুনা পরীক্ষা করা যাবে। এতে কৃষকেরা লবণসহিষ্ণু ফসল বাছাইয়ে সহায়তা পাবেন।", "উপাচার্য বলেন, দেশি-বিদেশি গবেষকদের জন্য গবেষণাগারটি উন্মুক্ত থাকবে।"])],
 "ur": [("", "لاہور میں اورنج لائن کے نئے اسٹیشن کا افتتاح", (3, 6, 13, 10), ["عائشہ خان"], "تحریر: عائشہ خان", ["لاہور میں اورنج لائن میٹرو ٹرین کے نئے اسٹیشن کا افتتاح کر دیا گیا ہے۔ یہ اسٹیشن ٹھوکر نیاز بیگ کے قریب بنایا گیا ہے۔", "حکام کے مطابق نئے اسٹیشن سے روزانہ پندرہ ہزار اضافی مسافر سفر کر سکیں گے۔ کرایہ پہلے کی طرح چالیس روپے ہی رہے گا۔", "شہریوں نے نئے اسٹیشن کا خیر مقدم کیا ہے اور مطالبہ کیا ہے کہ رات کے اوقات میں بھی ٹرین چلائی جائے۔"]),
        ("", "پنجاب میں گندم کی کٹائی سے پہلے بارشوں کی پیش گوئی", (3, 12, 9, 45), ["محمد عثمان"], "تحریر: محمد عثمان", ["محکمہ موسمیات نے پنجاب کے مختلف اضلاع میں آئندہ ہفتے بارشوں کی پیش گوئی کی ہے۔", "کسانوں کا کہنا ہے کہ اگر کٹائی سے پہلے تیز بارش ہوئی تو گندم کی فصل کو نقصان پہنچ سکتا ہے۔", "محکمہ زراعت نے کسانوں کو ہدایت کی ہے کہ وہ کٹی ہوئی فصل کو محفوظ جگہ پر رکھیں۔"]),
        ("", "انارکلی بازار میں تجاوزات کے خلاف آپریشن", (3, 18, 16, 30), ["فاطمہ ملک", "بلال احمد"], "تحریر: فاطمہ ملک اور بلال احمد", ["ضلعی انتظامیہ نے انارکلی بازار میں تجاوزات کے خلاف بڑا آپریشن کیا اور درجنوں غیر قانونی ٹھیلے ہٹا دیے۔", "دکانداروں کا کہنا ہے کہ آپریشن سے پہلے انہیں کوئی نوٹس نہیں دیا گیا۔ کئی دکانداروں نے اپنا سامان خود ہٹا لیا۔", "ڈپٹی کمشنر نے کہا کہ بازار میں پیدل چلنے والوں کے لیے راستہ صاف رکھنا ضروری ہے اور آپریشن جاری رہے گا۔"])],
 "ta": [("நகரம்", "மதுரையில் புதிய பேருந்து நிலையம் திறப்பு", (3, 5, 10, 0), ["க. செல்வராஜ்"], "செய்தியாளர்: க. செல்வராஜ்", ["மதுரை மாட்டுத்தாவணியில் கட்டப்பட்ட புதிய பேருந்து நிலையம் இன்று திறக்கப்பட்டது. இதில் நூறு பேருந்துகள் நிறுத்த இடம் உள்ளது.", "பயணிகளுக்கு குளிரூட்டப்பட்ட காத்திருப்பு அறை, உணவகங்கள் மற்றும் இலவச குடிநீர் வசதி செய்யப்பட்டுள்ளது.", "நகரின் மையப் பகுதியில் போக்குவரத்து நெரிசல் குறையும் என்று மாநகராட்சி அதிகாரிகள் தெரிவித்தனர்."]),
        ("விவசாயம்", "வைகை அணையில் இருந்து பாசனத்துக்கு தண்ணீர் திறப்பு", (3, 10, 12, 30), ["ரா. மீனாட்சி"], "செய்தியாளர்: ரா. மீனாட்சி", ["வைகை அணையில் இருந்து பாசனத்துக்காக இன்று முதல் தண்ணீர் திறக்கப்பட்டுள்ளது. இதனால் ஐந்து மாவட்ட விவசாயிகள் பயன் பெறுவார்கள்.", "வினாடிக்கு ஆயிரம் கன அடி தண்ணீர் முப்பது நாட்களுக்கு திறக்கப்படும் என்று பொதுப்பணித் துறை அறிவித்துள்ளது.", "தண்ணீரை சிக்கனமாக பயன்படுத்த வேண்டும் என்று விவசாயிகளுக்கு அதிகாரிகள் அறிவுறுத்தினர்."]),
        ("ஆன்மிகம்", "மீனாட்சி அம்மன் கோயில் சித்திரைத் திருவிழா ஏற்பாடுகள் தீவிரம்", (3, 16, 17, 15), ["ச. முருகன்"], "செய்தியாளர்: ச. முருகன்", ["மதுரை மீனாட்சி அம்மன் கோயில் சித்திரைத் திருவிழாவுக்கான ஏற்பாடுகள் தீவிரமாக நடைபெற்று வருகின்றன.", "திருவிழாவுக்கு பத்து லட்சத்துக்கும் மேற்பட்ட பக்தர்கள் வருவார்கள் என எதிர்பார்க்கப்படுகிறது. கூடுதல் காவலர்கள் பணியில் அமர்த்தப்படுவார்கள்.", "பக்தர்களின் வசதிக்காக சிறப்பு பேருந்துகள் இயக்கப்படும் என்று போக்குவரத்துக் கழகம் தெரிவித்துள்ளது."])],
 "mr": [("", "पुण्यात पीएमपीच्या ताफ्यात १०० नव्या ई-बस", (3, 4, 9, 30), ["संदीप पाटील"], "द्वारा संदीप पाटील", ["पुणे महानगर परिवहन महामंडळाच्या ताफ्यात शंभर नव्या इलेक्ट्रिक बस दाखल झाल्या आहेत. या बस हिंजवडी आणि खराडी मार्गावर धावतील.", "नव्या बसमुळे प्रवाशांना दर दहा मिनिटांनी बस मिळेल, असे महामंडळाने सांगितले. तिकीट दरात कोणताही बदल करण्यात आलेला नाही.", "शहरातील प्रदूषण कमी करण्यासाठी पुढील वर्षी आणखी दोनशे ई-बस खरेदी करण्याचा प्रस्ताव आहे."]),
        ("", "खडकवासला धरणात ५५ टक्के पाणीसाठा", (3, 13, 14, 0), ["अश्विनी कुलकर्णी", "मंगेश जाधव"], "द्वारा अश्विनी कुलकर्णी आणि मंगेश जाधव", ["खडकवासला धरण प्रकल्पात सध्या पंचावन्न टक्के पाणीसाठा शिल्लक आहे. उन्हाळ्यात पाणीकपात होणार नाही, असे जलसंपदा विभागाने स्पष्ट केले.", "गेल्या वर्षी याच काळात धरणात केवळ चाळीस टक्के पाणी होते. यंदा चांगल्या पावसामुळे परिस्थिती समाधानकारक आहे.", "तरीही नागरिकांनी पाण्याचा काटकसरीने वापर करावा, असे आवाहन महापालिकेने केले आहे."]),
        ("", "शनिवारवाड्यावर पुन्हा सुरू होणार प्रकाश आणि ध्वनी कार्यक्रम", (3, 19, 11, 45), ["प्रिया देशमुख"], "द्वारा प्रिया देशमुख", ["शनिवारवाड्यावरील प्रकाश आणि ध्वनी कार्यक्रम दोन वर्षांनंतर पुन्हा सुरू होणार आहे. नव्या तंत्रज्ञानासह हा कार्यक्रम सादर केला जाईल.", "कार्यक्रम मराठी, हिंदी आणि इंग्रजी भाषांमध्ये दररोज संध्याकाळी होईल. तिकीट दर पन्नास रुपये असेल.", "पर्यटकांची संख्या वाढेल, अशी अपेक्षा पर्यटन विभागाने व्यक्त केली आहे."])],
 "sl": [("Promet", "Maribor bo dobil novo kolesarsko povezavo do Pohorja", (3, 5, 14, 20), ["Matej Kos"], "Avtor: Matej Kos", ["Mestna občina Maribor je podpisala pogodbo za gradnjo kolesarske poti od središča mesta do spodnje postaje Pohorske vzpenjače. Dela se bodo začela aprila.", "Pot bo dolga štiri kilometre in bo večinoma ločena od ceste. Naložba je vredna 3,5 milijona evrov.", "Kolesarji so novo povezavo pozdravili, saj je sedanja pot po Betnavski cesti nevarna."]),
        ("Gospodarstvo", "Na Teznem odpirajo nov tehnološki park", (3, 12, 10, 0), ["Luka Novak", "Maja Horvat"], "Avtorja: Luka Novak in Maja Horvat", ["Na Teznem so odprli nov tehnološki park, v katerega se bo preselilo dvajset zagonskih podjetij.", "Park ima laboratorije, pisarne in dvorano za dogodke. Projekt je stal osem milijonov evrov, večino je prispevala Evropska unija.", "Župan pričakuje, da bo park v petih letih ustvaril več kot petsto novih delovnih mest."]),
        ("Kultura", "Festival Lent bo letos trajal deset dni", (3, 18, 16, 45), ["Nina Zupan"], "Avtorica: Nina Zupan", ["Festival Lent bo letos trajal deset dni, od konca junija do začetka julija. Organizatorji so predstavili prve izvajalce.", "Na odru na Dravi bodo nastopili glasbeniki iz dvanajstih držav. Vstopnice za večerne koncerte bodo v prodaji od maja.", "Mestna občina bo med festivalom zaprla nabrežje za promet in uvedla brezplačne avtobuse."])],
 "is": [("Samgöngur", "Ný flugstöð opnuð á Akureyri", (3, 6, 11, 10), ["Guðrún Jónsdóttir"], "Höfundur: Guðrún Jónsdóttir", ["Ný flugstöð á Akureyrarflugvelli var tekin í notkun í gær. Hún getur tekið á móti tvöfalt fleiri farþegum en sú gamla.", "Framkvæmdirnar kostuðu um tvo milljarða króna. Beint flug frá Evrópu verður í boði tvisvar í viku í sumar.", "Ferðaþjónustan á Norðurlandi fagnar breytingunni og vonast eftir fleiri erlendum ferðamönnum á veturna."]),
        ("Veður", "Snjóflóðahætta á Tröllaskaga", (3, 11, 8, 50), ["Einar Sigurðsson"], "Höfundur: Einar Sigurðsson", ["Veðurstofan hefur varað við snjóflóðahættu á Tröllaskaga eftir mikla snjókomu um helgina.", "Vegurinn um Ólafsfjarðarmúla var lokaður í nótt og íbúar í nokkrum húsum á Siglufirði voru beðnir um að yfirgefa heimili sín.", "Almannavarnir segja að staðan verði endurmetin síðdegis þegar veðrið gengur niður."]),
        ("Menning", "Hof fagnar fimmtán ára afmæli með tónleikaröð", (3, 15, 13, 0), ["Sigríður Ólafsdóttir", "Jón Gunnarsson"], "Höfundar: Sigríður Ólafsdóttir og Jón Gunnarsson", ["Menningarhúsið Hof á Akureyri fagnar afmæli sínu með tónleikaröð sem stendur fram á vor.", "Sinfóníuhljómsveit Norðurlands opnar röðina með verkum eftir íslensk tónskáld. Miðasala er hafin.", "Forstöðumaður Hofs segir að aðsókn hafi aldrei verið meiri en á síðasta ári."])],
 "sq": [("", "Shkodra rikonstrukton pedonalen e qytetit", (3, 4, 12, 0), ["Arben Hoxha"], "Autor: Arben Hoxha", ["Bashkia e Shkodrës ka nisur punimet për rikonstruksionin e pedonales kryesore të qytetit. Projekti kushton rreth dy milionë euro.", "Punimet do të zgjasin katër muaj dhe përfshijnë shtrimin me gurë, ndriçimin e ri dhe mbjelljen e pemëve.", "Tregtarët e zonës shpresojnë që punimet të përfundojnë para sezonit turistik."]),
        ("", "Liqeni i Shkodrës, rritet niveli i ujit pas reshjeve", (3, 9, 17, 20), ["Elona Gjoka"], "Autor: Elona Gjoka", ["Niveli i ujit në liqenin e Shkodrës është rritur ndjeshëm pas reshjeve të javës së kaluar. Disa fshatra në Zadrimë janë në gatishmëri.", "Emergjencat civile kanë shpërndarë thasë me rërë për banorët e zonave më të rrezikuara.", "Meteorologët parashikojnë mot të thatë për ditët në vijim, gjë që pritet të ulë nivelin e ujit."]),
        ("", "Festivali i filmit të shkurtër mbledh artistë nga rajoni", (3, 14, 15, 30), ["Blerina Dushi", "Gentian Marku"], "Nga Blerina Dushi dhe Gentian Marku", ["Festivali ndërkombëtar i filmit të shkurtër në Shkodër do të mbahet në fund të marsit me artistë nga Kosova, Mali i Zi dhe Maqedonia e Veriut.", "Shfaqjet do të zhvillohen në Teatrin Migjeni dhe në disa kafene të qytetit. Hyrja është falas.", "Organizatorët thonë se këtë vit kanë marrë mbi treqind filma, dyfishin e vitit të kaluar."])],
 "mk": [("Град", "Битола ја обновува Широк сокак", (3, 5, 9, 40), ["Александар Петровски"], "Автор: Александар Петровски", ["Општина Битола започна со обнова на Широк сокак, најпознатата улица во градот. Работите ќе траат до крајот на мај.", "Ќе се замени старата калдрма, ќе се постави ново осветлување и клупи. Вредноста на проектот е 1,5 милиони евра.", "Угостителите се плашат дека работите ќе ги одвратат туристите, но општината вети дека улицата нема да биде целосно затворена."]),
        ("Економија", "Откупната цена на јаболката во Ресен порасна", (3, 10, 13, 15), ["Марија Стојановска"], "Автор: Марија Стојановска", ["Откупната цена на јаболката во Преспанскиот регион се искачи на 20 денари за килограм, што е највисока цена во последните пет години.", "Овоштарите велат дека добрата цена е резултат на поголемата побарувачка од Србија и Бугарија.", "Сепак, тие предупредуваат дека трошоците за ѓубриво и гориво исто така пораснаа."]),
        ("Природа", "Пелистер доби нова планинарска патека", (3, 16, 11, 0), ["Горан Николовски", "Елена Ристевска"], "Автори: Горан Николовски и Елена Ристевска", ["Националниот парк Пелистер отвори нова обележана планинарска патека од Магарево до Големото езеро.", "Патеката е долга дванаесет километри и има три места за одмор. Паркот постави и нови табли на македонски и англиски јазик.", "Планинарите ја пофалија иницијативата и побараа подобро одржување на постојните патеки."])],
 "ka": [("", "ქუთაისში ახალი ავტობუსები გამოჩნდა", (3, 6, 12, 10), ["ნინო ბერიძე"], "ავტორი: ნინო ბერიძე", ["ქუთაისის მერიამ ოცდაათი ახალი ავტობუსი შეიძინა, რომლებიც ქალაქის ყველა ძირითად მარშრუტზე იმოძრავებს.", "ახალი ავტობუსები აღჭურვილია კონდიციონერით და უფასო ინტერნეტით. მგზავრობის ფასი არ შეცვლილა.", "მერის თქმით, წლის ბოლომდე კიდევ ოცი ავტობუსი შემოვა."]),
        ("", "ბაგრატის ტაძართან ახალი ტურისტული ცენტრი გაიხსნა", (3, 11, 15, 40), ["გიორგი კაპანაძე"], "ავტორი: გიორგი კაპანაძე", ["ბაგრატის ტაძრის მახლობლად ახალი ტურისტული საინფორმაციო ცენტრი გაიხსნა.", "ცენტრში ვიზიტორებს ქალაქის რუკებს და ექსკურსიებს შესთავაზებენ ქართულ, ინგლისურ და რუსულ ენებზე.", "ტურიზმის სამსახურის ინფორმაციით, გასულ წელს ქუთაისს ნახევარ მილიონზე მეტი ტურისტი ეწვია."]),
        ("", "რიონზე ახალი ხიდის მშენებლობა დაიწყო", (3, 17, 10, 20), ["თამარ გელაშვილი"], "ავტორი: თამარ გელაშვილი", ["მდინარე რიონზე ახალი საავტომობილო ხიდის მშენებლობა დაიწყო. ხიდი ქალაქის ორ რაიონს დააკავშირებს.", "პროექტის ღირებულება თექვსმეტი მილიონი ლარია, სამუშაოები ორ წელიწადში უნდა დასრულდეს.", "ადგილობრივი მცხოვრებლები ამბობენ, რომ ძველ ხიდზე საცობები ყოველდღიური პრობლემაა."])],
 "hy": [("", "Գյումրիում վերականգնում են Վարպետաց փողոցը", (3, 5, 11, 20), ["Անի Սարգսյան"], "Հեղինակ: Անի Սարգսյան", ["Գյումրու քաղաքապետարանը սկսել է պատմական Վարպետաց փողոցի վերականգնման աշխատանքները։", "Ծրագրով կվերանորոգվեն տասներկու պատմական շենքերի ճակատները և կփոխվի փողոցի սալահատակը։", "Աշխատանքները կավարտվեն մինչև աշուն, իսկ փողոցը կդառնա հետիոտնային։"]),
        ("", "Շիրակի մարզում գարնանացանը սկսվել է", (3, 12, 14, 30), ["Արամ Պետրոսյան"], "Հեղինակ: Արամ Պետրոսյան", ["Շիրակի մարզի գյուղացիները սկսել են գարնանացանի աշխատանքները։ Այս տարի նախատեսվում է ցանել տասը հազար հեկտար։", "Կառավարությունը ֆերմերներին կտրամադրի սերմացու և պարարտանյութ զեղչված գներով։", "Գյուղացիները դժգոհում են վառելիքի թանկացումից, որը մեծացնում է ծախսերը։"]),
        ("", "Գյումրու դրամատիկական թատրոնը նոր ներկայացում է բեմադրում", (3, 18, 16, 0), ["Լիլիթ Հովհաննիսյան", "Դավիթ Մկրտչյան"], "Հեղինակներ: Լիլիթ Հովհաննիսյան, Դավիթ Մկրտչյան", ["Գյումրու դրամատիկական թատրոնը ապրիլին կներկայացնի նոր բեմադրություն՝ Ավետիք Իսահակյանի ստեղծագործությունների հիման վրա։", "Ներկայացման մեջ կխաղան թատրոնի երիտասարդ դերասանները։ Տոմսերի վաճառքն արդեն սկսվել է։", "Թատրոնի տնօրենը նշել է, որ այս տարի նախատեսված է ևս երեք պրեմիերա։"])],
 "az": [("Şəhər", "Gəncədə yeni park istifadəyə verildi", (3, 4, 10, 30), ["Aygün Məmmədova"], "Müəllif: Aygün Məmmədova", ["Gəncə şəhərində yeni park sakinlərin istifadəsinə verilib. Park beş hektar ərazini əhatə edir.", "Parkda uşaq meydançaları, velosiped yolları və fəvvarələr quraşdırılıb. Ərazidə min iki yüzdən çox ağac əkilib.", "Şəhər icra hakimiyyəti bildirib ki, yay aylarında parkda açıq hava konsertləri təşkil olunacaq."]),
        ("İqtisadiyyat", "Gəncə bazarlarında kartof ucuzlaşıb", (3, 10, 12, 15), ["Rəşad Əliyev"], "Müəllif: Rəşad Əliyev", ["Gəncə bazarlarında kartofun qiyməti son iki həftədə iyirmi faiz ucuzlaşıb.", "Satıcılar bunu yeni məhsulun bazara çıxması ilə əlaqələndirirlər. Hazırda bir kiloqram kartof altmış qəpiyə satılır.", "İqtisadçılar qiymətlərin yaz aylarında sabit qalacağını gözləyirlər."]),
        ("Təhsil", "Gəncə Dövlət Universitetində yeni kitabxana açıldı", (3, 15, 15, 50), ["Leyla Hüseynova", "Elvin Quliyev"], "Müəlliflər: Leyla Hüseynova və Elvin Quliyev", ["Gəncə Dövlət Universitetində müasir kitabxana binası açılıb. Kitabxanada yüz min kitab saxlanılır.", "Tələbələr üçün oxu zalları, kompüter otaqları və qrup işi üçün xüsusi otaqlar yaradılıb.", "Rektor bildirib ki, kitabxana həftənin yeddi günü açıq olacaq."])],
}


def slug(s):
    s = unicodedata.normalize("NFKD", s.lower())
    s = re.sub(r"[^a-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")[:60].strip("-")
    return s or "x"


# The publishers: look (flags), labels, JSON-LD kind, URL scheme and non-articles.
# flags: crumbs (breadcrumbs ending in the day), kicker, lead (first paragraph as a
# standfirst), side (latest with relative times beside the story), cm (comments), nl (a
# newsletter box between the second and third paragraphs), upd (update line first),
# bylast (the byline under the body), rtl. Paths of non-Latin sites are numeric.
SITES = [
 dict(k="hi", name="जयपुर समाचार", flags="crumbs kicker cm nl", ld="full", url=lambda s: "/rajasthan/jaipur/news-%d.html" % s["id"],
      L=dict(pub="प्रकाशित:", also="यह भी पढ़ें:", photo="फोटो: समाचार डेस्क", cm=("टिप्पणियां", [("रमेश", "6 मार्च 2025", "बहुत अच्छी खबर, जल्दी काम शुरू हो।")]), nl=("न्यूज़लेटर", "हर सुबह जयपुर की बड़ी खबरें सीधे अपने ईमेल पर पाएं।"), sec="जयपुर", home="होम", tag="मेट्रो", srch="खोजें", about="हमारे बारे में", latest="ताज़ा खबरें"),
      extras=[("video", "/video/", "वीडियो: गुलाबी नगरी में होली का जश्न")]),
 dict(k="bn", name="খুলনা বার্তা", flags="lead nl side", ld=None, url=lambda s: "/khulna/article/%d/" % s["id"],
      L=dict(pub="প্রকাশ:", also="আরও পড়ুন:", photo="ছবি: সংগৃহীত", nl=("নিউজলেটার", "প্রতিদিনের গুরুত্বপূর্ণ খবর পেতে আমাদের নিউজলেটারে সাইন আপ করুন।"), sec="খুলনা", home="প্রচ্ছদ", tag="সুন্দরবন", srch="অনুসন্ধান", about="আমাদের সম্পর্কে", latest="সর্বশেষ"),
      extras=[("horo", "/rashifal/", "আজকের রাশিফল", [("মেষ", "আজ নতুন কাজে সাফল্য আসবে।"), ("বৃষ", "অর্থ খরচে সাবধান থাকুন।")])]),
 dict(k="ur", name="روزنامہ لاہور نامہ", flags="cm side rtl", ld="date", url=lambda s: "/news/%d/" % s["id"],
      L=dict(pub="شائع:", also="یہ بھی پڑھیں:", photo="تصویر: فائل", cm=("تبصرے", [("علی رضا", "19 مارچ 2025", "بہت اچھا اقدام ہے، شکریہ۔")]), sec="لاہور", home="صفحہ اول", tag="میٹرو", srch="تلاش", about="ہمارے بارے میں", latest="تازہ ترین"),
      extras=[("rows", "/mausam/", "لاہور کا موسم", [("دن", "درجہ حرارت", "کیفیت"), ("پیر", "31°", "دھوپ"), ("منگل", "29°", "بادل")])]),
 dict(k="ta", name="மதுரை முரசு", flags="kicker side nl bylast", ld="full", url=lambda s: "/news/madurai/%d" % s["id"],
      L=dict(pub="பதிவு:", also="இதையும் படிக்க:", photo="படம்: முரசு", nl=("செய்தி மடல்", "தினமும் காலை முக்கிய செய்திகளை மின்னஞ்சலில் பெற பதிவு செய்யுங்கள்."), sec="மதுரை", home="முகப்பு", tag="பேருந்து", srch="தேடல்", about="எங்களைப் பற்றி", latest="சமீபத்திய செய்திகள்"),
      extras=[("gallery", "/photos/chithirai/", "புகைப்படத் தொகுப்பு: சித்திரைத் திருவிழா", ["தேரோட்டம்", "கள்ளழகர் வைகையில் இறங்குதல்", "பக்தர்கள் கூட்டம்"])]),
 dict(k="mr", name="पुणे वार्ता", flags="crumbs cm", ld=None, url=lambda s: "/pune/batmi-%d/" % s["id"],
      L=dict(pub="प्रकाशित:", also="हेही वाचा:", photo="छायाचित्र: वार्ता", cm=("प्रतिक्रिया", [("सुहास", "२० मार्च २०२५", "छान बातमी, धन्यवाद.")]), sec="पुणे", home="मुख्यपृष्ठ", tag="पीएमपी", srch="शोधा", about="आमच्याविषयी"),
      extras=[("live", "/live/pune-marathon/", "लाइव्ह: पुणे मॅरेथॉन २०२५", ("द्वारा संदीप पाटील", "९ मार्च २०२५", [("०९:१५", "पहिला धावपटू अंतिम रेषेवर."), ("०७:३०", "शर्यत सुरू झाली.")]))]),
 dict(k="sl", name="Štajerski glas", flags="kicker lead nl", ld="org", url=lambda s: "/novice/maribor/%s/" % s["slug"],
      L=dict(pub="Objavljeno:", also="Preberite tudi:", photo="Foto: Boris Vugrinec", nl=("E-novice", "Prijavite se na naše e-novice in vsako jutro prejmite pregled dneva."), sec="Maribor", home="Domov", tag="Kolesarjenje", srch="Iskanje", about="O nas"),
      extras=[("rows", "/vreme/", "Vremenska napoved za Maribor", [("Dan", "Temperatura", "Opis"), ("Ponedeljek", "12°", "Sončno"), ("Torek", "9°", "Dež")])]),
 dict(k="is", name="Norðurfréttir", flags="upd side", ld=None, url=lambda s: "/frettir/%d/%s/" % (s["id"], s["slug"]),
      L=dict(pub="Birt:", upd="Uppfært:", also="Lestu líka:", photo="Mynd: Auðunn Níelsson", sec="Akureyri", home="Forsíða", tag="Veður", srch="Leit", about="Um okkur", latest="Nýjast"),
      extras=[("live", "/beint/ovedur/", "Í BEINNI: Óveður á Norðurlandi", ("Höfundur: Einar Sigurðsson", "11. mars 2025", [("14:10", "Rafmagnslaust á Dalvík."), ("12:30", "Vegurinn um Víkurskarð lokaður.")]))]),
 dict(k="sq", name="Zëri i Shkodrës", flags="crumbs cm", ld="full", url=lambda s: "/lajme/%s-%d.html" % (s["slug"], s["id"]),
      L=dict(pub="Publikuar:", also="Lexo edhe:", photo="Foto: Arkivi", cm=("Komente", [("Ardi", "10 mars 2025", "Më në fund, pedonalja ishte shkatërruar.")]), sec="Shkodër", home="Kryefaqja", tag="Liqeni", srch="Kërko", about="Rreth nesh"),
      extras=[("horo", "/horoskopi/", "Horoskopi i ditës", [("Dashi", "Dita është e mbarë për takime."), ("Demi", "Kujdes me shpenzimet.")])]),
 dict(k="mk", name="Битолски весник", flags="kicker nl", ld=None, url=lambda s: "/vesti/%d/" % s["id"],
      L=dict(pub="Објавено:", also="Прочитајте и:", photo="Фото: Весник", nl=("Билтен", "Пријавете се за нашиот билтен и добивајте ги најважните вести секое утро."), sec="Битола", home="Почетна", tag="Пелистер", srch="Барај", about="За нас"),
      extras=[("live", "/vo-zivo/izbori/", "ВО ЖИВО: Локални избори во Битола", ("Автор: Марија Стојановска", "16 март 2025", [("20:00", "Избирачките места се затворени."), ("13:00", "Излезноста е 30 отсто.")]))]),
 dict(k="ka", name="ქუთაისის ამბები", flags="lead side", ld="date", url=lambda s: "/news/%d" % s["id"],
      L=dict(pub="გამოქვეყნდა:", also="ასევე წაიკითხეთ:", photo="ფოტო: არქივი", sec="ქუთაისი", home="მთავარი", tag="ტრანსპორტი", srch="ძიება", about="ჩვენ შესახებ", latest="უახლესი"),
      extras=[("gallery", "/gallery/bagrati/", "ფოტოგალერეა: ბაგრატის ტაძარი", ["ტაძრის ფასადი", "ქალაქის ხედი", "ღამის განათება"])]),
 dict(k="hy", name="Գյումրու լուրեր", flags="cm nl bylast", ld=None, url=lambda s: "/lur/%d.html" % s["id"],
      L=dict(pub="Հրապարակվել է՝", also="Կարդացեք նաև՝", photo="Լուսանկարը՝ արխիվից", cm=("Մեկնաբանություններ", [("Արմեն", "2025թ. մարտի 19", "Շատ լավ նորություն է։")]), nl=("Տեղեկագիր", "Բաժանորդագրվեք մեր տեղեկագրին և ստացեք օրվա լուրերը ամեն առավոտ։"), sec="Գյումրի", home="Գլխավոր", tag="Մշակույթ", srch="Որոնում", about="Մեր մասին"),
      extras=[("video", "/video/", "Տեսանյութ. Գյումրու Վարպետաց փողոցը")]),
 dict(k="az", name="Gəncə Xəbər", flags="kicker crumbs lead", ld="full", url=lambda s: "/xeber/%d-%s.html" % (s["id"], s["slug"]),
      L=dict(pub="Dərc olunub:", also="Həmçinin oxuyun:", photo="Foto: Gəncə Xəbər", sec="Gəncə", home="Ana səhifə", tag="Təhsil", srch="Axtarış", about="Haqqımızda"),
      extras=[("live", "/canli/futbol/", "CANLI: Kəpəz – Neftçi", ("Müəllif: Rəşad Əliyev", "16 Mart 2025", [("19:45", "Oyun başa çatdı: 1:1."), ("18:00", "Oyun başladı.")]))]),
]


def url(c, p): return "http://%s:%d%s" % (c["host"], PORT, p)


def iso(d, tz): return d.strftime("%Y-%m-%dT%H:%M:%S") + ("+%02d:%02d" % (tz // 60, tz % 60))


def frame(c, title, main, head="", aside=""):
    L = c["L"]
    nav = '<a href="/">%s</a> <a href="%s">%s</a> %s' % (E(L["home"]), c["secp"], E(L["sec"]), " ".join('<a href="%s">%s</a>' % (x[1], E(x[2])) for x in c["extras"]))
    foot = " | ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in [(c["aboutp"], L["about"]), (c["srchp"], L["srch"]), (c["tagp"], "#" + L["tag"]), (c["authp"], c["auth"])])
    rtl = ' dir="rtl"' if "rtl" in c["flags"] else ""
    return ('<!DOCTYPE html><html lang="%s"%s><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
            '<header class="masthead"><div class="dateline">%s</div><a class="logo" href="/">%s</a><nav class="menu">%s</nav></header>'
            '<div class="page"><div class="content">%s</div>%s</div><footer class="site-foot"><p>%s</p><p>© %s 2025</p></footer></body></html>') % (
        c["k"], rtl, E(title), head, E(FMT[c["k"]][1](TODAY)), E(c["name"]), nav, main, '<aside class="sidebar">%s</aside>' % aside if aside else "", foot, E(c["name"]))


def teasers(c, ss, rel=False):
    ss = sorted(ss, key=lambda s: s["d"], reverse=True)
    return '<ol class="teasers">%s</ol>' % "".join('<li><h3><a href="%s">%s</a></h3><small>%s</small></li>' % (
        s["path"], E(s["head"]), E(FMT[c["k"]][2](1 + 4 * j) if rel else FMT[c["k"]][1](s["d"]))) for j, s in enumerate(ss))


def article(c, s):
    L, f, k = c["L"], c["flags"].split(), c["k"]
    fd = FMT[k][0]
    when = '<span class="date">%s %s</span>' % (E(L["pub"]), E(fd(s["d"])))
    if "upd" in f:
        when = '<span class="date">%s %s | %s %s</span>' % (E(L["upd"]), E(fd(s["d"] + TD(hours=21))), E(L["pub"]), E(fd(s["d"])))
    by = E(s["cred"]).replace(E(s["au"][0]), '<a href="%s">%s</a>' % (c["authp"], E(s["au"][0])), 1) if s["au"][0] == c["auth"] else E(s["cred"])
    byline = '<p class="author">%s</p>' % by
    paras = s["paras"][1:] if "lead" in f else s["paras"]
    body = []
    for i, p in enumerate(paras):
        body.append("<p>%s</p>" % E(p))
        if i == 0:
            body.append('<div class="related">%s <a href="%s">%s</a></div>' % (E(L["also"]), s["other"]["path"], E(s["other"]["head"])))
        if i == len(paras) - 2 and "nl" in f:
            body.append('<div class="newsletter-box"><h4>%s</h4><p>%s</p><form><input type="email" name="email"><button>OK</button></form></div>' % (E(L["nl"][0]), E(L["nl"][1])))
    top = ""
    if "crumbs" in f:
        top += '<ul class="breadcrumb"><li><a href="/">%s</a></li><li><a href="%s">%s</a></li><li>%s</li></ul>' % (E(L["home"]), c["secp"], E(L["sec"]), E(FMT[k][1](s["d"])))
    top += ('<span class="kicker">%s</span>' % E(s["kick"]) if "kicker" in f and s["kick"] else "") + '<h1 class="headline">%s</h1>' % E(s["head"])
    if "lead" in f:
        top += '<p class="lead">%s</p>' % E(s["paras"][0])
    fig = '<figure><img src="/media/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (s["id"], E(L["photo"]))
    main = '<article>%s<div class="info">%s%s</div>%s<div class="text">%s</div>%s</article>' % (
        top, "" if "bylast" in f else byline, when, fig, "".join(body), byline if "bylast" in f else "")
    if "cm" in f:
        h, items = L["cm"]
        main += '<div id="comments"><h3>%s</h3>%s</div>' % (E(h), "".join('<div class="comment"><strong>%s</strong> <em>%s</em><p>%s</p></div>' % (E(a), E(b), E(t)) for a, b, t in items))
    aside = '<h3>%s</h3>%s' % (E(L["latest"]), teasers(c, [x for x in c["stories"] if x is not s], True)) if "side" in f else ""
    head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s">' % (E(s["head"]), url(c, s["path"]))
    if c["ld"]:
        j = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(s["d"], c["tz"]), "publisher": {"@type": "Organization", "name": c["name"]}}
        if c["ld"] == "full":
            j["author"] = [{"@type": "Person", "name": a} for a in s["au"]]
        elif c["ld"] == "org":
            j["author"] = {"@type": "Organization", "name": c["name"]}
        head += '<script type="application/ld+json">%s</script>' % json.dumps(j, ensure_ascii=False)
    return frame(c, "%s | %s" % (s["head"], c["name"]), main, head, aside)


def nonarticle(c, kind, p, t, x=None):
    if kind in ("section", "tag", "search"):
        main = '<h1>%s</h1>%s%s' % (E(t), '<form action="/search/"><input name="q" value="%s"></form>' % E(x) if kind == "search" else "", teasers(c, c["stories"], kind == "section"))
    elif kind == "author":
        main = '<div class="author-card"><h1>%s</h1></div>%s' % (E(t), teasers(c, [s for s in c["stories"] if t in s["au"]]))
    elif kind == "about":
        main = "<h1>%s</h1><p>%s — %s</p>" % (E(t), E(c["name"]), E(x))
    elif kind == "video":
        main = '<h1>%s</h1><video controls src="/media/v%d.mp4"></video>' % (E(t), rnd.randrange(10 ** 5))
    elif kind == "gallery":
        main = '<h1>%s</h1>%s' % (E(t), "".join('<figure><img src="/g/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, E(cap)) for i, cap in enumerate(x)))
    elif kind == "rows":
        main = '<h1>%s</h1><table>%s</table>' % (E(t), "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(v) for v in r) for r in x))
    elif kind == "horo":
        main = '<h1>%s</h1>%s' % (E(t), "".join("<h2>%s</h2><p>%s</p>" % (E(a), E(b)) for a, b in x))
    else:  # live blog
        by, when, ents = x
        main = '<section class="liveblog"><h1>%s</h1><p class="author">%s</p><p class="date">%s</p>%s</section>' % (E(t), E(by), E(when), "".join('<div class="entry"><b>%s</b><p>%s</p></div>' % (E(a), E(b)) for a, b in ents))
    write_page(OUT, c["host"], p.split("?")[0], frame(c, "%s | %s" % (t, c["name"]), main))
    truth["nonarticles"].append(url(c, p))


for si, c in enumerate(SITES):
    c["host"], L, k = "127.0.2.%d" % (234 + si), c["L"], c["k"]
    c["tz"] = dict(hi=330, bn=360, ur=300, ta=330, mr=330, sl=60, sq=60, mk=60, ka=240, hy=240, az=240).get(k, 0)
    c["secp"], c["tagp"], c["authp"] = "/section/%d/" % (si + 1), "/tag/%d/" % rnd.randrange(100, 999), "/author/%d/" % rnd.randrange(100, 999)
    c["srchp"], c["aboutp"] = "/search/?q=%s" % rnd.randrange(10, 99), "/about/"
    c["stories"] = []
    for kick, head, (mo_, dd, hh, mi), au, cred, paras in ST[k]:
        d = DT(2025, mo_, dd, hh, mi)
        s = dict(kick=kick, head=head, d=d, au=au, cred=cred, paras=paras, id=rnd.randrange(100000, 999999), slug=slug(head))
        s["path"] = c["url"](s)
        c["stories"].append(s)
    c["auth"] = c["stories"][0]["au"][0]
    for n, s in enumerate(c["stories"]):
        s["other"] = c["stories"][(n + 1) % 3]
        write_page(OUT, c["host"], s["path"], article(c, s))
        mn = [s["other"]["head"]] + ([L["cm"][1][0][2]] if "cm" in c["flags"] else []) + ([L["nl"][1]] if "nl" in c["flags"] else [])
        truth["articles"].append(dict(url=url(c, s["path"]), title=s["head"], date=s["d"].strftime("%Y-%m-%d"), authors=s["au"], must=[s["paras"][-1][:40]], must_not=mn))
    pages = [("section", c["secp"], L["sec"]), ("tag", c["tagp"], "#" + L["tag"]), ("author", c["authp"], c["auth"]), ("search", c["srchp"], L["srch"], L["tag"]),
             ("about", c["aboutp"], L["about"], "info@news%d.example" % si)] + c["extras"]
    for pg in pages:
        nonarticle(c, *pg)
    write_page(OUT, c["host"], "/", frame(c, c["name"], '<h1 class="visually-hidden">%s</h1>%s' % (E(c["name"]), teasers(c, c["stories"], True))))
    truth["nonarticles"].append(url(c, "/"))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
