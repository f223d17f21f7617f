"""Web aj: twelve Asian and Middle-Eastern regional news sites in Simplified
Chinese (mainland), Traditional Chinese (Taiwan), Japanese, Korean,
Vietnamese, Thai, Indonesian, Arabic (Gulf and Egypt), Persian, Hebrew and
Turkish, three articles each (36), each site on its own template. Dates
"2025-03-03 15:04 来源：新华网" with a misleading meta author (the site);
Taiwan's ROC years "114年3月3日 15:04" (no date metadata); "2025年4月14日
11時20分" under a masthead in Reiwa years, with an "updated" time and a print
edition line a day later; Korean "2025.03.03 15:04 입력 / 2025.03.04 08:12
수정" with only og:regDate; Vietnamese "Thứ hai, 3/3/2025, 15:04 (GMT+7)"
(one at 06:10 local, the day before in UTC); Thai Buddhist years "3 มี.ค. 2568
15:04 น." followed by an update (no metadata); "Senin, 03 Mar 2025 15:04 WIB";
Gulf Arabic-Indic digits with the Hijri day first ("٣ رمضان ١٤٤٦ هـ - ٣ مارس
٢٠٢٥ م، ١٥:٠٤") and only og:updated_time/article:modified_time in the head;
Egyptian 12-hour times "03:04 م"; Persian solar dates in Persian digits "۱۳
اسفند ۱۴۰۳ - ۱۵:۰۴" (no metadata); Israeli "03.03.25 | 15:04" with the Hebrew
date and "עודכן:" (no metadata); Turkish "03 Mart 2025 Pazartesi 15:04" with
"Güncelleme:". Bylines: "新华社杭州3月3日电（记者 张建国 李晓燕）" opening the
body and "责任编辑：" at its end; "【記者王小明／新竹報導】" opening the body,
"【記者A、B／新竹報導】", "文／林美惠"; "（佐藤健一）", "（田中美咲、山本大輔）"
closing the body and a Kyodo story "（共同）" with a provider line; "기자 김민준
minjun@..." over the body and "(대전=한빛일보) 김민준 기자 =" in it; the
writer's name bold and right-aligned under the body, "Phóng viên ...",
"Theo TTXVN"; "ผู้เขียน: A, B"; "Oleh: A, B" and "Penulis: A dan B | Editor:
C"; "دبي: محمد الحمادي", "الشارقة - وام", "بقلم: A وB"; "كتب: A وB",
"كتبت:"; "خبرنگار:", "خبرنگاران: A، B"; "כתב:", "כתבת:", "מאת A וB"; "Muhabir:",
"Muhabirler: A ve B" with JSON-LD naming "Haber Merkezi". JSON-LD full on the
Japanese and Indonesian sites, dates only on the Vietnamese and Egyptian,
misleading author on the Turkish, none elsewhere. Noise: mastheads with
today's date, most-read sidebars with relative times, related teasers and
"Baca juga:"/"اقرأ أيضاً" links inside bodies, app/cookie/newsletter
pop-ups (some inside the body), comments dated two days later, photo
credits, share bars, an author box. Non-articles on every site: home,
section, tag, author, search, date archive and about pages, plus two of
video, gallery, live blog, podcast list, event list, job ad, weather,
prayer times, horoscope, newsletter sign-up. RSS feeds on four sites,
sitemaps in robots.txt on three. Crawled once with /tmp/nr-base/newsroom (nr-base): stored 36 of 36,
titles 36, dates 27 (ROC years and Persian solar dates unread, no date
stored; the Hebrew site took a talkback's <time> two days later), authors 9
(the footer link to the writers' page, "記者專區", "الكتّاب", "كتاب الموقع",
"خبرنگاران", "כותבים", taken as the author on five sites; meta author (the
site) over "（记者 A B）"; JSON-LD "Haber Merkezi" over "Muhabir:"; the
Vietnamese signature and Thai "ผู้เขียน:" unread; "기자 A B" kept only B),
bodies 10 of 12 (Persian ZWNJ dropped; a Hebrew talkback kept), 0 of 108
non-articles stored. Writes the sites and truth.json
under the directory given as the first argument."""
import datetime, html, json, os, random, re, sys, unicodedata  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18115
rnd = random.Random("web-aj")
truth = {"articles": [], "nonarticles": [], "synd": []}
E, DT, TD = html.escape, datetime.datetime, datetime.timedelta
TODAY = datetime.date.today()
NOW = DT(TODAY.year, TODAY.month, TODAY.day, 8, 30)


def dig(s, zero):
    """s with its ASCII digits written in the script whose zero is given."""
    return "".join(chr(ord(zero) + int(ch)) if "0" <= ch <= "9" else ch for ch in s)


