"""Web bg: East Asian regional and local papers and the portals that carry
them. Twelve sites (Japanese, Korean, Simplified and Traditional Chinese,
Mongolian, one Portuguese story), each on its own template.
Japan: a Hokkaido-like paper (JSON-LD naming the paper as author, a Kyodo
story credited "共同通信" with a 【名古屋】 dateline, a reporter named only as
"（旭川報道部 佐藤美咲）" at the foot, photo by another, <ruby> furigana), an
Okinawa-like paper (masthead "令和7年（2025年）3月5日", one story dated only
"令和7年3月3日 18時24分", one in full-width digits, "政経部・金城大輔" box) and a
Yahoo!-like portal ("3/3(月) 18:24配信" without a year, "（媒体名） - ..."
titles, a copy of the Okinawa story linking "元記事", "取材・文 / 編集" credit).
Korea: an ND-soft daily (headline in <h3>, "제목 < 사회 < 기사본문 - paper"
titles, two reporters, "입력 / 수정"), a custom-CMS daily (byline "대구=이정훈
기자 e-mail" at the foot, JSON-LD datePublished = the update, "영상편집"
credits) and a Naver-like portal (<h2> headline, data-date-time without a
zone, "기사원문" link, a copy of the ND story, two journalists).
China: a GBK page declared gb2312 (masthead "二〇二五年三月五日", "来源/作者/
责任编辑", "记者 孙磊 摄", a Xinhua story whose reporters are only in the lead,
a notice signed 二〇二五年二月二十六日 but posted on the 28th, meta author =
site), a modern app site ("记者 陈静 通讯员 李强", "西岭新闻记者 黄蕾",
"原标题：", "3小时前"), a Taiwanese WordPress site (Yoast author "編輯部",
"記者林怡君／台中報導", CNA "（編輯：李淑華）1140228"), a Hong Kong paper
("標題 - 20250303 - 港聞 - ..." titles, unsigned 專訊, "【天氣】" headline,
"文：/ 編輯：/ 攝影："), a Macau digital edition (JSON-LD dated the build day,
"版次", a Portuguese "Por Ana Sousa" story). Mongolia: "Б.Болд", "Эх сурвалж:
МОНЦАМЭ", "2025 оны 2-р сарын 28, 20:10", "3 цагийн өмнө". Non-articles:
homes, sections, rankings, galleries, video, weather, tag, reporter, about.
First crawl (/tmp/newsroom): titles 34/34, dates 28, authors 16, bodies 34/34,
non-articles 2 of 86 (the two portal copies, kept instead of the originals).
"""
import html, json, os, sys  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18137
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}


def H(n):
    return "127.0.6.%d" % n


def U(h, p):
    return "http://%s:%d%s" % (h, PORT, p)


def fs(p):
    last = p.rsplit("/", 1)[-1]
    return p if p.endswith("/") or "." in last else p + "/"


def jl(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def fill(lang, sents, seed, n=4):
    """Hand-written sentences first, then n paragraphs shuffled from them."""
    base = "".join(sents) if lang in ("ja", "zh") else " ".join(sents)
    out = list(sents)
    for i in range(n):
        if lang in ("ja", "zh"):
            out.append(shuffled(base, seed * 10 + i, chunk=5))
        else:
            out.append(shuffled(base, seed * 10 + i))
    return out


def P(ps, cls=None):
    c = ' class="%s"' % cls if cls else ""
    return "".join("<p%s>%s</p>" % (c, E(p)) for p in ps)


class Site:
    def __init__(self, n, name, enc="utf-8"):
        self.host = H(n)
        self.name = name
        self.enc = enc
        self.links = []

    def url(self, p):
        return U(self.host, p)

    def w(self, path, doc):
        write_page(OUT, self.host, fs(path), doc, self.enc)

    def art(self, path, doc, title, date, authors, instant=None, must=None, must_not=None):
        self.w(path, doc)
        a = dict(url=self.url(path), title=title, date=date, authors=authors)
        if instant:
            a["instant"] = instant
        if must:
            a["must"] = must
        if must_not:
            a["must_not"] = must_not
        truth["articles"].append(a)
        self.links.append((path, title))
        return a

    def non(self, path, doc, label=None, home=True):
        self.w(path, doc)
        truth["nonarticles"].append(self.url(path))
        if label and home:
            self.links.append((path, label))

    def arts(self):
        return [a for a in truth["articles"] if a["url"].startswith(self.url("/"))]

    def teasers(self, cls="list"):
        return '<ul class="%s">%s</ul>' % (cls, "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in self.links))

    def sitemap(self):
        locs = "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (E(a["url"]), a["date"]) for a in self.arts())
        write_page(OUT, self.host, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        write_page(OUT, self.host, "/robots.txt", "User-agent: *\nDisallow: /search\nSitemap: %s\n" % self.url("/sitemap.xml"))

    def rss(self, path):
        items = "".join("<item><title>%s</title><link>%s</link></item>" % (E(a["title"]), E(a["url"])) for a in self.arts())
        write_page(OUT, self.host, path, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(self.name), self.url("/"), items))


# ---------------------------------------------------------------- 1 道北日報
def site1():
    s = Site(1, "道北日報")
    nav = [("/news/", "ニュース"), ("/news/area/asahikawa/", "旭川・道北"), ("/ranking/", "ランキング"), ("/weather/", "天気"), ("/photo/", "写真特集")]

    def page(title, body, head="", og="website", desc=""):
        navh = "".join('<li><a href="%s">%s</a></li>' % (p, E(l)) for p, l in nav)
        rank = '<aside class="p-ranking"><h2 class="p-ranking__title">アクセスランキング</h2><ol><li><a href="/article/1112233/">旭川で今季最低気温 マイナス31度</a><span class="time">3時間前</span></li><li><a href="/article/1112240/">JR宗谷線の一部区間、あすも運休</a><span class="time">5時間前</span></li></ol></aside>'
        return ('<!DOCTYPE html><html lang="ja"><head><meta charset="UTF-8"><title>%s</title>'
                '<meta property="og:site_name" content="道北日報デジタル"><meta property="og:type" content="%s">'
                '<meta property="og:title" content="%s"><meta name="description" content="%s">%s</head>'
                '<body><header class="l-header"><div class="l-header__logo"><a href="/"><img src="/img/logo.svg" alt="道北日報デジタル"></a></div>'
                '<nav class="l-gnav"><ul>%s</ul></nav></header><div class="l-container"><main class="l-main">%s</main>%s</div>'
                '<footer class="l-footer"><ul><li><a href="/info/about/">会社案内</a></li><li><a href="/info/privacy/">個人情報保護方針</a></li></ul>'
                '<p class="copyright">Copyright &copy; The Dohoku Nippo Press. All rights reserved.</p></footer></body></html>') % (
            E(title), og, E(title), E(desc), head, navh, body, rank)

    def article(path, title, iso, vis, upd, body_html, credit="", tags=(), section=("/news/area/asahikawa/", "旭川・道北"), desc=""):
        ld = jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso,
                 "dateModified": iso, "author": {"@type": "Organization", "name": "道北日報"},
                 "publisher": {"@type": "Organization", "name": "道北日報"}, "mainEntityOfPage": s.url(path)})
        tagh = "".join('<li><a href="/tags/%s/">%s</a></li>' % (t, l) for t, l in tags)
        body = ('<article class="p-article"><div class="p-article__category"><a href="%s">%s</a></div>'
                '<h1 class="p-article__title">%s</h1><div class="p-article__date"><time datetime="%s">%s</time>%s</div>'
                '%s<div class="p-article__body">%s</div>%s<ul class="p-article__tags">%s</ul>'
                '<section class="p-related"><h2>関連記事</h2><ul><li><a href="/article/1108765/">旭川市、除雪費を補正予算で追加</a><span>2月25日</span></li>'
                '<li><a href="/article/1109001/">道北の観光客数、コロナ前の9割に回復</a><span>2月27日</span></li></ul></section></article>') % (
            section[0], section[1], E(title), iso[:16], vis, ('<span class="p-article__update">（%s更新）</span>' % upd) if upd else "",
            "", body_html, credit, tagh)
        return page(title + "：道北日報デジタル", body, head=ld + '<meta property="article:published_time" content="%s">' % iso, og="article", desc=desc)

    # a1: unsigned, ruby in body
    t = "音威子府村の旧駅舎、観光案内所に改修へ"
    ps = fill("ja", ["村は旧駅舎を改修し、来年春に観光案内所として開く方針を固めた。", "改修費はおよそ一億二千万円で、国の交付金を充てる。", "村の担当者は「駅の記憶を残しながら、訪れる人の拠点にしたい」と話している。"], 11)
    bodyh = ('<p><ruby>音威子府<rt>おといねっぷ</rt></ruby>村は3日、JR宗谷線の旧駅舎を改修し、来年春に観光案内所として開く方針を明らかにした。</p>'
             + P(ps) + '<figure><img src="/img/otoineppu.jpg" alt=""><figcaption>観光案内所に改修される旧駅舎（道北日報社ヘリから）</figcaption></figure>')
    s.art("/article/1112301/", article("/article/1112301/", t, "2025-03-03T18:24:00+09:00", "2025年3月3日 18:24", "3月4日 10:05", bodyh,
                                         tags=[("otoineppu", "音威子府村"), ("jr", "JR宗谷線")]),
          t, "2025-03-03", [], instant="2025-03-03T09:24", must=["改修費はおよそ一億二千万円で、国の交付金を充てる。"],
          must_not=["旭川市、除雪費を補正予算で追加", "旭川で今季最低気温 マイナス31度"])

    # a2: Kyodo, 【名古屋】dateline, early morning JST (previous day in UTC)
    t = "名古屋城の木造復元、着工時期を再び延期"
    ps = fill("ja", ["名古屋市は2日、名古屋城天守閣の木造復元について、着工時期を再び延期すると発表した。", "バリアフリー対応を巡る議論がまとまらず、文化庁への申請が遅れている。", "市は新たな工程表を年内に示すとしている。"], 12)
    bodyh = "<p>【名古屋】" + E(ps[0]) + "</p>" + P(ps[1:])
    credit = '<p class="p-article__credit">共同通信</p>'
    s.art("/article/1112250/", article("/article/1112250/", t, "2025-03-02T07:05:00+09:00", "2025年3月2日 07:05", "", bodyh, credit=credit,
                                         section=("/news/", "全国・国際"), tags=[("nagoya", "名古屋")]),
          t, "2025-03-02", ["共同通信"], instant="2025-03-01T22:05", must=["バリアフリー対応を巡る議論がまとまらず、文化庁への申請が遅れている。"])

    # a3: reporter named at the foot in parentheses, photo by someone else
    t = "旭山動物園、冬の夜間開園に過去最多の来場者"
    ps = fill("ja", ["旭山動物園の冬の夜間開園が2日に終わり、期間中の来場者は過去最多の約二万八千人となった。", "ライトアップされたペンギンの散歩が人気を集め、海外からの家族連れも目立った。", "園は来冬も実施する方向で検討する。"], 13)
    bodyh = ('<figure><img src="/img/asahiyama.jpg" alt=""><figcaption>夜間開園でにぎわう園内＝2月22日（高橋健一撮影）</figcaption></figure>'
             + P(ps) + "<p>（旭川報道部 佐藤美咲）</p>")
    s.art("/article/1112199/", article("/article/1112199/", t, "2025-03-02T20:40:00+09:00", "2025年3月2日 20:40", "", bodyh,
                                         tags=[("asahikawa", "旭川")]),
          t, "2025-03-02", ["佐藤美咲"], instant="2025-03-02T11:40", must=["ライトアップされたペンギンの散歩が人気を集め、海外からの家族連れも目立った。"])

    lst = s.teasers("p-list")
    s.non("/news/", page("ニュース：道北日報デジタル", "<h1>ニュース</h1>" + lst), "ニュース")
    s.non("/news/area/asahikawa/", page("旭川・道北のニュース：道北日報デジタル", "<h1>旭川・道北</h1>" + lst), "旭川・道北")
    s.non("/ranking/", page("アクセスランキング：道北日報デジタル", '<h1>アクセスランキング</h1><ol class="p-ranking__list">' + "".join('<li><a href="%s">%s</a><span class="time">%d時間前</span></li>' % (p, E(t), i + 2) for i, (p, t) in enumerate(s.links[:3])) + "</ol>"), "ランキング")
    s.non("/weather/", page("道北の天気：道北日報デジタル", '<h1>道北の天気</h1><table class="weather"><tr><th>旭川</th><td>雪</td><td>最高 -2℃</td><td>最低 -14℃</td></tr><tr><th>稚内</th><td>曇り</td><td>最高 -1℃</td><td>最低 -8℃</td></tr></table><p>2025年3月3日 17時発表</p>'), "天気")
    s.non("/photo/", page("写真特集 旭山動物園の夜：道北日報デジタル", '<h1>写真特集 旭山動物園の夜</h1><p class="date">2025年3月3日</p>' + "".join('<figure><img src="/img/p%d.jpg" alt=""><figcaption>ライトアップされた園内（%d）</figcaption></figure>' % (i, i) for i in range(1, 7)), og="article"), "写真特集")
    s.non("/tags/asahikawa/", page("「旭川」の記事一覧：道北日報デジタル", "<h1>「旭川」の記事一覧</h1>" + lst), "旭川")
    s.non("/info/about/", page("会社案内：道北日報デジタル", "<h1>会社案内</h1><p>道北日報社は1946年創刊、旭川市に本社を置く地方紙です。発行部数は約12万部。</p><p>所在地：旭川市1条通8丁目</p>"), "会社案内")
    s.w("/", page("道北日報デジタル｜旭川・道北のニュース", '<h1 class="visually-hidden">道北日報デジタル</h1><div class="p-top">' + s.teasers("p-top__list") + "</div>"))
    truth["nonarticles"].append(s.url("/"))
    s.sitemap()


