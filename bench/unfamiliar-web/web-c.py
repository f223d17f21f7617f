"""Web c: three publishers (English, German with JSON-LD dateModified,
Russian) whose bodies hold ads, read-more boxes and captions, one listicle
of linked items, and an aggregator that republishes a dozen stories with
its own later dates and a credit link. Writes the sites and truth.json
under the directory given as the first argument."""
import json, os, random, datetime, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write as write_page  # noqa: E402
OUT=os.path.join(sys.argv[1],"sites"); PORT=18082
truth={"articles":[], "nonarticles":[], "synd":[]}
BASE={"en":"The council reached its decision after a long debate, and residents gave their views at a public hearing on the city's plans for the coming years, officials said on Tuesday.",
 "de":"Der Stadtrat hat nach langer Debatte entschieden, und die Bürger konnten bei einer öffentlichen Anhörung ihre Meinung zu den Plänen der Stadt für die kommenden Jahre sagen.",
 "ru":"Городской совет принял решение после долгого обсуждения, а жители высказали свое мнение на публичных слушаниях о планах города на ближайшие годы, сообщили чиновники."}
def para(lang,i,k):
    return shuffled(BASE[lang], "%s-%d-%d"%(lang,i,k))
RUM=["января","февраля","марта","апреля","мая","июня","июля","августа","сентября","октября","ноября","декабря"]
DEM=["Januar","Februar","März","April","Mai","Juni","Juli","August","September","Oktober","November","Dezember"]
AUTH={"en":["Hannah Clarke","Tom O'Neill","Priya Patel"],"de":["Lena Fischer","Jonas Becker","Miriam Weber"],"ru":["Ольга Смирнова","Дмитрий Волков","Анна Кузнецова"]}
HEAD={"en":["Council backs £%dm transport plan","Ten things to know about route %d","Live: council votes on budget %d","School %d wins national award"],
 "de":["Stadtrat billigt Verkehrsplan für %d Mio. Euro","Zehn Fakten zur Linie %d","Schule %d gewinnt Preis","Neue Brücke kostet %d Mio."],
 "ru":["Совет одобрил транспортный план на %d млн","Десять фактов о маршруте %d","Школа №%d получила награду","Новый мост обойдется в %d млн"]}
P=[dict(host="127.0.1.41",lang="en",name="The Northern Echo-Star",sep=" | "),dict(host="127.0.1.42",lang="de",name="Rheinische Abendzeitung",sep=" - "),dict(host="127.0.1.43",lang="ru",name="Вечерние Вести",sep=" — ")]
AGG=dict(host="127.0.1.44",lang="en",name="NewsHub Aggregator",sep=" · ")
def fmt(L,dt):
    if L=="en": return dt.strftime("%-d %B %Y, %H:%M")+" GMT"
    if L=="de": return "%d. %s %d um %02d:%02d Uhr"%(dt.day,DEM[dt.month-1],dt.year,dt.hour,dt.minute)
    return "%d %s %d, %02d:%02d МСК"%(dt.day,RUM[dt.month-1],dt.year,dt.hour,dt.minute)
def shell(pub,title,body,head=""):
    return '''<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body>
<div class="masthead"><a href="/">%s</a> <span class="date">%s</span></div><ul class="nav"><li><a href="/news/">News</a></li><li><a href="/topics/council/">Council</a></li></ul>
<div class="main">%s</div><div class="footer">© %s 2025. <a href="/imprint/">Imprint</a></div></body></html>'''%(pub["lang"],html.escape(title),head,html.escape(pub["name"]),fmt(pub["lang"],datetime.datetime(2025,12,5,7,0)),body,html.escape(pub["name"]))
def write(host,path,doc):
    write_page(OUT,host,path,doc)