def jalali(d):
    """The Persian solar (year, month, day) of a Gregorian date."""
    gy, gm, gd = d.year, d.month, d.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + (365 * gy) + ((gy2 + 3) // 4) - ((gy2 + 99) // 100) + ((gy2 + 399) // 400) + gd + g_d_m[gm - 1]
    jy = -1595 + (33 * (days // 12053))
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm, jd = 1 + days // 31, 1 + days % 31
    else:
        jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return jy, jm, jd


FA_M = "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split()
FA_W = "دوشنبه سه‌شنبه چهارشنبه پنجشنبه جمعه شنبه یکشنبه".split()
AR_M = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
LV_M = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]
AR_W = "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split()
EG_W = "الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split()
TH_M = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()
TH_W = "จันทร์ อังคาร พุธ พฤหัสบดี ศุกร์ เสาร์ อาทิตย์".split()
ID_M = "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split()
ID_W = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split()
VI_W = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
TR_M = "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık".split()
TR_W = "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split()
HE_M = "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר".split()
HE_W = "שני שלישי רביעי חמישי שישי שבת ראשון".split()
ZH_W = "一二三四五六日"
JA_W = "月火水木金土日"
KO_W = "월화수목금토일"
HEB_NUM = ["", "א'", "ב'", "ג'", "ד'", "ה'", "ו'", "ז'", "ח'", "ט'", "י'", "י\"א", "י\"ב", "י\"ג", "י\"ד", "ט\"ו", "ט\"ז", "י\"ז", "י\"ח", "י\"ט", "כ'", "כ\"א", "כ\"ב", "כ\"ג", "כ\"ד", "כ\"ה", "כ\"ו", "כ\"ז", "כ\"ח", "כ\"ט"]


def hebrew_march_2025(d):
    """1 Adar 5785 fell on 1 March 2025; Adar has 29 days."""
    assert d.year == 2025 and d.month == 3 and d.day <= 29
    return "%s באדר תשפ\"ה" % HEB_NUM[d.day]


def hijri_march_2025(d):
    """1 Ramadan 1446 fell on 1 March 2025 in the Gulf."""
    assert d.year == 2025 and d.month == 3 and d.day <= 29
    return "%d رمضان 1446" % d.day


FMT = {
 # per site: story date line, masthead day, relative teaser time (n hours)
 "cn": (lambda d: d.strftime("%Y-%m-%d %H:%M"), lambda d: "%d年%d月%d日 星期%s" % (d.year, d.month, d.day, ZH_W[d.weekday()]), lambda n: "%d小时前" % n),
 "tw": (lambda d: "%d年%d月%d日 %s" % (d.year - 1911, d.month, d.day, d.strftime("%H:%M")), lambda d: "中華民國%d年%d月%d日 星期%s" % (d.year - 1911, d.month, d.day, ZH_W[d.weekday()]), lambda n: "%d 小時前" % n),
 "ja": (lambda d: "%d年%d月%d日 %d時%02d分" % (d.year, d.month, d.day, d.hour, d.minute), lambda d: "令和%d年%d月%d日（%s）" % (d.year - 2018, d.month, d.day, JA_W[d.weekday()]), lambda n: "%d時間前" % n),
 "ko": (lambda d: d.strftime("%Y.%m.%d %H:%M"), lambda d: "%d년 %d월 %d일 %s요일" % (d.year, d.month, d.day, KO_W[d.weekday()]), lambda n: "%d시간 전" % n),
 "vi": (lambda d: "%s, %d/%d/%d, %s (GMT+7)" % (VI_W[d.weekday()], d.day, d.month, d.year, d.strftime("%H:%M")), lambda d: "%s, %d/%d/%d" % (VI_W[d.weekday()], d.day, d.month, d.year), lambda n: "%d giờ trước" % n),
 "th": (lambda d: "%d %s %d %s น." % (d.day, TH_M[d.month - 1], d.year + 543, d.strftime("%H:%M")), lambda d: "วัน%sที่ %d %s %d" % (TH_W[d.weekday()], d.day, TH_M[d.month - 1], d.year + 543), lambda n: "%d ชั่วโมงที่แล้ว" % n),
 "id": (lambda d: "%s, %02d %s %d %s WIB" % (ID_W[d.weekday()], d.day, ID_M[d.month - 1], d.year, d.strftime("%H:%M")), lambda d: "%s, %d %s %d" % (ID_W[d.weekday()], d.day, ID_M[d.month - 1], d.year), lambda n: "%d jam lalu" % n),
 "ae": (lambda d: dig("%s %s هـ - %d %s %d م، %s" % (AR_W[d.weekday()], hijri_march_2025(d), d.day, AR_M[d.month - 1], d.year, d.strftime("%H:%M")), "٠"), lambda d: dig("%s %d %s %d" % (AR_W[d.weekday()], d.day, AR_M[d.month - 1], d.year), "٠"), lambda n: dig("منذ %d ساعات" % n, "٠")),
 "eg": (lambda d: "%s، %02d %s %d %s %s" % (EG_W[d.weekday()], d.day, AR_M[d.month - 1], d.year, "%02d:%02d" % ((d.hour - 1) % 12 + 1, d.minute), "م" if d.hour >= 12 else "ص"), lambda d: "%s %d %s %d" % (EG_W[d.weekday()], d.day, AR_M[d.month - 1], d.year), lambda n: "منذ %d ساعات" % n),
 "ir": (lambda d: dig("%d %s %d - %s" % (jalali(d)[2], FA_M[jalali(d)[1] - 1], jalali(d)[0], d.strftime("%H:%M")), "۰"), lambda d: dig("%s %d %s %d" % (FA_W[d.weekday()], jalali(d)[2], FA_M[jalali(d)[1] - 1], jalali(d)[0]), "۰"), lambda n: dig("%d ساعت پیش" % n, "۰")),
 "il": (lambda d: d.strftime("%d.%m.%y | %H:%M"), lambda d: "יום %s, %d ב%s %d" % (HE_W[d.weekday()], d.day, HE_M[d.month - 1], d.year), lambda n: "לפני %d שעות" % n),
 "tr": (lambda d: "%02d %s %d %s %s" % (d.day, TR_M[d.month - 1], d.year, TR_W[d.weekday()], d.strftime("%H:%M")), lambda d: "%d %s %d, %s" % (d.day, TR_M[d.month - 1], d.year, TR_W[d.weekday()]), lambda n: "%d saat önce" % n),
}

# Per site: three stories: headline, local time (y, m, d, h, min), writers (truth), the
# site's own credit fields, paragraphs.
ST = {
 "cn": [
  dict(head="杭州地铁三期工程年内全部开通运营", d=(2025, 3, 3, 15, 4), au=["张建国", "李晓燕"], src="新华网", lead="新华社杭州3月3日电（记者 张建国 李晓燕）", ed="王磊", paras=[
   "记者从杭州市地铁集团获悉，杭州地铁三期建设规划中的剩余线路将在今年年底前全部开通运营，届时全市地铁运营里程将超过六百公里。",
   "据介绍，今年计划开通的线路包括地铁12号线、15号线和18号线一期，三条线路共设车站四十余座，将进一步加密城西和下沙地区的轨道交通网络。",
   "杭州市地铁集团有关负责人表示，目前各线路已进入设备安装和联调联试阶段，部分车站的装修工程也已基本完成。",
   "专家认为，地铁网络的完善将有效缓解主城区早晚高峰的交通压力，并带动沿线区域的商业和住宅开发。",
   "据悉，杭州还在编制第四期建设规划，重点研究连接湖州、嘉兴等周边城市的市域铁路。"]),
  dict(head="浙江春茶开采 西湖龙井价格稳中有升", d=(2025, 3, 27, 10, 20), au=["陈静"], src="中国新闻网", lead="中新网杭州3月27日电(记者 陈静)", ed="刘洋", paras=[
   "随着气温回升，西湖龙井核心产区的茶农近日陆续开始采摘今年的头茶。",
   "在梅家坞村，茶农们天刚亮就上山采茶。当地茶农介绍，今年春季雨水充足，茶叶品质较好，但由于采摘人工成本上涨，明前茶收购价格比去年略有提高。",
   "杭州市农业农村局数据显示，今年西湖龙井茶预计产量约五百吨，与去年基本持平，其中一级产区的茶园面积保持稳定。",
   "业内人士提醒消费者，购买龙井茶时应认准地理标志专用标识，谨防外地茶冒充西湖龙井。"]),
  dict(head="长三角铁路清明假期预计发送旅客超千万人次", d=(2024, 4, 2, 16, 45), au=["周楠", "吴涛"], src="新华网", lead="新华社上海4月2日电（记者 周楠、吴涛）", ed="王磊", paras=[
   "记者从中国铁路上海局集团有限公司获悉，清明假期运输期间，长三角铁路预计发送旅客一千零五十万人次，同比增长百分之八。",
   "为满足旅客扫墓祭祖和踏青出游的需求，铁路部门将在客流高峰日加开旅客列车二百余列，重点增加沪宁、沪杭和杭甬方向的运力。",
   "铁路部门提醒，假期首日上海虹桥、杭州东、南京南等车站客流集中，旅客应预留充足的进站安检时间。",
   "此外，黄山、千岛湖等热门景区方向的车票已基本售罄，铁路部门将根据售票情况动态调整运力安排。"]),
 ],
 "tw": [
  dict(head="新竹市府推公共自行車2.0 年底前增設百站", d=(2025, 3, 3, 15, 4), au=["王小明"], cred="【記者王小明／新竹報導】", paras=[
   "新竹市政府今天宣布，公共自行車系統將全面升級為2.0版本，年底前將在市區增設一百個租借站，並汰換所有舊型車輛。",
   "交通處表示，新系統改採無樁式設計，民眾可直接以手機或悠遊卡借還車，前三十分鐘維持免費，以鼓勵短程通勤使用。",
   "市府統計，去年公共自行車總使用量達三百二十萬人次，其中以科學園區與新竹火車站周邊的租借需求最高。",
   "不過也有議員質疑，部分站點設置在人行道上，恐影響行人通行，要求交通處在設站前先與地方里長充分溝通。",
   "交通處回應，所有新站點都會經過現地會勘，人行道淨寬不足的地點將改設於路邊停車格。"]),
  dict(head="竹北高鐵特區房價漲幅趨緩 交易量較去年減少兩成", d=(2024, 10, 18, 11, 30), au=["陳建宏", "黃淑芬"], cred="【記者陳建宏、黃淑芬／新竹報導】", paras=[
   "受央行選擇性信用管制影響，竹北高鐵特區近三個月的房屋交易量較去年同期減少約兩成，房價漲幅也明顯趨緩。",
   "根據實價登錄資料，特區新成屋每坪成交均價約在六十萬元上下，與上半年相比幾乎持平，部分建案開始提供付款優惠。",
   "房仲業者指出，目前買方以自住的科技業工程師為主，投資客明顯退場，市場觀望氣氛濃厚。",
   "專家建議，有意購屋的民眾可趁市場降溫時多比較，但仍需留意貸款成數與利率變動對還款能力的影響。"]),
  dict(head="城隍廟周邊老街再生 百年米粉店轉型觀光工廠", d=(2025, 1, 20, 14, 15), au=["林美惠"], cred="文／林美惠", paras=[
   "走進新竹城隍廟旁的巷弄，空氣中瀰漫著炊煮米粉的香氣。這家已傳承到第四代的米粉店，去年正式轉型為觀光工廠。",
   "第四代經營者表示，過去米粉生意全靠批發，近年受到進口產品衝擊，營收逐年下滑，才決定開放工廠讓遊客參觀與體驗。",
   "如今每逢假日，都有親子遊客前來學習曬米粉，店內也推出結合在地食材的新口味，吸引不少年輕消費者。",
   "地方文史工作者認為，老店轉型不只保存了傳統技藝，也讓城隍廟商圈重新找回人潮。"]),
 ],
 "ja": [
  dict(head="金沢港に大型クルーズ船 今季初寄港で観光客にぎわう", d=(2025, 4, 14, 11, 20), au=["佐藤健一"], paras=[
   "金沢港に１４日、今季初めてとなる大型クルーズ船が寄港し、約２５００人の乗客が市内観光に繰り出した。",
   "船は横浜港を出発し、韓国・釜山を経由して金沢に到着した。港では地元の高校生による和太鼓演奏や加賀友禅の展示で乗客を出迎えた。",
   "乗客の多くはシャトルバスで兼六園や近江町市場に向かい、市場では海鮮丼を求める長い列ができた。",
   "県によると、今年は過去最多となる６０回以上の寄港が予定されている。能登半島地震からの復興を国内外に発信する機会にしたいとしている。",
   "一方で、観光地の混雑を懸念する声もあり、市は分散観光を促すためのマップを新たに作成した。"]),
  dict(head="北陸新幹線の敦賀延伸から１年 福井県内の観光客３割増", d=(2025, 3, 16, 17, 5), au=["共同通信"], prov="共同通信", paras=[
   "北陸新幹線の金沢―敦賀間が延伸開業してから１６日で１年となった。福井県の集計では、県内主要観光地の入り込み客数は前年より約３割増えた。",
   "特に恐竜博物館のある勝山市や東尋坊のある坂井市で首都圏からの観光客が大きく伸びた。",
   "一方、敦賀駅での特急への乗り換えが必要になった関西方面からの利用者からは、不便になったとの声も根強い。",
   "県は大阪までの全線開業の早期実現を国に求めていく方針だ。"]),
  dict(head="輪島塗の工房が仮設で再開 職人「伝統を絶やさない」", d=(2024, 9, 2, 13, 40), au=["田中美咲", "山本大輔"], paras=[
   "能登半島地震で被災した輪島市の輪島塗の工房が、仮設の作業場で本格的に制作を再開した。",
   "工房は地震で建物が全壊し、漆や道具の多くを失った。全国から寄せられた支援金で仮設の作業場を整え、職人５人が戻ってきた。",
   "代表の男性は「注文を待ってくださるお客様がいる。伝統を絶やすわけにはいかない」と話し、丁寧に漆を塗り重ねていた。",
   "市によると、被災した輪島塗関連の事業者のうち、再開できたのはまだ半数ほどにとどまっている。"]),
 ],
 "ko": [
  dict(head="대전 도시철도 2호선 트램 공사 본격화…2028년 개통 목표", d=(2025, 3, 3, 15, 4), au=["김민준"], mail="minjun@hanbitnews.kr", place="대전", paras=[
   "대전시가 도시철도 2호선 트램 건설 공사를 본격적으로 시작했다고 3일 밝혔다.",
   "트램은 서대전역에서 출발해 유성온천역과 대전역을 거쳐 다시 서대전역으로 돌아오는 순환선으로, 총연장 38.8㎞에 정거장 45곳이 들어선다.",
   "시는 공사 기간 교통 혼잡을 줄이기 위해 구간별로 공사를 나눠 진행하고, 주요 교차로에는 교통 안내 요원을 배치할 계획이다.",
   "시 관계자는 \"시민 불편을 최소화하면서 2028년 개통 목표를 차질 없이 달성하겠다\"고 말했다.",
   "일부 상인들은 장기간 공사로 매출이 줄어들 것을 우려하며 보상 대책 마련을 요구하고 있다."]),
  dict(head="세종시 아파트값 3주 연속 상승…행정수도 기대감", d=(2024, 12, 9, 10, 35), au=["이서연", "박지훈"], mail="seoyeon@hanbitnews.kr", place="세종", paras=[
   "세종시 아파트 매매가격이 3주 연속 오름세를 보였다.",
   "한국부동산원에 따르면 이번 주 세종시 아파트값은 전주보다 0.12% 올라 전국에서 가장 큰 상승률을 기록했다.",
   "대통령 집무실과 국회 세종의사당 건립이 속도를 내면서 행정수도 완성에 대한 기대감이 커진 영향으로 분석된다.",
   "다만 전문가들은 금리와 대출 규제 등 변수가 여전해 상승세가 이어질지는 지켜봐야 한다고 말했다."]),
  dict(head="충남 서해안 봄 주꾸미 축제 개막…어획량은 감소", d=(2025, 3, 22, 14, 0), au=["최은지"], mail="eunji@hanbitnews.kr", place="서천", paras=[
   "충남 서천군 마량포구에서 봄 주꾸미 축제가 22일 개막했다.",
   "축제 기간 관광객들은 주꾸미 잡기 체험과 해산물 시식 행사 등 다양한 프로그램을 즐길 수 있다.",
   "하지만 올해는 수온 변화로 주꾸미 어획량이 지난해보다 30% 가까이 줄어 가격이 크게 올랐다.",
   "어민들은 어족 자원 보호를 위해 금어기를 더 엄격하게 지켜야 한다고 입을 모았다."]),
 ],
 "vi": [
  dict(head="Đà Nẵng khởi công cầu vượt biển nối bán đảo Sơn Trà", d=(2025, 3, 3, 15, 4), au=["Nguyễn Văn Hùng"], paras=[
   "Sáng 3/3, UBND thành phố Đà Nẵng tổ chức lễ khởi công cây cầu dài 1,2 km nối trung tâm thành phố với bán đảo Sơn Trà, tổng vốn đầu tư hơn 2.000 tỷ đồng.",
   "Theo chủ đầu tư, cầu có sáu làn xe, được thiết kế dạng dây văng với trụ tháp cao 90 m, dự kiến hoàn thành vào cuối năm 2027.",
   "Ông Lê Văn Tâm, Giám đốc Sở Xây dựng, cho biết công trình sẽ giảm tải cho cầu Thuận Phước, vốn thường xuyên ùn tắc vào giờ cao điểm.",
   "Một số chuyên gia môi trường đề nghị thành phố đánh giá kỹ tác động tới hệ sinh thái rạn san hô quanh bán đảo.",
   "Thành phố cam kết công khai báo cáo đánh giá tác động môi trường và lấy ý kiến người dân trước khi thi công các hạng mục dưới nước."]),
  dict(head="Giá cá ngừ đại dương tại cảng Thọ Quang tăng mạnh đầu mùa", d=(2025, 3, 5, 6, 10), au=["Trần Thị Mai"], instant="2025-03-04T23:10", paras=[
   "Những ngày đầu mùa cá nam, giá cá ngừ đại dương tại cảng cá Thọ Quang tăng lên 180.000 đồng mỗi kg, cao hơn cùng kỳ năm ngoái khoảng 20%.",
   "Ngư dân cho biết sản lượng mỗi chuyến biển không nhiều nhưng cá to, chất lượng tốt nên được các doanh nghiệp xuất khẩu thu mua ngay tại cảng.",
   "Chi cục Thủy sản Đà Nẵng khuyến cáo ngư dân tuân thủ quy định về nhật ký khai thác để đáp ứng yêu cầu truy xuất nguồn gốc của thị trường châu Âu.",
   "Dự kiến mùa khai thác sẽ kéo dài đến hết tháng 8."]),
  dict(head="Hội An cấm xe máy vào phố cổ từ tháng 10", d=(2024, 9, 12, 16, 30), au=["TTXVN"], paras=[
   "UBND thành phố Hội An vừa ban hành quyết định cấm xe máy lưu thông vào khu vực phố cổ từ 8h đến 22h hằng ngày, bắt đầu từ tháng 10.",
   "Người dân sống trong khu phố cổ được cấp thẻ để di chuyển, trong khi du khách phải gửi xe tại các bãi đỗ ở vùng đệm.",
   "Chính quyền cho rằng biện pháp này giúp bảo vệ các công trình kiến trúc cổ và tạo không gian đi bộ an toàn cho du khách.",
   "Nhiều hộ kinh doanh lo ngại lượng khách giảm, song đa số người dân ủng hộ quyết định."]),
 ],
 "th": [
  dict(head="เชียงใหม่เร่งแก้ฝุ่น PM2.5 สั่งห้ามเผาในที่โล่งเด็ดขาด", d=(2025, 3, 3, 15, 4), au=["สมชาย ใจดี"], paras=[
   "จังหวัดเชียงใหม่ประกาศห้ามเผาในที่โล่งทุกชนิดอย่างเด็ดขาดจนถึงสิ้นเดือนเมษายน หลังค่าฝุ่น PM2.5 พุ่งสูงเกินมาตรฐานติดต่อกันหลายวัน",
   "ผู้ว่าราชการจังหวัดระบุว่า ได้สั่งการให้ทุกอำเภอตั้งจุดเฝ้าระวังไฟป่าและลาดตระเวนร่วมกับอาสาสมัครในพื้นที่ป่าอนุรักษ์",
   "สำนักงานสาธารณสุขจังหวัดแนะนำให้ประชาชนสวมหน้ากากอนามัยชนิด N95 เมื่อออกนอกบ้าน และงดกิจกรรมกลางแจ้งในช่วงที่ค่าฝุ่นสูง",
   "ผู้ประกอบการท่องเที่ยวหลายรายเริ่มกังวลว่าสถานการณ์ฝุ่นจะทำให้นักท่องเที่ยวยกเลิกการจองที่พักในช่วงสงกรานต์",
   "ทั้งนี้ ผู้ที่ฝ่าฝืนประกาศมีโทษจำคุกไม่เกินหนึ่งเดือนหรือปรับไม่เกินหนึ่งหมื่นบาท"]),
  dict(head="ลำพูนจัดงานลำไยประจำปี คาดเงินสะพัดกว่า 50 ล้านบาท", d=(2024, 8, 8, 13, 25), au=["วิไลวรรณ ศรีสุข", "ประเสริฐ คำมา"], paras=[
   "จังหวัดลำพูนจัดงานเทศกาลลำไยประจำปี ณ บริเวณสนามกีฬาจังหวัด ระหว่างวันที่ 8 ถึง 12 สิงหาคม",
   "ภายในงานมีการประกวดลำไยพันธุ์ดี ขบวนรถประดับลำไย และการออกร้านจำหน่ายผลิตภัณฑ์แปรรูปจากเกษตรกรในพื้นที่",
   "พาณิชย์จังหวัดประเมินว่าจะมีเงินหมุนเวียนในงานกว่า 50 ล้านบาท และช่วยกระตุ้นราคาลำไยที่ตกต่ำในช่วงต้นฤดู",
   "เกษตรกรหลายรายหวังว่าภาครัฐจะช่วยหาตลาดส่งออกใหม่ เพื่อลดการพึ่งพาผู้รับซื้อจากต่างประเทศเพียงไม่กี่ราย"]),
  dict(head="รถไฟทางคู่สายเหนือช่วงเด่นชัย-เชียงใหม่ คืบหน้าร้อยละ 40", d=(2025, 2, 11, 10, 50), au=["อนุชา บุญมา"], paras=[
   "การรถไฟแห่งประเทศไทยเปิดเผยว่า โครงการรถไฟทางคู่ช่วงเด่นชัย-เชียงใหม่มีความคืบหน้าแล้วประมาณร้อยละ 40",
   "งานที่ยากที่สุดคือการเจาะอุโมงค์ผ่านเทือกเขาผีปันน้ำ ซึ่งต้องใช้เครื่องจักรขนาดใหญ่และทีมวิศวกรผู้เชี่ยวชาญ",
   "เมื่อโครงการแล้วเสร็จ จะช่วยลดระยะเวลาเดินทางจากกรุงเทพฯ ไปเชียงใหม่ลงได้ราว 2 ชั่วโมง",
   "ประชาชนในพื้นที่ที่ได้รับผลกระทบจากการเวนคืนที่ดินเรียกร้องให้มีการจ่ายค่าชดเชยอย่างเป็นธรรม"]),
 ],
 "id": [
  dict(head="Pemkot Surabaya Tambah 50 Bus Listrik untuk Rute Suroboyo Bus", d=(2025, 3, 3, 15, 4), au=["Budi Santoso"], editor="Ani Wijaya", paras=[
   "Pemerintah Kota Surabaya menambah 50 unit bus listrik untuk melayani rute Suroboyo Bus mulai bulan depan.",
   "Wali Kota Surabaya mengatakan penambahan armada ini bertujuan mengurangi waktu tunggu penumpang yang selama ini bisa mencapai 30 menit pada jam sibuk.",
   "Bus listrik tersebut dilengkapi pendingin udara, akses kursi roda, dan sistem pembayaran nontunai menggunakan kartu elektronik.",
   "Dinas Perhubungan juga akan membuka dua rute baru yang menghubungkan kawasan Surabaya Barat dengan pusat kota.",
   "Warga menyambut baik kebijakan tersebut, namun berharap halte-halte bus diperbaiki agar lebih nyaman saat hujan."]),
  dict(head="Harga Cabai Rawit di Pasar Keputran Tembus Rp90 Ribu per Kilogram", d=(2025, 1, 14, 12, 40), au=["Dewi Lestari", "Agus Prasetyo"], editor="Rudi Hartono", paras=[
   "Harga cabai rawit di Pasar Keputran Surabaya melonjak hingga Rp90 ribu per kilogram dalam sepekan terakhir.",
   "Pedagang menyebut kenaikan harga dipicu curah hujan tinggi yang membuat banyak tanaman cabai di sentra produksi Kediri dan Malang membusuk.",
   "Dinas Perdagangan Jawa Timur berencana menggelar operasi pasar untuk menekan harga di tingkat konsumen.",
   "Sejumlah pemilik warung makan mengaku terpaksa mengurangi porsi sambal agar tidak merugi."]),
  dict(head="Jembatan Suramadu Ditutup Sementara untuk Perawatan Kabel", d=(2024, 11, 12, 5, 45), au=["Budi Santoso"], editor="Ani Wijaya", instant="2024-11-11T22:45", paras=[
   "Jembatan Suramadu ditutup sementara bagi kendaraan roda dua mulai pagi ini untuk perawatan kabel penyangga.",
   "Balai Besar Pelaksanaan Jalan Nasional Jawa Timur menjelaskan penutupan berlangsung selama tiga hari dari pukul 06.00 hingga 18.00 WIB.",
   "Pengendara sepeda motor diimbau menggunakan kapal penyeberangan Ujung-Kamal yang frekuensi pelayarannya telah ditambah.",
   "Kendaraan roda empat tetap dapat melintas dengan pembatasan kecepatan maksimal 40 kilometer per jam."]),
 ],
 "ae": [
  dict(head="دبي تطلق خطاً جديداً للحافلات البحرية بين الخور ودبي مارينا", d=(2025, 3, 3, 15, 4), au=["محمد الحمادي"], cred="دبي: محمد الحمادي", paras=[
   "أعلنت هيئة الطرق والمواصلات في دبي عن إطلاق خط جديد للحافلات البحرية يربط خور دبي بمنطقة دبي مارينا، ابتداءً من الأسبوع المقبل.",
   "وأوضحت الهيئة أن الرحلة ستستغرق نحو خمسين دقيقة، بمعدل رحلة كل ساعة خلال أيام الأسبوع، مع زيادة عدد الرحلات في عطلة نهاية الأسبوع.",
   "وقال مدير مؤسسة المواصلات العامة إن الخط الجديد يأتي ضمن خطة لرفع حصة النقل البحري من إجمالي رحلات النقل العام في الإمارة.",
   "وأشار إلى أن الحافلات البحرية الجديدة مزودة بمقاعد مريحة وشاشات معلومات، وتعمل بمحركات موفرة للوقود.",
   "ويمكن للركاب استخدام بطاقة نول لدفع الأجرة، على أن تبدأ الأسعار من خمسة عشر درهماً للرحلة الواحدة."]),
  dict(head="مبادرة رمضانية لتوزيع مليون وجبة إفطار في الشارقة", d=(2025, 3, 10, 12, 30), au=["وام"], cred="الشارقة - وام", paras=[
   "أطلقت جمعية خيرية في الشارقة مبادرة لتوزيع مليون وجبة إفطار صائم خلال شهر رمضان المبارك في مختلف مناطق الإمارة.",
   "وتشمل المبادرة خيام إفطار قرب المساجد وتوزيع الوجبات على العمال عند الإشارات الضوئية قبيل أذان المغرب.",
   "وأكد القائمون على المبادرة مشاركة أكثر من ألفي متطوع من المواطنين والمقيمين في أعمال التعبئة والتوزيع.",
   "ودعت الجمعية أفراد المجتمع إلى المساهمة عبر منصاتها الإلكترونية المعتمدة."]),
  dict(head="الأسواق الشعبية في أبوظبي تستعد لموسم العيد", d=(2025, 3, 24, 18, 15), au=["سارة الكعبي", "خالد المنصوري"], cred="بقلم: سارة الكعبي وخالد المنصوري", paras=[
   "تشهد الأسواق الشعبية في أبوظبي حركة نشطة مع اقتراب عيد الفطر، إذ يتوافد المتسوقون لشراء الملابس والحلويات والعطور.",
   "وقال عدد من التجار إن الإقبال هذا العام يفوق العام الماضي، خصوصاً في الساعات التي تلي صلاة التراويح.",
   "وكثفت الجهات المختصة حملاتها التفتيشية للتأكد من التزام المحال بالأسعار المعلنة وسلامة المنتجات الغذائية.",
   "ونصحت دائرة التنمية الاقتصادية المستهلكين بالاحتفاظ بفواتير الشراء والإبلاغ عن أي مخالفات عبر الرقم المجاني."]),
 ],
 "eg": [
  dict(head="محافظة الإسكندرية تبدأ تطوير كورنيش المنتزه", d=(2025, 3, 3, 15, 4), au=["أحمد عبد الفتاح"], cred="كتب: أحمد عبد الفتاح", paras=[
   "بدأت محافظة الإسكندرية أعمال تطوير كورنيش المنتزه بطول ثلاثة كيلومترات، ضمن خطة شاملة لتحسين الواجهة البحرية للمدينة قبل موسم الصيف.",
   "وقال محافظ الإسكندرية إن أعمال التطوير تشمل توسيع الممشى وإنشاء مناطق جلوس ومظلات، إلى جانب تحديث شبكة الإنارة.",
   "وأضاف أن المشروع سيوفر أماكن انتظار جديدة للسيارات لتخفيف الزحام المروري الذي تشهده المنطقة في أيام العطلات.",
   "وأبدى عدد من سكان المنطقة ارتياحهم للمشروع، مطالبين بالحفاظ على حق المواطنين في الوصول المجاني إلى الشواطئ.",
   "ومن المقرر الانتهاء من المرحلة الأولى من الأعمال بحلول شهر يونيو المقبل."]),
  dict(head="ارتفاع أسعار الفول والعدس في أسواق القاهرة قبل رمضان", d=(2025, 2, 24, 11, 45), au=["محمد السيد", "منى حسن"], cred="كتب: محمد السيد ومنى حسن", paras=[
   "شهدت أسواق القاهرة ارتفاعاً ملحوظاً في أسعار الفول والعدس مع اقتراب شهر رمضان وزيادة الطلب على السلع الغذائية الأساسية.",
   "وسجل سعر كيلو الفول البلدي زيادة تتراوح بين خمسة وعشرة جنيهات مقارنة بالشهر الماضي، بحسب تجار في سوق العبور.",
   "وأعلنت وزارة التموين طرح كميات إضافية من السلع في المجمعات الاستهلاكية بأسعار مخفضة ضمن معارض أهلاً رمضان.",
   "ونصح خبراء اقتصاديون الأسر بشراء احتياجاتها تدريجياً وتجنب التخزين المفرط الذي يرفع الأسعار."]),
  dict(head="افتتاح متحف جديد للآثار الغارقة في أبو قير", d=(2024, 12, 15, 19, 20), au=["ياسمين فاروق"], cred="كتبت: ياسمين فاروق", paras=[
   "افتتحت وزارة السياحة والآثار متحفاً جديداً يضم قطعاً أثرية انتشلت من خليج أبو قير، من بينها تماثيل وأوانٍ تعود إلى العصر البطلمي.",
   "ويعرض المتحف أكثر من مئتي قطعة أثرية، إلى جانب أفلام وثائقية تشرح أعمال الغوص والتنقيب تحت الماء.",
   "وقال الأمين العام للمجلس الأعلى للآثار إن المتحف سيسهم في جذب السياحة الثقافية إلى الإسكندرية على مدار العام.",
   "ويفتح المتحف أبوابه يومياً من التاسعة صباحاً حتى الخامسة مساءً."]),
 ],
 "ir": [
  dict(head="آغاز عملیات ساخت خط دوم قطار شهری شیراز", d=(2025, 3, 3, 15, 4), au=["علی رضایی"], code="852341", paras=[
   "عملیات اجرایی خط دوم قطار شهری شیراز با حضور استاندار فارس و شهردار شیراز آغاز شد.",
   "این خط به طول بیست و یک کیلومتر و با هجده ایستگاه، محله‌های شمال غربی شهر را به مرکز شهر متصل می‌کند.",
   "شهردار شیراز گفت که اعتبار لازم برای سال نخست اجرای پروژه از محل اوراق مشارکت و بودجه شهرداری تأمین شده است.",
   "به گفته مدیرعامل سازمان قطار شهری، پیش‌بینی می‌شود بهره‌برداری از نخستین بخش این خط تا چهار سال آینده انجام شود.",
   "شهروندان امیدوارند با افتتاح این خط، ترافیک سنگین بلوار چمران و خیابان‌های اطراف کاهش یابد."]),
  dict(head="بازار گل و گیاه شیراز در آستانه نوروز رونق گرفت", d=(2025, 3, 15, 12, 10), au=["مریم احمدی", "حسین کریمی"], code="852977", paras=[
   "با نزدیک شدن به نوروز، بازار گل و گیاه شیراز شاهد حضور پرشمار خریداران است.",
   "فروشندگان می‌گویند سنبل، سبزه و گلدان‌های بنفشه بیشترین فروش را دارند و قیمت‌ها نسبت به سال گذشته حدود سی درصد افزایش یافته است.",
   "شهرداری شیراز نیز برای تسهیل رفت و آمد خریداران، ساعت کار بازار را تا نیمه‌شب تمدید کرده است.",
   "برخی خریداران از گرانی گلدان‌ها گلایه دارند اما می‌گویند خرید گل بخشی از سنت نوروزی خانواده‌هاست."]),
  dict(head="برگزاری جشنواره فرهنگی حافظ در شیراز", d=(2024, 10, 12, 18, 30), au=["زهرا موسوی"], code="840512", paras=[
   "جشنواره فرهنگی بزرگداشت حافظ با حضور ادیبان و پژوهشگران ایرانی و خارجی در آرامگاه حافظ برگزار شد.",
   "در این مراسم چند پژوهشگر درباره ترجمه‌های تازه دیوان حافظ به زبان‌های اروپایی سخنرانی کردند.",
   "همزمان نمایشگاهی از نسخه‌های خطی دیوان حافظ در موزه پارس برپا شده که تا پایان هفته ادامه دارد.",
   "برگزارکنندگان می‌گویند امسال بیش از ده هزار نفر در برنامه‌های جشنواره شرکت کرده‌اند."]),
 ],
 "il": [
  dict(head="הרכבת הקלה בחיפה: העבודות על הקו החדש יתחילו בקיץ", d=(2025, 3, 3, 15, 4), au=["יוסי כהן"], paras=[
   "עיריית חיפה הודיעה כי העבודות להקמת קו הרכבת הקלה החדש, שיחבר את מרכז העיר לקריות, יחלו בקיץ הקרוב.",
   "הקו יהיה באורך של כעשרים קילומטרים ויכלול עשרים ושלוש תחנות, בהן תחנה מרכזית סמוך לנמל חיפה.",
   "בעירייה מעריכים כי הקו יוריד אלפי רכבים מהכבישים בכל יום ויקצר את זמן הנסיעה מהקריות למרכז העיר בחצי שעה.",
   "סוחרים ברחוב הרצל הביעו חשש מהפגיעה בפרנסתם בזמן העבודות, ודרשו פיצוי מהעירייה.",
   "בעירייה השיבו כי יוקם צוות מיוחד שילווה את בעלי העסקים לאורך כל תקופת העבודות."]),
  dict(head="עונת הפריחה בכרמל: מטיילים רבים הגיעו לשמורות", d=(2025, 3, 5, 9, 40), au=["דנה לוי", "רון אברהם"], paras=[
   "אלפי מטיילים הגיעו בסוף השבוע לשמורות הטבע בכרמל כדי לראות את פריחת הכלניות והרקפות.",
   "ברשות הטבע והגנים ביקשו מהמבקרים ללכת רק בשבילים המסומנים ולא לקטוף פרחים מוגנים.",
   "בשל העומס, חלק מהחניונים נסגרו כבר בשעות הבוקר, והמשטרה הציבה שוטרי תנועה בכבישי הגישה.",
   "ברשות ממליצים להגיע בימי חול או בשעות אחר הצהריים כדי ליהנות מהפריחה בשקט."]),
  dict(head="נמל חיפה: עלייה של 12 אחוזים בתנועת המכולות", d=(2025, 3, 18, 13, 25), au=["מיכל שפירא"], paras=[
   "נמל חיפה רשם בחודשיים הראשונים של השנה עלייה של שנים עשר אחוזים בתנועת המכולות לעומת התקופה המקבילה אשתקד.",
   "בהנהלת הנמל מייחסים את העלייה להפעלת מנופים חדשים ולשיפור בזמני הפריקה והטעינה של האוניות.",
   "יבואנים אומרים כי זמן ההמתנה לשחרור סחורות התקצר משמעותית, אך עלויות האחסון עדיין גבוהות.",
   "הנהלת הנמל מתכננת להרחיב את שטחי האחסון ברציף המזרחי עד סוף השנה."]),
 ],
 "tr": [
  dict(head="İzmir'de metro hattı Narlıdere'ye uzatılıyor", d=(2025, 3, 3, 15, 4), au=["Ayşe Yılmaz"], paras=[
   "İzmir Büyükşehir Belediyesi, metro hattının Narlıdere'den Güzelbahçe'ye uzatılması için ihaleye çıktı.",
   "Yeni hat yaklaşık yedi kilometre uzunluğunda olacak ve beş istasyondan oluşacak. Projenin iki yıl içinde tamamlanması hedefleniyor.",
   "Büyükşehir Belediye Başkanı, hattın tamamlanmasıyla Güzelbahçe ile Konak arasındaki yolculuk süresinin yirmi beş dakikaya ineceğini söyledi.",
   "Bölge esnafı ise inşaat süresince yolların kapanmasından endişe duyduğunu belirtti.",
   "Belediye, çalışmaların trafiği en az etkileyecek şekilde gece saatlerinde yürütüleceğini açıkladı."]),
  dict(head="Ege'de zeytinyağı fiyatları düştü, üretici zor durumda", d=(2024, 12, 2, 11, 15), au=["Mehmet Demir", "Elif Kaya"], paras=[
   "Ege Bölgesi'nde yeni sezon zeytinyağı fiyatları geçen yıla göre yüzde kırk civarında geriledi.",
   "Üreticiler, artan gübre, mazot ve işçilik maliyetleri karşısında mevcut fiyatların kârlılığı ortadan kaldırdığını ifade ediyor.",
   "Ziraat odası yetkilileri, ihracat kısıtlamalarının kaldırılması ve devlet destekli alım yapılması çağrısında bulundu.",
   "Uzmanlar ise rekolte artışının fiyatları baskıladığını, kaliteli ürünün yurt dışında alıcı bulacağını belirtiyor."]),
  dict(head="Kemeraltı Çarşısı'nda restorasyon tamamlandı", d=(2025, 2, 20, 16, 40), au=["Can Öztürk"], paras=[
   "İzmir'in tarihi Kemeraltı Çarşısı'nda iki yıldır süren restorasyon çalışmaları tamamlandı.",
   "Çalışmalar kapsamında tarihi hanların cepheleri yenilendi, sokak zeminleri taşla kaplandı ve altyapı yeraltına alındı.",
   "Esnaf, restorasyonun ardından çarşıya gelen turist sayısında belirgin bir artış beklediğini söyledi.",
   "Belediye, çarşıda hafta sonları rehberli ücretsiz yürüyüş turları düzenleneceğini duyurdu."]),
 ],
}

# The publishers: name, language, zone (minutes east of UTC), labels, non-article extras.
SITES = [
 dict(k="cn", name="江南网", lang="zh-CN", tz=480, tsep="_江南网新闻", url=lambda s, i: "/c/%s/doc-iknz%06d.shtml" % (s["d"].strftime("%Y-%m-%d"), s["id"]),
      L=dict(home="首页", sec="浙江新闻", tag="轨道交通", srch="搜索", arch="往期回顾", about="关于我们", most="热门推荐", rel="相关新闻", cm="网友评论", share="分享到：", cookie="打开江南新闻客户端，查看更多精彩内容", nl="订阅江南早报，每天早上七点推送", au="记者主页"),
      cm=[("杭州网友", "2025年03月05日 08:12", "地铁修到家门口了，终于不用挤公交了！")],
      extras=[("video", "/video/2025/xihu.shtml", "视频｜航拍西湖春色"), ("live", "/live/lianghui/", "图文直播：浙江省两会开幕", ("主持人 赵敏", "2025-01-12", [("10:30", "省长作政府工作报告。"), ("09:00", "大会开幕。")]))]),
 dict(k="tw", name="竹塹日報", lang="zh-TW", tz=480, tsep=" - 竹塹日報電子報", url=lambda s, i: "/news/life/breakingnews/%d" % s["id"],
      L=dict(home="首頁", sec="生活", tag="公共自行車", srch="搜尋", arch="新聞總覽", about="關於我們", most="熱門新聞", rel="相關新聞", cm="留言", share="分享", cookie="不用抽 不用搶 現在用APP看新聞 保證天天中獎", nl="訂閱電子報", au="記者專區"),
      cm=None,
      extras=[("gallery", "/photo/lantern/", "圖輯／新竹燈會點燈 光雕秀吸睛", ["主燈亮相", "護城河光雕", "人潮湧入"]), ("rows", "/weather/", "新竹一週天氣", [("日期", "溫度", "天氣"), ("週一", "18-24°C", "多雲"), ("週二", "17-22°C", "陣雨")])]),
 dict(k="ja", name="北陸新報デジタル", lang="ja", tz=540, tsep="：北陸新報デジタル", url=lambda s, i: "/articles/ASK%dH%d.html" % (s["d"].year, s["id"]),
      L=dict(home="トップ", sec="石川", tag="観光", srch="検索", arch="過去記事一覧", about="会社案内", most="アクセスランキング", rel="関連記事", cm="コメント", share="シェア", cookie="当サイトはクッキーを使用しています。同意する", nl="ニュースレターを登録すると、朝刊の主要記事をお届けします。", au="記者一覧"),
      cm=None,
      extras=[("podcast", "/podcast/", "北陸新報ポッドキャスト", [("2025年3月10日", "第42回 能登の今を聞く"), ("2025年3月3日", "第41回 金沢の春")]), ("event", "/event/", "イベント情報", [("2025年4月5日", "兼六園 桜のライトアップ"), ("2025年4月20日", "金沢マラソン説明会")])]),
 dict(k="ko", name="한빛일보", lang="ko", tz=540, tsep=" - 한빛일보", url=lambda s, i: "/news/articleView/%d" % s["id"],
      L=dict(home="홈", sec="지역", tag="트램", srch="검색", arch="지난 기사", about="회사소개", most="많이 본 뉴스", rel="관련기사", cm="댓글", share="공유", cookie="한빛일보 앱 설치하고 맞춤 뉴스 받기", nl="뉴스레터 구독하기", au="기자 페이지"),
      cm=[("대전시민", "2025.03.05 08:12", "공사 기간 동안 교통 대책 꼭 마련해 주세요.")],
      extras=[("gallery", "/news/photo/", "포토 : 대청호 벚꽃길", ["벚꽃길 전경", "산책하는 시민들"]), ("job", "/recruit/", "한빛일보 2025년 수습기자 채용 공고", "서류 접수: 2025.04.01 ~ 2025.04.15")]),
 dict(k="vi", name="Báo Đà Nẵng Ngày Nay", lang="vi", tz=420, tsep=" - Báo Đà Nẵng Ngày Nay", url=lambda s, i: "/thoi-su/%s-%d.html" % (s["slug"], s["id"]),
      L=dict(home="Trang chủ", sec="Thời sự", tag="Giao thông", srch="Tìm kiếm", arch="Tin cũ", about="Giới thiệu", most="Đọc nhiều", rel="Tin liên quan", cm="Ý kiến bạn đọc", share="Chia sẻ", cookie="Đăng ký nhận bản tin mỗi sáng qua email", nl="Nhận bản tin", au="Tác giả"),
      cm=[("Minh Tuấn", "5/3/2025 08:12", "Mong cầu sớm hoàn thành để giảm kẹt xe.")],
      extras=[("video", "/video/phao-hoa/", "Video: Pháo hoa rực sáng sông Hàn"), ("rows", "/thoi-tiet/", "Thời tiết Đà Nẵng", [("Ngày", "Nhiệt độ", "Trời"), ("Thứ hai", "24-30°C", "Nắng"), ("Thứ ba", "23-28°C", "Mưa rào")])]),
 dict(k="th", name="ข่าวเหนือรายวัน", lang="th", tz=420, tsep=" - ข่าวเหนือรายวัน", url=lambda s, i: "/news/local/%d" % s["id"],
      L=dict(home="หน้าแรก", sec="ข่าวภูมิภาค", tag="ฝุ่นPM2.5", srch="ค้นหา", arch="ข่าวย้อนหลัง", about="เกี่ยวกับเรา", most="ข่าวยอดนิยม", rel="ข่าวที่เกี่ยวข้อง", cm="ความคิดเห็น", share="แชร์", cookie="เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์ของท่าน ยอมรับ", nl="สมัครรับข่าวสาร", au="ผู้เขียน"),
      cm=[("คนเชียงใหม่", "5 มี.ค. 2568", "ขอให้บังคับใช้กฎหมายจริงจังเสียที")],
      extras=[("horo", "/horoscope/", "ดูดวงรายสัปดาห์", [("ราศีเมษ", "การงานมีเกณฑ์ได้รับข่าวดี"), ("ราศีพฤษภ", "ระวังเรื่องการใช้จ่าย")]), ("gallery", "/gallery/songkran/", "ภาพชุด: สงกรานต์เชียงใหม่", ["ขบวนแห่", "รดน้ำดำหัว"])]),
 dict(k="id", name="Warta Nusantara", lang="id", tz=420, tsep=" - Warta Nusantara", url=lambda s, i: "/read/%s/%d/%s" % (s["d"].strftime("%Y/%m/%d"), s["id"], s["slug"]),
      L=dict(home="Beranda", sec="Surabaya", tag="Transportasi", srch="Pencarian", arch="Indeks Berita", about="Tentang Kami", most="Terpopuler", rel="Berita Terkait", cm="Komentar", share="Bagikan", cookie="Dapatkan update berita pilihan setiap hari. Gabung di WhatsApp Channel Warta Nusantara", nl="Berlangganan newsletter", au="Penulis"),
      cm=None,
      extras=[("live", "/live/persebaya-arema/", "LIVE: Persebaya vs Arema FC", ("Oleh: Agus Prasetyo", "Sabtu, 08 Mar 2025", [("21:45", "Pertandingan berakhir 2-1."), ("19:00", "Kick-off.")])), ("newsletter", "/newsletter/", "Newsletter Warta Nusantara", "Daftarkan email Anda untuk menerima berita pilihan setiap pagi.")]),
 dict(k="ae", name="الخليج اليوم", lang="ar", tz=240, tsep=" - الخليج اليوم", url=lambda s, i: "/uae/%d" % s["id"],
      L=dict(home="الرئيسية", sec="الإمارات", tag="النقل", srch="بحث", arch="الأرشيف", about="من نحن", most="الأكثر قراءة", rel="أخبار ذات صلة", cm="التعليقات", share="شارك", cookie="اشترك في النشرة البريدية لتصلك أهم الأخبار", nl="النشرة البريدية", au="الكتّاب"),
      cm=[("أبو راشد", "٥ آذار ٢٠٢٥", "خطوة ممتازة لتخفيف الزحام على الطرق.")],
      extras=[("rows", "/prayer-times/", "مواقيت الصلاة في دبي", [("الصلاة", "الوقت"), ("الفجر", "٥:١٢"), ("المغرب", "٦:٣١")]), ("video", "/video/ramadan/", "فيديو: أجواء رمضان في دبي")]),
 dict(k="eg", name="بوابة النيل", lang="ar", tz=120, tsep=" - بوابة النيل", url=lambda s, i: "/News/%d/%d/%s" % (s["d"].year, s["id"], s["d"].strftime("%m%d")),
      L=dict(home="الرئيسية", sec="محافظات", tag="الإسكندرية", srch="بحث", arch="أرشيف الأخبار", about="من نحن", most="الأكثر قراءة", rel="اقرأ أيضاً", cm="التعليقات", share="شارك", cookie="يستخدم هذا الموقع ملفات تعريف الارتباط. موافق", nl="اشترك في نشرتنا", au="كتاب الموقع"),
      cm=None,
      extras=[("horo", "/horoscope/", "حظك اليوم", [("الحمل", "يوم مناسب لبدء مشروع جديد."), ("الثور", "تجنب القرارات المتسرعة.")]), ("podcast", "/podcast/", "بودكاست النيل", [("10 مارس 2025", "الحلقة 12: أسعار رمضان"), ("3 مارس 2025", "الحلقة 11: كورنيش الإسكندرية")])]),
 dict(k="ir", name="خبرگزاری آفتاب", lang="fa", tz=210, tsep=" - خبرگزاری آفتاب", url=lambda s, i: "/fa/news/%s/" % s["code"],
      L=dict(home="صفحه نخست", sec="استان‌ها", tag="مترو", srch="جستجو", arch="آرشیو", about="درباره ما", most="پربازدیدترین", rel="اخبار مرتبط", cm="نظرات", share="اشتراک", cookie="کانال ما را در پیام‌رسان دنبال کنید", nl="خبرنامه", au="خبرنگاران"),
      cm=[("کاربر", "۱۵ اسفند ۱۴۰۳", "امیدوارم این بار زودتر تمام شود.")],
      extras=[("gallery", "/fa/photo/nowruz/", "گزارش تصویری: حال و هوای نوروزی شیراز", ["بازار وکیل", "حافظیه"]), ("video", "/fa/video/eram/", "فیلم: باغ ارم در بهار")]),
 dict(k="il", name="חדשות הצפון", lang="he", tz=120, tsep=" - חדשות הצפון", url=lambda s, i: "/article/%s" % s["code"],
      L=dict(home="ראשי", sec="חיפה והצפון", tag="תחבורה", srch="חיפוש", arch="ארכיון", about="אודות", most="הכי נקראים", rel="כתבות נוספות", cm="תגובות", share="שתפו", cookie="הירשמו לניוזלטר שלנו", nl="ניוזלטר", au="כותבים"),
      cm=[("תושב חיפה", "05.03.25", "סוף סוף, מחכים לזה שנים.")],
      extras=[("live", "/live/flash/", "מבזקים", ("מערכת חדשות הצפון", "10.03.25", [("12:40", "עומס תנועה בכביש 4."), ("11:15", "שריפה קטנה בכרמל כובתה.")])), ("rows", "/weather/", "מזג האוויר בחיפה", [("יום", "טמפרטורה"), ("ראשון", "18°"), ("שני", "21°")])]),
 dict(k="tr", name="Ege Postası", lang="tr", tz=180, tsep=" - Son Dakika Haberleri | Ege Postası", url=lambda s, i: "/yerel/%s-%d" % (s["slug"], s["id"]),
      L=dict(home="Ana Sayfa", sec="Yerel", tag="Ulaşım", srch="Arama", arch="Arşiv", about="Künye", most="Çok Okunanlar", rel="İlgili Haberler", cm="Yorumlar", share="Paylaş", cookie="Çerez politikamızı kabul ediyor musunuz? Kabul Et", nl="E-bülten", au="Yazarlar"),
      cm=[("Ahmet", "05 Mart 2025 08:12", "Güzelbahçe'ye metro çok geç kaldı.")],
      extras=[("horo", "/burclar/", "Günlük burç yorumları", [("Koç", "Bugün enerjiniz yüksek."), ("Boğa", "Harcamalarınıza dikkat edin.")]), ("event", "/etkinlik/", "İzmir etkinlik takvimi", [("12 Nisan 2025", "Kordon'da caz gecesi"), ("20 Nisan 2025", "Kemeraltı gezi turu")])]),
]


def url(c, p): return "http://%s:%d%s" % (c["host"], PORT, p)


def iso(d, tz): return d.strftime("%Y-%m-%dT%H:%M:%S") + ("+%02d:%02d" % (tz // 60, tz % 60))


def a(p, t, cls=""): return '<a href="%s"%s>%s</a>' % (p, ' class="%s"' % cls if cls else "", E(t))


def others(c, s): return [x for x in c["stories"] if x is not s]


def rel_list(c, s, tag="ul", cls="most-read"):
    """A "most read" list of the site's other stories, with relative times."""
    return '<%s class="%s">%s</%s>' % (tag, cls, "".join('<li>%s <span class="ago">%s</span></li>' % (a(x["path"], x["head"]), E(FMT[c["k"]][2](2 + 3 * j))) for j, x in enumerate(others(c, s))), tag)


def cm_date(c, d):
    """A reader's comment, two days and a bit after the story, as the site shows it."""
    d = d + TD(days=2, hours=3, minutes=17)
    if c["k"] == "ae":
        return dig("%d %s %d" % (d.day, LV_M[d.month - 1], d.year), "٠")
    return FMT[c["k"]][0](d)


def comments(c, s, cls="comments"):
    if not c["cm"]:
        return ""
    return '<section class="%s"><h3>%s</h3>%s</section>' % (cls, E(c["L"]["cm"]), "".join('<div class="cmt"><b>%s</b> <time>%s</time><p>%s</p></div>' % (E(n), E(cm_date(c, s["d"])), E(x)) for n, _, x in c["cm"]))


def nav(c):
    L = c["L"]
    links = [("/", L["home"]), (c["secp"], L["sec"]), (c["tagp"], L["tag"]), (c["archp"], L["arch"])] + [(x[1], x[2]) for x in c["extras"]]
    return [a(p, t) for p, t in links]


def foot(c):
    L = c["L"]
    return " · ".join(a(p, t) for p, t in [(c["aboutp"], L["about"]), (c["srchp"], L["srch"]), (c["authp"], L["au"]), (c["archp"], L["arch"])])


def frame(c, title, main, head="", aside="", kind="page"):
    """Each site's page shell: its own header, columns and footer markup."""
    k, L = c["k"], c["L"]
    rtl = ' dir="rtl"' if k in ("ae", "eg", "ir", "il") else ""
    today = E(FMT[k][1](TODAY))
    if k in ("cn", "tw"):
        top = '<div class="top-nav"><span class="today">%s</span>%s</div><div class="logo-bar"><a href="/" class="logo">%s</a></div>' % (today, " | ".join(nav(c)), E(c["name"]))
        body = '<div class="w1000 clearfix"><div class="left">%s</div><div class="right">%s</div></div>' % (main, aside)
        bottom = '<div class="footer">%s<p>Copyright © 2025 %s 版權所有</p></div>' % (foot(c), E(c["name"]))
    elif k in ("ja", "ko"):
        top = '<header id="header" role="banner"><p class="l-header__date">%s</p><div class="l-header__logo"><a href="/">%s</a></div><nav class="gnav"><ul>%s</ul></nav></header>' % (today, E(c["name"]), "".join("<li>%s</li>" % x for x in nav(c)))
        body = '<div class="l-container"><main id="main" class="l-main">%s</main><aside class="l-side">%s</aside></div>' % (main, aside)
        bottom = '<footer id="footer"><div class="l-footer__links">%s</div><small>© %s</small></footer>' % (foot(c), E(c["name"]))
    elif k in ("vi", "th", "id"):
        top = '<section class="section top-header"><div class="container"><span class="time-now">%s</span><a class="logo" href="/">%s</a></div></section><nav class="main-nav">%s</nav>' % (today, E(c["name"]), "".join(nav(c)))
        body = '<section class="section page-detail"><div class="container flexbox"><div class="sidebar-1">%s</div><div class="sidebar-2">%s</div></div></section>' % (main, aside)
        bottom = '<footer class="footer"><div class="container">%s<p>© %s</p></div></footer>' % (foot(c), E(c["name"]))
    else:
        top = '<div class="header"><div class="header-date">%s</div><div class="site-logo"><a href="/">%s</a></div><ul class="menu">%s</ul></div>' % (today, E(c["name"]), "".join("<li>%s</li>" % x for x in nav(c)))
        body = '<div id="content" class="row"><div class="col-md-8">%s</div><div class="col-md-4 side">%s</div></div>' % (main, aside)
        bottom = '<div id="footer"><div class="links">%s</div><p>%s ©</p></div>' % (foot(c), E(c["name"]))
    pop = ""
    if kind == "article" and k in ("ja", "th", "eg", "tr", "id"):
        pop = '<div id="cookie-consent" class="modal"><p>%s</p><button>OK</button></div>' % E(L["cookie"])
    return ('<!DOCTYPE html><html lang="%s"%s><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>%s</title>%s</head><body>%s%s%s%s</body></html>') % (c["lang"], rtl, E(title), head, top, body, bottom, pop)


def og(c, s, desc=True):
    return ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:url" content="%s">'
            '<meta property="og:site_name" content="%s"><link rel="canonical" href="%s">%s') % (
        E(s["head"]), url(c, s["path"]), E(c["name"]), url(c, s["path"]), '<meta name="description" content="%s">' % E(s["paras"][0][:80]) if desc else "")


def ld(obj): return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def P(ps, cls=""): return "".join("<p%s>%s</p>" % (' class="%s"' % cls if cls else "", E(p)) for p in ps)


# ---- the article templates, one per site ----

def art_cn(c, s):
    L, d = c["L"], s["d"]
    head = og(c, s) + '<meta name="keywords" content="%s"><meta property="article:published_time" content="%s"><meta property="article:author" content="江南网新闻"><meta name="author" content="江南网新闻">' % (E(L["tag"]), iso(d, c["tz"]))
    ps = s["paras"]
    body = ['<p>　　%s%s</p>' % (E(s["lead"]), E(ps[0]))] + ['<p>　　%s</p>' % E(p) for p in ps[1:3]]
    body.append('<div class="app-guide"><a href="/app/">%s</a></div>' % E(L["cookie"]))
    body += ['<p>　　%s</p>' % E(p) for p in ps[3:]]
    body.append('<p class="show_author">责任编辑：%s</p>' % E(s["ed"]))
    o = others(c, s)[0]
    main = ('<div class="main-content w1240"><h1 class="main-title">%s</h1><div class="top-bar-wrap"><div class="date-source"><span class="date">%s</span>'
            '<a class="source ent-source" href="/source/">%s</a></div><div class="share-bar">%s 微博 微信 QQ空间</div></div>'
            '<div class="article" id="article">%s</div><div class="article-notice"><p>海量资讯、精准解读，尽在江南网财经APP</p></div>'
            '<div class="related-news"><h3>%s</h3><ul><li>%s <span>%s</span></li></ul></div>%s</div>') % (
        E(s["head"]), E(FMT["cn"][0](d)), E("来源：" + s["src"]), E(L["share"]), "".join(body), E(L["rel"]), a(o["path"], o["head"]), E(o["d"].strftime("%Y-%m-%d")), comments(c, s, "comment-wrap"))
    return frame(c, s["head"] + c["tsep"], main, head, "<h3>%s</h3>%s" % (E(L["most"]), rel_list(c, s)), "article")


def art_tw(c, s):
    L, d = c["L"], s["d"]
    head = og(c, s) + '<meta property="og:image" content="%s">' % url(c, "/images/%d.jpg" % s["id"])
    ps = s["paras"]
    o = others(c, s)[0]
    body = '<p>%s%s</p>' % (E(s["cred"]) if s["cred"].startswith("【") else "", E(ps[0]))
    body += '<div class="photo boxTitle"><img src="/images/%d.jpg" alt=""><span class="ph_d">圖／資料照</span></div>' % s["id"]
    body += P(ps[1:3]) + '<p class="appE1121"><a href="/app/">%s</a></p>' % E(L["cookie"]) + P(ps[3:])
    by = "" if s["cred"].startswith("【") else '<div class="writer">%s</div>' % E(s["cred"])
    main = ('<section class="whitecon articlebody"><div class="breadcrumbs">%s ＞ %s</div><h1>%s</h1><div class="text boxTitle">%s<span class="time">%s</span>'
            '<div class="share">%s</div></div><div class="text">%s</div><div class="suggest"><h4>%s</h4><ul><li>%s</li></ul></div></section>') % (
        a("/", L["home"]), a(c["secp"], L["sec"]), E(s["head"]), by, E(FMT["tw"][0](d)), E(L["share"]), body, E(L["rel"]), a(o["path"], o["head"]))
    return frame(c, s["head"] + c["tsep"], main, head, "<h3>%s</h3>%s" % (E(L["most"]), rel_list(c, s, "ol", "hot")), "article")


def art_ja(c, s):
    L, d = c["L"], s["d"]
    mod = d + TD(hours=20)
    auth = [{"@type": "Organization", "name": s["prov"]}] if s.get("prov") else [{"@type": "Person", "name": n} for n in s["au"]]
    head = og(c, s) + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(d, c["tz"]), "dateModified": iso(mod, c["tz"]),
                          "author": auth, "publisher": {"@type": "NewsMediaOrganization", "name": c["name"]}, "isAccessibleForFree": False})
    ps = s["paras"]
    writer = "（共同）" if s.get("prov") else "（%s）" % "、".join(s["au"])
    prov = '<p class="c-articleHeading__provider">%s</p>' % E(s["prov"]) if s.get("prov") else ""
    o = others(c, s)
    main = ('<article class="l-article"><div class="c-articleHeading"><p class="c-articleHeading__category">%s</p><h1 class="c-articleHeading__title">%s</h1>'
            '<div class="c-articleHeading__meta"><time datetime="%s">%s</time><span class="c-articleHeading__update">（更新：%s）</span>%s</div></div>'
            '<figure class="c-articleImage"><img src="/img/%d.jpg" alt=""><figcaption>写真は本社ヘリから（撮影・北陸新報）</figcaption></figure>'
            '<div class="c-articleBody"><div class="nfyQp">%s</div><p class="c-articleBody__writer">%s</p></div>'
            '<div class="c-articlePaper">この記事は%d年%d月%d日付朝刊に掲載されています</div>'
            '<div class="c-newsletter"><p>%s</p><form><input type="email"><button>登録</button></form></div>'
            '<section class="c-related"><h2>%s</h2><ul>%s</ul></section></article>') % (
        E(L["sec"]), E(s["head"]), iso(d, c["tz"]), E(FMT["ja"][0](d)), E(FMT["ja"][0](mod)), prov, s["id"] % 90, P(ps), E(writer),
        (d + TD(days=1)).year, (d + TD(days=1)).month, (d + TD(days=1)).day, E(L["nl"]), E(L["rel"]), "".join("<li>%s</li>" % a(x["path"], x["head"]) for x in o))
    return frame(c, s["head"] + c["tsep"], main, head, "<h2>%s</h2>%s" % (E(L["most"]), rel_list(c, s, "ol", "p-ranking")), "article")


def art_ko(c, s):
    L, d = c["L"], s["d"]
    upd = d + TD(hours=18, minutes=8)
    head = og(c, s) + '<meta property="og:regDate" content="%s"><meta property="article:section" content="%s"><meta name="news_keywords" content="%s">' % (d.strftime("%Y%m%d%H%M%S"), E(L["sec"]), E(L["tag"]))
    ps = s["paras"]
    names = " ".join(s["au"])
    first = "(%s=한빛일보) %s 기자 = %s" % (s["place"], names, ps[0])
    o = others(c, s)
    main = ('<div class="article-view"><header class="article-view-header"><div class="article-head-sub">%s</div><h3 class="heading">%s</h3>'
            '<div class="byline"><span class="name">기자 %s</span> <span class="mail">%s</span></div>'
            '<div class="datetime"><span class="input">%s 입력</span> / <span class="modify">%s 수정</span></div><div class="share-btns">%s</div></header>'
            '<article id="article-view-content-div" class="article-veiw-body"><p>%s</p>%s<p>%s %s 기자 %s</p></article>'
            '<div class="view-copyright">저작권자 © 한빛일보 무단전재 및 재배포 금지</div>'
            '<div class="writer-box"><strong>%s 기자</strong><p>대전·충남 지역 행정과 교통을 취재합니다.</p></div>'
            '<section class="relation"><h4>%s</h4><ul>%s</ul></section>%s</div>') % (
        E(L["sec"]), E(s["head"]), E(names), E(s["mail"]), E(FMT["ko"][0](d)), E(upd.strftime("%Y.%m.%d %H:%M")), E(L["share"]), E(first), P(ps[1:]),
        "", E(names), E(s["mail"]), E(s["au"][0]), E(L["rel"]), "".join("<li>%s</li>" % a(x["path"], x["head"]) for x in o), comments(c, s, "comment-box"))
    return frame(c, s["head"] + c["tsep"], main, head, "<h4>%s</h4>%s" % (E(L["most"]), rel_list(c, s, "ol", "auto-article")), "article")


def art_vi(c, s):
    L, d = c["L"], s["d"]
    head = og(c, s) + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(d, c["tz"]), "publisher": {"@type": "Organization", "name": c["name"]}})
    ps = s["paras"]
    sign = {"TTXVN": "Theo TTXVN", "Trần Thị Mai": "Phóng viên Trần Thị Mai"}.get(s["au"][0], s["au"][0])
    o = others(c, s)[0]
    body = P(ps[1:3], "Normal") + '<div class="box-tinlienquanv2"><article class="item-news"><h4 class="title-news">%s</h4></article></div>' % a(o["path"], o["head"]) + P(ps[3:], "Normal")
    main = ('<div class="header-content width_common"><ul class="breadcrumb"><li>%s</li><li>%s</li></ul><span class="date">%s</span></div>'
            '<h1 class="title-detail">%s</h1><p class="description">%s</p><article class="fck_detail">%s'
            '<p class="Normal" style="text-align:right;"><strong>%s</strong></p></article>'
            '<div class="footer-content"><div class="social_share">%s</div></div>%s') % (
        a("/", L["home"]), a(c["secp"], L["sec"]), E(FMT["vi"][0](d)), E(s["head"]), E(ps[0]), body, E(sign), E(L["share"]), comments(c, s, "box_comment_vne"))
    return frame(c, s["head"] + c["tsep"], main, head, "<h3>%s</h3>%s" % (E(L["most"]), rel_list(c, s)), "article")