# ---------------------------------------------------------------- 2 南島タイムス
def site2():
    s = Site(2, "南島タイムス")

    def page(title, body, og="website"):
        return ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>%s</title><meta property="og:type" content="%s">'
                '<meta property="og:title" content="%s"></head><body><div id="wrapper"><header id="header">'
                '<div class="masthead"><a href="/" class="logo">南島タイムス</a><p class="today">令和7年（2025年）3月5日 水曜日</p></div>'
                '<ul id="gnav"><li><a href="/category/politics/">政治</a></li><li><a href="/category/local/">地域</a></li><li><a href="/ranking/">ランキング</a></li><li><a href="/photo/">フォト</a></li><li><a href="/movie/">動画</a></li></ul></header>'
                '<div id="contents">%s</div><footer id="footer"><a href="/company/">会社概要</a> <a href="/company/contact/">お問い合わせ</a><p>&copy; 南島タイムス社</p></footer></div></body></html>') % (
            E(title), og, E(title), body)

    def article(title, datebox, body_html, writer="", cat=("/category/local/", "地域")):
        return page(title + "｜南島タイムス", (
            '<div class="topicPath"><a href="/">トップ</a> &gt; <a href="%s">%s</a></div><div class="entry"><h1 class="entry-title">%s</h1>'
            '<div class="entry-meta">%s%s</div><div class="entry-body">%s</div>'
            '<div class="sns"><a href="#">ツイート</a><a href="#">シェア</a></div>'
            '<div class="popular"><h3>よく読まれている記事</h3><ul><li><a href="/article/2401001/">那覇市長選、告示まで1か月</a> <span>1時間前</span></li><li><a href="/article/2401002/">沖縄本島で桜が見頃に</a> <span>3時間前</span></li></ul></div></div>') % (
            cat[0], cat[1], E(title), datebox, writer, body_html), og="article")

    # b1: era date only; copied to the portal
    t = "首里の石畳道、補修工事始まる"
    ps = fill("ja", ["那覇市は3日、首里金城町の石畳道で補修工事を始めた。", "大雨で石がずれた約六十メートルの区間を、伝統的な工法で積み直す。", "工事は五月末までの予定で、期間中も歩行者は通行できる。"], 21)
    a = s.art("/article/2400915/", article(t, '<p class="date">公開日時 令和7年3月3日 18時24分</p>', P(ps)), t, "2025-03-03", [],
              must=["大雨で石がずれた約六十メートルの区間を、伝統的な工法で積み直す。"], must_not=["那覇市長選、告示まで1か月"])
    s.b1 = (a, ps)

    # b2: full-width digits, writer box
    t = "離島航路の運賃補助、来年度も継続"
    ps = fill("ja", ["県は2日、離島航路の運賃を住民向けに引き下げる補助事業を来年度も続けると明らかにした。", "対象は十八航路で、予算はおよそ十四億円を見込む。", "利用者からは恒久的な制度にしてほしいとの声が上がっている。"], 22)
    s.art("/article/2400870/", article(t, '<p class="date">２０２５年３月２日 ０９：１５</p>', P(ps),
                                       writer='<p class="writer">政経部・金城大輔</p>', cat=("/category/politics/", "政治")),
          t, "2025-03-02", ["金城大輔"], must=["対象は十八航路で、予算はおよそ十四億円を見込む。"])

    # b3: 【宮古島】dateline, reporter at the foot, dated late evening
    t = "宮古島でマンゴー農家向けに新品種の説明会"
    ps = fill("ja", ["県農業研究センターは2月28日、宮古島市でマンゴー農家向けに新品種の説明会を開いた。", "新品種は糖度が高く、台風の多い時期の前に収穫できるのが特長という。", "参加した農家は「作付けを少しずつ増やしたい」と話した。"], 23)
    bodyh = "<p>【宮古島】" + E(ps[0]) + "</p>" + P(ps[1:]) + "<p>（宮古支局・砂川亮）</p>"
    s.art("/article/2400733/", article(t, '<p class="date">2025年2月28日 21:40</p><p class="update">更新 2025年3月1日 06:00</p>', bodyh),
          t, "2025-02-28", ["砂川亮"], must=["新品種は糖度が高く、台風の多い時期の前に収穫できるのが特長という。"])

    lst = s.teasers("archive-list")
    s.non("/category/politics/", page("政治｜南島タイムス", "<h1>政治</h1>" + lst), "政治")
    s.non("/category/local/", page("地域｜南島タイムス", "<h1>地域</h1>" + lst), "地域")
    s.non("/ranking/", page("ランキング｜南島タイムス", '<h1>アクセスランキング（24時間）</h1><ol>' + "".join('<li><a href="%s">%s</a> <span>%d時間前</span></li>' % (p, E(t), i + 1) for i, (p, t) in enumerate(s.links[:3])) + "</ol>"), "ランキング")
    s.non("/photo/", page("フォトギャラリー 沖縄の春｜南島タイムス", "<h1>フォトギャラリー 沖縄の春</h1>" + "".join('<figure><img src="/photo/%d.jpg"><figcaption>本部町の桜（撮影・宮城翔）</figcaption></figure>' % i for i in range(5)), og="article"), "フォト")
    s.non("/movie/", page("【動画】首里の石畳道で補修工事｜南島タイムス", '<h1>【動画】首里の石畳道で補修工事</h1><div class="video"><iframe src="https://www.youtube.com/embed/abc123"></iframe></div><p>令和7年3月3日</p>', og="video.other"), "動画")
    s.non("/company/", page("会社概要｜南島タイムス", "<h1>会社概要</h1><p>株式会社南島タイムス社　那覇市泉崎1-10-3</p><p>創刊　1948年</p>"), "会社概要")
    s.non("/company/contact/", page("お問い合わせ｜南島タイムス", "<h1>お問い合わせ</h1><p>読者センター　098-000-0000（平日10時～17時）</p><form><textarea></textarea></form>"), "お問い合わせ")
    s.w("/", page("南島タイムス｜沖縄のニュース", '<h1 class="hidden">南島タイムス</h1>' + lst))
    truth["nonarticles"].append(s.url("/"))
    return s


