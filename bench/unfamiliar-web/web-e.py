"""Web e: six publishers (Australian English, Mexican Spanish, European
Portuguese, Italian, Swiss German, Canadian French) whose headlines sit in
an <h2> under a logo <h1>, whose author is in a card after the story, and
whose dates are shown, only in the address, or only in the Atom feed; a
topic page with an intro, a team page, an archive, terms and a video page.
Written last and crawled once: every field right, no fix made for it.
Writes the sites and truth.json under the directory given as the first
argument."""
import json, os, random, datetime, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write as write_page  # noqa: E402
OUT=os.path.join(sys.argv[1],"sites"); PORT=18084
truth={"articles":[], "nonarticles":[]}
BASE={"en":"Residents packed the hall as councillors debated the proposal for more than three hours before a narrow vote late on Tuesday evening, the clerk said.",
 "es":"Los vecinos llenaron la sala mientras los concejales debatían la propuesta durante más de tres horas antes de una votación ajustada el martes por la noche.",
 "pt":"Os moradores encheram a sala enquanto os vereadores debatiam a proposta durante mais de três horas antes de uma votação renhida na terça-feira à noite.",
 "it":"I residenti hanno riempito la sala mentre i consiglieri discutevano la proposta per più di tre ore prima di un voto serrato martedì sera tardi.",
 "de":"Die Anwohner füllten den Saal, während die Gemeinderäte mehr als drei Stunden über den Vorschlag debattierten, bevor es am Dienstagabend knapp wurde.",
 "fr":"Les résidents ont rempli la salle pendant que les conseillers débattaient de la proposition pendant plus de trois heures avant un vote serré mardi soir."}
def para(L,i,k):
    return shuffled(BASE[L], "e%s%d%d"%(L,i,k))
P=[dict(host="127.0.1.61",L="en",lang="en-AU",name="Harbour Weekly",A=["Chloe Nguyen","Liam Walsh","Ava Brown"]),
   dict(host="127.0.1.62",L="es",lang="es-MX",name="El Vigía",A=["Sofía Hernández","Diego Ramírez","Valeria Torres"]),
   dict(host="127.0.1.63",L="pt",lang="pt-PT",name="Diário da Costa",A=["Inês Carvalho","Rui Santos","Marta Lopes"]),
   dict(host="127.0.1.64",L="it",lang="it",name="La Voce del Lago",A=["Francesca Conti","Marco Ricci","Elena Greco"]),
   dict(host="127.0.1.65",L="de",lang="de-CH",name="Seeländer Anzeiger",A=["Reto Meier","Nadine Keller","Urs Brunner"]),
   dict(host="127.0.1.66",L="fr",lang="fr-CA",name="Le Riverain",A=["Émilie Tremblay","Jean-François Roy","Catherine Gagnon"])]
HEAD={"en":"Councillors narrowly back $%dm harbour upgrade","es":"Cabildo aprueba por poco obra de %d millones","pt":"Câmara aprova por pouco obra de %d milhões",
 "it":"Il consiglio approva di misura opera da %d milioni","de":"Gemeinderat sagt knapp Ja zu %d-Millionen-Projekt","fr":"Le conseil approuve de justesse un projet de %d millions"}
MON={"es":["enero","febrero","marzo","abril","mayo","junio","julio","agosto","septiembre","octubre","noviembre","diciembre"],
 "pt":["janeiro","fevereiro","março","abril","maio","junho","julho","agosto","setembro","outubro","novembro","dezembro"],
 "it":["gennaio","febbraio","marzo","aprile","maggio","giugno","luglio","agosto","settembre","ottobre","novembre","dicembre"],
 "de":["Januar","Februar","März","April","Mai","Juni","Juli","August","September","Oktober","November","Dezember"],
 "fr":["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"]}
def datestr(L,dt,style):
    if style=="none": return ""
    if L=="en": return dt.strftime("%A %-d %B %Y")
    if L=="de": return "%d.%d.%d"%(dt.day,dt.month,dt.year)
    if L=="fr": return "le %d %s %d à %d h %02d"%(dt.day,MON[L][dt.month-1],dt.year,dt.hour,dt.minute)
    return "%d de %s de %d"%(dt.day,MON[L][dt.month-1],dt.year) if L in("es","pt") else "%d %s %d"%(dt.day,MON[L][dt.month-1],dt.year)
def write(p,path,doc):
    write_page(OUT,p["host"],path,doc)