def art_th(c, s):
    L, d = c["L"], s["d"]
    head = og(c, s)
    ps = s["paras"]
    upd = d + TD(hours=19)
    o = others(c, s)
    main = ('<div class="entry-header"><div class="cat-label">%s</div><h1 class="entry-title">%s</h1><div class="entry-meta"><span class="author-box">ผู้เขียน: %s</span>'
            '<span class="posted-on">%s</span><span class="updated">อัปเดต: %s</span></div></div>'
            '<div class="share-bar">%s Facebook LINE X</div><div class="featured-image"><img src="/wp-content/uploads/%d.jpg" alt=""><p class="caption">ภาพ: ข่าวเหนือรายวัน</p></div>'
            '<div class="entry-content">%s<div class="ads-inline">โฆษณา</div>%s</div><div class="tags">แท็ก: %s</div>'
            '<div class="related-posts"><h3>%s</h3>%s</div>%s') % (
        E(L["sec"]), E(s["head"]), E(", ".join(s["au"])), E(FMT["th"][0](d)), E(FMT["th"][0](upd)), E(L["share"]), s["id"], P(ps[:2]), P(ps[2:]), a(c["tagp"], L["tag"]),
        E(L["rel"]), "".join('<div class="rp">%s</div>' % a(x["path"], x["head"]) for x in o), comments(c, s))
    return frame(c, s["head"] + c["tsep"], main, head, "<h3>%s</h3>%s" % (E(L["most"]), rel_list(c, s)), "article")