# ---------------------------------------------------------------- 3 portal (Yahoo!-like)
def site3(okinawa):
    s = Site(3, "あおばニュース")

    def page(title, body, head="", og="website"):
        return ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>%s</title><meta property="og:type" content="%s">'
                '<meta property="og:title" content="%s">%s</head><body><div id="wrapper"><header id="msthd"><a href="/">あおば!ニュース</a>'
                '<nav><a href="/topics/top-picks/">主要</a> <a href="/topics/local/">地域</a> <a href="/ranking/access/news/">ランキング</a></nav></header>'
                '<div id="contentsWrap"><main>%s</main><aside id="yjSNLiveRanking"><h2>アクセスランキング</h2><ol>'
                '<li><a href="/articles/9a1b2c3d/">北陸新幹線の延伸ルート、再検討へ</a><p>北陸新報 <time>3時間前</time></p></li>'
                '<li><a href="/articles/9a1b2c3e/">春の高校野球、出場校決まる</a><p>スポーツ報知 <time>6時間前</time></p></li></ol></aside></div>'
                '<footer><a href="/info/">ヘルプ</a> &copy; Aoba Corporation</footer></div></body></html>') % (E(title), og, E(title), head, body)

    def article(path, title, media, mpath, iso, vis, body_html, extra=""):
        ld = jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso,
                 "author": {"@type": "Organization", "name": media, "url": s.url(mpath)},
                 "publisher": {"@type": "Organization", "name": "あおばニュース"}})
        body = ('<article id="uamods"><header><h1 class="sc-kYRmsf">%s</h1><div class="sc-gRnDUn"><a href="%s" class="source">%s</a>'
                '<p class="sc-hKgILt"><time>%s</time>配信</p></div></header><div class="article_body highLightSearchTarget">%s</div>%s'
                '<footer><a href="%s">%sの記事一覧へ</a><p class="comments">コメント128件</p></footer></article>') % (
            E(title), mpath, E(media), vis, body_html, extra, mpath, E(media))
        return page("%s（%s） - あおばニュース" % (title, media), body, head=ld, og="article")

    # copy of the Okinawa-like paper's story
    a, ps = okinawa.b1
    orig = a["url"]
    doc = article("/articles/5e8f0c1d2b3a/", a["title"], "南島タイムス", "/media/nanto-times/", "2025-03-03T18:24:00+09:00", "3/3(月) 18:24",
                  P(ps), extra='<p class="source-link"><a href="%s">南島タイムスの元記事を読む</a></p>' % orig)
    s.w("/articles/5e8f0c1d2b3a/", doc)
    truth["synd"].append({"copy": s.url("/articles/5e8f0c1d2b3a/"), "orig": orig})
    s.links.append(("/articles/5e8f0c1d2b3a/", a["title"]))

    # p2: a TV station's unsigned story
    t = "伊勢湾岸道で玉突き事故、一時通行止め"
    ps = fill("ja", ["2日午前6時ごろ、伊勢湾岸自動車道の上り線で車5台が絡む玉突き事故があった。", "この事故で2人が軽いけがをし、上り線は約3時間にわたって通行止めとなった。", "警察は前方不注意が原因とみて調べている。"], 31)
    s.art("/articles/7c2d9e4f1a6b/", article("/articles/7c2d9e4f1a6b/", t, "中部テレビ", "/media/chubu-tv/", "2025-03-02T07:05:00+09:00", "3/2(日) 7:05", P(ps)),
          t, "2025-03-02", [], must=["この事故で2人が軽いけがをし、上り線は約3時間にわたって通行止めとなった。"],
          must_not=["北陸新幹線の延伸ルート、再検討へ"])

    # p3: magazine piece with 取材・文 / 編集 credit
    t = "金沢の古い町家、若い店主たちがカフェに再生"
    ps = fill("ja", ["金沢市の東山地区で、空き家になった町家を若い店主たちがカフェや雑貨店に再生する動きが広がっている。", "市の補助制度を使い、改修費の半分程度をまかなえるという。", "店主の一人は「古い建物に手を入れながら暮らす楽しさを伝えたい」と語る。"], 32)
    bodyh = P(ps) + '<p class="credit">取材・文：山本裕子　編集：中村亮</p><p class="copyright">（週刊まちかど）</p>'
    s.art("/articles/1f4e6a8b0c2d/", article("/articles/1f4e6a8b0c2d/", t, "週刊まちかど", "/media/machikado/", "2025-02-27T21:00:00+09:00", "2/27(木) 21:00", bodyh),
          t, "2025-02-27", ["山本裕子"], must=["市の補助制度を使い、改修費の半分程度をまかなえるという。"])

    lst = s.teasers("newsFeed_list")
    s.non("/topics/top-picks/", page("主要ニュース - あおばニュース", "<h1>主要</h1>" + lst), "主要")
    s.non("/topics/local/", page("地域ニュース - あおばニュース", "<h1>地域</h1>" + lst), "地域")
    s.non("/ranking/access/news/", page("アクセスランキング - あおばニュース", "<h1>アクセスランキング</h1><ol>" + "".join('<li><a href="%s">%s</a><time>%d時間前</time></li>' % (p, E(t), i + 3) for i, (p, t) in enumerate(s.links)) + "</ol>"), "ランキング")
    s.non("/media/nanto-times/", page("南島タイムスの記事一覧 - あおばニュース", '<h1>南島タイムス</h1><p>沖縄県の地方紙。</p><ul><li><a href="/articles/5e8f0c1d2b3a/">%s</a><time>3/3(月) 18:24</time></li></ul>' % E(a["title"])), "南島タイムス")
    s.non("/media/chubu-tv/", page("中部テレビの記事一覧 - あおばニュース", '<h1>中部テレビ</h1><ul><li><a href="/articles/7c2d9e4f1a6b/">伊勢湾岸道で玉突き事故、一時通行止め</a><time>3/2(日) 7:05</time></li></ul>'), "中部テレビ")
    s.non("/media/machikado/", page("週刊まちかどの記事一覧 - あおばニュース", '<h1>週刊まちかど</h1><ul><li><a href="/articles/1f4e6a8b0c2d/">金沢の古い町家、若い店主たちがカフェに再生</a></li></ul>'), home=False)
    s.w("/", page("あおばニュース", '<h1 class="hidden">あおばニュース</h1>' + lst))
    truth["nonarticles"].append(s.url("/"))


# ---------------------------------------------------------------- 4 남부일보 (ND soft)
def site4():
    s = Site(4, "남부일보")

    def page(title, body, head="", og="website"):
        return ('<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>%s</title><meta property="og:type" content="%s">'
                '<meta property="og:site_name" content="남부일보">%s<link rel="alternate" type="application/rss+xml" href="/rss/allArticle.xml"></head>'
                '<body><div id="user-wrap"><header id="user-header"><h1 class="logo"><a href="/"><img src="/image/logo/toplogo.png" alt="남부일보"></a></h1>'
                '<nav id="user-menu"><a href="/news/articleList.html">전체기사</a> <a href="/news/section/society/">사회</a> <a href="/news/photoList/">포토</a></nav>'
                '<div class="today">2025년 03월 05일 (수)</div></header><div id="user-container">%s'
                '<aside class="side"><div class="auto-article"><h2>많이 본 기사</h2><ol><li><a href="/news/41190">김해 신공항 연결도로 개통 지연</a></li><li><a href="/news/41201">통영 굴 수확량 3년 만에 최대</a></li></ol></div></aside></div>'
                '<footer id="user-footer"><a href="/com/about.html">회사소개</a> <a href="/com/contact.html">제휴문의</a> <p>남부일보 경남 창원시 의창구 중앙대로 100 | 발행인 홍길동 | 편집인 최영수</p>'
                '<p>Copyright &copy; 2025 남부일보. All rights reserved.</p></footer></div></body></html>') % (E(title), og, head, body)

    def article(path, title, sub, section, reporters, ins, upd, body_html):
        iso = ins.replace(".", "-").replace(" ", "T") + ":00+09:00"
        info = "".join('<li><i class="icon-user-o"></i> %s 기자</li>' % E(r[0]) for r in reporters)
        boxes = "".join('<div class="writer"><span class="name">%s 기자</span> <a class="email" href="mailto:%s">%s</a> <a href="/reporter/%s/">다른기사 보기</a></div>' % (E(n), m, m, m.split("@")[0]) for n, m in reporters)
        head = ('<meta property="og:title" content="%s - 남부일보"><meta property="article:published_time" content="%s">'
                '<meta property="article:section" content="%s"><meta name="author" content="%s">') % (E(title), iso, section, E(reporters[0][0] + " 기자"))
        body = ('<article class="article-view"><header class="article-view-header"><div class="article-header-wrap"><div class="article-head-title">'
                '<h3 class="heading">%s</h3><h4 class="subheading">%s</h4></div><ul class="infomation">%s<li><i class="icon-clock-o"></i> 입력 %s</li><li><i class="icon-clock-o"></i> 수정 %s</li><li>댓글 0</li></ul></div></header>'
                '<div class="article-body"><article id="article-view-content-div" class="article-veiw-body view-page font-size17">%s</article>%s'
                '<p class="copyright">저작권자 &copy; 남부일보 무단전재 및 재배포 금지</p></div>'
                '<div class="tag-group"><a href="/tags/changwon/">#창원</a></div>'
                '<section class="relation"><h2>관련기사</h2><ul><li><a href="/news/41002">창원시, 해양레저 산업 육성 계획 발표</a> <em>3시간 전</em></li></ul></section></article>') % (
            E(title), E(sub), info, ins, upd, body_html, boxes)
        return page("%s < %s < 기사본문 - 남부일보" % (title, section), body, head, og="article")

    t = "창원 마산항 친수공간 내년 개방"
    ps = fill("ko", ["창원시는 마산항 서항지구에 조성 중인 친수공간을 내년 상반기에 시민에게 개방한다고 3일 밝혔다.", "산책로와 야외 공연장, 수변 카페 거리가 들어서며 사업비는 약 480억 원이다.", "시 관계자는 바다를 시민에게 돌려주는 사업이라고 설명했다."], 41)
    bodyh = '<figure class="photo-layout"><img src="/news/photo/202503/41235_1.jpg"><figcaption>마산항 서항지구 친수공간 조감도. /사진=창원시 제공</figcaption></figure>' + P(ps)
    a = s.art("/news/41235", article("/news/41235", t, "산책로·공연장 조성…사업비 480억", "사회", [("김민수", "minsu@namboo.co.kr")], "2025.03.03 18:24", "2025.03.04 09:10", bodyh),
              t, "2025-03-03", ["김민수"], instant="2025-03-03T09:24", must=["산책로와 야외 공연장, 수변 카페 거리가 들어서며 사업비는 약 480억 원이다."],
              must_not=["김해 신공항 연결도로 개통 지연", "창원시, 해양레저 산업 육성 계획 발표"])
    s.k1 = (a, ps)

    t = "진주 남강유등축제 예산 두 배로"
    ps = fill("ko", ["진주시는 올해 남강유등축제 예산을 지난해의 두 배 수준으로 늘리기로 했다.", "외국인 관광객을 겨냥한 야간 체험 프로그램과 수상 무대가 새로 마련된다.", "시는 축제 기간 임시 셔틀버스도 확대 운행할 계획이다."], 42)
    s.art("/news/41212", article("/news/41212", t, "야간 체험·수상 무대 신설", "문화", [("이현정", "hj.lee@namboo.co.kr"), ("박준호", "junho@namboo.co.kr")], "2025.03.01 06:30", "2025.03.01 08:02", P(ps)),
          t, "2025-03-01", ["이현정", "박준호"], instant="2025-02-28T21:30", must=["외국인 관광객을 겨냥한 야간 체험 프로그램과 수상 무대가 새로 마련된다."])

    t = "김해 봉하마을 가는 시내버스 노선 신설"
    ps = fill("ko", ["김해시는 다음 달부터 봉하마을을 오가는 시내버스 노선을 새로 운행한다고 밝혔다.", "버스는 하루 열두 차례 운행하며 김해시청과 진영역을 거친다.", "주민들은 그동안 불편했던 대중교통 여건이 나아질 것으로 기대했다."], 43)
    s.art("/news/41180", article("/news/41180", t, "하루 12회 운행", "사회", [("최윤아", "yuna@namboo.co.kr")], "2025.02.27 15:02", "2025.02.27 15:02", P(ps)),
          t, "2025-02-27", ["최윤아"], instant="2025-02-27T06:02", must=["버스는 하루 열두 차례 운행하며 김해시청과 진영역을 거친다."])

    lst = "".join('<div class="list-block"><h4 class="list-titles"><a href="%s">%s</a></h4><div class="list-dated">사회 | 김민수 | 2025-03-03 18:24</div></div>' % (p, E(t)) for p, t in s.links)
    s.non("/news/articleList.html", page("전체기사 - 남부일보", '<section id="section-list">' + lst + "</section>"), "전체기사")
    s.non("/news/section/society/", page("사회 - 남부일보", "<h2>사회</h2>" + lst), "사회")
    s.non("/news/photoList/", page("포토 - 남부일보", "<h2>포토뉴스</h2>" + "".join('<figure><img src="/p/%d.jpg"><figcaption>[포토] 진해 군항제 준비 한창</figcaption></figure>' % i for i in range(6))), "포토")
    s.non("/reporter/minsu/", page("김민수 기자 - 남부일보", '<div class="reporter"><h2>김민수 기자</h2><p>minsu@namboo.co.kr</p><p>사회부 기자입니다. 창원시청을 출입합니다.</p></div>' + lst), "김민수 기자")
    s.non("/tags/changwon/", page("#창원 - 남부일보", "<h2>#창원</h2>" + lst), home=False)
    s.non("/com/about.html", page("회사소개 - 남부일보", "<h2>회사소개</h2><p>남부일보는 1989년 창간한 경남 지역 일간지입니다.</p><p>주소: 창원시 의창구 중앙대로 100</p>"), "회사소개")
    s.w("/", page("남부일보", '<div class="main-top">' + s.teasers("main-list") + "</div>"))
    truth["nonarticles"].append(s.url("/"))
    s.rss("/rss/allArticle.xml")
    return s


