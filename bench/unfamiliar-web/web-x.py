"""Web x: twenty publishers put together at random (a fixed seed) in the
languages a crawl meets beyond the fourteen (Swedish, Danish, Norwegian,
Finnish, Czech, Hungarian, Greek, Indonesian) with their own month names,
clock words and byline labels, and in languages of the fourteen with forms
the other webs lack: "记者 张伟" and "佐藤健 記者", titles trailed with "_",
"Ein Kommentar von …", "Propos recueillis par …", "Por …, da Redação", an
e-mail or a handle after the name, and times in US zones named without
their season ("9:30 p.m. ET" in July is 01:30 UTC the next day),
"(GMT+8)" and "WIB". Where a story's instant is at stake the truth holds
it (score.py compares the UTC instant). Beside the stories: a consent
notice laid over every page of some sites (it must stay out of the
story), a site that answers one story's address with a consent wall only,
a paywalled story that shows only its pitch, a tag and an author page.
Written after the gate rule (a consent wall or paywall stub is no story)
and the labels of these languages were added, and crawled once before any
further change: titles 60/60, dates 60/60 (every instant right), bodies
60/60 (the overlaid notice kept out), authors 55/60, 1 of 52 non-articles
stored. The misses: Indonesian weekdays read into the name ("Siti Rahayu
Jumat"), a second Chinese or Japanese name dropped ("文／记者李娜、赵敏",
"伊藤翼、佐藤健 記者", and "2025年11月25日" after the names, which ended
them at the date only up to its first digit), and the consent wall of the
Japanese site, whose heading and closing line name no cookie or consent
word and left the notice too little of the text. After: all right.
Writes the sites and truth.json under the directory given as the first
argument."""
import datetime
import html
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import BRIDGE, shuffled, write  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18103
rnd = random.Random("web-x")
truth = {"articles": [], "nonarticles": []}

# lang: text, headline, names, byline forms (each "%s" takes the names
# joined), joiner, date format (a function of a datetime), tag word,
# consent notice, paywall pitch
MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}


def month(L, d):
    return MONTHS[L].split()[d.month - 1]


def us_clock(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "p.m." if d.hour >= 12 else "a.m.")


