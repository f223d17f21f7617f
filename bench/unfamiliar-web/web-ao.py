"""Web ao: ten magazines and long-form publishers in English, German, French,
Spanish, Italian and Swedish, each on its own template: a Condé Nast-like
culture weekly (Verso markup: ContentHeaderHed / ContentHeaderDek, one
"BylineName" class for the writer and the photographer, "Published in the
print edition of the November 16, 2026, issue"), a Dotdash Meredith-like food
magazine (mntl-attribution items "By" / "Fact checked by" / "Photography by"
/ "As told to", only "Updated on" shown while JSON-LD keeps datePublished, a
recipe card inside the story), a WordPress VIP business monthly ("As told
to", "Illustration by", a print-issue note, an update note, Q&A and a
syndicated copy of the culture weekly's story with a canonical link), a
ZEIT-like German weekly ("Von A und B", "Interview: X", "Eine Kritik von",
"Aus der Allgemeinen Woche Nr. 47/2026", a film box with "Regie" and stars),
a TYPO3 news German science monthly ("Ein Beitrag von", "Illustration:",
"Das Gespräch führte X." only under the interview, a book box "Hartmut
Seidel: Die Ordnung der Sterne"), a Drupal French weekly ("Par X, envoyée
spéciale", "Propos recueillis par", "Publié le ... mis à jour le", "Cet
article est paru dans ... n° 2931"), a Squarespace French film review (the
Squarespace account as blog-author-name on a festival diary credited "Texte :
Léa Fournier / Photos : Marc Dubois", "Entretien réalisé par A et B"), a
Spanish WordPress/Newspack food magazine (WordPress user "Redacción" with
"Texto: X / Fotos: Y" in the body, a WP Recipe Maker card whose Recipe JSON-LD
names the chef, "Testimonio recogido por"), an Italian Substack newsletter
(a guest post, "Dec 03" with no year on a recent post, a podcast post), and a
Labrador-like Swedish magazine ("Text: X Foto: Y", "Intervju: X",
"Betyg 4 av 5", "Publicerad 3 november 2026 kl. 06.00 / Uppdaterad").
Reviewed works' authors and directors, photographers, illustrators,
fact-checkers, interviewees and as-told-to narrators are never authors.
Non-articles: home, section fronts, tags, search, issue tables of contents
and archives, subscribe and gift pages, newsletter pages, contributor bio
pages, event pages, shop/product pages, podcast episode pages, about /
masthead / Impressum / mentions légales. RSS, sitemaps and robots.txt on
some sites; a Swedish photo essay credited "Text och foto: Johan Lindgren".
Writes the sites and truth.json under the directory given as the first
argument. Crawled once with /tmp/nr-base/newsroom: stored 32 of 32, titles
32, dates 32 (instants too), authors 28 ("Das Gespräch führte X." under a
byline-less interview unread; "Rezensiert von Paula Winkler" kept whole; the
Squarespace account "Cahier Lumière" over "Texte : Léa Fournier"; only the
poster of "Entretien réalisé par A et B"), bodies 6 of 6, 1 of 94
non-articles stored (a podcast episode page), the syndicated copy folded
into its original."""
import datetime, html, json, os, re, sys, unicodedata  # noqa: E401
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18119
truth = {"articles": [], "nonarticles": [], "synd": []}
E, DT, TD = html.escape, datetime.datetime, datetime.timedelta
UTC = datetime.timezone.utc
TODAY = datetime.datetime.now(UTC).date()
EN_M = "January February March April May June July August September October November December".split()
DE_M = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
FR_M = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
ES_M = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
SV_M = "januari februari mars april maj juni juli augusti september oktober november december".split()