# ---------------------------------------------------------------- 5 대구중앙신문 (custom CMS)
def site5():
    s = Site(5, "대구중앙신문")

    def page(title, body, head="", og="website"):
        return ('<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>%s</title><meta property="og:type" content="%s">%s</head>'
                '<body><div class="wrap"><div class="top_bar"><span class="date">2025년 3월 5일 수요일</span></div>'
                '<header class="hd"><a class="logo" href="/">대구중앙신문</a><ul class="gnb"><li><a href="/section/society/">사회</a></li><li><a href="/section/economy/">경제</a></li><li><a href="/ranking/">많이 본 뉴스</a></li><li><a href="/video/">영상</a></li></ul></header>'
                '<div class="container">%s<div class="aside"><div class="best_news"><h3>많이 본 뉴스</h3><ul><li><a href="/page/view/2025030212000011111">대구 동성로 상권 회복세</a><span>3시간 전</span></li>'
                '<li><a href="/page/view/2025030212000022222">팔공산 국립공원 탐방객 급증</a><span>5시간 전</span></li></ul></div></div></div>'
                '<footer class="ft"><a href="/company/contact/">고객센터</a> <a href="/company/about/">회사소개</a><p>대구중앙신문 | 대구광역시 중구 달구벌대로 2000</p></footer></div></body></html>') % (E(title), og, head, body)

    def article(title, ins, upd, body_html, ld_pub, reporter):
        ld = jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": ld_pub, "dateModified": upd.replace(" ", "T"),
                 "author": {"@type": "Organization", "name": "대구중앙신문"}})
        body = ('<div class="article_view"><div class="article_head"><span class="section"><a href="/section/society/">사회</a></span>'
                '<h2 class="title">%s</h2><div class="article_date"><span>입력 %s</span><span>수정 %s</span></div></div>'
                '<div class="article_txt" itemprop="articleBody">%s</div><div class="reporter_info"><a href="/reporter/%s/">%s 기자의 다른 기사</a></div>'
                '<div class="relate"><h3>관련 기사</h3><ul><li><a href="/page/view/2025022011000033333">대구시, 도심 하천 정비 계획 확정</a></li></ul></div></div>') % (
            E(title), ins, upd, body_html, reporter[1], E(reporter[0]))
        return page(title + " | 대구중앙신문", body, head=ld + '<meta property="og:title" content="%s">' % E(title), og="article")

    t = "대구 도시철도 4호선 착공 앞당겨"
    ps = fill("ko", ["대구시는 도시철도 4호선 착공 시기를 당초 계획보다 1년 앞당긴다고 3일 밝혔다.", "수성구민운동장역에서 이시아폴리스까지 약 12.5㎞ 구간이며 정거장은 열두 곳이다.", "시는 연내 실시설계를 마치고 내년 초 공사를 시작할 방침이다."], 51)
    bodyh = '<div class="img"><img src="/img/line4.jpg"><p class="caption">도시철도 4호선 노선도. 사진=대구시 제공</p></div>' + P(ps) + "<p>대구=이정훈 기자 jhlee@dgjungang.co.kr</p>"
    s.art("/page/view/2025030318240012345", article(t, "2025-03-03 18:24:00", "2025-03-03 20:11:05", bodyh, "2025-03-03T18:24:00", ("이정훈", "jhlee")),
          t, "2025-03-03", ["이정훈"], must=["시는 연내 실시설계를 마치고 내년 초 공사를 시작할 방침이다."], must_not=["대구 동성로 상권 회복세"])

    t = "경북 산불 피해 농가에 특별융자"
    ps = fill("ko", ["경상북도는 지난달 산불로 피해를 본 농가에 최대 5천만 원의 특별융자를 지원한다.", "금리는 연 1퍼센트이며 2년 거치 3년 상환 조건이다.", "신청은 이달 말까지 읍면동 행정복지센터에서 받는다."], 52)
    bodyh = P(ps) + "<p>안동=홍지민 기자 jimin@dgjungang.co.kr</p>"
    s.art("/page/view/2025022723400012301", article(t, "2025-02-27 23:40:00", "2025-02-28 09:00:12", bodyh, "2025-02-28T09:00:12", ("홍지민", "jimin")),
          t, "2025-02-27", ["홍지민"], must=["금리는 연 1퍼센트이며 2년 거치 3년 상환 조건이다."])

    t = "수성못 야간 조명 새 단장"
    ps = fill("ko", ["수성못 둘레길의 야간 조명이 새로 단장됐습니다.", "계절마다 색이 바뀌는 발광다이오드 조명 이백여 개가 설치됐습니다.", "구청은 밤 산책객이 늘면서 주변 상권에도 도움이 될 것으로 보고 있습니다."], 53)
    bodyh = P(ps) + "<p>윤서연 기자 syyoon@dgjungang.co.kr</p><p>영상취재: 박상우 / 영상편집: 정은비</p>"
    s.art("/page/view/2025030111050012288", article(t, "2025-03-01 11:05:00", "2025-03-01 11:05:00", bodyh, "2025-03-01T11:05:00", ("윤서연", "syyoon")),
          t, "2025-03-01", ["윤서연"], must=["계절마다 색이 바뀌는 발광다이오드 조명 이백여 개가 설치됐습니다."])

    lst = s.teasers("news_list")
    s.non("/section/society/", page("사회 | 대구중앙신문", "<h2>사회</h2>" + lst), "사회")
    s.non("/section/economy/", page("경제 | 대구중앙신문", "<h2>경제</h2>" + lst), "경제")
    s.non("/ranking/", page("많이 본 뉴스 | 대구중앙신문", "<h2>많이 본 뉴스</h2><ol>" + "".join('<li><a href="%s">%s</a><span>%d시간 전</span></li>' % (p, E(t), i + 1) for i, (p, t) in enumerate(s.links)) + "</ol>"), "많이 본 뉴스")
    s.non("/video/", page("[영상] 수성못 야간 조명 새 단장 | 대구중앙신문", '<h2>[영상] 수성못 야간 조명 새 단장</h2><div class="player"><video src="/vod/suseong.mp4" controls></video></div><p>2025-03-01</p>', og="video.other"), "영상")
    s.non("/reporter/jhlee/", page("이정훈 기자 | 대구중앙신문", '<div class="reporter"><h2>이정훈 기자</h2><p>jhlee@dgjungang.co.kr</p></div>' + lst), "이정훈 기자")
    s.non("/company/contact/", page("고객센터 | 대구중앙신문", "<h2>고객센터</h2><p>구독 문의 053-000-0000</p><p>제보 jebo@dgjungang.co.kr</p>"), "고객센터")
    s.w("/", page("대구중앙신문", lst))
    truth["nonarticles"].append(s.url("/"))