def art_id(c, s):
    L, d = c["L"], s["d"]
    head = og(c, s) + ld({"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url(c, s["path"]), "headline": s["head"], "datePublished": iso(d, c["tz"]),
                          "dateModified": iso(d + TD(hours=2), c["tz"]), "author": [{"@type": "Person", "name": n} for n in s["au"]], "publisher": {"@type": "Organization", "name": c["name"]}})
    ps = s["paras"]
    o = others(c, s)
    body = '<p><strong>SURABAYA, Warta Nusantara</strong> - %s</p>' % E(ps[0]) + '<p><strong>Baca juga:</strong> %s</p>' % a(o[0]["path"], o[0]["head"]) + P(ps[1:3]) + \
        '<div class="wa-promo"><p>%s</p></div>' % E(L["cookie"]) + P(ps[3:])
    main = ('<div class="detail__header"><div class="detail__breadcrumb">%s / %s</div><h1 class="detail__title">%s</h1><div class="detail__author">Oleh: %s</div>'
            '<div class="detail__date">%s</div></div><div class="detail__media"><img src="/foto/%d.jpg"><figcaption>Ilustrasi. (Foto: Dok. Warta Nusantara)</figcaption></div>'
            '<div class="detail__body-text itp_bodycontent">%s</div><div class="detail__editor">Penulis: %s | Editor: %s</div>'
            '<div class="detail__tag">Tag: %s</div><div class="box-related"><h3>%s</h3>%s</div>') % (
        a("/", L["home"]), a(c["secp"], L["sec"]), E(s["head"]), E(", ".join(s["au"])), E(FMT["id"][0](d)), s["id"], body, E(" dan ".join(s["au"])), E(s["editor"]), a(c["tagp"], L["tag"]),
        E(L["rel"]), "".join('<article><h2>%s</h2><span>%s</span></article>' % (a(x["path"], x["head"]), E(FMT["id"][0](x["d"]))) for x in o))
    return frame(c, s["head"] + c["tsep"], main, head, "<h3>%s</h3>%s" % (E(L["most"]), rel_list(c, s)), "article")


