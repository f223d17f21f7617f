"""Web d: six publishers (Dutch, US English with capitals in bylines and an
agency line, Austrian German with "(APA)", Russian "Автор —", Taiwanese
Chinese "記者…／台北報導", Japanese "文："). Written after web a-c and crawled
once before any fix: authors 40/48 then (the Taiwanese template), 48/48
after. Writes the sites and truth.json under the directory given as the
first argument."""
import json, os, random, datetime, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write as write_page  # noqa: E402
OUT=os.path.join(sys.argv[1],"sites"); PORT=18083
truth={"articles":[], "nonarticles":[]}
BASE={"nl":"De gemeenteraad nam na een lang debat een besluit en bewoners konden tijdens een openbare hoorzitting hun mening geven over de plannen van de stad.",
 "en":"The city council reached its decision after a lengthy debate, and residents were able to share their views during a public hearing about the plans.",
 "de":"Der Gemeinderat hat nach einer langen Debatte entschieden, und die Bewohner konnten bei einer öffentlichen Anhörung ihre Meinung zu den Plänen äußern.",
 "ru":"Городская дума приняла решение после долгой дискуссии, а жители смогли высказаться на публичных слушаниях о планах развития города.",
 "zh":"市議會經過長時間討論後作出決定，市民在公聽會上就城市未來幾年的發展規劃發表意見，相關部門表示將審慎研議。",
 "ja":"市議会は長時間の議論を経て決定を下し、住民は公聴会で市の今後の計画について意見を述べた。担当部署は検討を進める方針だ。"}
def para(L,i,k):
    return shuffled(BASE[L], "%s%d%d"%(L,i,k), 4 if L in("zh","ja") else 0)
NLM=["jan","feb","mrt","apr","mei","jun","jul","aug","sep","okt","nov","dec"]; NLD=["ma","di","wo","do","vr","za","zo"]
DEM=["Januar","Februar","März","April","Mai","Juni","Juli","August","September","Oktober","November","Dezember"]
RUM=["января","февраля","марта","апреля","мая","июня","июля","августа","сентября","октября","ноября","декабря"]
P=[dict(host="127.0.1.51",L="nl",name="Het Stadsblad",sep=" | ",A=["Pieter de Vries","Sanne Bakker","Daan Visser"]),
   dict(host="127.0.1.52",L="en",name="Bay City Ledger",sep=" - ",A=["JOHN SMITH","MARIA GARCIA","DAVID LEE"]),
   dict(host="127.0.1.53",L="de",name="Salzburger Bote",sep=" « ",A=["Maria Huber","Stefan Gruber","Julia Wagner"]),
   dict(host="127.0.1.54",L="ru",name="Городские Известия",sep=" :: ",A=["Иван Петров","Елена Соколова","Павел Морозов"]),
   dict(host="127.0.1.55",L="zh",name="城市日報",sep=" - ",A=["陳小明","林美華","王大同"]),
   dict(host="127.0.1.56",L="ja",name="港町新聞",sep="｜",A=["山田太郎","佐藤花子","鈴木一郎"])]
HEAD={"nl":"Raad stemt in met plan voor %d nieuwe woningen","en":"Council OKs plan for %d new homes","de":"Gemeinderat genehmigt %d neue Wohnungen",
 "ru":"Дума одобрила план на %d новых квартир","zh":"議會通過%d戶新住宅計畫","ja":"市議会、住宅%d戸の計画を承認"}