# ---------------------------------------------------------------- 6 Naver-like portal
def site6(nambu):
    s = Site(6, "누리뉴스")

    def page(title, body, head="", og="website"):
        return ('<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>%s</title><meta property="og:type" content="%s">%s</head>'
                '<body><div id="ct_wrap"><header class="Nlnb"><a href="/" class="Nlogo">누리뉴스</a><ul class="Nlnb_menu"><li><a href="/section/102/">사회</a></li><li><a href="/main/ranking/popularDay/">랭킹</a></li></ul></header>'
                '<div id="ct">%s</div><div class="section_aside"><h4>언론사 랭킹</h4><ul><li><a href="/mnews/article/001/0015200001/">출근길 지하철 지연</a><span>3시간 전</span></li></ul></div>'
                '<footer>&copy; NURI Corp.</footer></div></body></html>') % (E(title), og, head, body)

    def article(path, title, press, oid, dt, vis, mod, mvis, orig, journalists, body_html):
        jh = "".join('<div class="media_end_head_journalist"><a href="/journalist/%s/%d/" class="media_end_head_journalist_box"><em class="media_end_head_journalist_name">%s 기자</em></a></div>' % (oid, i + 1, E(j)) for i, j in enumerate(journalists))
        head = ('<meta property="og:title" content="%s"><meta property="og:article:author" content="%s | 누리뉴스"><meta name="twitter:creator" content="%s">') % (E(title), press, press)
        body = ('<div class="media_end_head go_trans"><div class="media_end_head_top"><a href="/press/%s/" class="media_end_head_top_logo"><img alt="%s"></a></div>'
                '<div class="media_end_head_title"><h2 id="title_area" class="media_end_head_headline"><span>%s</span></h2></div>'
                '<div class="media_end_head_info nv_notrans"><div class="media_end_head_journalist_wrap">%s</div><div class="media_end_head_info_datestamp">'
                '<div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">입력</span><span class="media_end_head_info_datestamp_time _ARTICLE_DATE_TIME" data-date-time="%s">%s</span></div>'
                '<div class="media_end_head_info_datestamp_bunch"><span class="media_end_head_info_datestamp_term">수정</span><span class="media_end_head_info_datestamp_time _ARTICLE_MODIFY_DATE_TIME" data-modify-date-time="%s">%s</span></div>'
                '<a href="%s" class="media_end_head_origin_link" target="_blank">기사원문</a></div></div></div>'
                '<div id="contents" class="newsct_body"><div id="newsct_article"><article id="dic_area" class="go_trans _article_content">%s</article></div>'
                '<div class="byline"><p class="byline_p"><span class="byline_s">%s</span></p></div>'
                '<p class="source">Copyright ⓒ %s. All rights reserved. 무단 전재 및 재배포 금지.</p></div>'
                '<div class="media_end_linked"><h4>%s 주요뉴스</h4><ul><li><a href="/mnews/article/%s/0003500001/">해당 언론사 다른 기사</a> <span>3시간 전</span></li></ul></div>') % (
            oid, press, E(title), jh, dt, vis, mod, mvis, orig, body_html, E(" ".join(j + " 기자" for j in journalists)), press, press, oid)
        return page(title + " : 누리뉴스", body, head, og="article")

    a, ps = nambu.k1
    p = "/mnews/article/081/0003512345/"
    s.w(p, article(p, a["title"], "남부일보", "081", "2025-03-03 18:24:00", "2025.03.03. 오후 6:24", "2025-03-04 09:10:00", "2025.03.04. 오전 9:10", a["url"], ["김민수"],
                   '<span class="end_photo_org"><img src="/img/x.jpg"><em class="img_desc">마산항 서항지구 친수공간 조감도. /사진=창원시 제공</em></span>' + P(ps, None).replace("<p>", "").replace("</p>", "<br><br>")))
    truth["synd"].append({"copy": s.url(p), "orig": a["url"]})
    s.links.append((p, a["title"]))

    t = "전국 대부분 지역 꽃샘추위…내일 아침 영하권"
    ps = fill("ko", ["(서울=연합뉴스) 강태훈 기자 = 월요일인 3일은 전국 대부분 지역에 꽃샘추위가 찾아오겠다.", "기상청은 아침 최저기온이 영하 7도에서 영상 2도 사이로 떨어질 것으로 내다봤다.", "강원 산간에는 최고 10㎝의 눈이 내리는 곳도 있겠다."], 61)
    p = "/mnews/article/001/0015211111/"
    s.art(p, article(p, t, "연합뉴스", "001", "2025-03-02 07:05:33", "2025.03.02. 오전 7:05", "2025-03-02 07:05:33", "2025.03.02. 오전 7:05", "https://www.yna.co.kr/view/AKR20250302000100000", ["강태훈"],
                     "<br><br>".join(E(x) for x in ps)),
          t, "2025-03-02", ["강태훈"], must=["기상청은 아침 최저기온이 영하 7도에서 영상 2도 사이로 떨어질 것으로 내다봤다."], must_not=["출근길 지하철 지연"])

    t = "부산 북항 재개발 2단계 사업자 선정"
    ps = fill("ko", ["부산항만공사는 북항 재개발 2단계 사업의 우선협상대상자로 지역 건설사 컨소시엄을 선정했다고 28일 밝혔다.", "사업은 철도 부지를 포함한 228만㎡ 규모로 총사업비는 4조 원을 넘는다.", "공사는 상반기 중 실시협약을 맺을 예정이다."], 62)
    p = "/mnews/article/056/0011933333/"
    s.art(p, article(p, t, "KNS부산방송", "056", "2025-02-28 21:15:00", "2025.02.28. 오후 9:15", "2025-03-01 08:30:00", "2025.03.01. 오전 8:30", "https://news.kns.example/2025/02/28/busan", ["이서진", "최도윤"],
                     "<br><br>".join(E(x) for x in ps)),
          t, "2025-02-28", ["이서진", "최도윤"], must=["사업은 철도 부지를 포함한 228만㎡ 규모로 총사업비는 4조 원을 넘는다."])

    lst = s.teasers("sa_list")
    s.non("/section/102/", page("사회 : 누리뉴스", '<h2 class="section_title">사회</h2>' + lst), "사회")
    s.non("/main/ranking/popularDay/", page("많이 본 뉴스 : 누리뉴스", '<h2>언론사별 많이 본 뉴스</h2><ol>' + "".join('<li><a href="%s">%s</a><span class="list_time">%d시간 전</span></li>' % (p, E(t), i + 2) for i, (p, t) in enumerate(s.links)) + "</ol>"), "랭킹")
    s.non("/press/081/", page("남부일보 : 누리뉴스", '<div class="press_hd"><h2>남부일보</h2><p>경남 지역 일간지</p></div><ul><li><a href="/mnews/article/081/0003512345/">창원 마산항 친수공간 내년 개방</a></li></ul>'), "남부일보")
    s.non("/journalist/001/1/", page("강태훈 기자 : 누리뉴스", '<div class="journalist_card"><h2>강태훈 기자</h2><p>연합뉴스</p><p>구독자 1,204</p></div><ul><li><a href="/mnews/article/001/0015211111/">전국 대부분 지역 꽃샘추위…내일 아침 영하권</a></li></ul>'), "강태훈 기자")
    s.w("/", page("누리뉴스", lst))
    truth["nonarticles"].append(s.url("/"))


# ---------------------------------------------------------------- 7 江北日报 (GBK, declared gb2312)
def site7():
    s = Site(7, "江北日报", enc="gbk")

    def page(title, body, head=""):
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">'
                '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'
                '<title>%s</title><meta name="author" content="江北网" /><meta name="keywords" content="江北网,江北日报,新闻" />%s</head>'
                '<body><div class="top"><div class="date">二〇二五年三月五日 星期三</div><a href="/" class="logo">江北网</a></div>'
                '<div class="nav"><a href="/">首页</a> | <a href="/node_101.htm">要闻</a> | <a href="/node_102.htm">本省</a> | <a href="/tp/">图片</a> | <a href="/zt/2025lh/">专题</a></div>'
                '<div class="main">%s</div><div class="right"><h3>热点排行</h3><ul><li><a href="/content/2025-03/04/content_1235001.htm">省城早高峰拥堵指数下降</a></li></ul></div>'
                '<div class="foot"><a href="/about/lxwm.htm">联系我们</a> | <a href="/about/gywm.htm">关于我们</a><br />江北日报社版权所有 未经授权禁止转载 <br />ICP备案：江ICP备05001234号</div></body></html>') % (E(title), head, body)

    def article(title, pub, src, author, body_html, editor):
        head = '<meta name="publishdate" content="%s" /><meta name="ContentSource" content="%s" />' % (pub[:10], src)
        info = '%s&nbsp;&nbsp;&nbsp;来源：%s' % (pub, src) + ('&nbsp;&nbsp;&nbsp;作者：%s' % author if author else "")
        body = ('<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/node_101.htm">要闻</a> &gt; 正文</div><div class="content">'
                '<h1>%s</h1><div class="info">%s</div><div class="TRS_Editor" id="ozoom">%s</div>'
                '<div class="editor">（责任编辑：%s）</div><div class="xgxw"><h3>相关新闻</h3><ul><li><a href="/content/2025-02/20/content_1231111.htm">省城地铁四号线开工建设</a> 2025-02-20</li></ul></div></div>') % (
            E(title), info, body_html, editor)
        return page(title + "_江北网", body, head)

    t = "省城地铁三号线北延段开通试运营"
    ps = fill("zh", ["三号线北延段全长十一点二公里，共设车站八座，全部为地下站。", "北延段开通后，北部新区到火车站的通行时间将缩短至二十五分钟。", "试运营期间，首班车六时发车，末班车二十二时三十分发车。"], 71)
    bodyh = ('<p style="text-indent:2em">本报讯 3日上午，省城地铁三号线北延段正式开通试运营。</p>'
             '<p style="text-align:center"><img src="/pic/2025-03/03/1.jpg" /></p><p style="text-align:center">市民体验地铁三号线北延段（记者 孙磊 摄）</p>'
             + "".join('<p style="text-indent:2em">%s</p>' % E(x) for x in ps))
    s.art("/content/2025-03/03/content_1234567.htm", article(t, "2025-03-03 18:24", "江北日报", "王芳", bodyh, "刘洋"),
          t, "2025-03-03", ["王芳"], must=["北延段开通后，北部新区到火车站的通行时间将缩短至二十五分钟。"], must_not=["省城地铁四号线开工建设"])

    t = "全国春耕备耕有序推进"
    ps = fill("zh", ["新华社北京3月2日电（记者张伟、李娜）眼下，各地春耕备耕工作有序推进。", "农业农村部数据显示，目前全国春播粮食种子已基本到位，化肥供应总体充足。", "各地农技人员深入田间，指导农民科学施肥、及时管护。"], 72)
    bodyh = "".join('<p style="text-indent:2em">%s</p>' % E(x) for x in ps)
    s.art("/content/2025-03/02/content_1234320.htm", article(t, "2025-03-02 07:05", "新华社", "", bodyh, "赵敏"),
          t, "2025-03-02", ["张伟", "李娜"], must=["农业农村部数据显示，目前全国春播粮食种子已基本到位，化肥供应总体充足。"])

    t = "省政府办公厅关于做好2025年春季森林防火工作的通知"
    ps = fill("zh", ["各市人民政府，省政府各部门：", "当前已进入春季森林防火关键期，各地要严格落实防火责任，加强野外用火管理。", "各级林业部门要加强巡护值守，发现火情及时报告、及时处置。"], 73)
    bodyh = "".join('<p style="text-indent:2em">%s</p>' % E(x) for x in ps) + '<p style="text-align:right">省政府办公厅</p><p style="text-align:right">二〇二五年二月二十六日</p>'
    s.art("/content/2025-02/28/content_1234001.htm", article(t, "2025-02-28 09:30", "省政府办公厅", "", bodyh, "刘洋"),
          t, "2025-02-28", [], must=["各级林业部门要加强巡护值守，发现火情及时报告、及时处置。"])

    lst = "".join('<li><a href="%s">%s</a><span>%s</span></li>' % (p, E(t), p.split("/")[2]) for p, t in s.links)
    s.non("/node_101.htm", page("要闻_江北网", '<div class="list"><h2>要闻</h2><ul>' + lst + "</ul></div>"), "要闻")
    s.non("/node_102.htm", page("本省_江北网", '<div class="list"><h2>本省</h2><ul>' + lst + "</ul></div>"), "本省")
    s.non("/tp/", page("图片_江北网", '<h2>图片新闻</h2>' + "".join('<div class="pic"><img src="/pic/%d.jpg" /><p>春到江北（记者 孙磊 摄）</p></div>' % i for i in range(6))), "图片")
    s.non("/zt/2025lh/", page("2025全国两会专题_江北网", '<h2>聚焦2025全国两会</h2><ul>' + lst + "</ul>"), "专题")
    s.non("/video/2025-03/03/content_1234999.htm", page("视频：地铁三号线北延段开通_江北网", '<h1>视频：地铁三号线北延段开通</h1><div class="info">2025-03-03 19:02 来源：江北网</div><video src="/v/1.mp4" controls="controls"></video>'), "视频")
    s.non("/about/lxwm.htm", page("联系我们_江北网", "<h2>联系我们</h2><p>地址：江北市人民路88号 江北日报社</p><p>电话：0000-12345678</p>"), "联系我们")
    s.w("/", page("江北网-江北日报官方网站", '<div class="toutiao">' + s.teasers("tt") + "</div>"))
    truth["nonarticles"].append(s.url("/"))