def slug(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return re.sub(r"[^a-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")[:64].strip("-")


def url(c, p):
    return "http://%s:%d%s" % (c["host"], PORT, p)


def ld(o):
    return '<script type="application/ld+json">%s</script>' % json.dumps(o, ensure_ascii=False)


def iso(d, ms=False):
    s = d.isoformat(timespec="milliseconds" if ms else "seconds")
    return s


def zulu(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def en_date(d):
    return "%s %d, %d" % (EN_M[d.month - 1], d.day, d.year)


def paras(ps, cls=""):
    return "".join('<p%s>%s</p>' % (' class="%s"' % cls if cls else "", E(p)) for p in ps)


# ------------------------------------------------------------------ sites
SITES = [
    dict(k="meridian", host="127.0.4.11", name="The Meridian Review", lang="en", tz="America/New_York", tpl="conde"),
    dict(k="hearth", host="127.0.4.12", name="Hearthside Kitchen", lang="en", tz="America/New_York", tpl="dotdash"),
    dict(k="ledger", host="127.0.4.13", name="The Ledger Monthly", lang="en", tz="America/New_York", tpl="wpvip"),
    dict(k="woche", host="127.0.4.14", name="Die Allgemeine Woche", lang="de", tz="Europe/Berlin", tpl="zeit"),
    dict(k="natur", host="127.0.4.15", name="Natur & Forschung", lang="de", tz="Europe/Berlin", tpl="typo3"),
    dict(k="hebdo", host="127.0.4.16", name="L'Hebdo du Quai", lang="fr", tz="Europe/Paris", tpl="drupal"),
    dict(k="cahier", host="127.0.4.17", name="Cahier Lumière", lang="fr", tz="Europe/Paris", tpl="squarespace"),
    dict(k="sabor", host="127.0.4.18", name="Sabores de Temporada", lang="es", tz="Europe/Madrid", tpl="newspack"),
    dict(k="taccuino", host="127.0.4.19", name="Il Taccuino dell'Arte", lang="it", tz="Europe/Rome", tpl="substack"),
    dict(k="norrsken", host="127.0.4.20", name="Magasinet Norrsken", lang="sv", tz="Europe/Stockholm", tpl="labrador"),
]
SITE = {c["k"]: c for c in SITES}

# ---------------------------------------------------------------- stories
# Each story: path, section, kicker, head, dek, local time, authors (truth),
# template extras, paragraphs (or an intro and Q&A pairs).
ST = {}
ST["meridian"] = [
 dict(path="/magazine/2026/11/16/a-novel-that-remembers-what-the-sea-took", kind="review", sec=("Books", "/culture/books"),
      head="A Novel That Remembers What the Sea Took",
      dek="Ingrid Halvorsen’s “The Salt Archive” follows three generations of a fishing family through the records they kept and the ones they burned.",
      t=(2026, 11, 9, 6, 0), au=["Nathaniel Ostrowski"], issue="November 16, 2026", printhed="Tidewater",
      work=("The Salt Archive", "Ingrid Halvorsen", "Harlow & Finch", "352 pp."),
      paras=[
  "Halvorsen’s novel opens with an inventory: forty-one ledgers, a box of herring tags, a wedding photograph with one face scratched out. The narrator, a county archivist named Signe, has been asked to decide what the town museum should keep, and the book unfolds as a series of objects she cannot bring herself to discard.",
  "The structure could have been a gimmick. Instead, Halvorsen uses each item to open a door into a different decade of the Brekke family, whose boats worked the cold water off the Lofoten coast until the cod stocks collapsed and the last son went south to Bergen to drive a taxi.",
  "What distinguishes the novel from the many recent books about vanishing trades is its refusal to be nostalgic. The ledgers record debts as well as catches, and Signe slowly understands that the family’s silence about one winter in the nineteen-fifties was not grief but shame.",
  "There are longueurs in the middle section, where a subplot about a museum-board election goes on too long. But the final chapters, in which Signe reads the burned pages that survived only as carbon copies in a bank vault, are as quietly devastating as anything I have read this year."],
      must=["What distinguishes the novel from the many recent books about vanishing trades is its refusal to be nostalgic."],
      must_not=["Sign up for our Books & Fiction newsletter"]),
 dict(path="/magazine/2026/11/02/the-last-keepers-of-lake-superiors-lights", kind="feature", sec=("A Reporter at Large", "/magazine/reporting"),
      head="The Last Keepers of Lake Superior’s Lights",
      dek="On a handful of rocky islands, volunteers keep nineteenth-century lighthouses running through the storms of November.",
      t=(2026, 10, 26, 6, 0), au=["Priya Raman"], photo="Caleb Moreno", issue="November 2, 2026", printhed="The Keepers",
      paras=[
  "The boat to Passage Island leaves from the Rock Harbor dock only when the swell drops below four feet, which in late October means it mostly does not leave at all. When it finally did, on a gray Tuesday, the three volunteers aboard carried two weeks of groceries, a replacement fog-signal diaphragm, and a cribbage board that one of them described as load-bearing.",
  "No one has been paid to live at a Lake Superior lighthouse since the Coast Guard automated the last of them in the nineteen-eighties. But automation, it turns out, is not the same thing as maintenance, and a loose network of retirees, schoolteachers, and at least one former tugboat captain now spends the shoulder seasons repainting lantern rooms and chasing bats out of keepers’ quarters.",
  "Ruth Ekdahl, who is seventy-three and has volunteered on Passage Island for eleven years, told me that the hardest part is not the isolation but the weather radio. “You listen to it all night,” she said. “You know exactly what’s coming, and there is nothing to do but wait for it.”",
  "On my last evening, the wind came around to the northeast and the lake began to pile up against the rocks below the tower. Ekdahl climbed the spiral stairs with a flashlight, checked the lens, and came back down to finish the crossword, as if the storm were a neighbor who visited every year at the same time."]),
 dict(path="/culture/q-and-a/marta-lindqvist-writes-music-for-films-that-were-never-meant-to-have-sound", kind="qa", sec=("Q. & A.", "/culture/q-and-a"),
      head="Marta Lindqvist Writes Music for Films That Were Never Meant to Have Sound",
      dek="The Swedish composer on scoring silent movies, working with live orchestras, and why she never watches the film while she writes.",
      t=(2026, 11, 19, 10, 0), au=["Eleanor Voss"], subject="Marta Lindqvist",
      intro="Marta Lindqvist has spent two decades composing new scores for silent films, from Swedish melodramas of the nineteen-twenties to forgotten American westerns. Her latest, for a restored print of “The Ferryman’s Daughter,” has its première at Walter Hall this month. Our conversation has been edited and condensed.",
      qa=[("How do you begin a score for a film that is almost a hundred years old?", "I watch it once, all the way through, with the sound off in my own head too, if that makes sense. Then I put it away for a month. I want to remember how it felt, not what happened in each shot."),
          ("You don’t watch it while you write?", "Almost never. If I write to the picture, I end up illustrating it, a trumpet when someone falls down. The film doesn’t need me to tell it what it is. It needs a second voice."),
          ("What changes when an orchestra plays it live?", "Everything gets slower and more dangerous. The conductor is watching the screen, the players are watching the conductor, and the audience can feel that something could go wrong. That tension is part of the music."),
          ("Is there a film you would refuse to score?", "Plenty. Some of them are complete already. You can hear the rhythm in the editing, and anything I added would just be noise.")]),
 dict(path="/business/why-small-towns-want-a-bookstore-again", kind="feature", sec=("Dept. of Commerce", "/business"),
      head="Why Small Towns Want a Bookstore Again",
      dek="Across the Midwest, independent bookshops are opening in places that lost theirs a generation ago.",
      t=(2026, 11, 2, 6, 0), au=["Grace Holloway"],
      paras=[
  "When the hardware store on Main Street in Decorah closed, the building sat empty for six years. Last spring it reopened as a bookstore with a children’s corner where the paint counter used to be, and on a Saturday morning in October there was a line at the register that reached the door.",
  "The booksellers’ trade association counts more than three hundred new member stores in the past two years, many of them in towns with fewer than twenty thousand people. Owners describe a business model that depends less on bestsellers than on events, school orders, and a café that stays open later than anything else downtown.",
  "“People keep telling me they want somewhere to go that isn’t a bar or a church,” said Lorna Vick, who opened Second Shelf Books in a former bank in southern Minnesota. “I didn’t set out to build a community center. It just turned out that was what the town was short of.”",
  "The margins remain thin, and several of the stores I visited rely on volunteers to cover weekend shifts. But rents in small towns are low enough that a shop selling forty books a day can break even, something that is no longer true in most cities."]),
]
ST["hearth"] = [
 dict(path="/the-weeknight-braise-that-finally-made-me-love-fennel-8712044", kind="recipe", sec=("Dinner", "/recipes/dinner/"),
      head="The Weeknight Braise That Finally Made Me Love Fennel",
      dek="Slow-cooked with white beans, lemon, and a pinch of chili, fennel turns sweet, silky, and impossible to stop eating.",
      t=(2026, 10, 29, 8, 0), upd=(2026, 11, 5, 9, 30), au=["Julia Montague"], attrib=[("By", "Julia Montague"), ("Fact checked by", "Morgan Li")],
      ingredients=["2 large fennel bulbs, cut into wedges", "3 tablespoons olive oil", "3 garlic cloves, sliced", "1 strip lemon peel", "1 pinch chili flakes", "1 (15-ounce) can white beans, drained", "1 cup vegetable stock"],
      steps=["Brown the fennel wedges in the oil over medium-high heat without stirring, about 8 minutes.", "Add garlic, lemon peel, chili and stock; cover and simmer 20 minutes.", "Stir in the beans and cook uncovered until the sauce thickens, 10 minutes more."],
      paras=[
  "For most of my adult life I treated fennel as a garnish, something to shave thinly over a salad and then mostly push aside. It was my neighbor, a retired line cook with strong opinions about onions, who told me I had been cooking it wrong: fennel wants time, fat, and a lid.",
  "This braise is the result of a dozen Tuesday-night experiments. The bulbs are cut into thick wedges, browned hard in olive oil, then left to simmer with white beans, garlic, and a strip of lemon peel until they collapse into something closer to a stew than a side dish.",
  "The trick is to resist stirring. Let the wedges sit undisturbed until their cut faces are deep amber; that browning is where the sweetness comes from. Add the beans only after the fennel has softened, or they will break apart before the sauce has thickened.",
  "Serve it with crusty bread, or spoon it over polenta if you want something more substantial. Leftovers keep for three days and are, if anything, better cold, straight from the container at midnight."],
      must=["The trick is to resist stirring."], must_not=["Morgan Li is a fact checker and researcher"]),
 dict(path="/roadside-diner-40-years-pie-lessons-8713310", kind="astold", sec=("Food Culture", "/food-culture/"),
      head="I Ran a Roadside Diner for 40 Years. Here’s What I Learned About Pie",
      dek="Dolores Quinn opened the Blue Heron in 1986 with two ovens and a borrowed recipe book.",
      t=(2026, 11, 12, 7, 0), au=["Kevin Marsh"], attrib=[("As told to", "Kevin Marsh")],
      note="This as-told-to essay is based on a conversation with Dolores Quinn, 71, of Cumberland County, Pennsylvania. It has been edited for length and clarity.",
      paras=[
  "I never meant to run a restaurant. My husband and I bought the building because it came with two acres and a well, and the diner was just something that was already there, with a counter, eleven stools, and a pie case that had been empty since the previous owners left.",
  "The first pies I made were terrible. The crust shrank, the apples were watery, and a trucker named Earl told me, very kindly, that he would keep buying a slice until I figured it out. He did, for almost two years, and by then I had.",
  "What I learned is that people don’t come back for the best pie. They come back for the same pie. I have made the sour cherry one the same way since 1989, and when I tried to change the lattice once, three regulars asked if someone new was baking.",
  "We closed the Blue Heron in September. I still bake on Thursdays, out of habit, and give most of it to the fire station down the road."]),
 dict(path="/tomales-bay-oyster-farms-8709921", kind="feature", sec=("Travel", "/travel/"),
      head="Inside the Oyster Farms of Tomales Bay",
      dek="On a narrow inlet north of San Francisco, small growers turn tides, rain, and patience into the West Coast’s most sought-after shellfish.",
      t=(2026, 10, 14, 11, 0), au=["Dana Whitfield"], attrib=[("By", "Dana Whitfield"), ("Photography by", "Lena Park")], shown="Published",
      paras=[
  "At low tide the oyster racks of Tomales Bay rise out of the water like rows of abandoned furniture, and the farmers who tend them move between the bags in waders, flipping each one by hand so the shells grow deep and even.",
  "Most of the farms here are small, leasing a few acres of tideland from the state and selling directly to restaurants in San Francisco and Sacramento. A warm summer can mean a bumper crop; a single week of heavy rain upstream can close the bay to harvesting for days.",
  "“People think oysters are a luxury,” said Tom Whelan, whose family has farmed the east shore since the nineteen-seventies. “Out here they are a weather report. Every shell tells you what the water was doing that month.”",
  "At the farm’s picnic tables, visitors shuck their own with borrowed knives and varying success. The most popular sauce is still the simplest: a spoonful of shallot, red wine vinegar, and cracked pepper, mixed in a paper cup."]),
]
ST["ledger"] = [
 dict(path="/2026/11/10/left-bond-trading-build-violins-nine-years-break-even/", kind="astold", sec=("Success", "/section/success/"),
      head="I Left Bond Trading to Build Violins. It Took Nine Years to Break Even",
      dek="A former trader on why a craft business needs a spreadsheet more than a bank does.",
      t=(2026, 11, 10, 5, 30), au=["Rachel Kim"],
      note="This as-told-to essay is based on a conversation with Tomas Ferreira, a violin maker in Providence, Rhode Island. It has been edited for length and clarity.",
      paras=[
  "I spent fourteen years on a fixed-income desk in Boston, and for most of them I was good at it. I was also the person who went home and spent his weekends in a rented workshop in Somerville, carving scrolls out of maple with chisels I had bought at estate sales.",
  "When I finally quit, in 2015, I had savings for two years and a plan that assumed I could sell eight instruments a year. I sold three. A violin takes me about two hundred hours, and it turns out that nobody buys a violin from a maker they have never heard of.",
  "What saved the business was rentals. Parents of young students don’t want to spend four thousand dollars on an instrument their child will outgrow, so I started renting fractional-size violins I could repair and reuse. That steady monthly income paid the rent while the reputation came slowly.",
  "I broke even in year nine. I make less than I did as a trader, by a lot, but I know exactly where every dollar comes from, which is more than I could say about the bond market."]),
 dict(path="/2026/11/18/regional-airlines-turboprops-comeback/", kind="feature", sec=("Travel & Leisure", "/section/travel/"),
      head="The Quiet Comeback of the Regional Airline",
      dek="Small carriers are buying turboprops again, betting that short hops between secondary cities can finally make money.",
      t=(2026, 11, 18, 5, 30), au=["Marcus Bell"], illus="Hye-jin Cho",
      printnote="This article appears in the December 2026/January 2027 issue of The Ledger Monthly with the headline, “Props Are Back.”",
      updnote="Updated November 19, 2026: This story has been updated to correct the number of aircraft on order.",
      paras=[
  "For most of the past two decades, the regional airline business was a story of consolidation. Small carriers were bought, merged, or reduced to flying under a larger airline’s brand on contracts that left them little room to set their own routes.",
  "That is changing. At least four independent carriers have placed orders for new turboprops this year, together committing to some sixty aircraft, and several are planning routes that skip the hub airports entirely, linking cities like Fresno and Reno or Duluth and Green Bay.",
  "The economics rest on fuel burn. A modern seventy-seat turboprop uses roughly forty percent less fuel than a regional jet on a two-hundred-mile trip, and airports in smaller cities are offering landing-fee holidays to attract service.",
  "Skeptics point out that pilot shortages have not eased and that previous attempts at point-to-point service collapsed once the subsidies ran out. Still, investors seem willing to make the bet again."],
      must=["The economics rest on fuel burn."]),
 dict(path="/2026/10/21/cfo-abolish-annual-budget-interview/", kind="qa", sec=("Finance", "/section/finance/"),
      head="The CFO Who Wants to Abolish the Annual Budget",
      dek="Marlow Industrial’s finance chief says yearly budgets are forecasts pretending to be promises.",
      t=(2026, 10, 21, 7, 0), au=["Owen Patel"], subject="Oyelaran",
      intro="Sandra Oyelaran became chief financial officer of Marlow Industrial, a Cleveland maker of pumps and valves, in 2023. One of her first decisions was to scrap the company’s annual budget. This interview has been condensed and edited.",
      qa=[("Why get rid of the annual budget?", "Because it is a forecast pretending to be a promise. By March, half the numbers are wrong, and everyone spends the rest of the year defending them instead of running the business."),
          ("What replaces it?", "Rolling quarterly targets and a small number of hard limits on cash. Teams can move money between projects without asking permission, as long as they stay inside those limits."),
          ("Didn’t your board object?", "The audit committee did, loudly, for about six months. What convinced them was that our forecasting error fell by half once people stopped padding their requests.")]),
]
ST["woche"] = [
 dict(path="/gesellschaft/2026-11/gasthof-genossenschaft-hohenwarth-dorf", kind="feature", sec=("Gesellschaft", "/gesellschaft/index"),
      kick="Wohnen auf dem Land", head="Das Dorf, das sich seine Kneipe zurückkaufte",
      dek="Als der letzte Gasthof schloss, gründeten die Bewohner von Hohenwarth eine Genossenschaft. Ein Jahr später wird wieder gezapft – und gestritten.",
      t=(2026, 11, 12, 17, 0), upd=(2026, 11, 13, 9, 14), au=["Katharina Lenz", "Jonas Weber"], photo="Mareike Stahl", ausgabe="47/2026",
      paras=[
  "An einem Freitagabend im Oktober steht Gerda Baumann hinter dem Tresen des Gasthofs Zur Linde und zapft das vierzigste Bier des Abends. Sie ist 68 Jahre alt, pensionierte Grundschullehrerin und seit elf Monaten ehrenamtliche Wirtin. Bezahlt werde sie in Anteilen, sagt sie und lacht.",
  "Der Gasthof war zwei Jahre lang geschlossen, nachdem der letzte Pächter aufgegeben hatte. Dann sammelten 214 Bewohner des Dorfes gut 380.000 Euro, kauften das Haus und gründeten eine Genossenschaft. Jedes Mitglied hat eine Stimme, egal wie viele Anteile es hält.",
  "Das klingt nach Idylle, ist aber Arbeit. Über die Öffnungszeiten wurde monatelang gestritten, über den Preis des Schnitzels sogar in einer außerordentlichen Generalversammlung. Und wer Dienst hat, muss am Sonntagmorgen auch die Toiletten putzen.",
  "Trotzdem ist der Gasthof an den meisten Abenden voll. Junge Familien, die wegen der niedrigen Mieten hergezogen sind, sitzen neben Landwirten, die das Dorf seit siebzig Jahren kennen. Man habe wieder einen Ort, an dem man sich zufällig begegne, sagt der Bürgermeister."]),
 dict(path="/kultur/musik/2026-11/paavo-lindholm-dirigent-rundfunkorchester-interview", kind="qa", sec=("Kultur", "/kultur/index"),
      kick="Paavo Lindholm", head="„Ein Orchester ist keine Demokratie, aber auch keine Diktatur“",
      dek="Der finnische Dirigent übernimmt im Januar das Rundfunkorchester. Ein Gespräch über Macht am Pult, leere Konzertsäle und die Angst vor dem ersten Ton.",
      t=(2026, 11, 20, 10, 0), au=["Anna Keller"], subject="Paavo Lindholm",
      qa=[("Herr Lindholm, Sie haben einmal gesagt, ein Dirigent sei vor allem ein Zuhörer. Was meinen Sie damit?", "Die Musiker wissen meistens, wie ein Stück klingen soll. Meine Aufgabe ist es zu hören, wo sie sich nicht einig sind, und dann eine Entscheidung zu treffen. Das ist weniger glamourös, als es aussieht."),
          ("Wie viel Macht hat man da vorne am Pult?", "Mehr, als mir lieb ist. Ein Orchester ist keine Demokratie, aber es ist auch keine Diktatur. Wenn ich gegen hundert Menschen dirigiere, klingt es furchtbar, egal wie recht ich habe."),
          ("Die Konzertsäle werden leerer. Macht Ihnen das Sorgen?", "Es macht mich wach. Wir spielen zu oft dieselben zwanzig Werke für dieselben Leute. Ich möchte, dass jedes Programm mindestens ein Stück enthält, das jemand im Saal noch nie gehört hat."),
          ("Haben Sie noch Lampenfieber?", "Vor jedem Konzert. Der erste Ton ist der schlimmste Moment, danach gehört die Musik nicht mehr mir.")]),
 dict(path="/kultur/film/2026-11/die-stille-insel-lukas-brenner-filmkritik", kind="review", sec=("Kultur", "/kultur/index"),
      kick="„Die stille Insel“", head="Ein Sommer, in dem niemand spricht",
      dek="Lukas Brenners Debüt erzählt von einer Familie auf einer Hallig – und vertraut fast ganz auf seine Bilder.",
      t=(2026, 11, 5, 15, 30), au=["Moritz Haas"], stars=4,
      work=[("Regie", "Lukas Brenner"), ("Drehbuch", "Lukas Brenner, Ines Falk"), ("Mit", "Jule Hartmann, Tom Seidel"), ("Land, Jahr", "Deutschland 2026"), ("Länge", "104 Minuten"), ("Kinostart", "6. November 2026")],
      paras=[
  "Der erste Dialog fällt nach achtzehn Minuten, und er besteht aus einem einzigen Wort. Bis dahin sieht man eine Mutter und ihre zwei Söhne, die auf einer Hallig in der Nordsee einen Sommer verbringen, während der Vater auf dem Festland bleibt, aus Gründen, die der Film lange offenlässt.",
  "Lukas Brenner, der vorher als Kameramann gearbeitet hat, erzählt fast ausschließlich mit Bildern: Wolken, die über das flache Land ziehen, eine Warft, die bei Landunter zur Insel in der Insel wird, Gesichter, die mehr verbergen, als sie zeigen.",
  "Jule Hartmann spielt die Mutter mit einer Zurückhaltung, die nie kalt wirkt. Die beiden Jungen, Laiendarsteller aus Husum, sind erstaunlich gut, auch wenn der jüngere gelegentlich in die Kamera schaut, als wolle er sich vergewissern, dass noch jemand zusieht.",
  "Nicht jede Einstellung trägt, und das letzte Drittel verliert sich in Symbolik. Aber selten hat ein deutsches Debüt so viel Vertrauen in sein Publikum gehabt."]),
]
ST["natur"] = [
 dict(path="/artikel/wie-kraehen-zaehlen-lernen", kind="feature", sec=("Verhaltensbiologie", "/themen/verhaltensbiologie"),
      head="Wie Krähen zählen lernen",
      dek="Rabenvögel können Mengen unterscheiden, die Null verstehen und sogar Laute abzählen. Neue Versuche zeigen, wie weit ihr Zahlensinn reicht.",
      t=(2026, 10, 26, 9, 0), au=["Miriam Schuster"], illus="Jan Voigt", heft="11/2026", lesedauer=7,
      paras=[
  "Die Krähe heißt Elsa, und sie hat gerade zum dritten Mal hintereinander dreimal gekrächzt. Vor ihr auf dem Bildschirm leuchtet eine große Drei, dahinter wartet ein Mehlwurm als Belohnung. Elsa ist eine von vier Aaskrähen, die in einem Labor in Tübingen gelernt haben, Zahlen in Laute zu übersetzen.",
  "Dass Vögel Mengen unterscheiden können, ist seit Langem bekannt. Neu ist, wie planvoll sie dabei vorgehen: Die Krähen legen sich vor dem ersten Laut offenbar fest, wie oft sie rufen werden. Das zeigt sich an der Dauer und Lautstärke des ersten Krächzers, die sich je nach Zielzahl unterscheiden.",
  "Für die Forschung zur Evolution des Zählens ist das bemerkenswert. Vögel und Säugetiere haben sich vor mehr als 300 Millionen Jahren getrennt, ihre Gehirne sind völlig anders aufgebaut. Trotzdem scheinen beide Gruppen ähnliche Lösungen für das Problem gefunden zu haben, Mengen zu repräsentieren.",
  "Ob Krähen in freier Wildbahn von dieser Fähigkeit Gebrauch machen, ist offen. Denkbar wäre, dass sie beim Verteidigen ihrer Reviere abschätzen, wie viele Rivalen ihnen gegenüberstehen."]),
 dict(path="/artikel/die-gletscher-der-alpen-sind-nicht-mehr-zu-retten", kind="qa", sec=("Klima", "/themen/klima"),
      head="„Die Gletscher der Alpen sind nicht mehr zu retten“",
      dek="Die Glaziologin Ruth Amstutz vermisst seit dreißig Jahren das Eis im Wallis. Ein Gespräch über Messstangen, Trauer und die Frage, was nach den Gletschern kommt.",
      t=(2026, 11, 12, 10, 0), au=["Tobias Rehm"], subject="Amstutz", heft="12/2026",
      qa=[("Frau Amstutz, wann haben Sie zum ersten Mal gedacht, dass es zu spät ist?", "Im Sommer 2022. Wir kamen zu einer Messstange, die wir im Frühjahr zehn Meter tief ins Eis gebohrt hatten, und sie lag einfach auf dem Geröll. Das Eis darunter war verschwunden."),
          ("Was bedeutet das für die Täler?", "Kurzfristig mehr Wasser im Sommer, weil das Eis schmilzt. Langfristig viel weniger, genau dann, wenn es am meisten gebraucht wird. Die Landwirtschaft im Wallis wird sich darauf einstellen müssen."),
          ("Trauern Glaziologen um ihre Gletscher?", "Mehr, als wir zugeben. Manche Kollegen haben aufgehört, an bestimmte Orte zu fahren. Ich fahre weiter hin, weil jemand dokumentieren muss, was passiert.")]),
 dict(path="/artikel/rezension-die-ordnung-der-sterne", kind="review", sec=("Bücher", "/themen/buecher"),
      head="Eine Geschichte des Himmels in Karten",
      dek="Hartmut Seidel erzählt, wie Astronomen seit der Antike versuchen, Ordnung in die Sterne zu bringen.",
      t=(2026, 11, 3, 8, 0), au=["Paula Winkler"], stars=4,
      work="Hartmut Seidel: Die Ordnung der Sterne. Eine Geschichte der Himmelskarten. Verlag Kessler & Sohn, Stuttgart 2026. 320 Seiten, 28 Euro",
      paras=[
  "Wer je versucht hat, am Nachthimmel den Großen Wagen zu finden, weiß, wie viel Interpretation in einem Sternbild steckt. Hartmut Seidel, Wissenschaftshistoriker in Jena, nimmt diese Beobachtung zum Ausgangspunkt seines Buches über die Geschichte der Himmelskarten.",
  "Er beginnt bei babylonischen Tontafeln, führt über die Sternkataloge des Ptolemäus und die prachtvollen Atlanten des Barock bis zu den digitalen Himmelsdurchmusterungen unserer Zeit. Dabei zeigt er, dass jede Epoche ihre eigenen Vorstellungen davon hatte, was eine Karte überhaupt abbilden soll.",
  "Besonders gelungen sind die Kapitel über die Kartografen, die im 17. Jahrhundert den Südhimmel erfassten und dabei neue Sternbilder nach Schiffsinstrumenten und exotischen Tieren benannten. Manche davon haben bis heute überlebt.",
  "Gelegentlich verliert sich Seidel in technischen Details der Projektionsverfahren. Die sorgfältig ausgewählten Abbildungen entschädigen dafür reichlich."]),
]
ST["hebdo"] = [
 dict(path="/societe/reportage/2026/11/05/a-marseille-les-derniers-pecheurs-du-vieux-port", kind="feature", sec=("Société", "/societe"), kick="Reportage",
      head="À Marseille, les derniers pêcheurs du Vieux-Port",
      dek="Ils ne sont plus qu'une dizaine à vendre leur poisson chaque matin sur le quai. Entre touristes, règlements et mer capricieuse, notre envoyée spéciale a partagé leurs aubes.",
      t=(2026, 11, 5, 18, 0), upd=(2026, 11, 6, 10, 15), au=["Camille Arnaud"], role="envoyée spéciale à Marseille", photo="Théo Lemaire", numero=("2931", "6 novembre 2026"), lecture=8,
      paras=[
  "Il est cinq heures et demie, et Gérard Pastor a déjà trié ses rougets. Sur l'étal en inox qu'il installe chaque matin au bout du quai des Belges, les poissons sont rangés par taille, les plus beaux devant, comme le faisait son père et avant lui son grand-père.",
  "Ils étaient une quarantaine à vendre ici dans les années 1980. Ils ne sont plus qu'une dizaine, dont trois femmes, à tenir le marché aux poissons le plus photographié de France. Les touristes prennent des photos ; les habitués, eux, achètent.",
  "Le métier s'est compliqué. Les quotas, les contrôles sanitaires, le prix du gazole qui a doublé en cinq ans. « Certains jours, je gagne moins que ce que me coûte la sortie en mer », dit Sandrine Ferracci, qui a repris le bateau de son oncle il y a douze ans.",
  "Pourtant, personne ici ne parle d'arrêter. À sept heures, quand le soleil touche enfin Notre-Dame-de-la-Garde, l'étal de Gérard est à moitié vide, et il allume sa première cigarette de la journée."],
      must=["Le métier s'est compliqué."], must_not=["Cet article est réservé aux abonnés"]),
 dict(path="/idees/entretien/2026/11/13/helene-dufresne-nous-avons-desappris-a-nous-ennuyer", kind="qa", sec=("Idées", "/idees"), kick="Entretien",
      head="Hélène Dufresne : « Nous avons désappris à nous ennuyer »",
      dek="Dans son nouvel essai, la philosophe défend l'ennui comme une forme de liberté. Rencontre.",
      t=(2026, 11, 13, 7, 30), au=["Julien Morel"], subject="Hélène Dufresne", numero=("2932", "13 novembre 2026"), lecture=5,
      qa=[("Pourquoi consacrer un livre entier à l'ennui ?", "Parce qu'il a disparu de nos vies sans que personne ne s'en plaigne. Nous avons comblé chaque minute vide avec un écran, et nous avons perdu quelque chose au passage : le temps où l'esprit vagabonde sans but."),
          ("L'ennui n'est-il pas simplement désagréable ?", "Si, bien sûr. Mais c'est un inconfort fécond. Les enfants qui s'ennuient inventent des jeux. Les adultes qui s'ennuient finissent par se demander ce qu'ils veulent vraiment."),
          ("Que conseillez-vous à nos lecteurs ?", "Rien de spectaculaire. Prendre le train sans téléphone une fois par mois. Attendre chez le médecin en regardant les gens. Se laisser, de temps en temps, sans distraction.")]),
 dict(path="/culture/theatre/2026/11/20/la-maison-des-vents-critique", kind="review", sec=("Culture", "/culture"), kick="Théâtre",
      head="« La Maison des vents » : un huis clos familial qui manque de souffle",
      dek="Baptiste Roux met en scène le texte de Clara Vasseur au Théâtre du Rond-Point. Une distribution brillante pour une pièce inégale.",
      t=(2026, 11, 20, 12, 0), au=["Sophie Lanvin"], stars=2, lecture=3,
      work="« La Maison des vents », de Clara Vasseur, mise en scène de Baptiste Roux. Avec Nadia Benali, Claire Morin, Inès Dalmas. Théâtre du Rond-Point, Paris 8e, jusqu'au 21 décembre. Durée : 1 h 50.",
      paras=[
  "Une maison de famille sur la côte bretonne, trois sœurs qui s'y retrouvent pour la vendre, un orage qui les empêche de repartir : le point de départ de la pièce de Clara Vasseur n'a rien de neuf, et elle ne prétend pas le contraire.",
  "La mise en scène de Baptiste Roux joue la carte du réalisme, avec un décor de cuisine minutieusement reconstitué et une bande-son de vent qui finit par devenir pesante. Les deux premiers actes avancent avec une lenteur que les dialogues, souvent drôles, ne suffisent pas à compenser.",
  "Restent les comédiennes. Nadia Benali, en aînée autoritaire, impose une présence remarquable, et la scène où elle relit à voix haute les lettres de sa mère est le seul moment où la salle retient vraiment son souffle."]),
]
ST["cahier"] = [
 dict(path="/critiques/les-heures-claires-ines-morvan", kind="review", sec=("Critiques", "/critiques"),
      head="« Les Heures claires », d'Inès Morvan : la lumière d'un été",
      t=(2026, 11, 4, 9, 30), au=["Antoine Girard"], poster="Antoine Girard", stars=4,
      work="Réalisé par Inès Morvan · Avec Louise Tessier, Karim Haddad · France, 2026, 1 h 52 · Sortie le 5 novembre 2026",
      paras=[
  "Il y a dans le deuxième long métrage d'Inès Morvan une manière de filmer la lumière de fin d'après-midi qui rappelle les meilleurs Rohmer, sans jamais tomber dans la citation. Une adolescente passe l'été chez sa grand-mère dans le Lot, et rien, ou presque, n'arrive.",
  "Ce presque est tout le film. Une dispute au marché, un garçon qui répare des vélos, une lettre qu'on ne lit pas : Morvan construit son récit par petites touches, avec une confiance rare dans la patience du spectateur.",
  "Louise Tessier, découverte dans un court métrage il y a deux ans, porte le film avec une justesse étonnante. Face à elle, Karim Haddad compose un voisin bourru dont la tendresse ne se révèle qu'au dernier plan."]),
 dict(path="/journal/carnet-de-festival-dix-jours-a-la-rochelle", kind="feature", sec=("Journal", "/journal"),
      head="Carnet de festival : dix jours à La Rochelle",
      t=(2026, 10, 20, 11, 0), au=["Léa Fournier"], poster="Cahier Lumière", credit="Texte : Léa Fournier / Photos : Marc Dubois",
      paras=[
  "Le festival de La Rochelle a ceci de particulier qu'on y voit autant de films muets que de premières mondiales. Cette année, la rétrospective consacrée au cinéma suédois des années 1920 a attiré des files d'attente dignes d'une sortie de blockbuster.",
  "Entre deux séances, on croise des cinéphiles à vélo sur le Vieux-Port, des étudiants qui dorment dans les fauteuils de la Coursive et des réalisateurs qui découvrent, stupéfaits, que leur film est complet.",
  "Le coup de cœur de la rédaction reste un documentaire chilien sur une famille de gardiens de phare, projeté en plein air le dernier soir, pendant que le vent faisait claquer l'écran."]),
 dict(path="/journal/entretien-ines-morvan", kind="qa", sec=("Journal", "/journal"),
      head="Inès Morvan : « Je voulais filmer l'ennui des étés d'enfance »",
      t=(2026, 11, 6, 10, 0), au=["Antoine Girard", "Léa Fournier"], poster="Antoine Girard", credit="Entretien réalisé par Antoine Girard et Léa Fournier",
      qa=[("D'où vient Les Heures claires ?", "D'un été passé chez ma grand-mère quand j'avais quatorze ans. Il ne s'est rien passé, et c'est justement ce rien que je voulais retrouver."),
          ("Vous avez tourné en lumière naturelle ?", "Presque entièrement. Nous attendions la bonne heure pour chaque scène, ce qui a rendu le tournage très long et le chef opérateur très patient."),
          ("Comment avez-vous trouvé Louise Tessier ?", "Par hasard, dans un court métrage d'école. Elle avait une façon d'écouter les autres acteurs que je n'avais jamais vue.")]),
]
ST["sabor"] = [
 dict(path="/2026/11/04/las-ultimas-pulpeiras-de-o-carballino/", kind="feature", sec=("Reportajes", "/category/reportajes/"),
      head="Las últimas pulpeiras de O Carballiño",
      dek="En la capital gallega del pulpo, un puñado de mujeres mantiene vivo un oficio que aprendieron de sus madres. Incluye su receta de pulpo á feira.",
      t=(2026, 11, 4, 9, 0), au=["Lucía Herrero"], wpuser="Redacción", credit=("Lucía Herrero", "Álvaro Prieto"), lectura=6,
      ingredients=["1 pulpo de unos 2 kg, congelado y descongelado", "1 kg de patatas gallegas", "Sal gorda", "Pimentón de la Vera dulce y picante", "Aceite de oliva virgen extra"],
      paras=[
  "A las siete de la mañana, en la carpa de la feria de O Carballiño, Manuela Rodríguez ya tiene el agua hirviendo en la pota de cobre. Lleva cuarenta y dos años cociendo pulpo y todavía lo asusta tres veces, metiéndolo y sacándolo del agua, antes de dejarlo caer del todo.",
  "Las pulpeiras fueron durante siglos mujeres de Arcos, una parroquia cercana, que recorrían las ferias de Galicia con sus calderos a cuestas. Hoy quedan pocas, y casi todas pasan de los sesenta. Sus hijas, dicen, prefieren trabajar en Ourense o en Vigo.",
  "El secreto, según Manuela, no está en el pulpo sino en el tiempo. Ni un minuto de más, porque se pone correoso, ni uno de menos, porque queda duro. Lo comprueba pinchando la parte más gruesa del tentáculo con un palillo.",
  "Se sirve sobre plato de madera, cortado con tijeras, con sal gorda, pimentón de la Vera y un buen chorro de aceite. Y con cachelos, las patatas cocidas en la misma agua del pulpo."],
      must=["Pimentón de la Vera dulce y picante"], must_not=["Suscríbete a nuestra newsletter semanal"]),
 dict(path="/2026/11/11/coca-de-recapte-receta/", kind="recipe", sec=("Recetas", "/category/recetas/"),
      head="Coca de recapte, la pizza catalana que se hornea en casa",
      dek="La cocinera Carme Vidal comparte la receta que aprendió en el horno de su abuela en Lleida.",
      t=(2026, 11, 11, 10, 30), au=["Nuria Sáez"], wpuser="Nuria Sáez", chef="Carme Vidal", lectura=4,
      ingredients=["500 g de harina de fuerza", "250 ml de agua tibia", "60 ml de aceite de oliva", "10 g de levadura fresca", "2 pimientos rojos y 2 berenjenas escalivados", "2 cebollas", "8 filetes de arenque ahumado"],
      paras=[
  "En las comarcas de Lleida, la coca de recapte era la comida del día de horno: cuando se encendía el horno de leña para cocer el pan de la semana, se aprovechaba el calor para una masa fina cubierta de verduras asadas y lo que hubiera en la despensa.",
  "Carme Vidal, que regenta desde hace veinte años un pequeño restaurante en Cervera, la sigue preparando como se la enseñó su abuela: escalivada de pimiento y berenjena, cebolla muy pochada y unos filetes de arenque o sardina salada por encima.",
  "La masa es la parte más sencilla. Harina, agua, aceite, sal y un poco de levadura, sin apenas amasado y con un reposo largo. Lo importante, insiste, es estirarla muy fina y no cargarla demasiado, para que quede crujiente por los bordes."]),
 dict(path="/2026/10/22/queso-sierra-de-grazalema-sequia-testimonio/", kind="astold", sec=("Gente", "/category/gente/"),
      head="«Llevo treinta años haciendo queso en la sierra y nunca había visto un verano así»",
      dek="Un quesero de la Sierra de Grazalema cuenta cómo la sequía ha cambiado su oficio.",
      t=(2026, 10, 22, 8, 15), au=["Diego Marín"], wpuser="Diego Marín", lectura=3,
      note="Francisco Ruiz, 58 años, es quesero en Villaluenga del Rosario (Cádiz). Testimonio recogido por Diego Marín.",
      paras=[
  "Empecé con cuarenta cabras payoyas y un cuarto de ordeño que había sido una cuadra. Hoy tengo ciento veinte y una quesería con registro sanitario, pero el trabajo sigue siendo el mismo: ordeñar a las siete, cuajar a las nueve y dar la vuelta a los quesos todas las tardes.",
  "Este verano los pastos se secaron en junio. Nunca había pasado tan pronto. Tuve que comprar forraje desde julio, y las cabras dieron casi un tercio menos de leche. Hay quesos que este año no voy a poder hacer.",
  "Mis hijos me preguntan si merece la pena seguir. Yo les digo que sí, pero cada año lo digo con menos convicción. Lo que más me duele no es el dinero, sino pensar que esta sierra se quede sin nadie que sepa hacer un queso como Dios manda."]),
]
_recent = datetime.datetime.combine(TODAY - TD(days=3), datetime.time(7, 0), UTC)
ST["taccuino"] = [
 dict(path="/p/cosa-resta-della-biennale", kind="feature", head="Cosa resta della Biennale quando si spengono le luci",
      dek="Una passeggiata ai Giardini nell'ultima settimana di apertura, tra padiglioni mezzi vuoti e opere che cominciano finalmente a respirare.",
      t=(2026, 11, 17, 7, 0), au=["Giorgia Ferri"],
      paras=[
  "Nell'ultima settimana di novembre la Biennale cambia pelle. Le code sono sparite, i custodi leggono il giornale seduti all'ingresso dei padiglioni e si può restare dieci minuti davanti a un'opera senza che nessuno ti urti con lo zaino.",
  "Sono tornata ai Giardini proprio per questo. A maggio avevo visto tutto di corsa, come si fa all'inaugurazione, e mi era rimasta l'impressione di una mostra rumorosa, piena di schermi e di slogan. A novembre è un'altra cosa: le installazioni sonore sono state spente, e alcune stanze sono diventate finalmente silenziose.",
  "Il padiglione che mi ha sorpreso di più è quello che a maggio avevo quasi ignorato: una sala bianca con trenta sedie di legno, ognuna recuperata da una scuola chiusa di un paese diverso. In primavera sembrava un'idea semplice. Adesso, con la luce bassa del pomeriggio, sembra un cimitero gentile.",
  "Chiude domenica. Se potete, andate in un giorno feriale, di mattina presto, e lasciate a casa la lista delle cose da vedere."],
      must_not=["Iscriviti per ricevere i nuovi post"]),
 dict(path="/p/il-restauro-che-nessuno-voleva-fare", kind="guest", head="Il restauro che nessuno voleva fare",
      dek="Un post ospite sulla cappella di Santa Maria in Valle, e su chi decide che cosa merita di essere salvato.",
      t=(2026, 11, 3, 7, 30), au=["Matteo Rinaldi"],
      intro="Questa settimana ospito un testo di Matteo Rinaldi, restauratore a Spoleto, che ha passato due estati in una cappella di campagna. — Giorgia",
      paras=[
  "La cappella di Santa Maria in Valle è alta sei metri, ha un solo affresco di qualche valore e si trova in una frazione che conta undici abitanti. Quando la Soprintendenza ha chiesto preventivi per il restauro, nessuna ditta ha risposto per otto mesi.",
  "Non per cattiveria. Il lavoro è piccolo, il cantiere è scomodo, i fondi sono pochi e arrivano tardi. Le ditte sopravvivono con i grandi cantieri delle città, non con le cappelle di campagna.",
  "Alla fine l'abbiamo fatto in tre, in due estati, dormendo nella canonica. Sotto uno strato di calce del Settecento è riemersa una Madonna con un volto che nessuno in paese aveva mai visto. La signora che ci portava il caffè ha pianto."]),
 dict(path="/p/appunti-dalla-settimana-tre-mostre-piccole", kind="feature", head="Appunti dalla settimana: tre mostre piccole",
      dek="Una fotografa a Torino, un ceramista a Faenza e una stanza di disegni a Bologna.",
      tz_utc=_recent, au=["Giorgia Ferri"],
      paras=[
  "A Torino, nella piccola galleria di via Mazzini, ci sono venti fotografie di cortili scattate da una fotografa che per trent'anni ha fatto la portinaia. Nessuna ha un titolo, tutte hanno una data, e la più vecchia è del 1994.",
  "A Faenza ho visto i vasi di un ceramista che lavora solo con argille raccolte nel raggio di dieci chilometri dalla bottega. I colori cambiano da un fiume all'altro, e lui li cataloga in un quaderno come un botanico.",
  "A Bologna, infine, una stanza di disegni preparatori per affreschi mai realizzati. È la mostra più piccola delle tre, e quella a cui continuo a pensare."]),
]
ST["norrsken"] = [
 dict(path="/reportage/fjallstationen-dar-forskarna-raknar-sno/4102233", kind="feature", sec=("Natur", "/natur"), kick="Reportage",
      head="Fjällstationen där forskarna räknar snö",
      dek="I Tarfala har glaciärerna mätts varje år sedan 1946. Nu smälter de snabbare än någonsin – och stationen själv kämpar för sin framtid.",
      t=(2026, 11, 3, 6, 0), upd=(2026, 11, 4, 11, 20), au=["Elin Bergström"], photo="Johan Lindgren", nummer="9/2026",
      paras=[
  "Helikoptern landar på en platå av grus och sten, och ljudet försvinner nästan direkt i det stora landskapet. Tarfala forskningsstation består av några röda stugor, ett förråd och en mast med mätinstrument, 1 130 meter över havet i Kebnekaisemassivet.",
  "Här har forskare mätt Storglaciärens massbalans varje år sedan 1946, vilket gör serien till en av de längsta i världen. Varje vår borrar de ner stakar i snön, varje höst mäter de hur mycket som har smält.",
  "– Kurvan pekar bara åt ett håll, säger glaciologen Karin Sundqvist, som har arbetat på stationen i tjugo säsonger. Storglaciären har förlorat ungefär en femtedel av sin volym sedan mätningarna började.",
  "Samtidigt är stationens egen framtid osäker. Finansieringen förnyas år för år, och flera av byggnaderna behöver renoveras. Ändå vill ingen här tala om att lägga ner. Mätserien är värd mer ju längre den blir."]),
 dict(path="/kultur/vinterhamnen-ar-en-roman-som-tar-tid-pa-sig/4103871", kind="review", sec=("Kultur", "/kultur"), kick="Recension",
      head="Vinterhamnen är en roman som tar tid på sig – och det lönar sig",
      dek="Sara Nyqvists tredje roman skildrar ett fiskeläge i Roslagen under en enda vinter.",
      t=(2026, 11, 10, 14, 0), au=["Henrik Ahlström"], role="Litteraturkritiker", stars=4,
      work=[("Bok", "Vinterhamnen"), ("Författare", "Sara Nyqvist"), ("Förlag", "Norrlands förlag"), ("Sidor", "312")],
      paras=[
  "Det händer inte mycket i början av Sara Nyqvists nya roman, och det är meningen. Isen lägger sig över viken, de sista sommargästerna har åkt, och i fiskeläget finns bara elva åretruntboende kvar, varav två inte talar med varandra.",
  "Nyqvist skriver med en sparsamhet som påminner om de bästa norrländska berättarna, men hennes blick är mer humoristisk. Hamnkaptenens ständiga anteckningar om vindriktningen blir efter hand en sorts dagbok över ett samhälle som håller på att försvinna.",
  "Mot slutet tar handlingen fart, kanske för mycket. Men bilden av en by som vägrar ge upp sin vinter stannar kvar långt efter sista sidan."]),
 dict(path="/vetenskap/astronauten-som-hellre-pratar-om-mossor/4104410", kind="qa", sec=("Vetenskap", "/vetenskap"), kick="Intervju",
      head="Astronauten som hellre pratar om lavar",
      dek="Hon har varit i rymden två gånger. Men det Lena Forsberg helst pratar om är lavarna på Gotland.",
      t=(2026, 11, 17, 8, 30), au=["Maja Holm"], photo="Oskar Berg", subject="Lena Forsberg",
      qa=[("Du har varit i rymden två gånger. Varför vill du prata om lavar?", "För att de är lika fascinerande och mycket närmare. En del lavar klarar strålning och kyla som skulle döda oss på några minuter. Det var faktiskt därför jag blev intresserad av rymden från början."),
          ("Hur ser en vanlig dag ut nu när du är tillbaka på jorden?", "Jag undervisar på universitetet i Uppsala och åker till Gotland så ofta jag kan. Där finns kalkhällar med lavar som är flera hundra år gamla."),
          ("Saknar du rymden?", "Utsikten, ja. Men jag saknar inte att sova fastspänd vid en vägg.")]),
 dict(path="/natur/bildreportage-sista-vintern-pa-bjuroklubb/4105022", kind="photo", sec=("Natur", "/natur"), kick="Bildreportage",
      head="Sista vintern på Bjuröklubb",
      dek="Fyrvaktarbostaden vid Bjuröklubb ska säljas. Vi följde de sista volontärerna genom en vinter vid Bottenviken.",
      t=(2026, 11, 24, 7, 0), au=["Johan Lindgren"],
      captions=["Fyren tändes första gången 1859 och står 40 meter över havet.", "Anna-Lena Öhman har skött stugorna i sju vintrar.", "Isen lägger sig oftast i början av januari."],
      paras=[
  "Vägen ut till Bjuröklubb plogas bara till parkeringen. Sista biten går man, förbi de lågväxta tallarna och upp över klapperstensfälten där landhöjningen har lyft upp gamla stränder ur havet.",
  "I vintras bodde fyra volontärer i fyrvaktarbostaden i tur och ordning, två veckor var. De eldade i kakelugnarna, skottade taken och förde väderjournal på samma sätt som fyrvaktarna gjorde fram till 1960-talet.",
  "Nu ska kommunen sälja huset. Ingen vet ännu vem som köper det, eller om det blir fler vintrar med levande ljus i fönstren."]),
]


# ------------------------------------------------------------ page chrome


def chrome(c, title, main, head="", bodycls=""):
    nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for t, p in c["nav"])
    foot = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for t, p in c["foot"])
    lang = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "sv": "sv-SE"}[c["lang"]]
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<title>%s</title>%s%s</head><body class="%s"><header class="site-header"><a class="site-logo" href="/">%s</a>'
            '<nav class="main-nav" aria-label="Main"><ul>%s</ul></nav></header><div id="page">%s</div>'
            '<footer class="site-footer"><ul class="footer-links">%s</ul><p class="copyright">© 2026 %s</p></footer></body></html>') % (
        lang, E(title), head, '<link rel="alternate" type="application/rss+xml" title="%s" href="%s">' % (E(c["name"]), "/rss.xml" if c["k"] == "hebdo" else "/feed.xml") if c["k"] in ("ledger", "sabor", "taccuino", "hebdo") else "", bodycls, E(c["name"]), nav, main, foot, E(c["name"]))