def art_ae(c, s):
    L, d = c["L"], s["d"]
    mod = d + TD(days=1, hours=-3)
    head = og(c, s) + '<meta property="article:modified_time" content="%s"><meta property="og:updated_time" content="%s">' % (iso(mod, c["tz"]), iso(mod, c["tz"]))
    ps = s["paras"]
    o = others(c, s)
    main = ('<div class="article-page"><ol class="breadcrumb"><li>%s</li><li>%s</li></ol><h1 class="article-title">%s</h1><div class="article-info">'
            '<span class="writer">%s</span><span class="publish-date">%s</span></div><div class="main-img"><img src="/uploads/%d.jpg"><span class="credit">الصورة: أرشيفية</span></div>'
            '<div class="article-body">%s<blockquote class="read-also">%s %s</blockquote>%s</div><div class="share">%s</div>'
            '<div class="newsletter-box"><p>%s</p><input type="email"></div>%s</div>') % (
        a("/", L["home"]), a(c["secp"], L["sec"]), E(s["head"]), E(s["cred"]), E(FMT["ae"][0](d)), s["id"], P(ps[:2]), E(L["rel"]), a(o[0]["path"], o[0]["head"]), P(ps[2:]), E(L["share"]),
        E(L["cookie"]), comments(c, s))
    return frame(c, s["head"] + c["tsep"], main, head, "<h3>%s</h3>%s" % (E(L["most"]), rel_list(c, s)), "article")


