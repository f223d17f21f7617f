"""Web f: five sites on the default markup of common publishing engines
(WordPress entry-meta with published and updated <time>s, Drupal
"Submitted by … on Fri, 05/03/2025 - 09:15", Blogger date headers and
<abbr class=published>, Ghost, a Medium-like page whose author links to
"/@handle"). Crawled once before any change: titles and dates 30/30,
authors 18/30 (Drupal and the "/@handle" link), 0 non-articles stored;
authors 30/30 after. Writes the sites and truth.json under the directory
given as the first argument."""
import json, os, datetime, html, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write
OUT=os.path.join(sys.argv[1],"sites"); PORT=18085
truth={"articles":[], "nonarticles":[]}
EN="Local officials said the new library would open next spring after two years of construction, with longer hours and a larger space for children and teenagers."
CMS=[("127.0.1.71","wordpress","Riverbend Notes"),("127.0.1.72","drupal","County Courier"),("127.0.1.73","blogger","Hilltop Diary"),("127.0.1.74","ghost","The Quay"),("127.0.1.75","medium","Northside Stories")]
NAMES=["Grace Miller","Owen Clark","Zoe Adams"]
def article(cms,name,head,dt,i,body):
    if cms=="wordpress":
        return '<article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">%s</h1><div class="entry-meta"><span class="posted-on">Posted on <a href="#" rel="bookmark"><time class="entry-date published" datetime="%s">%s</time><time class="updated" datetime="%s">%s</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span></span></div></header><div class="entry-content">%s</div><footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/news/">News</a></span></footer></article>'%(html.escape(head),dt.isoformat(),dt.strftime("%B %-d, %Y"),(dt+datetime.timedelta(days=2)).isoformat(),(dt+datetime.timedelta(days=2)).strftime("%B %-d, %Y"),name.lower().replace(" ","-"),name,body)
    if cms=="drupal":
        return '<div id="node-%d" class="node node-article"><h1 class="title">%s</h1><div class="submitted">Submitted by <span class="username">%s</span> on %s</div><div class="field field-name-body">%s</div></div>'%(i,html.escape(head),name,dt.strftime("%a, %m/%d/%Y - %H:%M"),body)
    if cms=="blogger":
        return '<div class="date-outer"><h2 class="date-header"><span>%s</span></h2><div class="post hentry"><h3 class="post-title entry-title">%s</h3><div class="post-body entry-content">%s</div><div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">%s</span></span> at <a class="timestamp-link" href="#"><abbr class="published" title="%s">%s</abbr></a></div></div></div>'%(dt.strftime("%A, %B %-d, %Y"),html.escape(head),body,name,dt.isoformat(),dt.strftime("%-I:%M %p"))
    if cms=="ghost":
        return '<article class="gh-article post"><header class="gh-article-header"><h1 class="gh-article-title">%s</h1><div class="gh-article-meta"><span class="gh-article-author">%s</span><time class="gh-article-date" datetime="%s">%s</time><span>3 min read</span></div></header><section class="gh-content">%s</section></article>'%(html.escape(head),name,dt.strftime("%Y-%m-%d"),dt.strftime("%b %-d, %Y"),body)
    return '<article><div><h1 data-testid="storyTitle">%s</h1><div><a data-testid="authorName" href="/@%s">%s</a><span>·</span><span>4 min read</span><span>·</span><span data-testid="storyPublishDate">%s</span></div></div><section>%s</section></article>'%(html.escape(head),name.split()[0].lower(),name,dt.strftime("%b %-d, %Y"),body)
for ci,(host,cms,site) in enumerate(CMS):
    arts=[]
    for i in range(6):
        dt=datetime.datetime(2025,5,3,9,15)+datetime.timedelta(days=i*5+ci,hours=i)
        name=NAMES[i%3]; head="New library to open in spring, phase %d"%(i+1) if i%2 else "Library plans approved: what comes next (%d)"%(i+1)
        body="".join("<p>%s</p>"%shuffled(EN,"f%d%d%d"%(ci,i,k)) for k in range(5))
        path="/%d/%02d/library-plans-%d/"%(dt.year,dt.month,i) if cms in("wordpress","blogger") else "/library-plans-phase-%d/"%i
        doc='<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s | %s</title></head><body><div id="masthead"><a href="/">%s</a></div><div id="content">%s</div><div id="sidebar"><h3>Archives</h3><a href="/2025/05/">May 2025</a> <a href="/tag/library/">library</a></div><div id="footer">© %s</div></body></html>'%(html.escape(head),site,site,article(cms,name,head,dt,i,body),site)
        write(OUT,host,path,doc)
        truth["articles"].append(dict(url="http://%s:%d%s"%(host,PORT,path),title=head,date=dt.strftime("%Y-%m-%d"),authors=[name])); arts.append((path,head))
    li="".join('<h2><a href="%s">%s</a></h2><p>%s</p>'%(a[0],html.escape(a[1]),shuffled(EN,"t"+a[0])[:120]+"…") for a in arts)
    for path,kind in [("/2025/05/","archive"),("/tag/library/","tag"),("/author/grace-miller/","author"),("/category/news/","section")]:
        write(OUT,host,path,'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s | %s</title></head><body><div id="masthead"><a href="/">%s</a></div><div id="content"><h1>%s</h1>%s</div><div id="footer">© %s</div></body></html>'%(path.strip("/"),site,site,path.strip("/"),li,site))
        truth["nonarticles"].append(dict(url="http://%s:%d%s"%(host,PORT,path),kind=kind))
    write(OUT,host,"/",'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s</title></head><body><h1>%s</h1>%s<a href="/2025/05/">Archive</a> <a href="/tag/library/">t</a> <a href="/author/grace-miller/">a</a> <a href="/category/news/">c</a></body></html>'%(site,site,li))
json.dump(truth,open(os.path.join(sys.argv[1],"truth.json"),"w"),ensure_ascii=False,indent=1)