base=datetime.datetime(2025,4,1,9,0)
aggitems=[]
for pi,pub in enumerate(P):
    L=pub["lang"]; arts=[]
    for i in range(8):
        head=HEAD[L][i%4]%(i*11+5)
        dt=base+datetime.timedelta(days=i*6+pi*2,hours=i,minutes=i*7)
        names=[AUTH[L][i%3]]
        path="/news/%d/%s-%d/"%(2025,"council-story",i) if L!="ru" else "/news/%d.html"%(700100+i)
        paras=[para(L,i,k) for k in range(6)]
        bodyp=""
        for k,pp in enumerate(paras):
            bodyp+="<p>%s</p>"%pp
            if k==1: bodyp+='<div class="ad-slot"><span>Advertisement</span></div>'
            if k==3: bodyp+='<aside class="read-more"><a href="%s">Read more: other story</a></aside>'%("/news/")
        if i%4==1 and L=="en":
            bodyp="<p>%s</p>"%paras[0]+"".join('<h2>%d. <a href="/news/item-%d/">Item %d</a></h2><p>%s</p>'%(k+1,k,k,para(L,i,20+k)) for k in range(10))
        ld='<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%s,"datePublished":"%s","dateModified":"%s"}</script>'%(json.dumps(head),dt.strftime("%Y-%m-%dT%H:%M:00Z"),(dt+datetime.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:00Z")) if L=="de" else ""
        byl={"en":'<p class="byline">By %s</p><p class="dateline">%s</p>',"de":'<div class="autor">Von %s</div><time>%s</time>',"ru":'<div class="article-info"><span>%s</span> <span>%s</span></div>'}[L]%(names[0],fmt(L,dt))
        write(pub["host"],path,shell(pub,head+pub["sep"]+pub["name"],'<article><h1>%s</h1>%s<figure><img src="/i.jpg"><figcaption>Photo: Agency</figcaption></figure>%s</article>'%(html.escape(head),byl,bodyp),ld))
        url="http://%s:%d%s"%(pub["host"],PORT,path)
        truth["articles"].append(dict(url=url,title=head,date=dt.strftime("%Y-%m-%d"),authors=names))
        arts.append((path,head,dt,names))
        if i%2==0:
            aggitems.append((url,head,dt,names,paras if not (i%4==1 and L=="en") else None,pub,i))
    teaser=lambda a: '<div class="teaser"><h3><a href="%s">%s</a></h3><p>%s</p></div>'%(a[0],html.escape(a[1]),para(L,a[2].day,7))
    def na(path,title,body,kind):
        write(pub["host"],path,shell(pub,title+pub["sep"]+pub["name"],body)); truth["nonarticles"].append(dict(url="http://%s:%d%s"%(pub["host"],PORT,path),kind=kind))
    na("/news/","News","<h1>News</h1>"+"".join(teaser(a) for a in arts),"section")
    na("/topics/council/","Council","<h1>Council</h1>"+"".join(teaser(a) for a in arts[:3]),"tag")
    na("/imprint/","Imprint","<h1>Imprint</h1>"+"".join("<p>%s</p>"%para(L,77,k) for k in range(3)),"about")
    na("/video/council-meeting-%d/"%pi,"Video","<h1>Video: council meeting</h1><video src='/v.mp4' controls></video><p>Watch the meeting.</p>","video")
    write(pub["host"],"/",shell(pub,pub["name"],"".join(teaser(a) for a in arts)))
# aggregator: copies with its own later date, credit link to original
agg=[]
for k,(url,head,dt,names,paras,pub,i) in enumerate(aggitems):
    if paras is None: continue
    L=pub["lang"]; path="/story/%d-%s/"%(9000+k,"syndicated-copy-of-news")
    adt=dt+datetime.timedelta(hours=5)
    body='<article><h1>%s</h1><p class="src">Source: <a href="%s">%s</a> · %s</p>%s<p>This story was originally published by <a href="%s">%s</a>.</p></article>'%(html.escape(head),url,html.escape(pub["name"]),adt.strftime("%d/%m/%Y %H:%M"),"".join("<p>%s</p>"%p for p in paras),url,html.escape(pub["name"]))
    write(AGG["host"],path,shell(AGG,head+AGG["sep"]+AGG["name"],body))
    truth["synd"].append(dict(copy="http://%s:%d%s"%(AGG["host"],PORT,path),orig=url))
    agg.append((path,head))
write(AGG["host"],"/",shell(AGG,AGG["name"],"".join('<div><a href="%s">%s</a></div>'%(p,html.escape(h)) for p,h in agg)))
json.dump(truth,open(os.path.join(sys.argv[1],"truth.json"),"w"),ensure_ascii=False,indent=1)
print(len(truth["articles"]),len(truth["nonarticles"]),len(truth["synd"]))