def art_eg(c, s):
    L, d = c["L"], s["d"]
    head = og(c, s) + ld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(d, c["tz"]), "dateModified": iso(d, c["tz"])})
    ps = s["paras"]
    o = others(c, s)
    main = ('<div class="articleHeader"><h1>%s</h1><div class="articleInfo"><span class="writeBy">%s</span><span class="newsStoryDate">%s</span></div></div>'
            '<div class="img-cont"><img src="/images/News/%d.jpg"><span>أرشيفية</span></div><div id="articleBody" class="articleCont">%s'
            '<p><strong>%s:</strong> %s</p>%s</div><div class="articleShare">%s</div><div class="most-related"><h3>%s</h3>%s</div>') % (
        E(s["head"]), E(s["cred"]), E(FMT["eg"][0](d)), s["id"], P(ps[:2]), E(L["rel"]), a(o[0]["path"], o[0]["head"]), P(ps[2:]), E(L["share"]), E(L["most"]),
        "".join('<div class="news">%s <span>%s</span></div>' % (a(x["path"], x["head"]), E(FMT["eg"][2](4))) for x in o))
    return frame(c, s["head"] + c["tsep"], main, head, "<h3>%s</h3>%s" % (E(L["most"]), rel_list(c, s)), "article")


def art_ir(c, s):
    L, d = c["L"], s["d"]
    head = og(c, s, False)
    ps = s["paras"]
    o = others(c, s)
    who = ("خبرنگار: " if len(s["au"]) == 1 else "خبرنگاران: ") + "، ".join(s["au"])
    main = ('<div class="news_body"><div class="news_nav_title"><div class="news_nav news_id_c">کد خبر: %s</div><div class="news_nav news_pdate_c">تاریخ انتشار: %s</div></div>'
            '<div class="rutitr">%s</div><h1 class="title">%s</h1><div class="subtitle">%s</div><div class="body">%s<p>انتهای پیام/</p></div>'
            '<div class="news_nav news_reporter">%s</div><div class="news_tags">%s</div><div class="related-news"><h4>%s</h4><ul>%s</ul></div>%s</div>') % (
        E(dig(s["code"], "۰")), E(FMT["ir"][0](d)), E(L["sec"]), E(s["head"]), E(ps[0]), P(ps[1:]), E(who), a(c["tagp"], L["tag"]), E(L["rel"]),
        "".join("<li>%s</li>" % a(x["path"], x["head"]) for x in o), comments(c, s, "comments"))
    return frame(c, s["head"] + c["tsep"], main, head, "<h3>%s</h3>%s" % (E(L["most"]), rel_list(c, s)), "article")


