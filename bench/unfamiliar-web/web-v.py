"""Web v: eighteen publishers whose story pages carry what modern news
templates add around and inside a story, put together at random (a fixed
seed): the next story already rendered below for endless scrolling (its
own headline, byline, date and text), a cookie or subscription pop-up with
paragraphs of its own, a newsletter box, "read more" links and a pull
quote between the paragraphs, an embedded post, captions with credits,
the headline twice (one copy hidden for mobile), and a paywall that shows
two paragraphs. The truth holds, besides title, date and authors, a
sentence of the story the stored text must contain and sentences (the next
story's, the pop-up's, the newsletter box's) it must not. In English,
German, Spanish, French, Italian and Dutch. Written after web u and
crawled once before any change (after a fix to this generator, whose
three stories per site first shared three of their four paragraphs and
were folded as copies): titles 43/54, dates 43/54, authors 46/54, bodies
4 of 54 right: on the ten sites with the next story below, its text was
in the body, and the shared text folded the site's stories into one.
After: all right. Writes the sites and truth.json under the directory
given as the first argument."""
import datetime
import html
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import shuffled, write  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18101
rnd = random.Random("web-v")
truth = {"articles": [], "nonarticles": []}
L10N = {
    "en": dict(text=["The regional hospital will open a second emergency department in the north of the county next spring, health officials said on Thursday.",
                     "The new unit is meant to cut waiting times that have grown by a third since the old clinic closed, and will be staffed around the clock.",
                     "Doctors' representatives welcomed the plan but warned that recruiting enough nurses would be the hardest part of the project.",
                     "The county council still has to approve the final budget, which officials expect to happen before the summer recess."],
               other=["Ferry operators will add a night crossing to the islands from June, the port authority announced.",
                      "The extra sailing follows complaints from shift workers who could not get home after late duties."],
               head="Hospital to open second emergency department", other_head="Night ferry added to island route", by="By %s",
               names=["Alice Turner", "Ben Carter", "Nadia Hassan"], cookie="We use cookies to improve your experience and to show you personalised advertising from our partners.",
               news="Sign up for our morning briefing and get the day's top stories in your inbox.", more="Read more", quote="Waiting times have grown by a third"),
    "de": dict(text=["Das Kreiskrankenhaus eröffnet im kommenden Frühjahr eine zweite Notaufnahme im Norden des Landkreises, teilten die Behörden am Donnerstag mit.",
                     "Die neue Abteilung soll die Wartezeiten verkürzen, die seit der Schließung der alten Klinik um ein Drittel gestiegen sind.",
                     "Die Ärztevertreter begrüßten den Plan, warnten aber, dass die Gewinnung von Pflegekräften der schwierigste Teil sein werde.",
                     "Der Kreistag muss den Haushalt noch genehmigen, was nach Angaben der Verwaltung vor der Sommerpause geschehen soll."],
               other=["Die Fährgesellschaft bietet ab Juni eine Nachtfahrt zu den Inseln an, teilte die Hafenbehörde mit.",
                      "Die zusätzliche Fahrt folgt auf Beschwerden von Schichtarbeitern, die nach Spätdiensten nicht mehr nach Hause kamen."],
               head="Krankenhaus eröffnet zweite Notaufnahme", other_head="Nachtfähre zu den Inseln kommt", by="Von %s",
               names=["Sabine Krause", "Jens Möller", "Aylin Demir"], cookie="Wir verwenden Cookies, um Ihr Erlebnis zu verbessern und Ihnen personalisierte Werbung unserer Partner anzuzeigen.",
               news="Abonnieren Sie unseren Morgen-Newsletter und erhalten Sie die wichtigsten Nachrichten des Tages.", more="Mehr zum Thema", quote="Die Wartezeiten sind um ein Drittel gestiegen"),
    "es": dict(text=["El hospital comarcal abrirá un segundo servicio de urgencias en el norte de la provincia la próxima primavera, informaron el jueves las autoridades sanitarias.",
                     "La nueva unidad pretende reducir las esperas, que han crecido un tercio desde el cierre del antiguo ambulatorio, y funcionará las veinticuatro horas.",
                     "Los representantes de los médicos celebraron el plan, pero advirtieron de que contratar enfermeras será lo más difícil del proyecto.",
                     "La diputación aún debe aprobar el presupuesto definitivo, algo que se espera antes de las vacaciones de verano."],
               other=["Las navieras añadirán una travesía nocturna a las islas a partir de junio, anunció la autoridad portuaria.",
                      "El viaje adicional responde a las quejas de trabajadores por turnos que no podían volver a casa."],
               head="El hospital abrirá un segundo servicio de urgencias", other_head="Nuevo ferri nocturno a las islas", by="Por %s",
               names=["Lucía Marín", "Sergio Vega", "Paula Soto"], cookie="Utilizamos cookies para mejorar su experiencia y mostrarle publicidad personalizada de nuestros socios.",
               news="Suscríbase a nuestro boletín matinal y reciba las noticias más importantes del día.", more="Leer más", quote="Las esperas han crecido un tercio"),
    "fr": dict(text=["L'hôpital régional ouvrira un second service d'urgences dans le nord du département au printemps prochain, ont annoncé jeudi les autorités sanitaires.",
                     "Le nouveau service doit réduire l'attente, qui a augmenté d'un tiers depuis la fermeture de l'ancienne clinique, et fonctionnera jour et nuit.",
                     "Les représentants des médecins ont salué le projet mais préviennent que le recrutement d'infirmières sera la partie la plus difficile.",
                     "Le conseil départemental doit encore voter le budget définitif, ce qui devrait intervenir avant la trêve estivale."],
               other=["Les compagnies de ferry ajouteront une traversée de nuit vers les îles dès juin, a annoncé le port.",
                      "Cette rotation supplémentaire répond aux plaintes des travailleurs postés qui ne pouvaient plus rentrer chez eux."],
               head="L'hôpital ouvrira un second service d'urgences", other_head="Un ferry de nuit vers les îles", by="Par %s",
               names=["Isabelle Morel", "Thomas Faure", "Inès Haddad"], cookie="Nous utilisons des cookies pour améliorer votre expérience et vous montrer des publicités personnalisées de nos partenaires.",
               news="Inscrivez-vous à notre lettre du matin et recevez l'essentiel de l'actualité du jour.", more="Lire aussi", quote="L'attente a augmenté d'un tiers"),
    "it": dict(text=["L'ospedale provinciale aprirà un secondo pronto soccorso nel nord della provincia la prossima primavera, hanno annunciato giovedì le autorità sanitarie.",
                     "Il nuovo reparto dovrebbe ridurre le attese, cresciute di un terzo dalla chiusura della vecchia clinica, e sarà operativo giorno e notte.",
                     "I rappresentanti dei medici hanno accolto il piano, ma avvertono che trovare abbastanza infermieri sarà la parte più difficile.",
                     "Il consiglio provinciale deve ancora approvare il bilancio definitivo, atteso prima della pausa estiva."],
               other=["Le compagnie di traghetti aggiungeranno una corsa notturna per le isole da giugno, ha annunciato l'autorità portuale.",
                      "La corsa in più risponde alle proteste dei lavoratori a turni che non riuscivano a rientrare a casa."],
               head="L'ospedale aprirà un secondo pronto soccorso", other_head="Traghetto notturno per le isole", by="di %s",
               names=["Giorgia Sala", "Paolo Fontana", "Marta Leone"], cookie="Utilizziamo i cookie per migliorare la tua esperienza e mostrarti pubblicità personalizzata dei nostri partner.",
               news="Iscriviti alla nostra newsletter del mattino e ricevi le notizie più importanti del giorno.", more="Leggi anche", quote="Le attese sono cresciute di un terzo"),
    "nl": dict(text=["Het regionale ziekenhuis opent volgend voorjaar een tweede spoedeisende hulp in het noorden van de provincie, maakten de gezondheidsautoriteiten donderdag bekend.",
                     "De nieuwe afdeling moet de wachttijden verkorten, die sinds de sluiting van de oude kliniek met een derde zijn gestegen, en is dag en nacht open.",
                     "Vertegenwoordigers van artsen zijn blij met het plan, maar waarschuwen dat het werven van verpleegkundigen het lastigste deel wordt.",
                     "De provincieraad moet de definitieve begroting nog goedkeuren, wat naar verwachting voor het zomerreces gebeurt."],
               other=["Veerdiensten voegen vanaf juni een nachtelijke overtocht naar de eilanden toe, meldde het havenbedrijf.",
                      "De extra afvaart volgt op klachten van ploegendienstmedewerkers die na late diensten niet meer thuis konden komen."],
               head="Ziekenhuis opent tweede spoedeisende hulp", other_head="Nachtboot naar de eilanden", by="Door %s",
               names=["Marieke Bos", "Ruben de Jong", "Yara El Amrani"], cookie="Wij gebruiken cookies om uw ervaring te verbeteren en u gepersonaliseerde advertenties van onze partners te tonen.",
               news="Meld u aan voor onze ochtendnieuwsbrief en ontvang het belangrijkste nieuws van de dag.", more="Lees ook", quote="De wachttijden zijn met een derde gestegen"),
}

