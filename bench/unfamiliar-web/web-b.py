"""Web b: seven publishers (French, Polish, Chinese, Turkish, Italian,
Korean, Portuguese) with localized addresses for tags, authors, sections,
about and contact pages (/mot-cle/, /autore/, /kategoria/, /o-nas/ ...),
bylines after the date or split by markup, several authors, paginated
sections. Writes the sites and truth.json under the directory given as the
first argument."""
import json, os, random, datetime, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write as write_page  # noqa: E402
OUT=os.path.join(sys.argv[1],"sites"); PORT=18081
truth={"articles":[], "nonarticles":[]}
MON={"fr":["janvier","février","mars","avril","mai","juin","juillet","août","septembre","octobre","novembre","décembre"],
 "it":["gennaio","febbraio","marzo","aprile","maggio","giugno","luglio","agosto","settembre","ottobre","novembre","dicembre"]}
BASE={"fr":"Le conseil municipal a pris une décision après un long débat et les habitants ont pu donner leur avis lors d'une audience publique sur les projets de la ville.",
 "pl":"Rada miasta podjęła decyzję po długiej debacie, a mieszkańcy mogli wyrazić swoją opinię podczas publicznego wysłuchania w sprawie planów miasta.",
 "zh":"市议会经过长时间讨论后作出决定，市民在公开听证会上就城市未来几年的发展规划发表了意见，相关部门表示将认真研究。",
 "tr":"Belediye meclisi uzun bir tartışmanın ardından karar verdi ve vatandaşlar şehrin planları hakkındaki kamuya açık oturumda görüşlerini dile getirdi.",
 "it":"Il consiglio comunale ha preso una decisione dopo un lungo dibattito e i cittadini hanno potuto esprimere la loro opinione in un'audizione pubblica sui progetti della città.",
 "ko":"시의회는 오랜 논의 끝에 결정을 내렸으며 시민들은 공청회에서 시의 향후 발전 계획에 대한 의견을 밝혔다 관계 당국은 이를 검토할 예정이다.",
 "pt":"A câmara municipal tomou uma decisão após um longo debate e os moradores puderam dar sua opinião em uma audiência pública sobre os planos da cidade."}
def para(lang,i,k):
    return shuffled(BASE[lang], "%s-%d-%d"%(lang,i,k), 5 if lang=="zh" else 0)
AUTH={"fr":["Claire Martin","Paul Durand","Sophie Bernard"],"pl":["Anna Nowak","Piotr Wiśniewski","Ewa Zielińska"],"zh":["王小明","李华","张伟"],
 "tr":["Ayşe Yılmaz","Mehmet Demir","Elif Kaya"],"it":["Mario Rossi","Giulia Bianchi","Luca Romano"],"ko":["김철수","이영희","박민수"],"pt":["Maria Silva","João Souza","Ana Costa"]}
HEAD={"fr":["Le conseil adopte le budget %d","Ligne de bus %d : ce qui change","École n° %d : un nouveau gymnase","Le maire : « Le pont prêt dans %d mois »"],
 "pl":["Rada przyjęła budżet na %d rok","Linia autobusowa %d: co się zmienia","Szkoła nr %d ma nową salę","Prezydent: „Most gotowy za %d miesięcy”"],
 "zh":["市议会通过%d年预算案","%d路公交线路春季开通","第%d小学新体育馆落成","市长：大桥将在%d个月内完工"],
 "tr":["Meclis %d bütçesini onayladı","%d numaralı otobüs hattı baharda başlıyor","%d No'lu okula yeni spor salonu","Başkan: Köprü %d ayda bitecek"],
 "it":["Il consiglio approva il bilancio %d","Linea %d: cosa cambia","Scuola n. %d, nuova palestra","Il sindaco: «Ponte pronto in %d mesi»"],
 "ko":["시의회, %d년 예산안 통과","%d번 버스 노선 봄 개통","제%d초등학교 새 체육관","시장 \"다리 %d개월 내 완공\""],
 "pt":["Câmara aprova orçamento de %d","Linha de ônibus %d: o que muda","Escola nº %d ganha ginásio","Prefeito: 'Ponte pronta em %d meses'"]}