# ---------------------------------------------------------------- 8 西岭新闻 (modern UTF-8 app site)
def site8():
    s = Site(8, "西岭新闻")

    def page(title, body, head=""):
        return ('<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width">%s</head>'
                '<body><header class="header"><a class="logo" href="/">西岭新闻</a><nav><a href="/channel/yaowen/">要闻</a><a href="/channel/local/">本地</a><a href="/rank/">排行</a><a href="/weather/">天气</a></nav>'
                '<div class="app-download">下载西岭新闻客户端</div></header><div class="container">%s<aside class="hot"><h3>24小时热点</h3><ul>'
                '<li><a href="/detail/20250304A0X001.html">西岭机场新增三条国际航线</a><span>3小时前</span></li><li><a href="/detail/20250304A0X002.html">春季招聘会提供岗位两万个</a><span>5小时前</span></li></ul></aside></div>'
                '<footer><a href="/about/">关于我们</a> <a href="/about/">联系我们</a> 互联网新闻信息服务许可证编号：51120170000</footer></body></html>') % (E(title), head, body)

    def article(title, pub, src, author_line, body_html, editor_line):
        head = '<meta property="og:title" content="%s"><meta property="og:release_date" content="%s:00"><meta name="apub:time" content="%s">' % (E(title), pub, pub.replace("-", "/"))
        body = ('<article class="article"><h1 class="article-title">%s</h1><div class="article-meta"><span class="source">来源：%s</span>'
                '<span class="time">%s</span><span class="author">%s</span><span class="read">阅读 1.2万</span></div>'
                '<div class="article-content">%s</div><div class="article-editor">%s</div>'
                '<div class="recommend"><h3>相关推荐</h3><ul><li><a href="/detail/20250225A0R001.html">西岭市城市更新项目启动</a><span>6天前</span></li></ul></div></article>') % (
            E(title), src, pub, author_line, body_html, editor_line)
        return page(title + "-西岭新闻", body, head)

    t = "西岭山区首条隧道贯通"
    ps = fill("zh", ["3日下午，西岭山区首条公路隧道顺利贯通，标志着山区群众出行难问题即将得到解决。", "隧道全长三千二百米，建成后翻山时间将由一个半小时缩短为十分钟。", "项目负责人介绍，隧道预计今年年底具备通车条件。"], 81)
    s.art("/detail/20250303A08K9P00.html", article(t, "2025-03-03 18:24", "西岭新闻", "记者 陈静 通讯员 李强", P(ps), "责任编辑：周婷 审核：吴昊"),
          t, "2025-03-03", ["陈静", "李强"], must=["隧道全长三千二百米，建成后翻山时间将由一个半小时缩短为十分钟。"], must_not=["西岭机场新增三条国际航线"])

    t = "西岭市启动老旧小区加装电梯三年计划"
    ps = fill("zh", ["西岭市住建局1日发布消息，全市将用三年时间为老旧小区加装电梯一千部。", "符合条件的加装项目每部可获得最高二十万元补贴。", "居民可通过社区或西岭新闻客户端提交申请。"], 82)
    s.art("/detail/20250301A03B7Q00.html", article(t, "2025-03-01 07:05", "西岭新闻", "西岭新闻记者 黄蕾", P(ps), "编辑：周婷"),
          t, "2025-03-01", ["黄蕾"], must=["符合条件的加装项目每部可获得最高二十万元补贴。"])

    t = "春耕时节 田间地头忙"
    ps = fill("zh", ["原标题：农业科技助力春耕", "连日来，西岭市各地抢抓农时，田间地头一派繁忙景象。", "无人机飞防、智能灌溉等新技术在越来越多的农田里派上用场。", "农技专家表示，科技手段让春耕效率提高了三成以上。"], 83)
    s.art("/detail/20250227A0C3M100.html", article(t, "2025-02-27 22:10", "人民日报", "作者：刘明", P(ps), "责任编辑：吴昊"),
          t, "2025-02-27", ["刘明"], must=["无人机飞防、智能灌溉等新技术在越来越多的农田里派上用场。"])

    lst = s.teasers("news-list")
    s.non("/channel/yaowen/", page("要闻-西岭新闻", "<h2>要闻</h2>" + lst), "要闻")
    s.non("/channel/local/", page("本地-西岭新闻", "<h2>本地</h2>" + lst), "本地")
    s.non("/rank/", page("热榜-西岭新闻", "<h2>热榜</h2><ol>" + "".join('<li><a href="%s">%s</a><span>%d小时前</span><em>热度 %d万</em></li>' % (p, E(t), i + 3, 12 - i) for i, (p, t) in enumerate(s.links)) + "</ol>"), "排行")
    s.non("/weather/", page("西岭天气预报-西岭新闻", '<h2>西岭天气</h2><div class="wea"><p>今天 多云 8℃~17℃</p><p>明天 小雨 7℃~13℃</p><p>西岭市气象台 2025-03-03 17:00 发布</p></div>'), "天气")
    s.non("/topic/chungeng/", page("专题：春耕进行时-西岭新闻", "<h2>春耕进行时</h2>" + lst), "春耕专题")
    s.non("/reporter/chenjing/", page("记者陈静-西岭新闻", '<div class="reporter-card"><h2>陈静</h2><p>西岭新闻记者，关注交通与城建。</p></div>' + lst), "记者陈静")
    s.non("/about/", page("关于我们-西岭新闻", "<h2>关于我们</h2><p>西岭新闻是西岭日报社主办的新闻客户端。</p><p>联系电话：0000-88886666</p>"), "关于我们")
    s.w("/", page("西岭新闻-西岭日报社主办", s.teasers("feed")))
    truth["nonarticles"].append(s.url("/"))


# ---------------------------------------------------------------- 9 Taiwanese WordPress local site
def site9():
    s = Site(9, "中台灣在地報")

    def page(title, body, head="", cls="home"):
        return ('<!DOCTYPE html><html lang="zh-TW"><head><meta charset="UTF-8"><title>%s</title>%s'
                '<link rel="alternate" type="application/rss+xml" title="中台灣在地報 &raquo; 資訊提供" href="/feed/"></head>'
                '<body class="%s"><div class="td-header-wrap"><div class="td-header-top-menu"><span class="td_data_time">2025 年 3 月 5 日 星期三</span></div>'
                '<div class="td-logo"><a href="/">中台灣在地報</a></div><ul class="sf-menu"><li><a href="/category/taichung/">台中</a></li><li><a href="/category/changhua/">彰化</a></li><li><a href="/video/">影音</a></li><li><a href="/about/">關於我們</a></li></ul></div>'
                '<div class="td-main-content-wrap">%s</div><div class="td-footer-wrap"><p>Copyright &copy; 2025 中台灣在地報</p></div></body></html>') % (E(title), head, cls, body)

    def article(path, slug_id, title, iso, vis, mod, body_html, cat, tags):
        ld = jl({"@context": "https://schema.org", "@graph": [
            {"@type": "Article", "@id": s.url(path) + "#article", "headline": title, "datePublished": iso, "dateModified": mod,
             "author": {"name": "編輯部", "@id": s.url("/#/schema/person/1")}, "articleSection": [cat[1]]},
            {"@type": "Person", "@id": s.url("/#/schema/person/1"), "name": "編輯部", "url": s.url("/author/editor/")}]})
        head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s | 中台灣在地報">'
                '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s"><meta name="author" content="編輯部">') % (E(title), iso, mod)
        tagh = "".join('<li><a href="/tag/%s/" rel="tag">%s</a></li>' % (t, l) for t, l in tags)
        body = ('<article id="post-%d" class="post-%d post type-post status-publish"><div class="td-post-header"><ul class="td-category"><li><a class="td-cat" href="%s">%s</a></li></ul>'
                '<header class="td-post-title"><h1 class="entry-title">%s</h1><div class="td-module-meta-info"><div class="td-post-author-name"><span>By</span> <a href="/author/editor/">編輯部</a></div>'
                '<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="%s">%s</time></span></div></header></div>'
                '<div class="td-post-content tagdiv-type">%s</div><div class="td-post-source-tags"><ul class="td-tags">%s</ul></div>'
                '<div class="td_block_related_posts"><h4>相關文章</h4><div><a href="/2025/02/20/taichung-bus/">台中公車路線調整 3月起上路</a></div><div><a href="/2025/02/18/flower/">后里花博園區週末湧人潮</a></div></div></article>') % (
            slug_id, slug_id, cat[0], cat[1], E(title), iso, vis, body_html, tagh)
        return page(title + " | 中台灣在地報", body, head + ld, cls="post-template-default single single-post")

    t = "台中捷運藍線環評過關　最快2027年動工"
    ps = fill("zh", ["台中捷運藍線環境影響評估3日在環境部審查會議中有條件通過。", "藍線全長約二十四點八公里，設二十座車站，沿台灣大道串連沙鹿與市中心。", "市府表示，將盡速完成綜合規劃，最快二〇二七年動工。"], 91)
    bodyh = "<p>記者林怡君／台中報導</p>" + P(ps[:2]) + '<figure class="wp-caption"><img src="/wp-content/uploads/2025/03/blue.jpg"><figcaption class="wp-caption-text">台中捷運藍線路線圖。（圖／台中市政府提供）</figcaption></figure>' + P(ps[2:])
    s.art("/2025/03/03/taichung-mrt-blue-line/", article("/2025/03/03/taichung-mrt-blue-line/", 1823, t, "2025-03-03T18:24:00+08:00", "2025 年 3 月 3 日", "2025-03-04T09:12:30+08:00", bodyh, ("/category/taichung/", "台中"), [("mrt", "捷運"), ("taichung", "台中")]),
          t, "2025-03-03", ["林怡君"], instant="2025-03-03T10:24", must=["藍線全長約二十四點八公里，設二十座車站，沿台灣大道串連沙鹿與市中心。"],
          must_not=["台中公車路線調整 3月起上路"])

    t = "彰化鹿港老街週末封街　打造行人徒步區"
    ps = fill("zh", ["彰化縣政府宣布，自本月起鹿港老街週末將實施封街，打造行人徒步區。", "封街時段為週六、週日上午十時至晚上八時，機車與汽車禁止進入。", "部分店家擔心影響貨物運送，縣府承諾將設置臨時裝卸區。"], 92)
    bodyh = "<p>記者陳建宏、張雅婷／彰化報導</p>" + P(ps) + "<p>（記者張雅婷攝）</p>"
    s.art("/2025/03/01/lukang-old-street/", article("/2025/03/01/lukang-old-street/", 1817, t, "2025-03-01T07:30:00+08:00", "2025 年 3 月 1 日", "2025-03-01T07:30:00+08:00", bodyh, ("/category/changhua/", "彰化"), [("lukang", "鹿港")]),
          t, "2025-03-01", ["陳建宏", "張雅婷"], instant="2025-02-28T23:30", must=["封街時段為週六、週日上午十時至晚上八時，機車與汽車禁止進入。"])

    t = "台中國際花毯節延長展期至3月中"
    ps = fill("zh", ["（中央社記者吳佳蓉台中28日電）台中國際花毯節因賞花人潮踴躍，市府決定展期延長至3月16日。", "今年花毯面積達四十公頃，種植波斯菊、向日葵等多種花卉。", "市府提醒民眾多利用大眾運輸前往，避免假日塞車。"], 93)
    bodyh = P(ps) + "<p>（編輯：李淑華）1140228</p>"
    s.art("/2025/02/28/flower-carpet-extended/", article("/2025/02/28/flower-carpet-extended/", 1802, t, "2025-02-28T16:45:00+08:00", "2025 年 2 月 28 日", "2025-02-28T16:45:00+08:00", bodyh, ("/category/taichung/", "台中"), [("taichung", "台中")]),
          t, "2025-02-28", ["吳佳蓉"], instant="2025-02-28T08:45", must=["今年花毯面積達四十公頃，種植波斯菊、向日葵等多種花卉。"])

    lst = "".join('<div class="td_module_flex"><h3 class="entry-title td-module-title"><a href="%s">%s</a></h3></div>' % (p, E(t)) for p, t in s.links)
    s.non("/category/taichung/", page("台中 彙整 | 中台灣在地報", '<h1 class="entry-title td-page-title">台中</h1>' + lst, cls="archive category"), "台中")
    s.non("/category/changhua/", page("彰化 彙整 | 中台灣在地報", '<h1 class="entry-title td-page-title">彰化</h1>' + lst, cls="archive category"), "彰化")
    s.non("/tag/mrt/", page("捷運 彙整 | 中台灣在地報", '<h1>標籤：捷運</h1>' + lst, cls="archive tag"), home=False)
    s.non("/tag/taichung/", page("台中 彙整 | 中台灣在地報", '<h1>標籤：台中</h1>' + lst, cls="archive tag"), home=False)
    s.non("/tag/lukang/", page("鹿港 彙整 | 中台灣在地報", '<h1>標籤：鹿港</h1>' + lst, cls="archive tag"), home=False)
    s.non("/author/editor/", page("編輯部, 作者 | 中台灣在地報", '<h1>編輯部</h1>' + lst, cls="archive author"), home=False)
    s.non("/video/", page("影音 | 中台灣在地報", '<h1>影音</h1><div class="video"><iframe src="https://www.youtube.com/embed/xyz"></iframe><p>【影音】台中捷運藍線環評過關</p></div>', cls="page"), "影音")
    s.non("/about/", page("關於我們 | 中台灣在地報", '<h1>關於我們</h1><p>中台灣在地報關注台中、彰化、南投在地新聞。投稿信箱：news@ctw.example</p>', cls="page"), "關於我們")
    s.w("/", page("中台灣在地報 - 在地新聞", lst))
    truth["nonarticles"].append(s.url("/"))
    s.rss("/feed/")


