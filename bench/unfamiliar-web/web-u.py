"""Web u: fifteen publishers that write dates as numbers and do not say
their language in the markup (no lang attribute, no locale meta), so the
order of day and month comes from the text's language or from the site's
other pages: German, French, Spanish, Italian, Dutch, Polish, Russian,
Portuguese and Turkish sites with "05/06/2025"-style dates, and British
and American English sites whose first story has a day above twelve
("25/06/2025", "06/25/2025") and whose others do not. Separators vary
(/ . -, no dots in American dates), and the date sits in a plain <span>
or after a label. Written after web t and crawled once before any
change: titles 60/60, dates 42/60, authors 56/60 ("Petra Lindner Stand":
the German "Stand:" label read into the name). Of the 18 date misses,
nine were on American sites: six written with dots, which this generator
then stopped writing for American sites, and three with dashes, which
were read day first whatever the page's language. After: authors 60/60,
American sites right. The British sites' dates stayed wrong (51/60):
their one day-first page had its date in an unmarked line, which the
page's own order did not read, and a site's order was learned only after
three such pages. After both were changed (one page settles the order
while no page shows the other, Options.OrderPages): 60/60. Writes the sites and
truth.json under the directory given as the first argument."""
import datetime
import html
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18100
rnd = random.Random("web-u")
truth = {"articles": [], "nonarticles": []}
TEXT = {
    "de": ("Die Gemeinde hat beschlossen, das alte Hallenbad zu sanieren statt es abzureißen, nachdem Vereine und Schulen sich für den Erhalt eingesetzt hatten und ein Gutachten die Kosten geprüft hatte.", "Hallenbad wird saniert", "Von %s", ["Petra Lindner", "Uwe Brandt"]),
    "fr": ("La commune a décidé de rénover l'ancienne piscine couverte plutôt que de la démolir, après que les clubs et les écoles se sont mobilisés et qu'une expertise a chiffré les travaux.", "La piscine sera rénovée", "Par %s", ["Aurélie Blanc", "Yann Perrin"]),
    "es": ("El ayuntamiento ha decidido reformar la antigua piscina cubierta en lugar de derribarla, después de que clubes y colegios se movilizaran y un informe calculara el coste de las obras.", "La piscina cubierta será reformada", "Por %s", ["Rocío Gil", "Álvaro Prieto"]),
    "it": ("Il comune ha deciso di ristrutturare la vecchia piscina coperta invece di demolirla, dopo che società sportive e scuole si erano mobilitate e una perizia aveva stimato i costi.", "La piscina coperta sarà ristrutturata", "di %s", ["Valentina Greco", "Matteo Russo"]),
    "nl": ("De gemeente heeft besloten het oude overdekte zwembad te renoveren in plaats van te slopen, nadat verenigingen en scholen zich ervoor hadden ingezet en een rapport de kosten had berekend.", "Oud zwembad wordt gerenoveerd", "Door %s", ["Ilse Vermeulen", "Bram Dekker"]),
    "pl": ("Gmina postanowiła wyremontować stary kryty basen zamiast go burzyć, po tym jak kluby i szkoły zaangażowały się w jego obronę, a ekspertyza oszacowała koszty prac.", "Kryty basen zostanie wyremontowany", "Autor: %s", ["Monika Szymańska", "Paweł Jankowski"]),
    "ru": ("Администрация решила отремонтировать старый крытый бассейн вместо того, чтобы снести его, после того как клубы и школы выступили в его защиту, а экспертиза оценила стоимость работ.", "Крытый бассейн отремонтируют", "Автор: %s", ["Светлана Попова", "Андрей Зайцев"]),
    "pt": ("A câmara decidiu reabilitar a antiga piscina coberta em vez de a demolir, depois de clubes e escolas se terem mobilizado e de um estudo ter calculado o custo das obras.", "Piscina coberta vai ser reabilitada", "Por %s", ["Marta Pires", "João Teixeira"]),
    "tr": ("Belediye, kulüplerin ve okulların seferber olması ve bir raporun maliyeti hesaplamasının ardından eski kapalı yüzme havuzunu yıkmak yerine yenilemeye karar verdi.", "Kapalı yüzme havuzu yenilenecek", "Yazar: %s", ["Gizem Öztürk", "Burak Yıldız"]),
    "en-GB": ("The council has decided to refurbish the old indoor swimming pool rather than knock it down, after clubs and schools campaigned to keep it and a survey priced the work.", "Old swimming pool to be refurbished", "By %s", ["Fiona Walsh", "Gareth Hughes"]),
    "en-US": ("The town has decided to renovate the old indoor pool instead of tearing it down, after swim clubs and schools rallied to save it and an engineering study put a price on the work.", "Old indoor pool will be renovated", "By %s", ["Brittany Cole", "Kevin Park"]),
}
SEPARATORS = ["/", ".", "-"]
LABEL = {"de": "Stand: ", "fr": "Publié le ", "es": "Publicado: ", "it": "Pubblicato il ", "nl": "Gepubliceerd: ", "pl": "Data: ", "ru": "Опубликовано: ",
         "pt": "Publicado a ", "tr": "Yayın: ", "en-GB": "Published ", "en-US": "Published "}

langs = list(TEXT)
sites = [(L, k) for L in langs for k in range(1 if not L.startswith("en") else 3)]
for si, (L, k) in enumerate(sites):
    text, headw, label, names = TEXT[L]
    host = "127.0.2.%d" % (70 + si)
    sep = rnd.choice(SEPARATORS)
    if L == "en-US" and sep == ".":
        sep = "/"  # American sites do not write 06.25.2025
    labelled = rnd.random() < 0.5
    us = L == "en-US"
    site = "Town Pages %d" % (si + 1)
    links = []
    for i in range(4):
        day = 25 if i == 0 else rnd.choice([2, 3, 5, 7, 9, 11])
        month = rnd.choice([4, 6, 8, 10]) if i else 6
        d = datetime.datetime(2025, month, day, 10 + i, 30)
        shown = ("%02d" + sep + "%02d" + sep + "%d") % ((d.month, d.day, d.year) if us else (d.day, d.month, d.year))
        if labelled:
            shown = LABEL[L] + shown
        head = "%s (%d)" % (headw, si * 4 + i + 1)
        a = names[i % 2]
        body = "".join("<p>%s</p>" % shuffled(text, "u%d%d%d" % (si, i, j)) for j in range(5))
        path = "/artikel/%d.html" % (500 + si * 4 + i)
        doc = ('<!doctype html><html><head><meta charset="utf-8"><title>%s - %s</title></head><body><div class="top"><a href="/">%s</a></div>'
               '<div class="story"><h1>%s</h1><div class="info"><span>%s</span> <span>%s</span></div>%s</div><div class="bottom">&copy; %s</div></body></html>') % (
            html.escape(head), html.escape(site), html.escape(site), html.escape(head), html.escape(label % a), html.escape(shown), body, html.escape(site))
        write(OUT, host, path, doc)
        truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), title=head, date=d.strftime("%Y-%m-%d"), authors=[a]))
        links.append((path, head))
    home = '<!doctype html><html><head><meta charset="utf-8"><title>%s</title></head><body><h1>%s</h1>%s</body></html>' % (
        html.escape(site), html.escape(site), "".join('<h2><a href="%s">%s</a></h2>' % x for x in links))
    write(OUT, host, "/", home)
    truth.setdefault("sites", []).append(dict(host=host, lang=L, sep=sep, labelled=labelled))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