def meta(p,names,dt):
    L=p["L"]
    if L=="nl": return '<div class="artikel-meta"><span class="auteur">Door %s, redacteur</span><span class="datum">%s %d %s %d %02d:%02d</span></div>'%(" en ".join(names),NLD[dt.weekday()],dt.day,NLM[dt.month-1],dt.year,dt.hour,dt.minute)
    if L=="en": return '<div class="byline">By %s<br>Associated Press</div><div class="timestamp">%s</div>'%(" and ".join(names),dt.strftime("%b %-d, %Y %-I:%M %p")+" ET")
    if L=="de": return '<p class="meta">%d. %s %d, %02d:%02d</p><p class="autor">Von %s (APA)</p>'%(dt.day,DEM[dt.month-1],dt.year,dt.hour,dt.minute," und ".join(names))
    if L=="ru": return '<div class="info">Автор — %s<br>%02d %s %d %02d:%02d</div>'%(", ".join(names),dt.day,RUM[dt.month-1],dt.year,dt.hour,dt.minute)
    if L=="zh": return '<div class="info"><span>記者%s／台北報導</span><span>%d年%d月%d日 %02d:%02d</span></div>'%("、".join(names),dt.year,dt.month,dt.day,dt.hour,dt.minute)
    return '<div class="info"><p>%d.%02d.%02d %02d:%02d</p><p>文：%s</p></div>'%(dt.year,dt.month,dt.day,dt.hour,dt.minute,"、".join(names))
def shell(p,title,body,head=""):
    return '''<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body><div class="site-header"><a href="/" class="brand">%s</a><div class="menu"><a href="/nieuws/">1</a> <a href="/thema/wonen/">2</a> <a href="/over-ons/">3</a></div></div>
<div class="page">%s</div><div class="site-footer">© %s · <a href="/privacy/">Privacy</a></div></body></html>'''%(p["L"],html.escape(title),head,html.escape(p["name"]),body,html.escape(p["name"]))
def write(p,path,doc):
    write_page(OUT,p["host"],path,doc)
for pi,p in enumerate(P):
    L=p["L"]; arts=[]
    for i in range(8):
        dt=datetime.datetime(2025,2,3,7,5)+datetime.timedelta(days=i*13+pi,hours=(i*3)%12,minutes=i*6)
        names=[p["A"][i%3]]+([p["A"][(i+2)%3]] if i%4==2 else [])
        head=HEAD[L]%(100+i*37)
        path="/nieuws/%d/%02d/%s-%d.html"%(dt.year,dt.month,"raad-plan-woningen",i) if i%2 else "/nieuws/%s-%d/"%("raad-stemt-in-met-plan",7000+i)
        body='<div class="article"><h1>%s</h1>%s<div class="text">%s</div><div class="share">Share on X · Facebook</div></div><div class="more"><h3>More</h3>%s</div>'%(html.escape(head),meta(p,names,dt),"".join("<p>%s</p>"%para(L,i,k) for k in range(5)),"".join('<p><a href="%s">%s</a></p>'%(a[0],html.escape(a[1])) for a in arts[-2:]))
        write(p,path,shell(p,head+p["sep"]+p["name"],body))
        exp=[n.title() if L=="en" else n for n in names]
        truth["articles"].append(dict(url="http://%s:%d%s"%(p["host"],PORT,path),title=head,date=dt.strftime("%Y-%m-%d"),authors=names))
        arts.append((path,head))
    def na(path,title,body,kind):
        write(p,path,shell(p,title+p["sep"]+p["name"],body)); truth["nonarticles"].append(dict(url="http://%s:%d%s"%(p["host"],PORT,path),kind=kind))
    te=lambda a: '<div class="card"><h2><a href="%s">%s</a></h2></div>'%(a[0],html.escape(a[1]))
    na("/nieuws/","News","<h1>%s</h1>"%p["name"]+"".join(te(a) for a in arts),"section")
    na("/thema/wonen/","Wonen","<h1>Wonen</h1><p>%s</p>"%para(L,80,1)+"".join(te(a) for a in arts[:3]),"tag")
    na("/over-ons/","About","<h1>%s</h1>"%p["name"]+"".join("<p>%s</p>"%para(L,81,k) for k in range(4)),"about")
    na("/privacy/","Privacy","<h1>Privacy</h1>"+"".join("<p>%s</p>"%para(L,82,k) for k in range(6)),"about")
    write(p,"/",shell(p,p["name"],"".join(te(a) for a in arts),'<link rel="alternate" type="application/rss+xml" href="/rss">'))
    os.makedirs(os.path.join(OUT,p["host"]),exist_ok=True)
json.dump(truth,open(os.path.join(sys.argv[1],"truth.json"),"w"),ensure_ascii=False,indent=1)