def teaser_list(c, stories, byline=True, dates=True):
    out = []
    for s in stories:
        meta = ""
        if byline:
            meta += '<span class="teaser-byline">%s</span> ' % E(", ".join(s["au"]))
        if dates and c["lang"] in ("en",):
            meta += '<time>%s</time>' % en_date(s["d"])
        out.append('<li class="teaser"><a href="%s"><h3 class="teaser-hed">%s</h3></a><p class="teaser-dek">%s</p><div class="teaser-meta">%s</div></li>' % (
            s["path"], E(s["head"]), E(s.get("dek", "")), meta))
    return '<ul class="teaser-list">%s</ul>' % "".join(out)


# -------------------------------------------------------------- templates
def art_conde(c, s):
    d = s["d"]
    by = '<span class="BylineNamesWrapper">By <span itemprop="name" class="BylineName"><a href="/contributors/%s" class="BylineLink">%s</a></span></span>' % (slug(s["au"][0]), E(s["au"][0]))
    if s.get("photo"):
        by += '<span class="BylineNamesWrapper"> Photographs by <span itemprop="name" class="BylineName"><a href="/contributors/%s" class="BylineLink">%s</a></span></span>' % (slug(s["photo"]), E(s["photo"]))
    if s["kind"] == "qa":
        body = '<p>%s</p>' % E(s["intro"]) + "".join('<p><strong>%s</strong></p><p>%s</p>' % (E(q), E(a)) for q, a in s["qa"])
    else:
        ps = s["paras"]
        body = paras(ps[:2]) + ('<div class="CalloutWrapper newsletter-callout"><p>Sign up for our Books & Fiction newsletter, with reviews, essays, and recommendations twice a week.</p><a href="/newsletter/books">Sign up</a></div>' if s["kind"] == "review" else "") + paras(ps[2:])
    box = ""
    if s.get("work"):
        w = s["work"]
        box = ('<aside class="ProductEmbedWrapper" data-testid="ProductEmbed"><div class="ProductEmbedHed">%s</div><div class="ProductEmbedByline">by %s</div>'
               '<div class="ProductEmbedDetails">%s · %s</div><a class="ProductEmbedButton" href="/shop/books/%s">Buy the book</a></aside>') % (E(w[0]), E(w[1]), E(w[2]), E(w[3]), slug(w[0]))
    issue = ""
    if s.get("issue"):
        issue = '<div class="ContentFooterIssueDate" data-testid="IssueDate">Published in the print edition of the <a href="/magazine/%s">%s</a>, issue, with the headline “%s.”</div>' % (
            DT.strptime(s["issue"], "%B %d, %Y").strftime("%Y/%m/%d"), E(s["issue"]), E(s["printhed"]))
    main = ('<main id="main-content"><article class="article main-content" lang="en-US"><header class="ContentHeaderWrapper SplitScreenContentHeaderWrapper">'
            '<div class="ContentHeaderRubric"><a class="RubricLink" href="%s"><span class="RubricName">%s</span></a></div>'
            '<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc-gjQpdd ContentHeaderHed">%s</h1><div class="ContentHeaderDek">%s</div>'
            '<div class="ContentHeaderByline"><div class="BylineWrapper">%s</div><time data-testid="ContentHeaderPublishDate" class="ContentHeaderPublishDate">%s</time></div>'
            '<figure class="ResponsiveAsset"><img src="/photos/%s.jpg" alt=""><figcaption><span class="CaptionCredit">%s</span></figcaption></figure></header>'
            '<div class="body body__container article__body"><div class="container--body-inner">%s%s</div></div>%s'
            '<div class="ContentFooterTags"><a href="/tag/%s">%s</a></div></article>'
            '<aside class="RecircMostPopular"><h2>Most Popular</h2>%s</aside></main>') % (
        s["sec"][1], E(s["sec"][0]), E(s["head"]), E(s["dek"]), by, en_date(d), slug(s["head"]),
        "Photograph by %s for The Meridian Review" % E(s["photo"]) if s.get("photo") else "Illustration by Rosa Lindgren",
        box, body, issue, slug(s["sec"][0]), E(s["sec"][0]), teaser_list(c, [x for x in c["stories"] if x is not s][:2]))
    j = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": s["head"], "description": s["dek"], "url": url(c, s["path"]),
         "datePublished": iso(d, True), "dateModified": iso(d + TD(hours=3), True),
         "author": [{"@type": "Person", "name": s["au"][0], "sameAs": url(c, "/contributors/" + slug(s["au"][0]))}],
         "publisher": {"@type": "Organization", "name": c["name"]}, "articleSection": s["sec"][0]}
    head = ('<meta name="description" content="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
            '<meta name="author" content="%s"><meta property="article:published_time" content="%s"><link rel="canonical" href="%s">%s') % (
        E(s["dek"]), E(s["head"]), E(s["au"][0]), iso(d, True), url(c, s["path"]), ld(j))
    s["zoned"] = True
    return chrome(c, "%s | %s" % (s["head"], c["name"]), main, head, "page--article")