def art_il(c, s):
    L, d = c["L"], s["d"]
    head = '<meta property="og:title" content="%s"><meta property="og:site_name" content="%s">' % (E(s["head"]), E(c["name"]))
    ps = s["paras"]
    o = others(c, s)
    if len(s["au"]) == 1:
        who = ("כתבת: " if s["au"][0] == "מיכל שפירא" else "כתב: ") + s["au"][0]
    else:
        who = "מאת %s ו%s" % (s["au"][0], s["au"][1])
    upd = d + TD(hours=17)
    main = ('<article class="ArticleComponent"><div class="mainTitleWrapper"><h1 class="mainTitle">%s</h1><h2 class="subTitle">%s</h2></div>'
            '<div class="authorAndTimeWrapper"><span class="authors">%s</span><span class="date">%s</span><span class="hebdate">%s</span><span class="updated">עודכן: %s</span></div>'
            '<div class="imageWrapper"><img src="/PicServer/%d.jpg"><span class="credit">צילום: דוברות</span></div>'
            '<div class="text_editor_paragraph">%s</div><div class="recommendation"><h3>%s</h3>%s</div>%s</article>') % (
        E(s["head"]), E(ps[0]), E(who), E(FMT["il"][0](d)), E(hebrew_march_2025(d)), E(upd.strftime("%d.%m.%y | %H:%M")), s["id"], P(ps[1:]), E(L["rel"]),
        "".join('<div>%s</div>' % a(x["path"], x["head"]) for x in o), comments(c, s, "talkbacks"))
    return frame(c, s["head"] + c["tsep"], main, head, "<h3>%s</h3>%s" % (E(L["most"]), rel_list(c, s)), "article")