# ---------------------------------------------------------------- 10 Hong Kong paper
def site10():
    s = Site(10, "港島日報")

    def page(title, body, head="", og="website"):
        return ('<!DOCTYPE html><html lang="zh-HK"><head><meta charset="utf-8"><title>%s</title><meta property="og:type" content="%s">%s</head>'
                '<body><div id="topbar"><span id="todaydate">2025年3月5日 星期三</span> <a href="/weather/">天氣 18°C</a></div><div id="header"><a href="/" id="logo">港島日報網</a>'
                '<ul id="menu"><li><a href="/main/s00001/">要聞</a></li><li><a href="/main/s00002/">港聞</a></li><li><a href="/ins/instantnews/web_tc/">即時新聞</a></li><li><a href="/photo/gallery/20250303/">圖輯</a></li></ul></div>'
                '<div id="maincontent">%s</div><div id="mostread"><h3>熱門</h3><ul><li><a href="/article/20250304/s00002/1741050000000/">港鐵東鐵綫信號故障</a></li></ul></div>'
                '<div id="footer"><a href="/about/contact/">聯絡我們</a> &copy; 港島報業集團</div></body></html>') % (E(title), og, head, body)

    def article(path, title, sect, daycode, pub_iso, datebox, body_html):
        head = '<meta property="og:title" content="%s"><meta property="article:published_time" content="%s"><meta name="description" content="%s">' % (E(title), pub_iso, E(title))
        body = ('<div id="blockcontent"><hgroup><h1>%s</h1></hgroup><div id="date_label">%s</div><article class="txt4">%s</article>'
                '<div id="related"><h3>相關新聞</h3><ul><li><a href="/article/20250228/s00002/1740700000000/">北都區首批土地招標</a></li></ul></div></div>') % (E(title), datebox, body_html)
        return page("%s - %s - %s - 每日港島 - 港島日報網" % (title, daycode, sect), body, head, og="article")

    t = "東涌新市鎮擴展 首批居屋明年入伙"
    ps = fill("zh", ["【港島日報專訊】東涌新市鎮擴展區首批居屋預計明年第三季入伙，涉及約四千八百個單位。", "房屋署表示，區內配套包括一所新街市及兩所學校，將與首批單位同步落成。", "有區議員關注交通配套不足，促請當局增加往返市區的巴士班次。"], 101)
    s.art("/article/20250303/s00002/1740950000000/", article("/article/20250303/s00002/1740950000000/", t, "港聞", "20250303", "2025-03-03T05:30:00+08:00", "2025年3月3日星期一", P(ps)),
          t, "2025-03-03", [], instant="2025-03-02T21:30", must=["房屋署表示，區內配套包括一所新街市及兩所學校，將與首批單位同步落成。"],
          must_not=["港鐵東鐵綫信號故障"])

    t = "【天氣】天文台：周三起轉涼 最低氣溫14度"
    ps = fill("zh", ["天文台表示，一道冷鋒會在周三移近華南沿岸，本港氣溫明顯下降。", "市區最低氣溫周四降至約十四度，新界再低一兩度。", "天文台提醒市民注意保暖，長者及慢性病患者尤其要小心。"], 102)
    s.art("/ins/instantnews/web_tc/article/20250302/s00001/1740930600123/", article("/ins/instantnews/web_tc/article/20250302/s00001/1740930600123/", t, "即時新聞", "20250302", "2025-03-02T23:50:00+08:00",
                                                                              "發佈時間：2025/03/02 23:50<br>最後更新：2025/03/03 00:15", P(ps)),
          t, "2025-03-02", [], instant="2025-03-02T15:50", must=["市區最低氣溫周四降至約十四度，新界再低一兩度。"])

    t = "深水埗舊樓的最後一家藤器店"
    ps = fill("zh", ["在深水埗一幢六十年樓齡的唐樓地舖，七十二歲的陳伯仍每天編織藤椅。", "他十四歲入行，見證整條街由藤器店林立到只剩他一家。", "陳伯說，只要雙手仍然靈活，就會一直做下去。"], 103)
    bodyh = '<p class="author">文：何詠恩</p>' + P(ps) + '<figure><img src="/img/rattan.jpg"><figcaption>陳伯在店內編織藤椅。（攝影：林國強）</figcaption></figure><p class="editor">編輯：鄭子謙</p>'
    s.art("/article/20250227/s00005/1740600000000/", article("/article/20250227/s00005/1740600000000/", t, "副刊", "20250227", "2025-02-27T05:30:00+08:00", "2025年2月27日星期四", bodyh),
          t, "2025-02-27", ["何詠恩"], instant="2025-02-26T21:30", must=["他十四歲入行，見證整條街由藤器店林立到只剩他一家。"])

    lst = s.teasers("listing")
    s.non("/main/s00001/", page("要聞 - 每日港島 - 港島日報網", "<h2>要聞</h2>" + lst), "要聞")
    s.non("/main/s00002/", page("港聞 - 每日港島 - 港島日報網", "<h2>港聞</h2>" + lst), "港聞")
    s.non("/ins/instantnews/web_tc/", page("即時新聞 - 港島日報網", "<h2>即時新聞</h2><ul>" + "".join('<li><a href="%s">%s</a> <span>%d小時前</span></li>' % (p, E(t), i + 1) for i, (p, t) in enumerate(s.links)) + "</ul>"), "即時新聞")
    s.non("/weather/", page("天氣 - 港島日報網", '<h2>本港天氣</h2><p>今日：多雲，有一兩陣微雨。氣溫 18 至 23 度。</p><p>九天天氣預報</p><table><tr><td>3/6</td><td>14-18°C</td></tr></table>'), "天氣")
    s.non("/photo/gallery/20250303/", page("【圖輯】維港夜景 - 港島日報網", '<h2>【圖輯】維港夜景</h2>' + "".join('<figure><img src="/g/%d.jpg"><figcaption>（攝影：林國強）</figcaption></figure>' % i for i in range(6)), og="article"), "圖輯")
    s.non("/about/contact/", page("聯絡我們 - 港島日報網", "<h2>聯絡我們</h2><p>新聞熱線：2595 0000</p><p>地址：香港柴灣嘉業街18號</p>"), "聯絡我們")
    s.w("/", page("港島日報網", lst))
    truth["nonarticles"].append(s.url("/"))