P=[dict(host="127.0.1.31",lang="fr",name="Le Courrier du Sud",sep=" – ",tag="mot-cle",auth="auteur",sec="categorie",about="qui-sommes-nous",contact="nous-contacter"),
   dict(host="127.0.1.32",lang="pl",name="Gazeta Miejska",sep=" - ",tag="tag",auth="autor",sec="kategoria",about="o-nas",contact="kontakt"),
   dict(host="127.0.1.33",lang="zh",name="城市新闻网",sep="_",tag="tag",auth="author",sec="news",about="about",contact="contact"),
   dict(host="127.0.1.34",lang="tr",name="Şehir Haber",sep=" - ",tag="etiket",auth="yazar",sec="kategori",about="hakkimizda",contact="iletisim"),
   dict(host="127.0.1.35",lang="it",name="Corriere Cittadino",sep=" | ",tag="argomenti",auth="autore",sec="sezione",about="chi-siamo",contact="contatti"),
   dict(host="127.0.1.36",lang="ko",name="시민일보",sep=" - ",tag="tag",auth="reporter",sec="section",about="about",contact="contact"),
   dict(host="127.0.1.37",lang="pt",name="Jornal da Cidade",sep=" | ",tag="tag",auth="autor",sec="categoria",about="sobre",contact="contato")]
def fmtdate(L,dt):
    if L=="fr": return "Publié le %d %s %d à %dh%02d"%(dt.day,MON["fr"][dt.month-1],dt.year,dt.hour,dt.minute)
    if L=="pl": return "Opublikowano: %02d.%02d.%d, %02d:%02d"%(dt.day,dt.month,dt.year,dt.hour,dt.minute)
    if L=="zh": return "%d-%02d-%02d %02d:%02d"%(dt.year,dt.month,dt.day,dt.hour,dt.minute)
    if L=="tr": return "%02d.%02d.%d %02d:%02d"%(dt.day,dt.month,dt.year,dt.hour,dt.minute)
    if L=="it": return "%d %s %d"%(dt.day,MON["it"][dt.month-1],dt.year)
    if L=="ko": return "입력 %d.%02d.%02d %02d:%02d"%(dt.year,dt.month,dt.day,dt.hour,dt.minute)
    return "%02d/%02d/%d %02dh%02d"%(dt.day,dt.month,dt.year,dt.hour,dt.minute)
def meta(pub,names,dt,aidx):
    L=pub["lang"]; link=lambda n,k: '<a href="/%s/%d/">%s</a>'%(pub["auth"],k,html.escape(n))
    ls=[link(n,AUTH[L].index(n)) for n in names]
    if L=="fr": return '<div class="entry-meta">Par %s<br><span>%s</span></div>'%(" et ".join(ls),fmtdate(L,dt))
    if L=="pl": return '<p class="info">%s · Autor: %s</p>'%(fmtdate(L,dt),", ".join(ls))
    if L=="zh": return '<div class="info">%s 来源：城市新闻网 作者：%s</div>'%(fmtdate(L,dt),"、".join(names))
    if L=="tr": return '<div class="meta"><span>%s</span> <span>%s</span></div>'%(", ".join(ls),fmtdate(L,dt))
    if L=="it": return '<p class="firma">di %s</p><p class="data">%s</p>'%(" e ".join(ls),fmtdate(L,dt))
    if L=="ko": return '<ul class="info"><li>%s</li><li>%s</li></ul>'%(", ".join(n+" 기자" for n in names),fmtdate(L,dt))
    return '<p>Por %s</p><p class="data">%s</p>'%(" e ".join(ls),fmtdate(L,dt))
def shell(pub,title,body,lang=None):
    L=pub["lang"]
    return '''<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>
<header><a href="/" class="logo">%s</a><nav><a href="/%s/city/">City</a> <a href="/%s/sport/">Sport</a> <a href="/%s/">About</a> <a href="/%s/">Contact</a></nav></header>
<div id="content">%s</div><aside><h3>Popular</h3><ul><li><a href="/%s/city/">City</a></li></ul></aside><footer>© 2025 %s</footer></body></html>'''%(L,html.escape(title),html.escape(pub["name"]),pub["sec"],pub["sec"],pub["about"],pub["contact"],body,pub["sec"],html.escape(pub["name"]))
def write(pub,path,doc):
    write_page(OUT,pub["host"],path,doc)