def art_dotdash(c, s):
    d = s["d"]
    items = ""
    for desc, name in s["attrib"]:
        tip = ""
        if desc == "Fact checked by":
            tip = '<div class="mntl-author-tooltip__bio"><p>Morgan Li is a fact checker and researcher with a background in food science.</p></div>'
        items += ('<div class="mntl-bylines__item mntl-attribution__item"><span class="mntl-attribution__item-descriptor">%s</span> '
                  '<a class="mntl-attribution__item-name" href="/author/%s/">%s</a>%s</div>') % (desc, slug(name), E(name), tip)
    if s.get("upd"):
        shown = "Updated on %s" % en_date(s["u"])
    else:
        shown = "Published on %s" % en_date(d)
    body = paras(s["paras"])
    if s.get("note"):
        body = '<p class="mntl-sc-block-editor-note"><em>%s</em></p>' % E(s["note"]) + body
    card = ""
    if s.get("ingredients"):
        card = ('<div id="mm-recipes-structured-ingredients_1-0" class="mm-recipes-structured-ingredients"><h2 class="mm-recipes-structured-ingredients__heading">Ingredients</h2>'
                '<ul class="mm-recipes-structured-ingredients__list">%s</ul></div><div id="mm-recipes-steps_1-0" class="mm-recipes-steps"><h2>Directions</h2><ol>%s</ol></div>') % (
            "".join('<li class="mm-recipes-structured-ingredients__list-item"><p>%s</p></li>' % E(i) for i in s["ingredients"]),
            "".join('<li><p class="mntl-sc-block-html">%s</p></li>' % E(x) for x in s["steps"]))
    main = ('<main id="main" class="loc main"><article class="article-content-container" id="article-container_1-0">'
            '<header class="article-header loc"><ul class="mntl-breadcrumbs"><li><a href="/recipes/">Recipes</a></li><li><a href="%s">%s</a></li></ul>'
            '<h1 id="article-heading_1-0" class="article-heading text-headline-400">%s</h1><p class="article-subheading text-utility-300">%s</p>'
            '<div id="mntl-attribution_1-0" class="mntl-attribution"><div class="mntl-attribution__content"><div class="mntl-bylines__group">%s</div>'
            '<div class="mntl-attribution__item-date">%s</div></div></div></header>'
            '<figure class="figure-article"><img src="/thmb/%s.jpg" alt=""><figcaption class="figure-article-caption-owner">%s</figcaption></figure>'
            '<div id="article-content_1-0" class="article-content"><div id="mntl-sc-page_1-0" class="comp mntl-sc-page mntl-block">%s%s</div></div>'
            '<div class="mntl-newsletter-signup"><h3>Get our best recipes</h3><form action="/newsletters/"><input type="email"><button>Sign Up</button></form></div></article>'
            '<div class="mntl-taxonomysc-article-list"><h2>More from Hearthside</h2>%s</div></main>') % (
        s["sec"][1], E(s["sec"][0]), E(s["head"]), E(s["dek"]), items, shown, slug(s["head"]),
        "Hearthside Kitchen / Lena Park" if any(a[0] == "Photography by" for a in s["attrib"]) else "Hearthside Kitchen / Food Styling: Rae Dunn",
        body, card, teaser_list(c, [x for x in c["stories"] if x is not s], byline=False, dates=False))
    types = ["Recipe", "NewsArticle"] if s.get("ingredients") else ["Article"]
    j = {"@context": "http://schema.org", "@type": types, "headline": s["head"], "description": s["dek"],
         "datePublished": iso(d, True), "dateModified": iso(s.get("u") or d, True),
         "author": [{"@type": "Person", "name": n, "url": url(c, "/author/%s/" % slug(n))} for desc, n in s["attrib"] if desc in ("By", "As told to")],
         "publisher": {"@type": "Organization", "name": c["name"]}, "mainEntityOfPage": {"@type": ["WebPage"], "@id": url(c, s["path"])}}
    if any(a[0] == "Fact checked by" for a in s["attrib"]):
        j["reviewedBy"] = [{"@type": "Person", "name": "Morgan Li"}]
    if s.get("ingredients"):
        j["recipeIngredient"] = s["ingredients"]
        j["recipeInstructions"] = [{"@type": "HowToStep", "text": x} for x in s["steps"]]
        j["name"] = s["head"]
    head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s">%s' % (E(s["head"]), url(c, s["path"]), ld([j]))
    s["zoned"] = True
    return chrome(c, s["head"], main, head, "mntl-body")