# ---------------------------------------------------------------- 11 Macau paper, digital edition
def site11():
    s = Site(11, "濠江時報")

    def page(title, body, head="", lang="zh-MO"):
        return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head>'
                '<body><div class="header"><a href="/" class="logo">濠江時報 Jornal Hou Kong</a><div class="paperdate">2025年3月5日 星期三</div>'
                '<div class="banmian"><a href="/html/2025-03/03/node_2.htm">A02 澳聞</a> <a href="/html/2025-03/03/node_3.htm">A03 澳聞</a> <a href="/pt/">Português</a></div></div>'
                '<div class="content">%s</div><div class="footer"><a href="/about.htm">關於本報</a> 濠江時報有限公司 版權所有</div></body></html>') % (lang, E(title), head, body)

    def article(title, pubdate, ban, body_html, ld_head):
        ld = jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title + " - 濠江時報", "datePublished": pubdate,
                 "publisher": {"@type": "Organization", "name": "濠江時報"}})
        body = ('<table class="article"><tr><td class="ban">%s</td></tr><tr><td class="riq">%s</td></tr><tr><td><h1 class="biaoti">%s</h1></td></tr>'
                '<tr><td class="zhengwen"><founder-content>%s</founder-content></td></tr></table>'
                '<div class="prev-next"><a href="/html/2025-03/03/node_2.htm">返回版面</a> <a href="/html/2025-03/03/content_1813001.htm">上一篇：澳門三月旅客人次料回升</a></div>') % (
            ban, E(ld_head), E(title), body_html)
        return page(title + " - 濠江時報", body, ld)

    t = "氹仔舊城區步行街優化工程下月展開"
    ps = fill("zh", ["【本報訊】市政署表示，氹仔舊城區步行街優化工程將於下月展開，為期約五個月。", "工程包括更換路面石材、改善排水及增設休憩座椅。", "施工期間將分段進行，並設臨時通道方便居民及旅客出入。"], 111)
    s.art("/html/2025-03/03/content_1813127.htm", article(t, "2025-03-05", "版次：A02 澳聞", P(ps), "2025年3月3日 星期一"),
          t, "2025-03-03", [], must=["工程包括更換路面石材、改善排水及增設休憩座椅。"], must_not=["澳門三月旅客人次料回升"])

    t = "輕軌東線首段隧道貫通"
    ps = fill("zh", ["輕軌東線首段海底隧道昨日貫通，全線工程進度達百分之三十五。", "東線連接關閘及氹仔碼頭，全長約七點七公里，設六個車站。", "當局預計東線於二〇二八年通車，屆時由關閘到氹仔碼頭只需約十四分鐘。"], 112)
    bodyh = '<p class="byline">記者 梁慧儀</p>' + P(ps)
    s.art("/html/2025-03/02/content_1812988.htm", article(t, "2025-03-05", "版次：A03 澳聞", bodyh, "2025年3月2日 星期日"),
          t, "2025-03-02", ["梁慧儀"], must=["東線連接關閘及氹仔碼頭，全長約七點七公里，設六個車站。"])

    t = "Governo lança concurso para novo terminal marítimo de Coloane"
    pt = ["O Governo abriu ontem o concurso público para a construção do novo terminal marítimo de Coloane, com um orçamento estimado de 1,2 mil milhões de patacas.",
          "O terminal deverá ligar Coloane a Hengqin e ao Porto Interior, com partidas a cada meia hora nas horas de ponta.",
          "As propostas podem ser entregues até ao final de Abril na Direcção dos Serviços de Assuntos Marítimos e de Água."]
    ps = fill("pt", pt, 113)
    ld = jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": t, "datePublished": "2025-02-28",
             "author": {"@type": "Person", "name": "Ana Sousa"}})
    body = ('<div class="pt-article"><span class="seccao">Sociedade</span><h1>%s</h1><p class="autor">Por Ana Sousa</p><p class="data">28 Fevereiro 2025</p>'
            '<div class="texto">%s</div></div>') % (E(t), P(ps))
    s.art("/pt/2025/02/28/terminal-coloane/", page(t + " - Jornal Hou Kong", body, ld, lang="pt"),
          t, "2025-02-28", ["Ana Sousa"], must=["O terminal deverá ligar Coloane a Hengqin e ao Porto Interior, com partidas a cada meia hora nas horas de ponta."])

    lst = s.teasers("titlelist")
    s.non("/html/2025-03/03/node_2.htm", page("A02 澳聞 - 濠江時報", '<div class="bm"><img src="/pic/A02.jpg" usemap="#m"><h2>第A02版：澳聞</h2>' + lst + "</div>"), "A02 澳聞")
    s.non("/html/2025-03/03/node_3.htm", page("A03 澳聞 - 濠江時報", '<div class="bm"><h2>第A03版：澳聞</h2>' + lst + "</div>"), "A03 澳聞")
    s.non("/pt/", page("Português - Jornal Hou Kong", '<h2>Notícias em português</h2>' + lst, lang="pt"), "Português")
    s.non("/about.htm", page("關於本報 - 濠江時報", "<h2>關於本報</h2><p>濠江時報創刊於1958年，是澳門歷史悠久的中文日報。</p><p>地址：澳門新馬路100號</p>"), "關於本報")
    s.non("/html/2025-03/03/photo.htm", page("圖片新聞 - 濠江時報", "<h2>圖片新聞</h2>" + "".join('<figure><img src="/pic/p%d.jpg"><figcaption>大三巴前旅客如鯽</figcaption></figure>' % i for i in range(5))), "圖片新聞")
    s.w("/", page("濠江時報 - 數字報", s.teasers("titlelist")))
    truth["nonarticles"].append(s.url("/"))


# ---------------------------------------------------------------- 12 Mongolian portal
def site12():
    s = Site(12, "Хангай Ньюс")

    def page(title, body, head="", og="website"):
        return ('<!DOCTYPE html><html lang="mn"><head><meta charset="utf-8"><title>%s</title><meta property="og:type" content="%s"><meta property="og:site_name" content="Khangai.mn">%s</head>'
                '<body><header class="nheader"><a href="/" class="logo">Хангай Ньюс</a><nav><a href="/c/politics">Улс төр</a> <a href="/c/society">Нийгэм</a> <a href="/weather">Цаг агаар</a> <a href="/video">Видео</a></nav>'
                '<div class="ndate">2025.03.05, Лхагва</div></header><div class="ncontent">%s</div>'
                '<aside class="nlatest"><h3>Шинэ мэдээ</h3><ul><li><a href="/n/3kq7">Төв аймагт цас орно</a> <span>3 цагийн өмнө</span></li><li><a href="/n/3kq8">Ханшийн өөрчлөлт</a> <span>5 цагийн өмнө</span></li></ul></aside>'
                '<footer><a href="/about">Бидний тухай</a> &copy; 2025 Khangai.mn</footer></body></html>') % (E(title), og, head, body)

    def article(title, dt, byline, body_html, cat):
        head = '<meta property="og:title" content="%s">' % E(title)
        body = ('<div class="newsfull"><div class="ncat"><a href="/c/%s">%s</a></div><h1 class="ntitle">%s</h1><div class="ninfo"><span class="ndate">%s</span>%s<span class="views">1,240 үзсэн</span></div>'
                '<div class="icontent">%s</div><div class="tags"><a href="/tag/ulaanbaatar">#Улаанбаатар</a></div>'
                '<div class="related"><h4>Холбоотой мэдээ</h4><ul><li><a href="/n/3jz1">Нийслэлд утааны түвшин буурлаа</a></li></ul></div></div>') % (
            cat[0], cat[1], E(title), dt, byline, body_html)
        return page(title, body, head, og="article")

    t = "Улаанбаатарт агаарын бохирдлын шинэ хэмжүүр суурилууллаа"
    ps = fill("mn", ["Нийслэлийн Агаарын чанарын алба хотын есөн дүүрэгт агаарын бохирдлын шинэ хэмжүүр суурилуулжээ.", "Шинэ төхөөрөмжүүд өгөгдлөө арван минут тутамд шинэчилж, иргэд гар утсаараа харах боломжтой болно.", "Албаны дарга хэмжүүрийн тоог ирэх жил хоёр дахин нэмэхээ мэдэгдэв."], 121)
    s.art("/n/3kp1", article(t, "2025.03.03 18:24", '<span class="nauthor">Б.Болд</span>', P(ps), ("society", "Нийгэм")),
          t, "2025-03-03", ["Б.Болд"], must=["Шинэ төхөөрөмжүүд өгөгдлөө арван минут тутамд шинэчилж, иргэд гар утсаараа харах боломжтой болно."],
          must_not=["Төв аймагт цас орно"])

    t = "Засгийн газар малчдад өвс тэжээлийн дэмжлэг үзүүлнэ"
    ps = fill("mn", ["Засгийн газрын ээлжит хуралдаанаар зудын эрсдэлтэй сумдын малчдад өвс тэжээлийн дэмжлэг үзүүлэх шийдвэр гаргалаа.", "Улсын нөөцөөс арван мянган тонн өвс, таван мянган тонн тэжээл гаргана.", "Тээврийн зардлыг орон нутгийн төсвөөс санхүүжүүлнэ."], 122)
    s.art("/n/3kn4", article(t, "2025.03.02 09:15", "", P(ps) + '<p class="source">Эх сурвалж: МОНЦАМЭ</p>', ("politics", "Улс төр")),
          t, "2025-03-02", [], must=["Улсын нөөцөөс арван мянган тонн өвс, таван мянган тонн тэжээл гаргана."])

    t = "Хөвсгөл нуурт мөсний баяр эхэллээ"
    ps = fill("mn", ["Хөвсгөл аймгийн Ханх суманд уламжлалт мөсний баяр эхэлж, дотоод гадаадын мянга гаруй жуулчин иржээ.", "Баярын үеэр мөсөн дээр морь уралдуулах, мөсөн баримал урлах тэмцээн болно.", "Зохион байгуулагчид жуулчдын аюулгүй байдлыг хангахад онцгой анхаарч байна."], 123)
    bodyh = P(ps) + '<p class="photo-credit">Гэрэл зураг: Г.Эрдэнэ</p>'
    s.art("/n/3km9", article(t, "2025 оны 2-р сарын 28, 20:10", '<span class="nauthor">Д.Сарантуяа</span>', bodyh, ("society", "Нийгэм")),
          t, "2025-02-28", ["Д.Сарантуяа"], must=["Баярын үеэр мөсөн дээр морь уралдуулах, мөсөн баримал урлах тэмцээн болно."])

    lst = s.teasers("nlist")
    s.non("/c/politics", page("Улс төр | Khangai.mn", "<h2>Улс төр</h2>" + lst), "Улс төр")
    s.non("/c/society", page("Нийгэм | Khangai.mn", "<h2>Нийгэм</h2>" + lst), "Нийгэм")
    s.non("/tag/ulaanbaatar", page("#Улаанбаатар | Khangai.mn", "<h2>#Улаанбаатар</h2>" + lst), home=False)
    s.non("/weather", page("Цаг агаар | Khangai.mn", '<h2>Цаг агаарын мэдээ</h2><p>Улаанбаатар: өдөртөө -5°, шөнөдөө -18°. Цас орно.</p><p>Ус цаг уур, орчны шинжилгээний газар, 2025.03.03</p>'), "Цаг агаар")
    s.non("/video", page("Видео | Khangai.mn", '<h2>Видео: Хөвсгөлийн мөсний баяр</h2><iframe src="https://www.youtube.com/embed/mn123"></iframe><p>2025.02.28</p>', og="video.other"), "Видео")
    s.non("/about", page("Бидний тухай | Khangai.mn", "<h2>Бидний тухай</h2><p>Khangai.mn нь 2012 оноос хойш үйл ажиллагаа явуулж буй мэдээллийн сайт юм.</p><p>Утас: 7700-0000</p>"), "Бидний тухай")
    s.w("/", page("Khangai.mn - Мэдээ мэдээлэл", lst))
    truth["nonarticles"].append(s.url("/"))


site1()
okinawa = site2()
site3(okinawa)
nambu = site4()
site5()
site6(nambu)
site7()
site8()
site9()
site10()
site11()
site12()

with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