LANGS = {
    "sv": ("Kommunen ska bygga om den gamla stenbron över ån till nästa höst, sedan ingenjörer upptäckt att översvämningar och tunga lastbilar försvagat pelarna.",
           "Kommunen bygger om den gamla stenbron", ["Anna Lindqvist", "Erik Johansson", "Maria Berg"], ["Av %s"], " och ",
           lambda d: "%d %s %d kl. %02d.%02d" % (d.day, month("sv", d), d.year, d.hour, d.minute), "Ämne"),
    "da": ("Kommunen vil genopbygge den gamle stenbro over åen inden næste efterår, efter at ingeniører fandt ud af, at oversvømmelser og tunge lastbiler havde svækket pillerne.",
           "Kommunen genopbygger den gamle stenbro", ["Mette Nielsen", "Lars Hansen", "Sofie Pedersen"], ["Af %s"], " og ",
           lambda d: "%d. %s %d kl. %02d:%02d" % (d.day, month("da", d), d.year, d.hour, d.minute), "Emne"),
    "no": ("Kommunen skal bygge opp igjen den gamle steinbrua over elva innen neste høst, etter at ingeniører fant at flom og tunge lastebiler hadde svekket pilarene.",
           "Kommunen bygger opp igjen den gamle steinbrua", ["Ingrid Hansen", "Ola Berg", "Kari Nilsen"], ["Av %s"], " og ",
           lambda d: "%d. %s %d kl. %02d.%02d" % (d.day, month("no", d), d.year, d.hour, d.minute), "Tema"),
    "fi": ("Kunta rakentaa joen yli kulkevan vanhan kivisillan uudelleen ensi syksyyn mennessä, kun insinöörit havaitsivat tulvien ja raskaiden rekkojen heikentäneen sen tukipilareita.",
           "Kunta rakentaa vanhan kivisillan uudelleen", ["Matti Virtanen", "Laura Korhonen", "Juha Mäkinen"], ["Teksti: %s"], " ja ",
           lambda d: "%d.%d.%d klo %02d.%02d" % (d.day, d.month, d.year, d.hour, d.minute), "Aihe"),
    "cs": ("Obec do příštího podzimu znovu postaví starý kamenný most přes řeku, protože inženýři zjistili, že povodně a těžká nákladní auta oslabila jeho pilíře.",
           "Obec znovu postaví starý kamenný most", ["Jan Novák", "Petra Svobodová", "Tomáš Dvořák"], ["Autor: %s"], ", ",
           lambda d: "%d. %s %d %02d:%02d" % (d.day, month("cs", d), d.year, d.hour, d.minute), "Téma"),
    "hu": ("Az önkormányzat jövő őszig újjáépíti a folyó feletti régi kőhidat, miután a mérnökök megállapították, hogy az árvizek és a nehéz teherautók meggyengítették a pilléreit.",
           "Újjáépítik a régi kőhidat a folyón", ["Kovács Anna", "Nagy Péter", "Szabó Eszter"], ["Szerző: %s"], " és ",
           lambda d: "%d. %s %d. %02d:%02d" % (d.year, month("hu", d), d.day, d.hour, d.minute), "Címke"),
    "el": ("Ο δήμος θα ξαναχτίσει την παλιά πέτρινη γέφυρα πάνω από το ποτάμι μέχρι το επόμενο φθινόπωρο, αφού οι μηχανικοί διαπίστωσαν ότι οι πλημμύρες και τα βαριά φορτηγά είχαν αποδυναμώσει τα βάθρα της.",
           "Ο δήμος ξαναχτίζει την παλιά πέτρινη γέφυρα", ["Γιώργος Παπαδόπουλος", "Μαρία Νικολάου", "Ελένη Γεωργίου"], ["Συντάκτης: %s"], " και ",
           lambda d: "%d %s %d, %02d:%02d" % (d.day, month("el", d), d.year, d.hour, d.minute), "Ετικέτα"),
    "id": ("Pemerintah kabupaten akan membangun kembali jembatan batu tua di atas sungai sebelum musim gugur mendatang, setelah para insinyur menemukan bahwa banjir dan truk berat telah melemahkan pilarnya.",
           "Pemkab bangun kembali jembatan batu tua", ["Budi Santoso", "Siti Rahayu", "Dewi Lestari"], ["Penulis: %s", "Oleh %s"], " dan ",
           None, "Topik"),
    "zh": ("县政府将在明年秋季之前重建河上的老石桥，此前工程师发现多年的洪水和重型卡车已经削弱了桥墩。",
           "县政府将重建河上老石桥", ["张伟", "李娜", "赵敏"], ["记者 %s", "文／记者%s"], "、",
           None, "标签"),
    "ja": ("県は来年秋までに川に架かる古い石橋を架け替える。技術者の調査で、長年の洪水と大型トラックの通行により橋脚が弱っていることが分かった。",
           "県、川の古い石橋を架け替えへ", ["佐藤健", "田中美咲", "伊藤翼"], ["%s 記者"], "、",
           lambda d: "%d年%d月%d日 %d時%02d分" % (d.year, d.month, d.day, d.hour, d.minute), "タグ"),
    "de": (*BRIDGE["de"], ["Ein Kommentar von %s", "Eine Analyse von %s"], " und ",
           lambda d: "%02d.%02d.%d, %02d:%02d Uhr" % (d.day, d.month, d.year, d.hour, d.minute), "Thema"),
    "fr": (*BRIDGE["fr"], ["Propos recueillis par %s", "Par %s"], " et ",
           lambda d: "Publié le %d %s %d à %dh%02d" % (d.day, month("fr", d), d.year, d.hour, d.minute), "Sujet"),
    "pt": (*BRIDGE["pt"], ["Por %s, da Redação", "Por %s, do Jornal da Cidade"], " e ",
           lambda d: "%02d/%02d/%d às %dh%02d" % (d.day, d.month, d.year, d.hour, d.minute), "Tema"),
    "en": (*BRIDGE["en"], ["By %s (%s@example.com)", "By %s @%s"], " and ",
           None, "Topic"),
}
CONSENT = ("We value your privacy", "We and our 312 partners store and access information on your device, such as cookies, and process personal data, "
           "such as unique identifiers and browsing data, for personalised advertising and content, ad and content measurement and audience research.",
           "You can accept all, reject all or manage your preferences at any time in our privacy settings.")
PAYWALL = ("Subscribe to continue reading", "Get unlimited digital access to every story for just $1 a week. Cancel anytime.",
           "Already a subscriber? Log in to continue.")
SITES = ["Riverside Gazette", "County Chronicle", "Bridge Street News", "The Valley Observer", "Hill Town Daily", "Weir Post"]
SEPS = [" | ", " - ", " — ", " · "]


def para(L, seed):
    return shuffled(LANGS[L][0], seed, 4 if L in ("zh", "ja") else 0)