def art_wpvip(c, s, copy_of=None):
    d = s["d"]
    if s["kind"] == "astold":
        by = 'As told to <a href="/author/%s/" rel="author">%s</a>' % (slug(s["au"][0]), E(s["au"][0]))
    else:
        by = 'By <a href="/author/%s/" rel="author">%s</a>' % (slug(s["au"][0]), E(s["au"][0]))
    extra = '<div class="byline-illustrator">Illustration by %s</div>' % E(s["illus"]) if s.get("illus") else ""
    if s["kind"] == "qa":
        body = '<p><em>%s</em></p>' % E(s["intro"]) + "".join('<p><strong>Ledger: %s</strong></p><p><strong>%s:</strong> %s</p>' % (E(q), E(s["subject"]), E(a)) for q, a in s["qa"])
    else:
        body = ('<p><em>%s</em></p>' % E(s["note"]) if s.get("note") else "") + paras(s["paras"])
    if s.get("updnote"):
        body = '<p class="update-note"><em>%s</em></p>' % E(s["updnote"]) + body
    if s.get("printnote"):
        body += '<p class="print-issue-note"><em>%s</em></p>' % E(s["printnote"])
    if copy_of:
        body += '<p class="syndication-note"><em>This story was originally published by <a href="%s">The Meridian Review</a>.</em></p>' % copy_of
    tm = d.strftime("%-I:%M %p ") + d.tzname()
    main = ('<main id="content"><article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail">'
            '<div class="article-header"><a class="eyebrow" href="%s">%s</a><h1 class="entry-title article-title">%s</h1><p class="dek">%s</p>'
            '<div class="article-byline"><div class="byline-authors">%s</div>%s<time class="publish-date" datetime="%s">%s at %s</time></div></div>'
            '<figure class="featured-image"><img src="/wp-content/uploads/2026/11/%s.jpg" alt=""><figcaption>%s</figcaption></figure>'
            '<div class="entry-content article-body">%s</div></article>'
            '<section class="recirc"><h2>Most Popular</h2>%s</section><div class="nl-box"><h3>The Ledger Daily</h3><p>Get the morning business briefing.</p><a href="/newsletters/">Sign up</a></div></main>') % (
        s["pid"], s["pid"], s["sec"][1], E(s["sec"][0]), E(s["head"]), E(s["dek"]), by, extra, iso(d), en_date(d), tm, slug(s["head"])[:20],
        "Illustration by %s" % E(s["illus"]) if s.get("illus") else "Courtesy of the subject",
        body, teaser_list(c, [x for x in c["stories"] if x is not s][:3], dates=False))
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url(c, s["path"]) + "#article", "headline": s["head"], "datePublished": iso(d), "dateModified": iso(d + TD(days=1) if s.get("updnote") else d),
         "author": {"@type": "Person", "name": s["au"][0], "url": url(c, "/author/%s/" % slug(s["au"][0]))}, "publisher": {"@id": url(c, "/#organization")}},
        {"@type": "Organization", "@id": url(c, "/#organization"), "name": c["name"]}]}
    canon = copy_of or url(c, s["path"])
    head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
            '<meta property="article:published_time" content="%s"><meta name="parsely-author" content="%s">%s') % (
        canon, E(s["head"]), iso(d), E(s["au"][0]), ld(graph))
    s["zoned"] = True
    return chrome(c, "%s | The Ledger" % s["head"], main, head, "single single-post")


def de_date(d):
    return "%d. %s %d, %d:%02d Uhr" % (d.day, DE_M[d.month - 1], d.year, d.hour, d.minute)


def art_zeit(c, s):
    d = s["d"]
    people = " und ".join('<span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="/autoren/%s/%s/index" itemprop="url"><span itemprop="name">%s</span></a></span>' % (
        a.split()[-1][0], a.replace(" ", "_"), E(a)) for a in s["au"])
    lead = {"feature": "Von ", "qa": "Interview: ", "review": "Eine Kritik von "}[s["kind"]]
    meta = '<time class="metadata__date" datetime="%s">%s</time>' % (iso(d), de_date(d))
    if s.get("ausgabe"):
        meta += ' <span class="metadata__source">Aus der <a href="/2026/%s/index">Allgemeinen Woche Nr. %s</a></span>' % (s["ausgabe"].split("/")[0], s["ausgabe"])
    if s.get("upd"):
        meta += ' <span class="metadata__date metadata__date--updated">Aktualisiert am %s</span>' % de_date(s["u"])
    if s["kind"] == "qa":
        body = "".join('<p class="paragraph article__item"><strong>WOCHE: %s</strong></p><p class="paragraph article__item"><strong>%s:</strong> %s</p>' % (
            E(q), E(s["subject"].split()[-1]), E(a)) for q, a in s["qa"])
    else:
        body = "".join('<p class="paragraph article__item">%s</p>' % E(p) for p in s["paras"])
    box = ""
    if s.get("work"):
        box = '<aside class="infobox infobox--film"><h4 class="infobox__title">%s</h4><dl>%s</dl><div class="rating" aria-label="%d von 5 Sternen">%s</div></aside>' % (
            E(s["kick"].strip("„“")), "".join("<dt>%s</dt><dd>%s</dd>" % (E(k), E(v)) for k, v in s["work"]), s["stars"], "★" * s["stars"] + "☆" * (5 - s["stars"]))
    fig = '<figure class="article__media"><img src="/bilder/%s.jpg" alt=""><figcaption class="figure__caption"><span class="figure__copyright">© Mareike Stahl für DIE WOCHE</span></figcaption></figure>' % slug(s["head"])[:20] if s.get("photo") else ""
    credits = '<div class="byline byline--photo">Fotos: %s</div>' % E(s["photo"]) if s.get("photo") else ""
    main = ('<main class="main main--article" id="main"><article class="article article--%s" itemscope itemtype="http://schema.org/Article">'
            '<header class="article-header"><h1 class="article-heading" itemprop="headline"><span class="article-heading__kicker">%s</span><span class="visually-hidden">: </span>'
            '<span class="article-heading__title">%s</span></h1><div class="summary" itemprop="description">%s</div>'
            '<div class="byline">%s%s</div>%s<div class="metadata">%s <a class="metadata__commentcount" href="#comments">%d Kommentare</a></div></header>%s'
            '<div class="article-body article-body--article" itemprop="articleBody">%s%s</div></article>'
            '<section class="article-comments" id="comments"><h2>Kommentare</h2><article class="comment"><span class="comment__name">Leser_4711</span> <time>vor 2 Tagen</time><p>Sehr gut geschrieben, danke.</p></article></section>'
            '<aside class="article-recommendations"><h2>Mehr zum Thema</h2>%s</aside></main>') % (
        s["kind"], E(s["kick"]), E(s["head"]), E(s["dek"]), lead, people, credits, meta, 40 + len(s["head"]), fig, box, body,
        teaser_list(c, [x for x in c["stories"] if x is not s], dates=False))
    head = ('<meta name="description" content="%s"><meta property="og:title" content="%s: %s"><meta property="og:type" content="article">'
            '<meta name="date" content="%s"><meta name="last-modified" content="%s"><link rel="canonical" href="%s">') % (
        E(s["dek"]), E(s["kick"]), E(s["head"]), iso(d), iso(s.get("u") or d), url(c, s["path"]))
    s["zoned"] = True
    return chrome(c, "%s: %s | Die Allgemeine Woche" % (s["kick"], s["head"]), main, head, "article-page")


def art_typo3(c, s):
    d = s["d"]
    top = ""
    if s["kind"] == "feature":
        top = '<div class="news-list-author">Ein Beitrag von <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">%s</span></span></div>' % E(s["au"][0])
    elif s["kind"] == "review":
        top = '<div class="news-list-author">Rezensiert von <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">%s</span></span></div>' % E(s["au"][0])
    if s["kind"] == "qa":
        text = "".join('<p><strong>Natur &amp; Forschung: %s</strong></p><p><strong>%s:</strong> %s</p>' % (E(q), E(s["subject"]), E(a)) for q, a in s["qa"])
        text += '<p class="interview-credit"><em>Das Gespräch führte %s.</em></p>' % E(s["au"][0])
    else:
        text = paras(s["paras"])
    box = ""
    if s.get("work"):
        box = '<div class="news-book-box"><p class="book-details">%s</p><p class="rating">Bewertung: <span class="stars">%s</span> (%d von 5 Sternen)</p></div>' % (
            E(s["work"]), "★" * s["stars"] + "☆" * (5 - s["stars"]), s["stars"])
    img = '<div class="news-img-wrap"><img src="/fileadmin/user_upload/%s.jpg" alt=""><p class="news-img-caption">Illustration: %s</p></div>' % (slug(s["head"])[:20], E(s["illus"])) if s.get("illus") else ""
    heft = '<p class="news-heft">Dieser Artikel erschien in <a href="/heftarchiv/%s">Natur &amp; Forschung %s</a>.</p>' % (s["heft"].replace("/", "-"), s["heft"]) if s.get("heft") else ""
    lese = '<span class="news-readingtime">Lesedauer ca. %d Minuten</span>' % s["lesedauer"] if s.get("lesedauer") else ""
    main = ('<div id="content" class="main-content"><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">'
            '<div class="news-header"><span class="news-list-category">%s</span><h1 itemprop="headline">%s</h1></div>'
            '<div class="news-meta"><span class="news-list-date"><time itemprop="datePublished" datetime="%s">%s</time></span> %s</div>%s'
            '<div class="teaser-text" itemprop="description"><p>%s</p></div>%s%s'
            '<div class="news-text-wrap" itemprop="articleBody">%s</div>%s'
            '<div class="news-related-wrap"><div class="news-related news-related-news"><h4>Verwandte Artikel</h4>%s</div></div>'
            '<div class="news-backlink-wrap"><a href="/">Zurück</a></div></div></div></div>') % (
        E(s["sec"][0]), E(s["head"]), d.strftime("%Y-%m-%d"), d.strftime("%d.%m.%Y"), lese, top, E(s["dek"]), img, box, text, heft,
        teaser_list(c, [x for x in c["stories"] if x is not s], byline=False, dates=False))
    head = '<meta name="generator" content="TYPO3 CMS"><meta property="og:title" content="%s"><meta name="description" content="%s">' % (E(s["head"]), E(s["dek"]))
    return chrome(c, "%s - Natur & Forschung" % s["head"], main, head, "page-news")


def fr_dt(d):
    return "%d %s %d à %02dh%02d" % (d.day, FR_M[d.month - 1], d.year, d.hour, d.minute)


def art_drupal(c, s):
    d = s["d"]
    au = s["au"][0]
    if s["kind"] == "qa":
        auth = '<div class="field field--name-field-auteurs">Propos recueillis par <a href="/auteurs/%s" hreflang="fr">%s</a></div>' % (slug(au), E(au))
        body = "".join('<p><strong>%s</strong></p><p>%s</p>' % (E(q), E(a)) for q, a in s["qa"])
    else:
        auth = '<div class="field field--name-field-auteurs">Par <a href="/auteurs/%s" hreflang="fr">%s</a>%s</div>' % (slug(au), E(au), ", " + E(s["role"]) if s.get("role") else "")
        body = paras(s["paras"])
    dates = 'Publié le <time datetime="%s">%s</time>' % (iso(d), fr_dt(d))
    if s.get("upd"):
        dates += ', mis à jour le <time datetime="%s">%s</time>' % (iso(s["u"]), fr_dt(s["u"]))
    fig = ""
    if s.get("photo"):
        fig = '<figure class="field--name-field-image"><img src="/sites/default/files/styles/article/%s.jpg" alt=""><figcaption>Sur le quai des Belges, à l\'aube. © %s pour L\'Hebdo du Quai</figcaption></figure>' % (slug(s["head"])[:20], E(s["photo"]))
    box = ""
    if s.get("work"):
        box = '<div class="encadre-critique"><p class="note">Notre avis : <span class="etoiles">%s</span></p><p>%s</p></div>' % ("★" * s["stars"] + "☆" * (4 - s["stars"]), E(s["work"]))
    paru = '<p class="article-paru">Cet article est paru dans <a href="/numero/%s">L\'Hebdo du Quai n° %s</a> du %s.</p>' % (s["numero"][0], s["numero"][0], s["numero"][1]) if s.get("numero") else ""
    main = ('<main role="main"><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full">'
            '<div class="field field--name-field-surtitre article-surtitre">%s</div><h1 class="page-title article-title"><span class="field field--name-title">%s</span></h1>'
            '<div class="field field--name-field-chapo chapo">%s</div><div class="article-meta">%s<div class="article-dates">%s</div><div class="reading-time">Temps de lecture : %d min</div></div>%s'
            '<div class="clearfix text-formatted field field--name-body">%s%s</div>%s'
            '<div class="paywall-teaser" style="display:none"><p>Cet article est réservé aux abonnés.</p></div></article></div>'
            '<aside class="region region-sidebar"><div class="block-views-block-les-plus-lus"><h2>Les plus lus</h2>%s</div></aside></main>') % (
        E(s["kick"]), E(s["head"]), E(s["dek"]), auth, dates, s["lecture"], fig, box, body, paru,
        teaser_list(c, [x for x in c["stories"] if x is not s], dates=False))
    head = ('<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical" href="%s"><meta property="og:title" content="%s">'
            '<meta property="article:published_time" content="%s">%s') % (url(c, s["path"]), E(s["head"]), iso(d), "")
    s["zoned"] = True
    return chrome(c, "%s | L'Hebdo du Quai" % s["head"], main, head, "path-node page-node-type-article")