def art_tr(c, s):
    L, d = c["L"], s["d"]
    upd = d + TD(hours=18, minutes=6)
    head = og(c, s) + ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(d, c["tz"]), "dateModified": iso(upd, c["tz"]),
                          "author": {"@type": "Person", "name": "Ege Postası Haber Merkezi"}, "publisher": {"@type": "Organization", "name": c["name"]}})
    ps = s["paras"]
    o = others(c, s)
    who = ("Muhabir: " + s["au"][0]) if len(s["au"]) == 1 else "Muhabirler: %s ve %s" % tuple(s["au"])
    main = ('<div class="news-detail"><ul class="breadcrumb"><li>%s</li><li>%s</li></ul><h1 class="news-title">%s</h1><h2 class="news-spot">%s</h2>'
            '<div class="news-info"><span class="reporter">%s</span><span class="date">Giriş: %s</span><span class="date-up">Güncelleme: %s</span></div>'
            '<div class="news-image"><img src="/uploads/%d.jpg"><span>Fotoğraf: DHA</span></div><div class="news-content">%s<div class="ilgili">%s: %s</div>%s</div>'
            '<div class="share-area">%s</div>%s</div>') % (
        a("/", L["home"]), a(c["secp"], L["sec"]), E(s["head"]), E(ps[0]), E(who), E(FMT["tr"][0](d)), E(FMT["tr"][0](upd)), s["id"], P(ps[1:3]), E(L["rel"]),
        a(o[0]["path"], o[0]["head"]), P(ps[3:]), E(L["share"]), comments(c, s, "comments"))
    return frame(c, s["head"] + c["tsep"], main, head, "<h3>%s</h3>%s" % (E(L["most"]), rel_list(c, s)), "article")


ART = dict(cn=art_cn, tw=art_tw, ja=art_ja, ko=art_ko, vi=art_vi, th=art_th, id=art_id, ae=art_ae, eg=art_eg, ir=art_ir, il=art_il, tr=art_tr)


def teasers(c, ss, rel=False, cls="list"):
    ss = sorted(ss, key=lambda s: s["d"], reverse=True)
    return '<ul class="%s">%s</ul>' % (cls, "".join('<li><h3>%s</h3><p>%s</p><span class="time">%s</span></li>' % (
        a(s["path"], s["head"]), E(s["paras"][0][:60]), E(FMT[c["k"]][2](1 + 5 * j) if rel else FMT[c["k"]][0](s["d"]))) for j, s in enumerate(ss)))


def nonarticle(c, kind, p, t, x=None):
    k = c["k"]
    if kind in ("section", "tag", "search"):
        main = '<h1 class="page-title">%s</h1>%s%s' % (E(t), '<form action="/search/"><input name="q" value="%s"><button>%s</button></form>' % (E(x), E(c["L"]["srch"])) if kind == "search" else "", teasers(c, c["stories"], kind == "section"))
    elif kind == "archive":
        main = '<h1>%s</h1><div class="calendar">%s</div>%s' % (E(t), " ".join(E(FMT[k][1](s["d"])) for s in c["stories"]), teasers(c, c["stories"]))
    elif kind == "author":
        mine = [s for s in c["stories"] if t in s["au"]]
        main = '<div class="author-profile"><img src="/avatar/1.jpg" alt=""><h1>%s</h1><p class="bio">%s</p></div>%s' % (E(t), E(c["L"]["au"]), teasers(c, mine))
    elif kind == "about":
        main = '<h1>%s</h1><p>%s</p><p>Email: %s</p>' % (E(t), E(c["name"]), E(x))
    elif kind == "video":
        main = '<div class="video-page"><h1>%s</h1><video controls src="/media/v%d.mp4"></video><p class="duration">02:14</p></div>' % (E(t), rnd.randrange(10 ** 5))
    elif kind == "gallery":
        main = '<div class="gallery"><h1>%s</h1>%s</div>' % (E(t), "".join('<figure><img src="/g/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, E(cap)) for i, cap in enumerate(x)))
    elif kind == "rows":
        main = '<h1>%s</h1><table class="data">%s</table>' % (E(t), "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(v) for v in r) for r in x))
    elif kind == "horo":
        main = '<h1>%s</h1>%s' % (E(t), "".join('<div class="sign"><h2>%s</h2><p>%s</p></div>' % (E(m), E(n)) for m, n in x))
    elif kind in ("podcast", "event"):
        main = '<h1>%s</h1><ul class="%s">%s</ul>' % (E(t), kind, "".join('<li><time>%s</time> %s</li>' % (E(m), E(n)) for m, n in x))
    elif kind == "job":
        main = '<div class="recruit"><h1>%s</h1><p>%s</p><p>지원 자격: 4년제 대학 졸업자 또는 졸업 예정자</p><a href="/recruit/apply/">지원하기</a></div>' % (E(t), E(x))
    elif kind == "newsletter":
        main = '<div class="newsletter-page"><h1>%s</h1><p>%s</p><form><input type="email" name="email"><button>Daftar</button></form></div>' % (E(t), E(x))
    else:  # live
        by, when, ents = x
        main = '<section class="live-blog"><h1>%s</h1><p class="byline">%s</p><p class="date">%s</p>%s</section>' % (E(t), E(by), E(when), "".join('<div class="live-entry"><strong>%s</strong><p>%s</p></div>' % (E(m), E(n)) for m, n in ents))
    write_page(OUT, c["host"], p.split("?")[0], frame(c, t + c["tsep"], main, "", "<h3>%s</h3>%s" % (E(c["L"]["most"]), teasers(c, c["stories"], True, "most-read"))))
    truth["nonarticles"].append(url(c, p))


def slug(s):
    s = unicodedata.normalize("NFKD", s.lower().replace("đ", "d").replace("ı", "i"))
    s = re.sub(r"[^a-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")[:60].strip("-")
    return s or "x"


def rfc822(d, tz):
    u = d - TD(minutes=tz)
    return u.strftime("%a, %d %b %Y %H:%M:%S +0000")


for si, c in enumerate(SITES):
    k, L = c["k"], c["L"]
    c["host"] = "127.0.3.%d" % (121 + si)
    c["secp"], c["tagp"] = "/%s/" % {"cn": "zj", "tw": "life", "ja": "ishikawa", "ko": "local", "vi": "thoi-su", "th": "region", "id": "surabaya", "ae": "uae", "eg": "governorates", "ir": "fa/service/provinces", "il": "haifa", "tr": "yerel"}[k], "/tag/%d/" % rnd.randrange(100, 999)
    c["archp"], c["aboutp"], c["srchp"] = "/archive/2025-03-03/", "/about/", "/search/?q=%d" % rnd.randrange(10, 99)
    c["stories"] = []
    for n, st in enumerate(ST[k]):
        s = dict(st)
        s["d"] = DT(*st["d"])
        s["id"] = rnd.randrange(100000, 999999)
        s["slug"] = slug(s["head"])
        s["code"] = s.get("code") or "%d" % rnd.randrange(10 ** 7, 10 ** 8)
        p = c["url"](s, n)
        if "." not in p.rsplit("/", 1)[-1] and not p.endswith("/"):
            p += "/"
        s["path"] = p
        c["stories"].append(s)
    c["auth"] = c["stories"][0]["au"][0]
    c["authp"] = "/author/%d/" % rnd.randrange(100, 999)
    for n, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], s["path"], ART[k](c, s))
        u = s["d"] - TD(minutes=c["tz"])
        t = dict(url=url(c, s["path"]), title=s["head"], date=u.strftime("%Y-%m-%d"), authors=s["au"])
        if s.get("instant"):
            assert s["instant"] == u.strftime("%Y-%m-%dT%H:%M"), (s["instant"], u)
            t["instant"] = s["instant"]
        if n == 0:
            t["must"] = [s["paras"][-1]]
            mn = [others(c, s)[0]["head"]]
            if c["cm"]:
                mn.append(c["cm"][0][2])
            if k in ("cn", "tw", "id", "ae", "ja", "th", "eg", "tr"):
                mn.append(L["cookie"])
            t["must_not"] = mn
        truth["articles"].append(t)
    pages = [("section", c["secp"], L["sec"]), ("tag", c["tagp"], L["tag"]), ("author", c["authp"], c["auth"]), ("search", c["srchp"], L["srch"], L["tag"]),
             ("archive", c["archp"], L["arch"]), ("about", c["aboutp"], L["about"], "info@%s.example" % k)] + c["extras"]
    for pg in pages:
        nonarticle(c, *pg)
    head = ""
    if k in ("cn", "ja", "id", "tr"):
        head = '<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">'
        items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>" % (E(s["head"]), url(c, s["path"]), rfc822(s["d"], c["tz"])) for s in c["stories"])
        write_page(OUT, c["host"], "/rss.xml", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(c["name"]), url(c, "/"), items))
    robots = "User-agent: *\nDisallow: /api/\n"
    if k in ("ko", "vi", "eg"):
        robots += "\nSitemap: %s\n" % url(c, "/sitemap.xml")
        locs = [url(c, s["path"]) for s in c["stories"]]
        write_page(OUT, c["host"], "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join("<url><loc>%s</loc></url>" % E(l) for l in locs))
    write_page(OUT, c["host"], "/robots.txt", robots)
    main = '<h1 class="sr-only">%s</h1><div class="headline-block">%s</div>' % (E(c["name"]), teasers(c, c["stories"], True, "top-news"))
    write_page(OUT, c["host"], "/", frame(c, c["name"], main, head, "<h3>%s</h3>%s" % (E(L["most"]), teasers(c, c["stories"], True, "most-read"))))
    truth["nonarticles"].append(url(c, "/"))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
