"""Web a: five publishers (Ukrainian, German, Spanish, Japanese, and English
with day-first numeric dates) on templates unlike pkg/testweb's: labelled
bylines, local-language dates, site names before or after the headline with
"—", "::", "|", "｜", "«"; tag, author, section, about and contact pages;
an RSS feed per site declared in the home page's <head>. Writes the sites
and truth.json under the directory given as the first argument."""
import json, os, random, datetime, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled  # noqa: E402
random.seed(7)
OUT=os.path.join(sys.argv[1],"sites")
PORT=18080
truth={"articles":[], "nonarticles":[]}
UKM=["січня","лютого","березня","квітня","травня","червня","липня","серпня","вересня","жовтня","листопада","грудня"]
ESM=["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"]
TOPICS=[("budget","Бюджет","Haushalt","presupuesto","予算","budget"),("transport","Транспорт","Verkehr","transporte","交通","transport"),("schools","Школи","Schulen","escuelas","学校","schools")]
def para(lang,i,k):
    base={"uk":"Міська рада ухвалила рішення після тривалого обговорення, а мешканці висловили свої думки на громадських слуханнях щодо планів розвитку міста.",
          "de":"Der Stadtrat hat nach langer Debatte eine Entscheidung getroffen, und die Bürgerinnen und Bürger konnten ihre Meinung bei einer öffentlichen Anhörung sagen.",
          "es":"El ayuntamiento tomó una decisión tras un largo debate, y los vecinos pudieron expresar su opinión en una audiencia pública sobre los planes de la ciudad.",
          "ja":"市議会は長い議論の末に決定を下し、市民は公聴会で市の計画について意見を述べることができた。関係者は今後の対応を注視している。",
          "en":"The council reached a decision after a long debate, and residents were able to give their views at a public hearing on the city's plans for the coming years."}[lang]
    return shuffled(base, "%s-%d-%d"%(lang,i,k), 6 if lang=="ja" else 0)
def sitepages(host, cfg):
    d=os.path.join(OUT,host); os.makedirs(d,exist_ok=True)
    return d
PUBS=[
 dict(host="127.0.1.21", lang="uk", name="Новини Міста", sep=" — ", order="title-site"),
 dict(host="127.0.1.22", lang="de", name="Stadtanzeiger Nord", sep=" :: ", order="site-title"),
 dict(host="127.0.1.23", lang="es", name="Diario del Sur", sep=" | ", order="title-site"),
 dict(host="127.0.1.24", lang="ja", name="地方新報", sep="｜", order="title-site"),
 dict(host="127.0.1.25", lang="en", name="Valley Voice", sep=" « ", order="title-site"),
]
AUTH={"uk":["Олена Коваленко","Андрій Мельник","Ірина Шевченко"],"de":["Anna Schmidt","Klaus Müller","Jana Wolf"],"es":["Carlos García","María López","Lucía Fernández"],
      "ja":["山田太郎","佐藤花子","鈴木一郎"],"en":["Jane Doe","Rob Hill","Lisa Chen"]}
HEADS={"uk":["Рада ухвалила бюджет на %d рік","Нові автобуси вийдуть на маршрут №%d","Школа №%d отримала новий спортзал","Мер: «Ремонт мосту завершать за %d місяців»"],
 "de":["Stadtrat beschließt Haushalt für %d","Neue Buslinie %d startet im Frühjahr","Schule Nr. %d bekommt neue Turnhalle","Bürgermeisterin: „Brücke in %d Monaten fertig“"],
 "es":["El ayuntamiento aprueba el presupuesto de %d","La línea de autobús %d empieza en primavera","La escuela %d estrena gimnasio","Alcaldesa: «El puente estará listo en %d meses»"],
 "ja":["市議会、%d年度予算案を可決","新バス路線%d号、春に運行開始","第%d小学校に新体育館","市長「橋は%dか月で完成」"],
 "en":["Council approves %d budget","Bus route %d to start in spring","School No. %d gets new gym","Mayor: 'Bridge done in %d months' — and what it costs"]}
def fmt_date(lang, dt):
    if lang=="uk": return "%d %s %d, %02d:%02d"%(dt.day,UKM[dt.month-1],dt.year,dt.hour,dt.minute)
    if lang=="de": return "%02d.%02d.%d, %02d:%02d Uhr"%(dt.day,dt.month,dt.year,dt.hour,dt.minute)
    if lang=="es": return "%d de %s de %d - %02d:%02d CET"%(dt.day,ESM[dt.month-1],dt.year,dt.hour,dt.minute)
    if lang=="ja": return "%d年%d月%d日 %d時%02d分"%(dt.year,dt.month,dt.day,dt.hour,dt.minute)
    return dt.strftime("%d/%m/%Y")  # en-GB day-first
def byline(lang, names):
    if lang=="uk": return '<div class="meta">Автор: %s, %%s</div>'%", ".join(names)
    if lang=="de": return '<p class="zeile">Von %s | %%s</p>'%" und ".join(names)
    if lang=="es": return '<p>Por %s · %%s</p>'%" y ".join(names)
    if lang=="ja": return '<p class="date">%%s</p><p>記者：%s</p>'%"、".join(names)
    return '<p>%s</p><p class="when">%%s</p>'%", ".join(names)