def art_squarespace(c, s):
    d = s["d"]
    blocks = []
    if s.get("credit"):
        blocks.append('<p><em>%s</em></p>' % E(s["credit"]))
    if s.get("work"):
        blocks.append('<p><strong>%s</strong></p><p>Note : %d/5</p>' % (E(s["work"]), s["stars"]))
    if s["kind"] == "qa":
        blocks.append("".join('<p><strong>%s</strong></p><p>%s</p>' % (E(q), E(a)) for q, a in s["qa"]))
    else:
        blocks.append(paras(s["paras"]))
    content = "".join('<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">%s</div></div>' % b for b in blocks)
    poster = s["poster"]
    main = ('<main id="page" class="container" role="main"><article class="BlogItem hentry author-%s post-type-text" data-item-id="65%d">'
            '<div class="blog-item-top-wrapper"><div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">%s</h1></div>'
            '<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="%s?author=%d" class="blog-author-name">%s</a></div>'
            '<div class="blog-meta-item blog-meta-item--date"><time class="dt-published blog-meta-item blog-meta-item--date date-highlight" datetime="%s" pubdate>%d %s %d</time></div></div></div>'
            '<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12">%s</div></div></div></div></div>'
            '<div class="blog-item-comments"><div class="squarespace-comments"></div></div>'
            '<section class="item-pagination"><a class="item-pagination-link item-pagination-link--next" href="%s"><h2 class="item-pagination-title">%s</h2></a></section></article></main>') % (
        slug(poster), s["pid"], E(s["head"]), s["sec"][1], s["pid"] * 3, E(poster), d.strftime("%Y-%m-%d"), d.day, FR_M[d.month - 1], d.year, content,
        s["next"]["path"], E(s["next"]["head"]))
    head = ('<meta property="og:site_name" content="Cahier Lumière"><meta property="og:title" content="%s — Cahier Lumière"><meta property="og:type" content="article">'
            '<meta itemprop="author" content="%s"><meta itemprop="datePublished" content="%s"><meta itemprop="headline" content="%s"><link rel="canonical" href="%s">'
            '<!-- This is Squarespace. --><!-- cahier-lumiere -->%s') % (
        E(s["head"]), E(poster), d.strftime("%Y-%m-%dT%H:%M:%S%z"), E(s["head"]), url(c, s["path"]),
        ld({"url": url(c, s["path"]), "name": s["head"], "headline": s["head"], "datePublished": d.strftime("%Y-%m-%dT%H:%M:%S%z"), "author": poster, "@context": "http://schema.org", "@type": "Article"}))
    s["zoned"] = True
    return chrome(c, "%s — Cahier Lumière" % s["head"], main, head, "collection-type-blog view-item")


def art_newspack(c, s):
    d = s["d"]
    user = s["wpuser"]
    top = ""
    if s.get("credit"):
        top = '<p class="has-small-font-size"><strong>Texto:</strong> %s <strong>/ Fotos:</strong> %s</p>' % (E(s["credit"][0]), E(s["credit"][1]))
    body = top + paras(s["paras"][:2])
    body += '<div class="wp-block-newspack-blocks-newsletter newspack-newsletters-subscribe"><p>Suscríbete a nuestra newsletter semanal y recibe cada jueves las mejores recetas de temporada.</p><form><input type="email"><button>Suscribirme</button></form></div>'
    body += paras(s["paras"][2:])
    if s.get("note"):
        body += '<p><em>%s</em></p>' % E(s["note"])
    rj = None
    if s.get("ingredients"):
        chef = s.get("chef")
        body += ('<div id="recipe-%d" class="wprm-recipe-container" data-recipe-id="%d"><div class="wprm-recipe wprm-recipe-template-classic"><h2 class="wprm-recipe-name">%s</h2>'
                 '%s<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Ingredientes</h3><ul class="wprm-recipe-ingredients">%s</ul></div></div></div>') % (
            s["pid"], s["pid"], E("Pulpo á feira" if not chef else "Coca de recapte"),
            '<div class="wprm-recipe-meta-container"><span class="wprm-recipe-details-label">Autor:</span> <span class="wprm-recipe-details wprm-recipe-author">%s</span></div>' % E(chef) if chef else "",
            "".join('<li class="wprm-recipe-ingredient">%s</li>' % E(i) for i in s["ingredients"]))
        rj = {"@context": "http://schema.org/", "@type": "Recipe", "name": "Coca de recapte" if chef else "Pulpo á feira", "author": {"@type": "Person", "name": chef or user},
              "datePublished": d.strftime("%Y-%m-%d"), "recipeIngredient": s["ingredients"]}
    lect = '<span class="reading-time">Tiempo de lectura: %d minutos</span>' % s["lectura"]
    main = ('<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
            '<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail entry">'
            '<header class="entry-header"><span class="cat-links"><a href="%s" rel="category tag">%s</a></span><h1 class="entry-title">%s</h1>'
            '<div class="newspack-post-subtitle">%s</div><div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="/wp-content/avatars/%s.png"></span>'
            '<span class="byline"><span class="author-prefix">por</span> <span class="author vcard"><a class="url fn n" href="/author/%s/">%s</a></span></span>'
            '<span class="posted-on"><time class="entry-date published" datetime="%s">%d %s, %d</time><time class="updated" datetime="%s">%d %s, %d</time></span> %s</div></div></header>'
            '<figure class="post-thumbnail"><img src="/wp-content/uploads/2026/11/%s.jpg" alt=""><figcaption>%s</figcaption></figure>'
            '<div class="entry-content">%s</div></article>'
            '<div class="jp-relatedposts"><h3>Relacionado</h3>%s</div></main></div></div>') % (
        s["pid"], s["pid"], s["sec"][1], E(s["sec"][0]), E(s["head"]), E(s["dek"]), slug(user), slug(user), E(user),
        iso(d), d.day, ES_M[d.month - 1], d.year, iso(d + TD(hours=4)), d.day, ES_M[d.month - 1], d.year, lect, slug(s["head"])[:20],
        "Foto: %s" % E(s["credit"][1]) if s.get("credit") else "Foto: Sabores de Temporada", body,
        teaser_list(c, [x for x in c["stories"] if x is not s], byline=False, dates=False))
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url(c, s["path"]) + "#article", "headline": s["head"], "datePublished": iso(d), "dateModified": iso(d + TD(hours=4)),
         "author": {"name": user, "@id": url(c, "/#/schema/person/%s" % slug(user))}, "isPartOf": {"@id": url(c, s["path"])}},
        {"@type": "Person", "@id": url(c, "/#/schema/person/%s" % slug(user)), "name": user, "url": url(c, "/author/%s/" % slug(user))}]}
    head = ('<meta name="generator" content="WordPress 6.6.2"><link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s">'
            '<meta property="article:published_time" content="%s"><meta name="author" content="%s"><meta name="twitter:label1" content="Escrito por"><meta name="twitter:data1" content="%s">%s%s') % (
        url(c, s["path"]), E(s["head"]), iso(d), E(user), E(user), ld(graph), ld(rj) if rj else "")
    s["zoned"] = True
    return chrome(c, "%s - Sabores de Temporada" % s["head"], main, head, "post-template-default single single-post")


def art_substack(c, s):
    d = s["d"]
    if d.year == TODAY.year and (TODAY - d.date()).days < 7:
        shown = d.strftime("%b %d")
    else:
        shown = d.strftime("%b %d, %Y")
    au = s["au"][0]
    body = ""
    if s.get("intro"):
        body += '<p><em>%s</em></p><hr>' % E(s["intro"])
    body += paras(s["paras"][:2])
    body += '<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>Iscriviti per ricevere i nuovi post e sostenere il mio lavoro.</p></div><form class="form"><input type="email" placeholder="Scrivi la tua email..."><button>Iscriviti</button></form></div></div>'
    body += paras(s["paras"][2:])
    main = ('<div id="main" class="main typography use-theme-bg"><div class="single-post-container"><div class="container"><div class="single-post"><div class="post-header">'
            '<article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title published">%s</h1><h3 class="subtitle">%s</h3>'
            '<div class="post-meta"><div class="byline-wrapper"><div class="pencraft pc-display-flex pc-gap-12"><div class="profile-hover-card-target profileHoverCardTarget-PBxvGm">'
            '<a href="/@%s" class="pencraft pc-reset decoration-hover-underline-ClDVos">%s</a></div></div>'
            '<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">%s</div></div>'
            '<div class="post-ufi"><a class="like-button">♥ 48</a><a class="post-ufi-comment-button" href="%s/comments">12</a><a class="restack">Condividi</a></div></div></div>'
            '<div class="available-content"><div dir="auto" class="body markup">%s</div></div></article></div>'
            '<div class="post-footer"><div class="subscribe-footer"><p>Il Taccuino dell\'Arte è una newsletter sostenuta dai lettori.</p><a href="/subscribe">Iscriviti</a></div></div>'
            '<div class="comments-section"><h4>Discussione</h4><div class="comment"><a class="comment-meta">Luisa B.</a> <span class="comment-date">2 g</span><p>Grazie, andrò sabato.</p></div></div>'
            '</div></div></div></div>') % (E(s["head"]), E(s["dek"]), slug(au).replace("-", ""), E(au), shown, s["path"], body)
    j = {"@context": "https://schema.org", "@type": "NewsArticle", "url": url(c, s["path"]), "mainEntityOfPage": url(c, s["path"]), "headline": s["head"], "description": s["dek"],
         "datePublished": zulu(d), "dateModified": zulu(d), "isAccessibleForFree": True,
         "author": [{"@type": "Person", "name": au, "url": url(c, "/@" + slug(au).replace("-", "")), "description": "Restauratore a Spoleto." if s["kind"] == "guest" else "Critica d'arte, scrive da Roma."}],
         "publisher": {"@type": "Organization", "name": "Il Taccuino dell'Arte", "url": url(c, "/"), "founder": {"@type": "Person", "name": "Giorgia Ferri"}}}
    head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="author" content="%s"><meta property="og:site_name" content="Il Taccuino dell\'Arte">'
            '<link rel="canonical" href="%s">%s') % (E(s["head"]), E(au), url(c, s["path"]), ld(j))
    s["zoned"] = True
    return chrome(c, "%s - by %s" % (s["head"], au), main, head, "pc-root substack-post")


def sv_dt(d):
    return "%d %s %d kl. %02d.%02d" % (d.day, SV_M[d.month - 1], d.year, d.hour, d.minute)


def art_labrador(c, s):
    d = s["d"]
    au = s["au"][0]
    lead = {"feature": "Text: ", "qa": "Intervju: ", "review": "", "photo": "Text och foto: "}[s["kind"]]
    by = '<div class="byline-item"><span class="byline-prefix">%s</span><a class="byline-name" href="/skribent/%s">%s</a>%s</div>' % (
        lead, slug(au), E(au), ' <span class="byline-role">%s</span>' % E(s["role"]) if s.get("role") else "")
    if s.get("photo"):
        by += '<div class="byline-item"><span class="byline-prefix">Foto: </span><span class="byline-name">%s</span></div>' % E(s["photo"])
    dates = '<span class="published">Publicerad <time datetime="%s">%s</time></span>' % (iso(d), sv_dt(d))
    if s.get("upd"):
        dates += ' <span class="updated">Uppdaterad <time datetime="%s">%s</time></span>' % (iso(s["u"]), sv_dt(s["u"]))
    if s["kind"] == "qa":
        body = "".join('<p class="qa-q"><strong>%s</strong></p><p class="qa-a">– %s</p>' % (E(q), E(a)) for q, a in s["qa"])
    elif s["kind"] == "photo":
        body = "".join('<p class="bodytext">%s</p><figure class="image image--gallery"><img src="/images/bjuroklubb-%d.jpg" alt=""><figcaption>%s Foto: %s</figcaption></figure>' % (
            E(p), i, E(cap), E(au)) for i, (p, cap) in enumerate(zip(s["paras"], s["captions"])))
    else:
        body = "".join('<p class="bodytext">%s</p>' % E(p) for p in s["paras"])
    box = ""
    if s.get("work"):
        box = '<div class="factbox review-box"><h3>Recension</h3><ul>%s</ul><div class="review-grade">Betyg: <span class="grade">%d</span> av 5</div></div>' % (
            "".join("<li><b>%s:</b> %s</li>" % (E(k), E(v)) for k, v in s["work"]), s["stars"])
    nummer = '<p class="article-source">Ur <a href="/nummer/%s">Magasinet Norrsken nr %s</a>.</p>' % (s["nummer"].replace("/", "-"), s["nummer"]) if s.get("nummer") else ""
    main = ('<div id="main" class="page-content"><article class="column articleRoot" data-section="%s" itemscope itemtype="https://schema.org/NewsArticle">'
            '<div class="articleHeader"><div class="kicker">%s</div><h1 class="headline" itemprop="headline">%s</h1><p class="subtitle">%s</p></div>'
            '<div class="articleMeta"><div class="byline">%s</div><div class="articleDates">%s</div></div>'
            '<figure class="image"><img src="/images/%s.jpg" alt=""><figcaption>%s</figcaption></figure>'
            '<div class="bodytext-wrap">%s%s%s</div></article><aside class="column relatedArticles"><h2>Läs också</h2>%s</aside></div>') % (
        s["sec"][0].lower(), E(s["kick"]), E(s["head"]), E(s["dek"]), by, dates, slug(s["head"])[:20],
        "Foto: %s" % E(s["photo"] if s.get("photo") else au if s["kind"] == "photo" else "Förlaget"), box, body, nummer,
        teaser_list(c, [x for x in c["stories"] if x is not s], byline=False, dates=False))
    head = ('<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="article:published_time" content="%s">'
            '<meta property="article:modified_time" content="%s"><meta name="author" content="%s"><link rel="canonical" href="%s">') % (
        E(s["head"]), iso(d), iso(s.get("u") or d), E(au), url(c, s["path"]))
    s["zoned"] = True
    return chrome(c, "%s | Magasinet Norrsken" % s["head"], main, head, "article-page labrador")


TPL = dict(conde=art_conde, dotdash=art_dotdash, wpvip=art_wpvip, zeit=art_zeit, typo3=art_typo3, drupal=art_drupal,
           squarespace=art_squarespace, newspack=art_newspack, substack=art_substack, labrador=art_labrador)


# ------------------------------------------------------------ non-articles
def offers_html(offers):
    return '<div class="offers">%s</div>' % "".join('<div class="offer-card"><h3>%s</h3><p class="price">%s</p><a class="button" href="#checkout">%s</a></div>' % (
        E(n), E(p), E(b)) for n, p, b in offers)