langs = list(LANGS)
for si in range(20):
    L = langs[si % len(langs)]
    text, headw, names, bylines, joiner, datefmt, tagw = LANGS[L]
    host = "127.0.2.%d" % (130 + si)
    site = SITES[si % len(SITES)]
    if L == "zh":
        site = "每日新闻网"
    sep = "_" if L == "zh" else rnd.choice(SEPS)
    consent = rnd.choice(["none", "overlay", "overlay", "wall"])
    paywall = rnd.random() < 0.4
    byform = rnd.choice(bylines)
    truth.setdefault("sites", []).append(dict(host=host, lang=L, consent=consent, paywall=paywall, byline=byform))
    links = []
    for i in range(3):
        d = datetime.datetime(2025, [1, 7, 11][i], 3 + si % 9 + 7 * i, [9, 21, 23][(si + i) % 3], 30)
        authors = [names[(si + i) % len(names)]]
        if i == 2:
            authors.append(names[(si + i + 1) % len(names)])
        head = "%s (%d)" % (headw, si * 3 + i + 1)
        if L == "zh":
            title = head + "_新闻_" + site
        else:
            title = head + sep + site
        instant = None
        want_date = d.strftime("%Y-%m-%d")
        if L == "en":
            # US Eastern: standard time in January and November (after
            # the first Sunday), summer time in July.
            off = -4 if d.month == 7 else -5
            shown = "%s %d, %d %s ET" % (month("en", d), d.day, d.year, us_clock(d))
            instant = (d - datetime.timedelta(hours=off)).strftime("%Y-%m-%dT%H:%M")
            byline = html.escape(byform % (" and ".join(authors), authors[0].split()[0].lower()) if "%s@" in byform or "@%s" in byform else byform % " and ".join(authors))
        elif L == "zh":
            shown = "%d年%02d月%02d日 %02d:%02d (GMT+8)" % (d.year, d.month, d.day, d.hour, d.minute)
            instant = (d - datetime.timedelta(hours=8)).strftime("%Y-%m-%dT%H:%M")
            byline = html.escape(byform % joiner.join(authors))
        elif L == "id":
            days = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
            shown = "%s, %d %s %d %02d:%02d WIB" % (days[d.weekday()], d.day, month("id", d), d.year, d.hour, d.minute)
            instant = (d - datetime.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M")
            byline = html.escape(byform % joiner.join(authors))
        else:
            shown = datefmt(d)
            byline = html.escape(byform % joiner.join(authors))
        body = "".join("<p>%s</p>" % para(L, "x%d-%d-%d" % (si, i, k)) for k in range(5))
        overlay = ""
        must_not = []
        if consent == "overlay":
            overlay = ('<div id="msg-%d" class="message-container"><div class="message-body"><h2>%s</h2><p>%s</p><p>%s</p><button>Accept all</button>'
                       '<button>Reject all</button></div></div>') % (si, CONSENT[0], CONSENT[1], CONSENT[2])
            must_not.append(CONSENT[1][:60])
        path = "/%s/%d-%s.html" % (rnd.choice(["news", "local", "region"]), 1000 + si * 3 + i, "bridge")
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body>%s<header><a href="/">%s</a> '
               '<a href="/tag/bridge/">%s</a></header><main><article><h1>%s</h1><div class="meta"><span class="author">%s</span> '
               '<span class="date">%s</span></div>%s</article></main><footer>&copy; %s</footer></body></html>') % (
            L, html.escape(title), overlay, html.escape(site), tagw, html.escape(head), byline, html.escape(shown), body, html.escape(site))
        write(OUT, host, path, doc)
        art = dict(url="http://%s:%d%s" % (host, PORT, path), title=head, date=want_date, authors=authors,
                   must=[para(L, "x%d-%d-%d" % (si, i, 2))[:40]], must_not=must_not)
        if instant:
            art["instant"] = instant
        truth["articles"].append(art)
        links.append((path, head))
    others = []
    # A tag page and an author page: thin lists of the site's stories.
    lst = "".join('<li><a href="%s">%s</a></li>' % (p, html.escape(h)) for p, h in links)
    others.append(("/tag/bridge/", "%s: bridge" % tagw, "<ul>%s</ul>" % lst))
    others.append(("/author/%s/" % names[si % 3].split()[-1].lower(), names[si % 3], "<p>%s</p><ul>%s</ul>" % (html.escape(names[si % 3]), lst)))
    if consent == "wall":
        # One story's address answers with the consent notice alone.
        others.append(("/news/%d-bridge-more.html" % (2000 + si), headw + " (more)",
                       '<div class="cmp"><h2>%s</h2><p>%s</p><p>%s</p><button>Accept all</button></div>' % CONSENT))
    if paywall:
        others.append(("/news/%d-bridge-plus.html" % (3000 + si), headw + " (plus)",
                       '<article><h1>%s (plus)</h1><div class="meta"><span class="author">%s</span></div><div class="paywall"><h2>%s</h2><p>%s</p><p>%s</p></div></article>' % (
                           html.escape(headw), html.escape(byform.split("%")[0] + names[0]) if "%" in byform else "", *PAYWALL)))
    for opath, oh, inner in others:
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><header><a href="/">%s</a></header>'
               '<main><h1>%s</h1>%s</main><footer>&copy; %s</footer></body></html>') % (L, html.escape(oh + sep + site), html.escape(site), html.escape(oh), inner, html.escape(site))
        if opath.endswith("-plus.html") or opath.endswith("-more.html"):
            doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><header><a href="/">%s</a></header>'
                   '<main>%s</main><footer>&copy; %s</footer></body></html>') % (L, html.escape(oh + sep + site), html.escape(site), inner, html.escape(site))
        write(OUT, host, opath, doc)
        truth["nonarticles"].append("http://%s:%d%s" % (host, PORT, opath))
    home = '<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><header>%s</header><main>%s</main></body></html>' % (
        L, html.escape(site), " ".join('<a href="%s">%s</a>' % (p, html.escape(h)) for p, h, _ in others),
        "".join('<h2><a href="%s">%s</a></h2>' % x for x in links))
    write(OUT, host, "/", home)
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