langs = list(L10N)
for si in range(18):
    L = langs[si % len(langs)]
    t = L10N[L]
    host = "127.0.2.%d" % (90 + si)
    site = ["Northern Echo Online", "Valley Courier", "The Civic Post"][si % 3]
    traits = {k: rnd.random() < 0.5 for k in ["next", "cookie", "newsletter", "more", "quote", "embed", "twice", "paywall"]}
    links = []
    for i in range(3):
        d = datetime.datetime(2025, 10, 2 + 7 * i + si % 5, 8 + i, 45)
        a = t["names"][(si + i) % 3]
        head = "%s (%d)" % (t["head"], si * 3 + i + 1)
        # Each story its own words: the first sentence kept, the rest in
        # an order of the story's own.
        paras = [p if k == 0 else shuffled(p, "v%d%d%d" % (si, i, k)) for k, p in enumerate(t["text"])]
        shown = paras[:2] if traits["paywall"] else paras
        parts = []
        for k, p in enumerate(shown):
            parts.append("<p>%s</p>" % html.escape(p))
            if k == 0 and traits["more"]:
                parts.append('<p class="read-more"><strong>%s:</strong> <a href="/news/other-%d.html">%s</a></p>' % (t["more"], si, html.escape(t["other_head"])))
            if k == 0 and traits["newsletter"]:
                parts.append('<div class="newsletter-box"><p>%s</p><form><input type="email"><button>OK</button></form></div>' % html.escape(t["news"]))
            if k == 1 and traits["quote"]:
                parts.append('<aside class="pullquote"><p>%s</p></aside>' % html.escape(t["quote"]))
            if k == 1 and traits["embed"]:
                parts.append('<blockquote class="twitter-tweet"><p>%s</p>&mdash; County Health (@countyhealth)</blockquote>' % html.escape(t["quote"] + "!"))
        if traits["paywall"]:
            parts.append('<div class="paywall"><p>Subscribe to keep reading.</p><a href="/subscribe">Subscribe</a></div>')
        fig = '<figure><img src="/i/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, html.escape("Photo: %s/%s" % (t["names"][(si + i + 1) % 3], site)))
        headline = "<h1>%s</h1>" % html.escape(head)
        if traits["twice"]:
            headline = '<h1 class="mobile-only" style="display:none">%s</h1>' % html.escape(head) + headline
        meta = '<div class="byline">%s</div><time datetime="%s">%s</time>' % (html.escape(t["by"] % a), d.strftime("%Y-%m-%dT%H:%M:00+02:00"), d.strftime("%d.%m.%Y %H:%M"))
        story = '<article class="story">%s%s%s%s</article>' % (headline, meta, fig, "".join(parts))
        nxt = ""
        if traits["next"]:
            nd = d - datetime.timedelta(days=3)
            nxt = ('<article class="story next-story" data-next="true"><h1>%s</h1><div class="byline">%s</div><time datetime="%s">%s</time>%s</article>') % (
                html.escape(t["other_head"]), html.escape(t["by"] % t["names"][(si + i + 2) % 3]), nd.strftime("%Y-%m-%dT%H:%M:00+02:00"), nd.strftime("%d.%m.%Y %H:%M"),
                "".join("<p>%s</p>" % html.escape(p) for p in t["other"]))
        cookie = ""
        if traits["cookie"]:
            cookie = '<div id="consent-banner" class="cookie-consent"><p>%s</p><p>%s</p><button>Accept</button></div>' % (html.escape(t["cookie"]), html.escape(t["cookie"][::-1][:60]))
        path = "/news/story-%d.html" % (si * 3 + i)
        doc = ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s | %s</title></head><body>%s<header><a href="/">%s</a></header>'
               '<main>%s%s</main><footer>&copy; %s</footer></body></html>') % (L, html.escape(head), html.escape(site), cookie, html.escape(site), story, nxt, html.escape(site))
        write(OUT, host, path, doc)
        must_not = [t["cookie"][:60], t["news"][:60]] + ([t["other"][0][:60]] if traits["next"] else [])
        truth["articles"].append(dict(url="http://%s:%d%s" % (host, PORT, path), title=head, date=d.strftime("%Y-%m-%d"), authors=[a],
                                      must=[paras[1][:60]], must_not=must_not))
        links.append((path, head))
    write(OUT, host, "/", '<!doctype html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><main>%s</main></body></html>' % (
        L, html.escape(site), "".join('<h2><a href="%s">%s</a></h2>' % x for x in links)))
    truth.setdefault("sites", []).append(dict(host=host, lang=L, **traits))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