def nonart(c, kind, path, title, **kw):
    h = ""
    if kind in ("section", "tag", "search", "archive"):
        lst = kw.get("stories") or c["stories"]
        q = '<form class="search-form" action="%s"><input name="q" value="%s"></form>' % (path.split("?")[0], E(kw.get("q", ""))) if kind == "search" else ""
        main = '<main class="listing listing--%s"><h1 class="listing-title">%s</h1>%s%s%s</main>' % (kind, E(title), q, '<p class="listing-intro">%s</p>' % E(kw["intro"]) if kw.get("intro") else "", teaser_list(c, lst))
    elif kind == "about":
        staff = "".join('<li><span class="staff-name">%s</span> <span class="staff-role">%s</span></li>' % (E(n), E(r)) for n, r in kw.get("staff", []))
        main = '<main class="page page--about"><h1>%s</h1>%s<ul class="masthead-list">%s</ul></main>' % (E(title), paras(kw["text"]), staff)
    elif kind == "contributor":
        mine = [s for s in c["stories"] if title in s["au"]]
        main = ('<main class="contributor-page"><div class="contributor-header" itemscope itemtype="https://schema.org/Person"><img src="/people/%s.jpg" alt=""><h1 itemprop="name">%s</h1>'
                '<p class="contributor-bio" itemprop="description">%s</p></div><h2>%s</h2>%s</main>') % (slug(title), E(title), E(kw["bio"]), E(kw["latest"]), teaser_list(c, mine))
        h = ld({"@context": "https://schema.org", "@type": "ProfilePage", "mainEntity": {"@type": "Person", "name": title, "description": kw["bio"]}})
    elif kind in ("subscribe", "gift"):
        main = '<main class="paywall-landing %s-page"><h1>%s</h1>%s%s<p class="fineprint">%s</p></main>' % (kind, E(title), paras(kw["text"]), offers_html(kw["offers"]), E(kw.get("fine", "")))
    elif kind == "newsletter":
        main = ('<main class="newsletters-page"><h1>%s</h1>%s<ul class="newsletter-list">%s</ul><form class="newsletter-form" action="%s"><input type="email" name="email"><button>%s</button></form></main>') % (
            E(title), paras(kw["text"]), "".join('<li><h3>%s</h3><p>%s</p></li>' % (E(n), E(dsc)) for n, dsc in kw["lists"]), path, E(kw["button"]))
    elif kind == "issue":
        toc = "".join('<li class="toc-item"><span class="toc-rubric">%s</span><a href="%s"><h3>%s</h3></a><p class="toc-dek">%s</p><p class="toc-byline">%s</p></li>' % (
            E(s.get("kick") or (s.get("sec") or ("",))[0]), s["path"], E(s["head"]), E(s.get("dek", "")), E(kw["by"] % ", ".join(s["au"]))) for s in kw.get("stories") or c["stories"])
        main = '<main class="issue-page"><div class="issue-cover"><img src="/covers/%s.jpg" alt=""><h1>%s</h1><p class="issue-date">%s</p></div>%s<ol class="toc">%s</ol></main>' % (
            slug(title), E(title), E(kw["date"]), paras(kw.get("text", [])), toc)
    elif kind == "event":
        main = ('<main class="event-page"><p class="event-label">%s</p><h1>%s</h1><div class="event-details"><p class="event-when">%s</p><p class="event-where">%s</p></div>%s'
                '<a class="button tickets" href="#tickets">%s</a></main>') % (E(kw["label"]), E(title), E(kw["when"]), E(kw["where"]), paras(kw["text"]), E(kw["button"]))
        h = ld({"@context": "https://schema.org", "@type": "Event", "name": title, "startDate": kw["start"], "location": {"@type": "Place", "name": kw["where"]},
                "organizer": {"@type": "Organization", "name": c["name"]}})
    elif kind == "product":
        main = ('<main class="product-page"><div class="product-gallery"><img src="/shop/%s.jpg" alt=""></div><div class="product-info"><h1 class="product-title">%s</h1>'
                '<p class="product-price">%s</p>%s<button class="add-to-cart">%s</button></div></main>') % (slug(title), E(title), E(kw["price"]), paras(kw["text"]), E(kw["button"]))
        h = ld({"@context": "https://schema.org", "@type": "Product", "name": title, "description": kw["text"][0],
                "offers": {"@type": "Offer", "price": re.sub(r"[^0-9.,]", "", kw["price"]).replace(",", "."), "priceCurrency": kw.get("cur", "EUR")}})
    elif kind == "podcast":
        main = ('<main class="podcast-episode"><p class="podcast-show">%s</p><h1 class="episode-title">%s</h1><p class="episode-meta"><time datetime="%s">%s</time> · %s</p>'
                '<p class="episode-hosts">%s</p><audio controls src="/audio/%s.mp3"></audio><div class="show-notes">%s</div></main>') % (
            E(kw["show"]), E(title), kw["iso"], E(kw["shown"]), E(kw["dur"]), E(kw["hosts"]), slug(title), paras(kw["text"]))
        h = ld({"@context": "https://schema.org", "@type": "PodcastEpisode", "name": title, "datePublished": kw["iso"], "partOfSeries": {"@type": "PodcastSeries", "name": kw["show"]}})
    elif kind == "home":
        main = '<main class="homepage"><h1 class="visually-hidden">%s</h1><section class="hero">%s</section><section class="more"><h2>%s</h2><ul>%s</ul></section></main>' % (
            E(c["name"]), teaser_list(c, c["stories"]), E(kw["more"]), "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for t, p in c["foot"]))
    else:
        raise ValueError(kind)
    write_page(OUT, c["host"], fs_path(path), chrome(c, "%s | %s" % (title, c["name"]) if kind != "home" else c["name"], main, h))
    truth["nonarticles"].append(url(c, path))


def fs_path(p):
    p = p.split("?")[0]
    return p if p.endswith("/") or "." in p.rsplit("/", 1)[-1] else p + "/"


def by_name(c, name):
    return [s for s in c["stories"] if name in s["au"]]


NA = {}
NA["meridian"] = [
 ("section", "/culture/books", "Books", dict(intro="Reviews, essays, and criticism.")),
 ("tag", "/tag/lighthouses", "Lighthouses", {}),
 ("search", "/search?q=lake+superior", "Search", dict(q="lake superior")),
 ("issue", "/magazine/2026/11/16", "November 16, 2026", dict(date="The Issue of November 16, 2026", by="By %s", text=["This week’s issue: a novel of the Norwegian coast, lighthouse keepers, and more."])),
 ("contributor", "/contributors/priya-raman", "Priya Raman", dict(bio="Priya Raman became a staff writer at The Meridian Review in 2019. She writes about labor, the Great Lakes, and the people who keep old machines running.", latest="Latest stories")),
 ("subscribe", "/subscribe", "Subscribe to The Meridian Review", dict(text=["Get unlimited access to award-winning reporting, criticism, and fiction, plus the weekly print magazine."], offers=[("Digital", "$2.50/week", "Subscribe"), ("Print + Digital", "$3.50/week", "Subscribe")], fine="Cancel anytime.")),
 ("newsletter", "/newsletter", "Newsletters", dict(text=["Get the best of The Meridian Review in your in-box."], lists=[("The Daily", "Our editors’ picks, every weekday."), ("Books & Fiction", "Reviews and essays, twice a week.")], button="Sign up")),
 ("podcast", "/podcast/the-meridian-hour/lighthouse-keepers", "Inside the Lantern Room", dict(show="The Meridian Hour", iso="2026-10-30", shown="October 30, 2026", dur="38 min", hosts="Hosted by Daniel Ferris, with Priya Raman",
   text=["Priya Raman joins the show to talk about three weeks on Passage Island, the volunteers who keep Lake Superior’s lighthouses running, and the weather radio that never goes quiet.",
         "Plus: why automation never replaced the need for someone to climb the stairs, and what it sounds like when the lake piles up against the rocks in November."])),
 ("event", "/festival/2026/an-evening-with-ingrid-halvorsen", "An Evening with Ingrid Halvorsen", dict(label="Meridian Festival", when="Thursday, December 10, 2026, 7:00 P.M.", where="Walter Hall, New York", start="2026-12-10T19:00:00-05:00", button="Get tickets",
   text=["The novelist Ingrid Halvorsen discusses “The Salt Archive” with the critic Nathaniel Ostrowski, followed by a reading and a book signing.", "Doors open at 6:15 P.M. Running time about ninety minutes."])),
 ("about", "/about/masthead", "Masthead", dict(text=["The Meridian Review has published reporting, criticism, fiction, and poetry every week since 1931."], staff=[("Helena Marsh", "Editor"), ("Daniel Ferris", "Deputy Editor"), ("Rosa Lindgren", "Art Director")])),
]
NA["hearth"] = [
 ("section", "/recipes/dinner/", "Dinner Recipes", dict(intro="Easy weeknight dinners and weekend projects.")),
 ("tag", "/ingredients/fennel/", "Fennel", {}),
 ("search", "/search?q=fennel", "Search Results", dict(q="fennel")),
 ("newsletter", "/newsletters/", "Hearthside Newsletters", dict(text=["Recipes, tips, and the occasional love letter to butter, delivered to your inbox."], lists=[("Dinner Tonight", "Five dinner ideas every weekday."), ("The Bake Shop", "Breads and pies on Fridays.")], button="Sign Up")),
 ("product", "/shop/hearthside-one-pot-cookbook", "The Hearthside One-Pot Cookbook", dict(price="$29.99", cur="USD", button="Add to Cart",
   text=["One hundred and twenty recipes from the Hearthside test kitchen, all made in a single Dutch oven, skillet, or sheet pan.", "Hardcover, 288 pages, with photographs by Lena Park. Ships in five to seven business days."])),
 ("about", "/about-us-8601122", "About Us", dict(text=["Hearthside Kitchen has helped home cooks get dinner on the table since 1998. Every recipe is tested at least three times in our kitchen.", "Our editorial guidelines explain how we develop, test, and fact-check recipes and stories."], staff=[("Carla Benton", "Editorial Director"), ("Morgan Li", "Research Editor")])),
 ("contributor", "/author/julia-montague/", "Julia Montague", dict(bio="Julia Montague is a senior food editor at Hearthside Kitchen, where she develops recipes and writes about vegetables nobody else wants to cook.", latest="Recipes and stories")),
 ("gift", "/gift-subscription/", "Give Hearthside Magazine", dict(text=["Give a year of Hearthside magazine: ten print issues full of seasonal recipes, delivered to their door."], offers=[("1-Year Gift", "$19.99", "Give Now"), ("2-Year Gift", "$34.99", "Give Now")])),
]
NA["ledger"] = [
 ("section", "/section/success/", "Success", {}),
 ("tag", "/tag/aviation/", "Aviation", {}),
 ("contributor", "/author/marcus-bell/", "Marcus Bell", dict(bio="Marcus Bell is a senior writer at The Ledger Monthly covering transportation and industrial companies.", latest="Latest from Marcus Bell")),
 ("subscribe", "/subscribe/", "Subscribe to The Ledger", dict(text=["Unlimited access to business journalism that explains how companies really work."], offers=[("Digital", "$9.99/month", "Start now"), ("Digital + Print", "$14.99/month", "Start now")])),
 ("event", "/conferences/ledger-cfo-summit-2027/", "The Ledger CFO Summit 2027", dict(label="Ledger Live", when="March 3–4, 2027", where="The Drake, Chicago", start="2027-03-03T09:00:00-06:00", button="Request an invitation",
   text=["Two days of conversations with finance chiefs on capital allocation, forecasting, and the end of the annual budget.", "Speakers include Sandra Oyelaran of Marlow Industrial and the editors of The Ledger Monthly."])),
 ("podcast", "/podcast/ledger-talk/episode-212/", "Ledger Talk, Episode 212: Why Turboprops Are Back", dict(show="Ledger Talk", iso="2026-11-20", shown="November 20, 2026", dur="26 min", hosts="With Owen Patel and Marcus Bell",
   text=["Marcus Bell explains why small airlines are ordering turboprops again and what it means for travelers in smaller cities.", "Subscribe to Ledger Talk wherever you get your podcasts."])),
 ("newsletter", "/newsletters/", "Ledger Newsletters", dict(text=["Sign up for our free newsletters."], lists=[("The Ledger Daily", "The morning business briefing."), ("Term Sheet", "Deals and dealmakers.")], button="Subscribe")),
 ("about", "/masthead/", "Masthead", dict(text=["The Ledger Monthly is a business magazine published ten times a year."], staff=[("Alan Whitcomb", "Editor in Chief"), ("Rachel Kim", "Senior Editor"), ("Hye-jin Cho", "Illustrator")])),
]
NA["woche"] = [
 ("section", "/kultur/index", "Kultur", {}),
 ("issue", "/2026/47/index", "Die Allgemeine Woche Nr. 47/2026", dict(date="Ausgabe vom 12. November 2026", by="Von %s", stories=None)),
 ("subscribe", "/abo/digital", "Die Allgemeine Woche digital lesen", dict(text=["Alle Artikel, die E-Paper-Ausgabe und die App. Jederzeit kündbar."], offers=[("Digital-Abo", "4 Wochen kostenlos, danach 5,80 € pro Woche", "Jetzt testen"), ("Print + Digital", "7,20 € pro Woche", "Jetzt bestellen")])),
 ("gift", "/abo/geschenk", "Geschenkabo", dict(text=["Verschenken Sie ein Jahr Lesefreude – die Allgemeine Woche jeden Donnerstag im Briefkasten."], offers=[("1 Jahr Print", "299,00 €", "Verschenken")])),
 ("newsletter", "/newsletter", "Newsletter", dict(text=["Was jetzt wichtig ist: Unsere Newsletter liefern die Woche ins Postfach."], lists=[("Was jetzt?", "Der Morgen-Newsletter, werktags."), ("Kulturbrief", "Jeden Freitag.")], button="Anmelden")),
 ("contributor", "/autoren/L/Katharina_Lenz/index", "Katharina Lenz", dict(bio="Katharina Lenz ist Redakteurin im Ressort Gesellschaft der Allgemeinen Woche. Sie schreibt über das Leben auf dem Land.", latest="Artikel von Katharina Lenz")),
 ("about", "/impressum/index", "Impressum", dict(text=["Die Allgemeine Woche erscheint im Verlag Allgemeine Woche GmbH & Co. KG, Speersort 10, 20095 Hamburg.", "Verantwortlich im Sinne des § 18 Abs. 2 MStV: Dr. Lorenz Hauff."], staff=[("Dr. Lorenz Hauff", "Chefredakteur"), ("Birgit Ahrens", "Stellvertretende Chefredakteurin")])),
 ("podcast", "/podcasts/2026-11/woche-zum-hoeren-genossenschaft", "Woche zum Hören: Die Kneipe gehört jetzt allen", dict(show="Woche zum Hören", iso="2026-11-14", shown="14. November 2026", dur="32 Min.", hosts="Mit Katharina Lenz und Jonas Weber",
   text=["Was passiert, wenn ein ganzes Dorf zum Wirt wird? Katharina Lenz und Jonas Weber erzählen von ihrer Recherche in Hohenwarth.", "Alle Folgen gibt es in der App und überall, wo es Podcasts gibt."])),
 ("search", "/suche/index?q=Genossenschaft", "Suche", dict(q="Genossenschaft")),
]
NA["natur"] = [
 ("section", "/themen/klima", "Klima", {}),
 ("issue", "/heftarchiv/11-2026", "Natur & Forschung 11/2026", dict(date="Erscheinungstag: 22. Oktober 2026", by="%s", text=["Titelthema: Der Zahlensinn der Tiere. Außerdem: Gletscher, Sterne, Krähen."])),
 ("subscribe", "/abo", "Natur & Forschung abonnieren", dict(text=["12 Ausgaben im Jahr, dazu Zugang zum digitalen Heftarchiv."], offers=[("Jahresabo", "89,90 €", "Bestellen"), ("Studierendenabo", "59,90 €", "Bestellen")])),
 ("product", "/shop/sonderheft-voegel", "Sonderheft: Die Intelligenz der Vögel", dict(price="12,90 €", button="In den Warenkorb",
   text=["Rabenvögel, Papageien, Tauben: Das Sonderheft versammelt die besten Beiträge aus zehn Jahren Natur & Forschung zur Kognition der Vögel.", "116 Seiten, durchgehend farbig illustriert."])),
 ("event", "/veranstaltungen/vortrag-krähen-zaehlen", "Vortragsabend: Können Krähen zählen?", dict(label="Veranstaltung", when="Donnerstag, 10. Dezember 2026, 19:00 Uhr", where="Naturkundemuseum Stuttgart", start="2026-12-10T19:00:00+01:00", button="Jetzt anmelden",
   text=["Unsere Autorin Miriam Schuster spricht mit Verhaltensbiologen über den Zahlensinn der Rabenvögel.", "Eintritt frei, Anmeldung erforderlich."])),
 ("about", "/impressum", "Impressum", dict(text=["Natur & Forschung ist eine Publikation der Kessler Mediengruppe GmbH, Stuttgart.", "Chefredaktion: Dr. Ulrike Brandes."], staff=[("Dr. Ulrike Brandes", "Chefredakteurin"), ("Jan Voigt", "Grafik und Illustration")])),
 ("contributor", "/autoren/miriam-schuster", "Miriam Schuster", dict(bio="Miriam Schuster ist Biologin und Wissenschaftsjournalistin in Tübingen.", latest="Beiträge")),
 ("newsletter", "/newsletter", "Der Natur & Forschung Newsletter", dict(text=["Einmal pro Woche die wichtigsten Entdeckungen aus der Forschung."], lists=[("Wochenrückblick", "Jeden Freitag.")], button="Abonnieren")),
]
NA["hebdo"] = [
 ("section", "/culture", "Culture", {}),
 ("issue", "/numero/2931", "L'Hebdo du Quai n° 2931", dict(date="Semaine du 6 au 12 novembre 2026", by="Par %s", text=["Au sommaire de ce numéro : Marseille, ses pêcheurs et son port."])),
 ("subscribe", "/abonnement", "Abonnez-vous à L'Hebdo du Quai", dict(text=["Accédez à tous nos articles, au journal numérique et aux archives depuis 1972."], offers=[("Numérique", "1 € le premier mois", "Je m'abonne"), ("Intégrale", "19,90 € par mois", "Je m'abonne")])),
 ("gift", "/offrir", "Offrir L'Hebdo du Quai", dict(text=["Offrez un abonnement de six mois ou d'un an, avec une carte cadeau personnalisée."], offers=[("6 mois", "89 €", "Offrir"), ("1 an", "159 €", "Offrir")])),
 ("newsletter", "/newsletters", "Nos newsletters", dict(text=["Recevez gratuitement nos sélections."], lists=[("La Matinale", "Chaque matin à 7 heures."), ("Culture", "Le jeudi.")], button="S'inscrire")),
 ("contributor", "/auteurs/camille-arnaud", "Camille Arnaud", dict(bio="Camille Arnaud est grand reporter au service Société de L'Hebdo du Quai.", latest="Ses derniers articles")),
 ("about", "/mentions-legales", "Mentions légales", dict(text=["L'Hebdo du Quai est édité par la SAS Éditions du Quai, 12 rue des Carmes, 75005 Paris.", "Directeur de la publication : Pierre-Yves Garnier."], staff=[("Pierre-Yves Garnier", "Directeur de la publication")])),
 ("podcast", "/podcasts/la-traversee/les-pecheurs-du-vieux-port", "La Traversée : les pêcheurs du Vieux-Port", dict(show="La Traversée", iso="2026-11-07", shown="7 novembre 2026", dur="24 min", hosts="Avec Camille Arnaud",
   text=["Notre reporter raconte ses nuits sur le quai des Belges avec les derniers pêcheurs de Marseille.", "Un podcast de L'Hebdo du Quai, réalisé par Olivier Nadal."])),
 ("event", "/evenements/rencontre-helene-dufresne", "Rencontre avec Hélène Dufresne", dict(label="Les rencontres de L'Hebdo", when="Mardi 8 décembre 2026, 19 h 30", where="Librairie Le Divan, Paris 15e", start="2026-12-08T19:30:00+01:00", button="Réserver",
   text=["La philosophe présente son essai sur l'ennui, en dialogue avec Julien Morel.", "Entrée libre dans la limite des places disponibles."])),
]
NA["cahier"] = [
 ("section", "/critiques", "Critiques", {}),
 ("section", "/journal", "Journal", {}),
 ("tag", "/critiques/tag/cinema-francais", "Cinéma français", {}),
 ("about", "/a-propos", "À propos", dict(text=["Cahier Lumière est une revue indépendante de critique de cinéma fondée en 2018 à Paris.", "Nous publions des critiques, des entretiens et des carnets de festival."], staff=[("Antoine Girard", "Fondateur"), ("Léa Fournier", "Rédactrice"), ("Marc Dubois", "Photographe")])),
 ("newsletter", "/newsletter", "La lettre de Cahier Lumière", dict(text=["Une fois par mois, nos critiques et nos coups de cœur."], lists=[("La lettre", "Mensuelle.")], button="S'inscrire")),
 ("product", "/boutique/affiche-les-heures-claires", "Affiche « Les Heures claires »", dict(price="25,00 €", button="Ajouter au panier",
   text=["Affiche officielle du film d'Inès Morvan, format 40 × 60 cm, imprimée sur papier mat.", "Expédition sous 3 jours ouvrés."])),
 ("event", "/cine-club/decembre-2026", "Ciné-club de décembre", dict(label="Ciné-club", when="Dimanche 13 décembre 2026, 18 h", where="Cinéma Le Grand Action, Paris 5e", start="2026-12-13T18:00:00+01:00", button="Réserver",
   text=["Projection des « Heures claires » suivie d'une discussion avec Inès Morvan.", "Tarif réduit pour les abonnés de la lettre."])),
 ("subscribe", "/soutenir", "Soutenir Cahier Lumière", dict(text=["Cahier Lumière est gratuit et sans publicité. Votre soutien nous permet de continuer."], offers=[("Ami", "3 € par mois", "Soutenir"), ("Mécène", "10 € par mois", "Soutenir")])),
]
NA["sabor"] = [
 ("section", "/category/recetas/", "Recetas", {}),
 ("tag", "/tag/galicia/", "Galicia", {}),
 ("search", "/search/pulpo/", "Resultados de búsqueda: pulpo", dict(q="pulpo")),
 ("subscribe", "/suscripcion/", "Suscríbete a Sabores de Temporada", dict(text=["Once números al año en papel y acceso a todas las recetas en la web."], offers=[("Anual papel + digital", "49 €", "Suscribirme"), ("Solo digital", "2,99 € al mes", "Suscribirme")])),
 ("gift", "/regala-una-suscripcion/", "Regala una suscripción", dict(text=["El regalo perfecto para quien disfruta cocinando: un año de recetas de temporada."], offers=[("Un año", "45 €", "Regalar")])),
 ("newsletter", "/newsletter/", "Newsletter", dict(text=["Cada jueves, las mejores recetas de temporada en tu correo."], lists=[("El recetario del jueves", "Semanal.")], button="Apuntarme")),
 ("contributor", "/author/nuria-saez/", "Nuria Sáez", dict(bio="Nuria Sáez es periodista gastronómica y redactora jefa de Sabores de Temporada.", latest="Artículos de Nuria Sáez")),
 ("about", "/aviso-legal/", "Aviso legal", dict(text=["Sabores de Temporada es una publicación de Ediciones Mesa Larga S.L., calle de Fuencarral 45, 28004 Madrid.", "Inscrita en el Registro Mercantil de Madrid."], staff=[])),
 ("product", "/tienda/libro-cocina-de-feria/", "Libro: Cocina de feria", dict(price="24,90 €", button="Añadir al carrito",
   text=["Cuarenta recetas de ferias y romerías de toda España, del pulpo á feira a las rosquillas de San Isidro.", "Tapa dura, 192 páginas, con fotografías de Álvaro Prieto."])),
]
NA["taccuino"] = [
 ("archive", "/archive", "Archivio", {}),
 ("about", "/about", "Il Taccuino dell'Arte", dict(text=["Una newsletter settimanale sull'arte in Italia, scritta da Giorgia Ferri: mostre piccole, restauri, musei di provincia.", "Esce ogni martedì. È gratuita, ma chi può sostenerla la tiene viva."], staff=[])),
 ("subscribe", "/subscribe", "Iscriviti a Il Taccuino dell'Arte", dict(text=["Ricevi ogni post direttamente nella tua casella."], offers=[("Gratuito", "0 €", "Iscriviti"), ("Mensile", "5 €/mese", "Sostieni"), ("Annuale", "50 €/anno", "Sostieni")])),
 ("podcast", "/p/episodio-9-la-biennale-a-novembre", "Episodio 9: la Biennale a novembre", dict(show="Il Taccuino — audio", iso="2026-11-24", shown="Nov 24, 2026", dur="31 min", hosts="Giorgia Ferri",
   text=["In questo episodio torno ai Giardini con un custode che lavora alla Biennale da vent'anni.", "Ascolta nell'app o nel tuo lettore di podcast preferito."])),
 ("archive", "/s/appunti", "Appunti", dict(stories=None)),
 ("archive", "/podcast", "Podcast", dict(stories=[])),
]
NA["norrsken"] = [
 ("section", "/kultur", "Kultur", {}),
 ("issue", "/nummer/9-2026", "Magasinet Norrsken nr 9/2026", dict(date="Utkom 29 oktober 2026", by="%s", text=["I detta nummer: glaciärerna i Tarfala, en roman från Roslagen och en astronaut på Gotland."])),
 ("subscribe", "/prenumerera", "Prenumerera på Magasinet Norrsken", dict(text=["Tio nummer om året och fri tillgång till alla artiklar på sajten."], offers=[("Helår", "549 kr", "Beställ"), ("Digitalt", "49 kr/mån", "Beställ")])),
 ("gift", "/ge-bort", "Ge bort en prenumeration", dict(text=["Ge bort ett år med Magasinet Norrsken – vi skickar ett gåvobrev till mottagaren."], offers=[("Gåvoprenumeration", "499 kr", "Ge bort")])),
 ("newsletter", "/nyhetsbrev", "Nyhetsbrev", dict(text=["Få veckans bästa läsning varje söndag."], lists=[("Söndagsläsning", "Varje söndag.")], button="Anmäl dig")),
 ("contributor", "/skribent/elin-bergstrom", "Elin Bergström", dict(bio="Elin Bergström är reporter på Magasinet Norrsken och skriver om natur och klimat i fjällvärlden.", latest="Artiklar av Elin Bergström")),
 ("about", "/om-oss", "Om oss", dict(text=["Magasinet Norrsken är en populärvetenskaplig tidskrift som ges ut av Stiftelsen Norrsken i Umeå.", "Ansvarig utgivare: Karl Engström."], staff=[("Karl Engström", "Chefredaktör och ansvarig utgivare"), ("Johan Lindgren", "Fotograf")])),
 ("event", "/evenemang/norrskenskvall-umea", "Norrskenskväll i Umeå", dict(label="Evenemang", when="Lördag 12 december 2026 kl. 18.00", where="Väven, Umeå", start="2026-12-12T18:00:00+01:00", button="Boka biljett",
   text=["Följ med våra reportrar till glaciärerna i Tarfala i bild och berättelse.", "Biljetter 120 kronor, prenumeranter går gratis."])),
 ("podcast", "/podd/norrskenspodden-44", "Norrskenspodden #44: Snön som försvinner", dict(show="Norrskenspodden", iso="2026-11-06", shown="6 november 2026", dur="41 min", hosts="Med Elin Bergström och Karl Engström",
   text=["Elin Bergström berättar om sina dagar på Tarfala forskningsstation och om mätserien som började 1946.", "Lyssna där poddar finns."])),
]

NAV = {
 "meridian": [("Books", "/culture/books"), ("The Magazine", "/magazine/2026/11/16"), ("Podcasts", "/podcast/the-meridian-hour/lighthouse-keepers"), ("Subscribe", "/subscribe")],
 "hearth": [("Dinner", "/recipes/dinner/"), ("Fennel", "/ingredients/fennel/"), ("Shop", "/shop/hearthside-one-pot-cookbook"), ("Newsletters", "/newsletters/")],
 "ledger": [("Success", "/section/success/"), ("Aviation", "/tag/aviation/"), ("Events", "/conferences/ledger-cfo-summit-2027/"), ("Subscribe", "/subscribe/")],
 "woche": [("Kultur", "/kultur/index"), ("Ausgabe", "/2026/47/index"), ("Podcasts", "/podcasts/2026-11/woche-zum-hoeren-genossenschaft"), ("Abo", "/abo/digital")],
 "natur": [("Klima", "/themen/klima"), ("Heftarchiv", "/heftarchiv/11-2026"), ("Shop", "/shop/sonderheft-voegel"), ("Abo", "/abo")],
 "hebdo": [("Culture", "/culture"), ("Le numéro", "/numero/2931"), ("Podcasts", "/podcasts/la-traversee/les-pecheurs-du-vieux-port"), ("S'abonner", "/abonnement")],
 "cahier": [("Critiques", "/critiques"), ("Journal", "/journal"), ("Boutique", "/boutique/affiche-les-heures-claires"), ("À propos", "/a-propos")],
 "sabor": [("Recetas", "/category/recetas/"), ("Galicia", "/tag/galicia/"), ("Tienda", "/tienda/libro-cocina-de-feria/"), ("Suscríbete", "/suscripcion/")],
 "taccuino": [("Home", "/"), ("Archivio", "/archive"), ("Podcast", "/podcast"), ("About", "/about")],
 "norrsken": [("Kultur", "/kultur"), ("Senaste numret", "/nummer/9-2026"), ("Podd", "/podd/norrskenspodden-44"), ("Prenumerera", "/prenumerera")],
}
MORE = dict(en="More", de="Mehr", fr="Plus", es="Más", it="Altro", sv="Mer")

# ------------------------------------------------------------------- build
pid = 4100
for c in SITES:
    tz = ZoneInfo(c["tz"])
    c["stories"] = ST[c["k"]]
    c["nav"] = NAV[c["k"]]
    c["foot"] = [(t, p) for kind, p, t, kw in NA[c["k"]]]
    for i, s in enumerate(c["stories"]):
        pid += 37
        s["pid"] = pid
        s["d"] = s["tz_utc"] if s.get("tz_utc") else DT(*s["t"], tzinfo=tz)
        if s.get("upd"):
            s["u"] = DT(*s["upd"], tzinfo=tz)
        s["next"] = c["stories"][(i + 1) % len(c["stories"])]
        s.setdefault("kick", (s.get("sec") or ("",))[0])
        s.setdefault("sec", ("Post", "/archive"))
for c in SITES:
    for s in c["stories"]:
        doc = TPL[c["tpl"]](c, s)
        write_page(OUT, c["host"], fs_path(s["path"]), doc)
        a = {"url": url(c, s["path"]), "title": s["head"], "date": s["d"].strftime("%Y-%m-%d"), "authors": s["au"]}
        if s.get("tz_utc"):
            a["date"] = "fetch-day%d" % (TODAY - s["d"].date()).days
        if s.get("zoned"):
            a["instant"] = s["d"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
        for f in ("must", "must_not"):
            if s.get(f):
                a[f] = s[f]
        truth["articles"].append(a)
    for kind, p, t, kw in NA[c["k"]]:
        nonart(c, kind, p, t, **kw)
    nonart(c, "home", "/", c["name"], more=MORE[c["lang"]])

# The Ledger reprints The Meridian Review's bookstore story two days later,
# with a canonical link to the original and a credit line.
led, mer = SITE["ledger"], SITE["meridian"]
orig = mer["stories"][3]
cp = dict(orig, path="/2026/11/04/why-small-towns-want-a-bookstore-again/", d=orig["d"] + TD(days=2), pid=9999, sec=("Retail", "/section/retail/"))
write_page(OUT, led["host"], cp["path"], art_wpvip(led, cp, copy_of=url(mer, orig["path"])))
truth["synd"].append(dict(copy=url(led, cp["path"]), orig=url(mer, orig["path"])))
home = os.path.join(OUT, led["host"], "index.html")
doc = open(home, encoding="utf-8").read().replace('<section class="more">', '<section class="partners"><h2>From our partners</h2><a href="%s">%s</a></section><section class="more">' % (cp["path"], E(cp["head"])), 1)
open(home, "w", encoding="utf-8").write(doc)


# ---------------------------------------------------- feeds, sitemaps, robots
def rss(c, path, stories):
    items = "".join('<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><dc:creator>%s</dc:creator></item>' % (
        E(s["head"]), url(c, s["path"]), s["d"].strftime("%a, %d %b %Y %H:%M:%S %z"), E(s.get("wpuser") or s["au"][0])) for s in stories)
    write_page(OUT, c["host"], path, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (
        E(c["name"]), url(c, "/"), items))


def sitemap(c, stories):
    locs = "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (url(c, s["path"]), s["d"].strftime("%Y-%m-%d")) for s in stories)
    write_page(OUT, c["host"], "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)


for c in SITES:
    robots = "User-agent: *\nDisallow: /api/\n"
    if c["k"] in ("meridian", "natur", "norrsken", "hearth"):
        sitemap(c, c["stories"])
        robots += "Sitemap: %s\n" % url(c, "/sitemap.xml")
    if c["k"] in ("ledger", "sabor"):
        rss(c, "/feed.xml", c["stories"])
    if c["k"] == "hebdo":
        rss(c, "/rss.xml", c["stories"])
    if c["k"] == "taccuino":
        rss(c, "/feed.xml", c["stories"])
    write_page(OUT, c["host"], "/robots.txt", robots)

json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