def shell(p,title,body,head=""):
    return '''<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><meta property="og:site_name" content="%s">%s</head><body>
<header class="top"><h1 class="logo"><a href="/">%s</a></h1><nav><a href="/topics/council/">Council</a> <a href="/people/">Team</a> <a href="/archive/2025/03/">Archive</a></nav></header>
<main>%s</main><aside class="sidebar"><h3>Most read</h3><ol><li><a href="/">x</a></li></ol></aside><footer>%s · <a href="/terms/">Terms</a></footer></body></html>'''%(p["lang"],html.escape(title),html.escape(p["name"]),head,html.escape(p["name"]),body,html.escape(p["name"]))
for pi,p in enumerate(P):
    L=p["L"]; arts=[]; items=[]
    for i in range(8):
        dt=datetime.datetime(2025,3,2,6,0)+datetime.timedelta(days=i*4+pi,hours=i*2,minutes=i*5)
        name=p["A"][i%3]; head=HEAD[L]%(10+i*9)
        style=["visible","url","none","visible"][i%4]
        path=("/%d/%02d/%02d/%s-%d/"%(dt.year,dt.month,dt.day,"council-vote",i)) if style=="url" else "/news/%s-%d/"%("council-narrowly-backs-upgrade",i)
        d=datestr(L,dt,"none" if style!="visible" else "visible")
        box='<div class="author-card"><img src="/a.jpg" alt=""><a href="/people/%d/" class="author-name">%s</a><p>Reporter</p></div>'%(i%3,html.escape(name))
        body='<article><h2 class="article-title">%s</h2>%s<div class="body">%s</div>%s</article>'%(html.escape(head),('<p class="date">%s</p>'%d) if d else "","".join("<p>%s</p>"%para(L,i,k) for k in range(5)),box)
        write(p,path,shell(p,head+" | "+p["name"],body,'<meta property="og:title" content="%s">'%html.escape(head)))
        url="http://%s:%d%s"%(p["host"],PORT,path)
        truth["articles"].append(dict(url=url,title=head,date=dt.strftime("%Y-%m-%d"),authors=[name]))
        arts.append((path,head)); items.append((url,head,dt))
    def na(path,title,body,kind,head=""):
        write(p,path,shell(p,title+" | "+p["name"],body,head)); truth["nonarticles"].append(dict(url="http://%s:%d%s"%(p["host"],PORT,path),kind=kind))
    te=lambda a: '<li><a href="%s">%s</a></li>'%(a[0],html.escape(a[1]))
    na("/topics/council/","Council","<h2>Council</h2>"+"".join("<p>%s</p>"%para(L,70,k) for k in range(3))+"<ul>"+"".join(te(a) for a in arts)+"</ul>","tag")
    na("/people/","Team","<h2>Our team</h2>"+"".join('<div class="person"><h3><a href="/people/%d/">%s</a></h3><p>Reporter covering the council.</p></div>'%(k,html.escape(n)) for k,n in enumerate(p["A"])),"author")
    for k,n in enumerate(p["A"]):
        na("/people/%d/"%k,n,"<h2>%s</h2><p>%s</p>"%(html.escape(n),para(L,60+k,0))+"<ul>"+"".join(te(a) for a in arts[k::3])+"</ul>","author")
    na("/archive/2025/03/","Archive","<h2>March 2025</h2><ul>"+"".join(te(a) for a in arts)+"</ul>","archive")
    na("/terms/","Terms","<h2>Terms of use</h2>"+"".join("<p>%s</p>"%para(L,71,k) for k in range(7)),"about")
    na("/video/council-vote-highlights/","Video","<h2>Video: council vote highlights</h2><video src='/v.mp4' controls></video><p>%s</p>"%para(L,72,0),"video",'<meta property="og:type" content="video.other">')
    write(p,"/",shell(p,p["name"],"<ul>"+"".join(te(a) for a in arts)+'</ul><a href="/video/council-vote-highlights/">Video</a>','<link rel="alternate" type="application/atom+xml" href="/atom.xml">'))
    entries="".join('<entry><title>%s</title><link href="%s"/><id>%s</id><published>%s</published><updated>%s</updated></entry>'%(html.escape(h),u,u,dt.strftime("%Y-%m-%dT%H:%M:00Z"),dt.strftime("%Y-%m-%dT%H:%M:00Z")) for u,h,dt in items)
    open(os.path.join(OUT,p["host"],"atom.xml"),"w").write('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title><id>x</id><updated>2025-04-01T00:00:00Z</updated>%s</feed>'%entries)
json.dump(truth,open(os.path.join(sys.argv[1],"truth.json"),"w"),ensure_ascii=False,indent=1)