def shell(pub, title, body, extra_head=""):
    navl=" ".join('<a href="/%s/">%s</a>'%(t[0],t[0].title()) for t in TOPICS)
    return '''<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body>
<div class="top"><a href="/"><img src="/logo.png" alt="%s"></a><span class="today">Friday 5 December 2025</span></div>
<div class="menu">%s <a href="/about.html">About</a> <a href="/feed.xml">RSS</a></div>
<div class="wrap">%s</div><div class="bottom">© 2025 %s · <a href="/contact.html">Contact</a></div></body></html>'''%(pub["lang"],html.escape(title),extra_head,html.escape(pub["name"]),navl,body,html.escape(pub["name"]))
def doc_title(pub, t):
    return t+pub["sep"]+pub["name"] if pub["order"]=="title-site" else pub["name"]+pub["sep"]+t
base=datetime.datetime(2025,3,1,8,0)
for pub in PUBS:
    d=sitepages(pub["host"],pub); L=pub["lang"]; arts=[]
    for i in range(12):
        n=(i*7)%97+3
        head=HEADS[L][i%4]%( (2026 if i%4==0 else n) )
        dt=base+datetime.timedelta(days=i*9+ (int(pub["host"].split(".")[-1])%5), hours=i%9, minutes=(i*13)%60)
        names=[AUTH[L][i%3]] + ([AUTH[L][(i+1)%3]] if i%4==1 else [])
        topic=TOPICS[i%3][0]
        slug="/%s/%s-%d.html"%(topic,"story",1000+i) if L in("uk","ja") else "/%s/%s-%d"%(topic, "-".join(["story","about","the","city",str(i)]), i)
        path=slug
        tags=['<a href="/tag/%s/">%s</a>'%(t,t) for t in [topic,"city"]]
        body='<div class="story"><h1>%s</h1>%s%s<div class="tags">%s</div><div class="more"><a href="/staff/%d/">%s</a></div></div>'%(
            html.escape(head), byline(L,names)%fmt_date(L,dt), "\n".join("<p>%s</p>"%para(L,i,k) for k in range(5)), " ".join(tags), i%3, html.escape(names[0]))
        fp=os.path.join(d,path.lstrip("/")); 
        if fp.endswith(".html"): os.makedirs(os.path.dirname(fp),exist_ok=True); 
        else: os.makedirs(fp,exist_ok=True); fp=os.path.join(fp,"index.html")
        open(fp,"w").write(shell(pub,doc_title(pub,head),body))
        arts.append((path,head,dt,names,topic))
        truth["articles"].append(dict(url="http://%s:%d%s"%(pub["host"],PORT,path),title=head,date=dt.strftime("%Y-%m-%d"),authors=names))
    teaser=lambda a: '<div class="item"><h3><a href="%s">%s</a></h3></div>'%(a[0],html.escape(a[1]))
    def writep(path, title, body, kind):
        fp=os.path.join(d,path.lstrip("/"))
        if path.endswith("/"): os.makedirs(fp,exist_ok=True); fp=os.path.join(fp,"index.html")
        open(fp,"w").write(shell(pub,doc_title(pub,title),body))
        truth["nonarticles"].append(dict(url="http://%s:%d%s"%(pub["host"],PORT,path),kind=kind))
    for t in TOPICS:
        items=[a for a in arts if a[4]==t[0]]
        writep("/%s/"%t[0], t[0].title(), "<h1>%s</h1>"%t[0].title()+"".join(teaser(a) for a in items), "section")
        writep("/tag/%s/"%t[0], t[0], "<h1>#%s</h1>"%t[0]+"".join(teaser(a) for a in items[:3]), "tag")
    writep("/tag/city/", "city", "<h1>#city</h1>"+"".join(teaser(a) for a in arts[:4]), "tag")
    for k in range(3):
        nm=AUTH[L][k]; items=[a for a in arts if a[3][0]==nm]
        writep("/staff/%d/"%k, nm, "<h1>%s</h1><p>%s — reporter.</p>"%(nm,nm)+"".join(teaser(a) for a in items[:4]), "author")
    writep("/about.html", "About", "<h1>About</h1><p>%s</p><p>%s</p>"%(para(L,99,1),para(L,99,2)), "about")
    writep("/contact.html", "Contact", "<h1>Contact</h1><p>newsroom@example.org</p><form><input name=q></form>", "about")
    home=shell(pub,pub["name"],"".join(teaser(a) for a in arts),'<link rel="alternate" type="application/rss+xml" href="/feed.xml">')
    open(os.path.join(d,"index.html"),"w").write(home)
    items="".join("<item><title>%s</title><link>http://%s:%d%s</link><pubDate>%s</pubDate></item>"%(html.escape(a[1]),pub["host"],PORT,a[0],a[2].strftime("%a, %d %b %Y %H:%M:00 +0100")) for a in arts)
    open(os.path.join(d,"feed.xml"),"w").write('<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title>%s</channel></rss>'%(html.escape(pub["name"]),items))
json.dump(truth,open(os.path.join(sys.argv[1],"truth.json"),"w"),ensure_ascii=False,indent=1)
print(len(truth["articles"]),len(truth["nonarticles"]))