base=datetime.datetime(2025,3,1,8,0)
for pi,pub in enumerate(P):
    L=pub["lang"]; arts=[]
    for i in range(10):
        head=HEAD[L][i%4]%((2026 if i%4==0 else (i*7)%97+3))
        dt=base+datetime.timedelta(days=i*11+pi,hours=i%9,minutes=(i*17)%60)
        names=[AUTH[L][i%3]]+([AUTH[L][(i+1)%3]] if i%3==1 else [])
        sec=["city","sport"][i%2]
        path="/%s/%s/%d-%s/"%(pub["sec"],sec,40000+i,"story-of-the-day-in-town")
        body='<article><h1 class="entry-title">%s</h1>%s<div class="entry-content">%s</div><div class="tags">%s</div></article><section class="related"><h3>Related</h3>%s</section>'%(
          html.escape(head),meta(pub,names,dt,i),"".join("<p>%s</p>"%para(L,i,k) for k in range(5)),
          " ".join('<a href="/%s/%s/">%s</a>'%(pub["tag"],t,t) for t in ["budget","city"]),
          "".join('<div class="rel"><a href="%s">%s</a></div>'%(a[0],html.escape(a[1])) for a in arts[-3:]))
        write(pub,path,shell(pub,head+pub["sep"]+pub["name"],body))
        arts.append((path,head,dt,names,sec))
        truth["articles"].append(dict(url="http://%s:%d%s"%(pub["host"],PORT,path),title=head,date=dt.strftime("%Y-%m-%d"),authors=names))
    def na(path,title,body,kind):
        write(pub,path,shell(pub,title+pub["sep"]+pub["name"],body)); truth["nonarticles"].append(dict(url="http://%s:%d%s"%(pub["host"],PORT,path),kind=kind))
    teaser=lambda a,long: '<div class="post"><h2><a href="%s">%s</a></h2>%s</div>'%(a[0],html.escape(a[1]),"<p>%s</p>"%para(L,a[2].day,9) if long else "")
    for sec in ["city","sport"]:
        items=[a for a in arts if a[4]==sec]
        na("/%s/%s/"%(pub["sec"],sec),sec.title(),"<h1>%s</h1>"%sec.title()+"".join(teaser(a,True) for a in items[:3])+'<a href="/%s/%s/page/2/">2</a>'%(pub["sec"],sec),"section")
        na("/%s/%s/page/2/"%(pub["sec"],sec),sec.title()+" 2","<h1>%s</h1>"%sec.title()+"".join(teaser(a,True) for a in items[3:]),"section")
    for t in ["budget","city"]:
        na("/%s/%s/"%(pub["tag"],t),t,"<h1>%s</h1>"%t+"".join(teaser(a,True) for a in arts[:2]),"tag")
    for k,nm in enumerate(AUTH[L]):
        items=[a for a in arts if nm in a[3]]
        na("/%s/%d/"%(pub["auth"],k),nm,"<h1>%s</h1>"%html.escape(nm)+"".join("<p>%s</p>"%para(L,50+k,j) for j in range(3))+"".join(teaser(a,False) for a in items[:3]),"author")
    na("/%s/"%pub["about"],"About","<h1>%s</h1>"%pub["name"]+"".join("<p>%s</p>"%para(L,90,j) for j in range(5)),"about")
    na("/%s/"%pub["contact"],"Contact","<h1>Contact</h1><p>redakcja@example.org · +48 000 000</p><form><input name=n><textarea></textarea></form>","about")
    write(pub,"/",shell(pub,pub["name"],"".join(teaser(a,False) for a in arts)))
    items="".join("<item><title>%s</title><link>http://%s:%d%s</link><pubDate>%s</pubDate></item>"%(html.escape(a[1]),pub["host"],PORT,a[0],a[2].strftime("%a, %d %b %Y %H:%M:00 +0000")) for a in arts)
    open(os.path.join(OUT,pub["host"],"rss.xml"),"w").write('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>%s</channel></rss>'%items)
json.dump(truth,open(os.path.join(sys.argv[1],"truth.json"),"w"),ensure_ascii=False,indent=1)
print(len(truth["articles"]),len(truth["nonarticles"]))
