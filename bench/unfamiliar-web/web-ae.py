"""Web ae: twelve regional papers in languages newsroom has seen little of:
Catalan, Galician, Serbian (Cyrillic), Croatian, Slovak, Bulgarian,
Lithuanian, Latvian, Estonian, Malay, Taglish (Filipino with English) and
Swahili (Kenya). Articles (36), each site on its own template: breadcrumbs
that end in the day ("Inici › Comarques › 3 de març de 2025"); a kicker over
the h1 and a standfirst under it; a Serbian page whose h1 is the section
("Друштво") and whose headline is only in og:title and a plain div (the
<title> names the section); print links ("?print=1", the same page) and AMP
copies with a canonical link (the print copies scored as syndicated); photo
credits "Foto:", "Фото:", "Снимка:", "Nuotr.", "Gambar:", "Larawan:",
"Picha:"; "Llegiu també:", "Le tamén:", "Прочитајте још:", "Pročitajte
i:", "Čítajte aj:", "Прочетете още:", "Taip pat skaitykite:", "Lasi arī:",
"Loe ka:", "Baca juga:", "Basahin din:", "Soma pia:" links between
paragraphs; comment blocks with later dates; a masthead with today's date
and sidebars of teasers with relative times ("fa 3 hores", "пре 2 сата",
"3 jam lalu", "saa 2 zilizopita"). Dates "3 de març de 2025, 18:24"
(after "Actualitzat"), "05/03/2025 18:24" and "04.03.2025 18:24" (day
first, all days under 13), "4. март 2025. 11:15", "3. ožujka 2025. u
18:24", "5. marca 2025 o 14:20", "Обновена: ... | Публикувана: ...", "2025
m. kovo 3 d. 18:24", "5. märts 2025, 10:20", "3hb Mac 2025, 6:24 petang",
"Marso 4, 2025 | 2:00 PM", "Machi 3, 2025 12:00"; JSON-LD on half the
sites (full; dates only; the publisher as author). Bylines "Per A i B",
"Autor:", "Аутор:", "Piše:", "Napísal:"/"Napísala:", "Автор:",
"Autorius:"/"Autorė:", "Autors:", "Autor: X | Toimetaja: Y", "Oleh A dan
B", "Ni", "Na A na B". Non-articles: home, section, tag, author, search and
about pages on every site, plus a gallery, video, weather, horoscope,
election results, obituary list or live blog. Crawled once with dafcaa3:
stored 36 of 36, titles 36, dates 30 (Estonian "5. märts 2025, 10:20" and
Filipino "Marso 4, 2025 | 2:00 PM" unread), authors 23 (unlinked
"Аутор:", "Napísal(a):", "Autorė:", "Autors:" unread; "Oleh X" and "Ni X"
took the next element's "3hb Mac" or "Marso", "Ni" kept), bodies 27 of 36
(on the three standfirst sites the paragraph after the "read also" link is
dropped when only one body paragraph precedes it), 0 of 86 non-articles
stored, the 9 print copies kept under the story (AMP copies not fetched).
Writes the sites and truth.json under the directory given as the first
argument."""
import datetime, html, json, os, random, re, sys, unicodedata  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18110
rnd = random.Random("web-ae")
truth = {"articles": [], "nonarticles": [], "synd": []}
E, DT, TD = html.escape, datetime.datetime, datetime.timedelta
TODAY = datetime.date.today()
M = {k: v.split() for k, v in dict(
    ca="gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    sr="јануар фебруар март април мај јун јул август септембар октобар новембар децембар",
    hr="siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    sk="januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    bg="януари февруари март април май юни юли август септември октомври ноември декември",
    lt="sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    et="jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    ms="Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    tl="Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
    sw="Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba").items()}


def ampm(d, words=None):
    h = d.hour % 12 or 12
    if words:  # Malay: pagi (morning), tengah hari, petang, malam
        w = "pagi" if d.hour < 12 else "tengah hari" if d.hour < 14 else "petang" if d.hour < 19 else "malam"
        return "%d:%02d %s" % (h, d.minute, w)
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def ca_m(m): return ("d'" if M["ca"][m - 1][0] in "ao" else "de ") + M["ca"][m - 1]


# Per language: the date as a story shows it (d: datetime), a day as the masthead shows
# it, and "n hours ago" for teasers.
FMT = {
 "ca": (lambda d: "%d %s de %d, %s" % (d.day, ca_m(d.month), d.year, d.strftime("%H:%M")), lambda d: "%d %s de %d" % (d.day, ca_m(d.month), d.year), lambda n: "fa %d hores" % n),
 "gl": (lambda d: d.strftime("%d/%m/%Y %H:%M"), lambda d: d.strftime("%d/%m/%Y"), lambda n: "hai %d horas" % n),
 "sr": (lambda d: "%d. %s %d. %s" % (d.day, M["sr"][d.month - 1], d.year, d.strftime("%H:%M")), lambda d: "%d. %s %d." % (d.day, M["sr"][d.month - 1], d.year), lambda n: "пре %d сата" % n),
 "hr": (lambda d: "%d. %s %d. u %s" % (d.day, M["hr"][d.month - 1], d.year, d.strftime("%H:%M")), lambda d: "%d. %s %d." % (d.day, M["hr"][d.month - 1], d.year), lambda n: "prije %d sata" % n),
 "sk": (lambda d: "%d. %s %d o %s" % (d.day, M["sk"][d.month - 1], d.year, d.strftime("%H:%M")), lambda d: "%d. %s %d" % (d.day, M["sk"][d.month - 1], d.year), lambda n: "pred %d hodinami" % n),
 "bg": (lambda d: "%d %s %d, %s" % (d.day, M["bg"][d.month - 1], d.year, d.strftime("%H:%M")), lambda d: "%d %s %d" % (d.day, M["bg"][d.month - 1], d.year), lambda n: "преди %d часа" % n),
 "lt": (lambda d: "%d m. %s %d d. %s" % (d.year, M["lt"][d.month - 1], d.day, d.strftime("%H:%M")), lambda d: "%d m. %s %d d." % (d.year, M["lt"][d.month - 1], d.day), lambda n: "prieš %d val." % n),
 "lv": (lambda d: d.strftime("%d.%m.%Y %H:%M"), lambda d: d.strftime("%d.%m.%Y"), lambda n: "pirms %d stundām" % n),
 "et": (lambda d: "%d. %s %d, %s" % (d.day, M["et"][d.month - 1], d.year, d.strftime("%H:%M")), lambda d: "%d. %s %d" % (d.day, M["et"][d.month - 1], d.year), lambda n: "%d tundi tagasi" % n),
 "ms": (lambda d: "%dhb %s %d, %s" % (d.day, M["ms"][d.month - 1], d.year, ampm(d, 1)), lambda d: "%dhb %s %d" % (d.day, M["ms"][d.month - 1], d.year), lambda n: "%d jam lalu" % n),
 "tl": (lambda d: "%s %d, %d | %s" % (M["tl"][d.month - 1], d.day, d.year, ampm(d)), lambda d: "%s %d, %d" % (M["tl"][d.month - 1], d.day, d.year), lambda n: "%d oras na ang nakalipas" % n),
 "sw": (lambda d: "%s %d, %d %s" % (M["sw"][d.month - 1], d.day, d.year, d.strftime("%H:%M")), lambda d: "%s %d, %d" % (M["sw"][d.month - 1], d.day, d.year), lambda n: "saa %d zilizopita" % n),
}

# Per site: stories as (kicker, headline, (month, day, hour, minute) local 2025, update hours
# later or 0, writers (truth), the credit as shown, paragraphs).
ST = {
 "ca": [("Mobilitat", "Sabadell allarga el carril bici fins a la Creu Alta", (3, 3, 18, 24), 15, ["Marta Puig"], "Per Marta Puig", ["L'Ajuntament de Sabadell ha aprovat el projecte per allargar el carril bici de la Gran Via fins al barri de la Creu Alta. Les obres començaran a l'abril i costaran 1,2 milions d'euros.", "El nou tram tindrà gairebé dos quilòmetres i connectarà l'estació de Rodalies amb l'institut Escola Industrial. Durant les obres es perdran una cinquantena de places d'aparcament.", "Els veïns de la Creu Alta reclamaven fa anys una via segura per anar en bicicleta al centre. La regidora de Mobilitat ha assegurat que el carril estarà acabat abans de l'estiu."]),
        ("Sequera", "Els pagesos del Vallès alerten que el cereal no arribarà a granar", (3, 7, 10, 5), 0, ["Jordi Vila", "Núria Soler"], "Per Jordi Vila i Núria Soler", ["Els pagesos del Vallès Oriental calculen que perdran més de la meitat de la collita de blat i ordi si no plou abans d'un mes. Els camps de secà de la plana presenten espigues curtes i groguenques.", "La Unió de Pagesos demana ajuts directes a la Generalitat i una moratòria en el pagament de les quotes de la Seguretat Social. Alguns pagesos ja han decidit llaurar els camps i renunciar a la collita.", "Segons el Servei Meteorològic, el febrer va ser el més sec dels darrers trenta anys a la comarca, amb menys de cinc litres per metre quadrat recollits."]),
        ("Comerç", "El Mercat Central de Terrassa reobre després de dos anys d'obres", (3, 12, 12, 30), 0, ["Anna Ferrer"], "Per Anna Ferrer", ["El Mercat de la Independència de Terrassa ha reobert aquest dimecres les portes després d'una reforma que ha durat dos anys i ha costat nou milions d'euros. L'edifici modernista conserva la coberta de ferro original.", "El mercat té ara 42 parades, un supermercat al soterrani i un espai de restauració amb terrassa. Els paradistes que van treballar en una carpa provisional hi han tornat tots.", "L'alcalde ha destacat que el mercat ha de tornar a ser el cor comercial del centre i ha anunciat que obrirà també els diumenges al matí."])],
 "gl": [("Mar", "A lonxa de Burela estrea novas cámaras de frío", (3, 5, 18, 24), 0, ["Uxía Castro"], "Uxía Castro", ["A confraría de Burela inaugurou este mércores as novas cámaras frigoríficas da lonxa, que permitirán conservar ata corenta toneladas de peixe. O investimento foi de 800.000 euros.", "Os armadores da frota de baixura levaban anos reclamando esta mellora, xa que nos días de moita descarga parte do peixe tiña que venderse a prezos moi baixos.", "A confraría espera que as cámaras axuden a estabilizar os prezos da pescada e do xurelo durante a campaña de primavera."]),
        ("Vivenda", "Viveiro abre o prazo das axudas ao aluguer para mozos", (3, 10, 9, 45), 0, ["Brais Otero"], "Brais Otero", ["O Concello de Viveiro abriu o prazo para solicitar as axudas ao aluguer destinadas a menores de 35 anos. Cada beneficiario poderá recibir ata 150 euros ao mes durante un ano.", "Para optar ás axudas, os solicitantes deben estar empadroados no municipio e ter uns ingresos inferiores a 22.000 euros anuais. As solicitudes poden presentarse na sede electrónica ou no rexistro municipal.", "O goberno local reservou 90.000 euros para este programa, co que espera axudar a unha sesentena de mozos a emanciparse."]),
        ("Tempo", "A Mariña rexistra o inverno máis chuvioso en vinte anos", (3, 2, 11, 10), 0, ["Antía Rivas"], "Antía Rivas", ["A estación meteorolóxica de Foz recolleu máis de 900 litros por metro cadrado entre decembro e febreiro, a cifra máis alta desde 2005, segundo os datos de MeteoGalicia.", "As choivas provocaron desbordamentos do río Masma en Mondoñedo e varios desprendementos na estrada da costa entre Cervo e Xove.", "Os meteorólogos prevén unha primavera máis seca, o que daría un respiro aos gandeiros, que non puideron sacar o gando aos prados durante semanas."])],
 "sr": [("", "Нови Сад добија нови мост преко Дунава до 2027. године", (3, 4, 11, 15), 0, ["Милица Петровић"], "Аутор: Милица Петровић", ["Градска управа потписала је уговор о изградњи новог моста преко Дунава који ће повезати Клису са Каћом. Радови би требало да почну у јуну.", "Мост ће имати четири траке за аутомобиле, бициклистичку стазу и пешачке пролазе. Вредност радова процењује се на 120 милиона евра.", "Градоначелник је рекао да ће нови мост растеретити саобраћај на Жежељевом мосту и убрзати развој северног дела града."]),
        ("", "Градски превоз уводи ноћне линије викендом", (3, 9, 16, 40), 0, ["Никола Јовановић"], "Аутор: Никола Јовановић", ["Јавно градско саобраћајно предузеће од следећег викенда уводи три ноћне линије које ће саобраћати петком и суботом од поноћи до пет ујутру.", "Ноћни аутобуси повезиваће центар града са Детелинаром, Новим насељем и Петроварадином, а карта ће коштати као и дневна.", "Из предузећа кажу да су линије уведене на захтев студената и угоститеља, и да ће после три месеца проценити да ли има довољно путника."]),
        ("", "На Петроварадинској тврђави почиње обнова сата", (3, 13, 9, 5), 0, ["Јелена Стојановић"], "Аутор: Јелена Стојановић", ["Обнова чувеног сатног торња на Петроварадинској тврђави почиње у понедељак и трајаће до краја лета. Сат са обрнутим казаљкама један је од симбола Новог Сада.", "Стручњаци Завода за заштиту споменика културе замениће дотрајале делове механизма и обновити фасаду торња, која је оштећена влагом.", "Током радова сат неће радити, али ће плато испред торња остати отворен за посетиоце."])],
 "hr": [("", "Rijeka uvodi besplatan javni prijevoz za umirovljenike", (3, 3, 18, 24), 0, ["Ivana Horvat"], "Piše: Ivana Horvat", ["Umirovljenici s prebivalištem u Rijeci od travnja će se besplatno voziti gradskim autobusima, odlučilo je Gradsko vijeće na sjednici u ponedjeljak.", "Pravo na besplatnu godišnju kartu imat će umirovljenici čija mirovina ne prelazi 700 eura. Grad procjenjuje da će to koristiti oko 15.000 građana.", "Kartu će moći podići u prodajnim mjestima Autotroleja uz osobnu iskaznicu i potvrdu o visini mirovine."]),
        ("", "Kvarnerski ribari ulovili tunu tešku 300 kilograma", (3, 8, 13, 10), 0, ["Marko Babić"], "Piše: Marko Babić", ["Posada ribarskog broda iz Malog Lošinja ulovila je u subotu plavoperajnu tunu tešku gotovo 300 kilograma, najveću na Kvarneru posljednjih godina.", "Ribarima je trebalo više od dva sata da izvuku tunu na brod. Ulov je prodan na riječkoj ribarnici, a dio je otišao u restorane u Opatiji.", "Ribari kažu da se tuna posljednjih godina sve češće vraća u Kvarnerski zaljev, što pripisuju strožim kvotama izlova."]),
        ("", "Opatija sprema sezonu: više kreveta, manje parkirnih mjesta", (3, 14, 8, 45), 0, ["Petra Jurić"], "Piše: Petra Jurić", ["Turistička zajednica Opatije očekuje ove godine rekordnu sezonu, s gotovo tisuću novih kreveta u privatnom smještaju i dva obnovljena hotela.", "Parkiranja će, međutim, biti još manje jer se zbog uređenja lungomara zatvara veliko parkiralište kod Slatine. Grad uvodi autobus s gornjih parkirališta do mora.", "Iznajmljivači upozoravaju da bi gužve u prometu mogle odbiti dio jednodnevnih gostiju iz Slovenije i Italije."])],
 "sk": [("Doprava", "Košice opravia Hlavnú ulicu, električky obmedzia na tri mesiace", (3, 5, 14, 20), 0, ["Peter Kováč"], "Napísal: Peter Kováč", ["Mesto Košice začne v apríli s rekonštrukciou električkovej trate na Hlavnej ulici. Práce potrvajú tri mesiace a vyjdú na 6,4 milióna eur.", "Počas opráv nebudú električky premávať medzi Námestím osloboditeľov a Štúrovou ulicou. Dopravný podnik nasadí náhradné autobusy.", "Primátor sľúbil, že najhlučnejšie práce sa budú robiť cez deň a že historické centrum zostane pre chodcov prístupné."]),
        ("Zdravie", "Nemocnica v Šaci otvorila nové pôrodné oddelenie", (3, 11, 10, 0), 0, ["Jana Nováková"], "Napísala: Jana Nováková", ["Nemocnica Košice-Šaca otvorila po ročnej rekonštrukcii nové pôrodné oddelenie s ôsmimi nadštandardnými izbami a pôrodným bazénom.", "Oddelenie má aj nové monitorovacie prístroje a izbu pre otcov, ktorí chcú zostať s rodinou cez noc. Rekonštrukcia stála 2,1 milióna eur.", "Vlani sa v nemocnici narodilo vyše 1 600 detí a vedenie očakáva, že tento rok ich bude ešte viac."]),
        ("Zoo", "Zoo Košice privítala dve mláďatá snežného leoparda", (3, 7, 15, 45), 0, ["Zuzana Horváthová"], "Napísala: Zuzana Horváthová", ["V košickej zoologickej záhrade sa narodili dve mláďatá snežného leoparda, jedného z najohrozenejších druhov veľkých mačiek.", "Mláďatá sú zatiaľ s matkou v zázemí a návštevníci ich uvidia najskôr v máji. Chovatelia ich sledujú kamerou.", "Zoo Košice je zapojená do európskeho záchranného programu a snežné leopardy chová od roku 2010."])],
 "bg": [("", "Пловдив ремонтира Античния стадион преди туристическия сезон", (3, 6, 12, 0), 22, ["Георги Димитров"], "Автор: Георги Димитров", ["Община Пловдив започна ремонт на видимата част от Античния стадион под главната улица. Работите трябва да приключат до края на април.", "Ще бъдат подменени осветлението и стъклените парапети, а седалките ще бъдат почистени от специализиран екип реставратори.", "Кметът заяви, че стадионът е сред най-посещаваните места в града и трябва да посрещне туристите в добър вид."]),
        ("", "Цената на агнешкото месо скача преди празниците", (3, 12, 9, 30), 0, ["Мария Иванова"], "Автор: Мария Иванова", ["Агнешкото месо на пловдивските пазари поскъпна с близо 20 процента за последния месец и вече се продава по 24 лева за килограм.", "Търговците обясняват поскъпването с по-малкото животни в стопанствата и по-високите цени на фуража.", "Земеделското министерство обеща засилени проверки на пазарите, за да не се допусне спекула преди празниците."]),
        ("", "Нова автобусна линия свързва Тракия с центъра", (3, 18, 17, 15), 4, ["Стефан Петров"], "Автор: Стефан Петров", ["От понеделник жителите на район Тракия ще могат да стигат до центъра на Пловдив с нова бърза автобусна линия, която спира само на шест спирки.", "Автобусите ще тръгват на всеки десет минути в пиковите часове. Пътуването ще трае около 15 минути.", "Общината планира още две бързи линии до края на годината, ако новата услуга бъде приета добре."])],
 "lt": [("", "Kaune atidarytas naujas pėsčiųjų tiltas per Nerį", (3, 3, 18, 24), 0, ["Tomas Petrauskas"], "Autorius: Tomas Petrauskas", ["Kaune oficialiai atidarytas naujas pėsčiųjų ir dviratininkų tiltas per Nerį, jungiantis Vilijampolę su senamiesčiu. Tilto statyba kainavo 9 milijonus eurų.", "Tiltas yra 210 metrų ilgio, jame įrengtas apšvietimas ir apžvalgos aikštelė. Per pirmąjį savaitgalį juo perėjo daugiau kaip dešimt tūkstančių žmonių.", "Savivaldybė tikisi, kad tiltas paskatins Vilijampolės krantinės atnaujinimą ir naujų kavinių atidarymą."]),
        ("", "Laisvės alėjos kavinės vasarą galės įsirengti didesnes terasas", (3, 10, 11, 0), 0, ["Rūta Kazlauskienė"], "Autorė: Rūta Kazlauskienė", ["Kauno miesto taryba leido Laisvės alėjos kavinėms vasaros sezonu įsirengti iki trečdalio didesnes lauko terasas.", "Kavinių savininkai turės palikti ne mažiau kaip keturių metrų pločio praėjimą pėstiesiems ir dviratininkams.", "Verslininkai šį sprendimą vertina palankiai, tačiau gyventojų bendruomenė baiminasi didesnio triukšmo vėlais vakarais."]),
        ("", "Kauno klinikose pradėtos robotinės operacijos", (3, 15, 13, 30), 0, ["Mindaugas Jonaitis"], "Autorius: Mindaugas Jonaitis", ["Kauno klinikų chirurgai atliko pirmąsias operacijas naudodami naują chirurginį robotą. Per pirmąją savaitę operuoti penki pacientai.", "Robotinė chirurgija leidžia atlikti tikslesnes operacijas per mažus pjūvius, todėl pacientai greičiau atsigauna ir trumpiau guli ligoninėje.", "Per metus klinikos planuoja atlikti apie tris šimtus tokių operacijų, daugiausia urologijos ir ginekologijos srityse."])],
 "lv": [("Satiksme", "Rīgā sāk tramvaja līnijas būvi uz Skanstes apkaimi", (3, 4, 10, 30), 0, ["Jānis Bērziņš"], "Autors: Jānis Bērziņš", ["Rīgas satiksme sākusi jaunās tramvaja līnijas būvniecību no Tallinas ielas līdz Skanstes apkaimei. Darbus plānots pabeigt nākamā gada rudenī.", "Jaunā līnija būs aptuveni četrus kilometrus gara, un tajā būs septiņas pieturas. Būvdarbu laikā Skanstes ielā tiks slēgta viena braukšanas josla.", "Pašvaldība cer, ka tramvajs mudinās apkaimes iedzīvotājus atteikties no privātajām automašīnām."]),
        ("Kultūra", "Jūrmalā atjaunos vēsturisko koka promenādi", (3, 7, 14, 15), 0, ["Laura Kalniņa"], "Autors: Laura Kalniņa", ["Jūrmalas dome apstiprinājusi projektu par vēsturiskās koka promenādes atjaunošanu Majoros. Darbi izmaksās 2,3 miljonus eiro.", "Promenādes dēļi tiks nomainīti pret ozolkoku, bet vēsturiskie soliņi un laternas restaurēti pēc senām fotogrāfijām.", "Promenādi plānots atklāt nākamā gada vasaras sākumā, lai tā būtu gatava kūrorta sezonai."]),
        ("Izglītība", "Skolās ievieš bezmaksas pusdienas arī vidusskolēniem", (3, 11, 9, 20), 0, ["Edgars Ozols"], "Autors: Edgars Ozols", ["No septembra bezmaksas pusdienas Rīgas skolās saņems ne tikai sākumskolas, bet arī vidusskolas skolēni, nolēmusi dome.", "Pašvaldībai tas izmaksās papildu sešus miljonus eiro gadā. Ēdināšanas uzņēmumiem būs jāpiedāvā vismaz divas ēdienkartes izvēles.", "Vecāku organizācijas lēmumu atzinīgi novērtējušas, taču aicina uzlabot arī pusdienu kvalitāti."])],
 "et": [("", "Tartu linnavalitsus kinnitas uue bussivõrgu", (3, 5, 10, 20), 0, ["Kadri Tamm"], "Autor: Kadri Tamm | Toimetaja: Liis Saar", ["Tartu linnavalitsus kinnitas uue ühistranspordi võrgu, mis hakkab kehtima juunist. Liinide arv väheneb, kuid bussid hakkavad sõitma tihedamini.", "Peamistel liinidel tuleb buss tipptunnil iga seitsme minuti järel. Uued liinid ühendavad Annelinna otse Raadi ja ülikooli linnakuga.", "Linnavalitsus korraldab aprillis elanikele infotunnid, kus selgitatakse muudatusi ja uusi sõiduplaane."]),
        ("", "Emajõe kaldale rajatakse uus jalgrattatee", (3, 13, 15, 0), 0, ["Priit Lepik"], "Autor: Priit Lepik | Toimetaja: Liis Saar", ["Emajõe paremale kaldale ehitatakse sel suvel kahe kilomeetri pikkune jalgratta- ja jalgtee Kvartali keskusest Ihaste sillani.", "Tee saab valgustuse ja puhkekohad ning ühendub olemasoleva kergliiklusteede võrguga. Ehitus maksab umbes 1,8 miljonit eurot.", "Ehitustööde ajal on jõe ääres osaliselt suletud ka praegune rada, mistõttu soovitatakse kasutada ümbersõitu."]),
        ("", "Kliinikum avas uue lasteosakonna", (3, 20, 9, 40), 0, ["Kadri Tamm"], "Autor: Kadri Tamm | Toimetaja: Liis Saar", ["Tartu Ülikooli kliinikum avas uue lastehaiguste osakonna, kus on kolmkümmend voodikohta ja eraldi palatid vanematele.", "Osakonna sisustamisel arvestati laste soovidega: seintel on Tartu kunstnike joonistused ja igas palatis on mängunurk.", "Kliinikumi juhi sõnul võimaldab uus osakond ravida lapsi senisest mugavamates tingimustes ja lühendada järjekordi."])],
 "ms": [("Pengangkutan", "Jeti feri Butterworth dinaik taraf, siap hujung tahun", (3, 3, 18, 24), 0, ["Nurul Aina Hashim"], "Oleh Nurul Aina Hashim", ["Kerajaan negeri Pulau Pinang akan menaik taraf jeti feri di Butterworth dengan kos RM25 juta. Kerja-kerja dijangka siap pada hujung tahun ini.", "Jeti baharu akan dilengkapi ruang menunggu berhawa dingin, lif untuk warga emas dan laluan terus ke stesen bas dan kereta api.", "Exco Pengangkutan berkata perkhidmatan feri akan berjalan seperti biasa sepanjang tempoh pembinaan."]),
        ("Ekonomi", "Harga ayam di Kepala Batas naik menjelang Ramadan", (3, 7, 10, 15), 0, ["Ahmad Faizal Ismail", "Siti Hajar Yusof"], "Oleh Ahmad Faizal Ismail dan Siti Hajar Yusof", ["Harga ayam di pasar Kepala Batas naik kepada RM10.50 sekilogram minggu ini, berbanding RM9.40 bulan lalu.", "Peniaga berkata kenaikan itu disebabkan permintaan yang tinggi menjelang Ramadan dan kos makanan ternakan yang meningkat.", "Pegawai Kementerian Perdagangan Dalam Negeri akan membuat pemeriksaan di pasar-pasar bagi memastikan peniaga mematuhi harga yang ditetapkan."]),
        ("Bencana", "Banjir kilat landa beberapa kawasan di Alor Setar", (3, 12, 16, 30), 0, ["Mohd Hafiz Rahman"], "Oleh Mohd Hafiz Rahman", ["Hujan lebat selama tiga jam menyebabkan banjir kilat di beberapa kawasan di Alor Setar petang semalam. Air naik sehingga paras lutut di Jalan Langgar.", "Seramai 45 penduduk dipindahkan ke pusat pemindahan sementara di sebuah sekolah berhampiran. Tiada kemalangan jiwa dilaporkan.", "Jabatan Meteorologi meramalkan hujan lebat akan berterusan di utara Semenanjung sehingga hujung minggu ini."])],
 "tl": [("", "Presyo ng bigas sa Bulacan, bumaba na ngayong linggo", (3, 4, 14, 0), 0, ["Maria Santos"], "Ni Maria Santos", ["Bumaba na ng dalawang piso kada kilo ang presyo ng regular milled rice sa mga palengke sa Malolos, Bulacan ngayong linggo, ayon sa Department of Agriculture.", "Sabi ng mga tindera, mas marami na ang supply mula sa mga magsasaka dahil tapos na ang anihan sa Central Luzon. Pero ang well-milled rice ay nasa 48 pesos pa rin kada kilo.", "Inaasahan ng DA na tuloy-tuloy pa ang pagbaba ng presyo hanggang sa katapusan ng buwan kung walang bagyo."]),
        ("", "MRT-3, magpapatupad ng bagong schedule simula Lunes", (3, 9, 8, 30), 0, ["Jose Reyes"], "Ni Jose Reyes", ["Magpapatupad ang MRT-3 ng bagong schedule simula Lunes, kung saan mas maaga nang bubiyahe ang unang tren mula North Avenue at Taft Avenue.", "Ayon sa management, aalis na ang unang tren ng 4:30 ng umaga para ma-accommodate ang mga pasaherong maagang pumapasok sa trabaho.", "Pinaalalahanan din ang mga commuter na magdala ng beep card dahil mas mahaba ang pila sa ticket booth tuwing rush hour."]),
        ("", "Barangay sa Quezon City, nagbukas ng libreng WiFi zone para sa mga estudyante", (3, 14, 17, 10), 0, ["Kristine Dela Cruz"], "Ni Kristine Dela Cruz", ["Nagbukas ang isang barangay sa Quezon City ng libreng WiFi zone sa kanilang covered court para sa mga estudyanteng walang internet sa bahay.", "Bukas ang WiFi zone mula alas-siyete ng umaga hanggang alas-nuwebe ng gabi, at may mga mesa at electric fan para sa mga nag-aaral.", "Sabi ng barangay captain, plano nilang magdagdag ng mga computer sa susunod na buwan gamit ang pondo mula sa city hall."])],
 "sw": [("", "Kaunti ya Mombasa yazindua mradi wa maji safi Likoni", (3, 3, 12, 0), 0, ["Amina Hassan"], "Na Amina Hassan", ["Serikali ya kaunti ya Mombasa imezindua mradi wa maji safi utakaowanufaisha zaidi ya wakazi elfu hamsini wa eneo la Likoni. Mradi huo utagharimu shilingi milioni 400.", "Mradi unahusisha ujenzi wa tangi kubwa la maji na kuweka mabomba mapya ya kilomita ishirini katika vijiji vya Shika Adabu na Mtongwe.", "Gavana amesema kwamba wakazi wataanza kupata maji ya bomba kabla ya mwisho wa mwaka huu."]),
        ("", "Wavuvi wa Lamu walalamikia bei ya chini ya samaki", (3, 8, 10, 30), 0, ["Otieno Ouma", "Wanjiru Kamau"], "Na Otieno Ouma na Wanjiru Kamau", ["Wavuvi katika kisiwa cha Lamu wamelalamikia bei ya chini ya samaki inayotolewa na wafanyabiashara wa kati, wakisema hawapati faida.", "Kilo moja ya samaki aina ya changu inanunuliwa kwa shilingi 150 kutoka kwa wavuvi, lakini inauzwa kwa zaidi ya shilingi 400 mjini Mombasa.", "Wavuvi wameiomba serikali ya kaunti kuwajengea soko la samaki na kituo cha kuhifadhi samaki kwa barafu."]),
        ("", "Bandari ya Mombasa yavunja rekodi ya makontena mwezi Februari", (3, 12, 15, 20), 0, ["Juma Mwinyi"], "Na Juma Mwinyi", ["Bandari ya Mombasa ilishughulikia makontena zaidi ya laki moja na elfu ishirini mwezi Februari, idadi kubwa zaidi kuwahi kurekodiwa kwa mwezi mmoja.", "Mamlaka ya Bandari ilisema ongezeko hilo linatokana na mizigo ya nchi jirani za Uganda na Sudan Kusini inayopitia Mombasa.", "Hata hivyo, madereva wa malori wamelalamikia msongamano mkubwa katika barabara ya kuingia bandarini."])],
}


def slug(s):
    s = unicodedata.normalize("NFKD", s.lower().translate(str.maketrans(dict(zip("абвгдђежзијклљмнњопрстћуфхцчџшщъьюя", ["a", "b", "v", "g", "d", "dj", "e", "z", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r", "s", "t", "c", "u", "f", "h", "c", "c", "dz", "s", "sht", "a", "", "yu", "ya"])))))
    return re.sub(r"[^a-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")[:60].strip("-")


# The publishers: look (flags), labels, JSON-LD kind, URL scheme and non-articles.
# flags: crumbs (breadcrumbs ending in the day), kicker, lead (first paragraph as a
# standfirst), ogonly (h1 is the section, headline only in og:title and a div), print,
# amp, side (latest with relative times beside the story), cm (comments), upd (update line).
SITES = [
 dict(k="ca", name="Diari del Vallès", flags="crumbs kicker lead cm upd", ld="full", url=lambda s: "/comarques/%s_%d_102.html" % (s["slug"], s["id"]),
      L=dict(by="", upd=("Actualitzat", "Publicat"), also="Llegiu també:", photo="Foto: Xavi Casals", cm=("Comentaris", [("Pere_S", "05/03/2025 21:14", "Ja era hora, aquest tram era un perill."), ("Montse", "06/03/2025 08:02", "I les places d'aparcament, on les posaran?")]), sec="Comarques", home="Inici", tag="Sequera", auth="Marta Puig", srch="Cerca", about="Qui som", amp="", prt=""),
      extras=[("video", "/videos/", "Vídeo: la festa dels Tres Tombs a Sant Cugat")]),
 dict(k="gl", name="Xornal da Mariña", flags="kicker print side", ld=None, url=lambda s: "/marina/%d/%s/" % (s["id"], s["slug"]),
      L=dict(by="Autor:", also="Le tamén:", photo="Foto: Carme Lago", sec="A Mariña", home="Portada", tag="Pesca", auth="Uxía Castro", srch="Buscar", about="Quen somos", prt="Versión para imprimir", latest="Últimas noticias"),
      extras=[("obits", "/esquelas/", "Esquelas", [("Manuel Fernández Pena", "Burela, 04/03/2025"), ("Dolores Rey Cao", "Foz, 06/03/2025"), ("Xosé Pernas Díaz", "Viveiro, 09/03/2025")])]),
 dict(k="sr", name="Новосадски дневник", flags="ogonly side", ld=None, url=lambda s: "/drustvo/%d/%s/" % (s["id"], s["slug"]),
      L=dict(by="", also="Прочитајте још:", photo="Фото: Бранко Лукић", sec="Друштво", home="Почетна", tag="Саобраћај", auth="Милица Петровић", srch="Претрага", about="О нама", latest="Најновије"),
      extras=[("rows", "/vreme/", "Временска прогноза за Нови Сад", [("Дан", "Температура", "Опис"), ("Понедељак", "14°", "Сунчано"), ("Уторак", "11°", "Киша"), ("Среда", "9°", "Облачно")])]),
 dict(k="hr", name="Riječki list", flags="lead print cm", ld="full", url=lambda s: "/vijesti/rijeka/%s-%d/" % (s["slug"], s["id"]),
      L=dict(by="", also="Pročitajte i:", photo="Foto: Sergej Drechsler", cm=("Komentari (2)", [("Fiumana", "10.03.2025. 19:40", "Konačno nešto za naše umirovljenike."), ("Zvone", "11.03.2025. 07:15", "A što je s onima koji imaju 710 eura?")]), sec="Rijeka", home="Naslovnica", tag="Promet", auth="Ivana Horvat", srch="Pretraga", about="Impressum", prt="Ispis"),
      extras=[("gallery", "/galerije/karneval-2025/", "Galerija: Riječki karneval 2025", ["Maškare na Korzu", "Zvončari iz Halubja", "Izbor kraljice karnevala"])]),
 dict(k="sk", name="Košický večerník", flags="kicker amp cm", ld=None, url=lambda s: "/clanok/%d/%s/" % (s["id"], s["slug"]),
      L=dict(by="", also="Čítajte aj:", photo="Foto: Ján Mati", cm=("Diskusia (2)", [("kosican77", "12. 3. 2025 20:11", "Konečne, električky tam drnčia ako pred 40 rokmi."), ("Ema", "13. 3. 2025 06:50", "Len aby to nebolo ako minule, rok meškanie.")]), sec="Košice", home="Úvod", tag="Doprava", auth="Peter Kováč", srch="Hľadať", about="O nás"),
      extras=[("gallery", "/galeria/velka-noc/", "Fotogaléria: Veľkonočné trhy na Hlavnej", ["Kraslice z Východu", "Ľudová hudba pri Dóme", "Trdelník a medovina"]), ("horo", "/horoskop/", "Horoskop na týždeň", [("Baran", "Čaká vás príjemné prekvapenie v práci."), ("Býk", "Nepodceňujte oddych, telo si ho pýta.")])]),
 dict(k="bg", name="Пловдивски вести", flags="upd side", ld="full", url=lambda s: "/novini/plovdiv/%d/" % s["id"],
      L=dict(by="", upd=("Обновена", "Публикувана"), also="Прочетете още:", photo="Снимка: Пламен Костов", sec="Пловдив", home="Начало", tag="Транспорт", auth="Георги Димитров", srch="Търсене", about="За нас", latest="Последни новини"),
      extras=[("horo", "/horoskop/", "Хороскоп за днес", [("Овен", "Денят е подходящ за важни разговори."), ("Телец", "Пазете се от прибързани покупки.")])]),
 dict(k="lt", name="Kauno žinios", flags="crumbs", ld="date", url=lambda s: "/naujienos/kaunas/%s-%d/" % (s["slug"], s["id"]),
      L=dict(by="", also="Taip pat skaitykite:", photo="Nuotr. Vytauto Kazlausko", sec="Kaunas", home="Pradžia", tag="Transportas", auth="Tomas Petrauskas", srch="Paieška", about="Apie mus"),
      extras=[("rows", "/rinkimai/rezultatai/", "Savivaldybės tarybos rinkimų rezultatai", [("Sąrašas", "Balsai", "Mandatai"), ("Vieningas Kaunas", "48 211", "22"), ("TS-LKD", "19 870", "9"), ("LSDP", "12 402", "6")])]),
 dict(k="lv", name="Daugavas Vēstis", flags="kicker print", ld=None, url=lambda s: "/zinas/%d-%s/" % (s["id"], s["slug"]),
      L=dict(by="", also="Lasi arī:", photo="Foto: Ilze Vanaga", sec="Rīga", home="Sākums", tag="Satiksme", auth="Jānis Bērziņš", srch="Meklēt", about="Par mums", prt="Drukāt"),
      extras=[("obits", "/lidzjutibas/", "Līdzjūtības", [("Anna Liepa (1938–2025)", "Mūžībā aizgājusi 02.03.2025"), ("Pēteris Krūmiņš (1944–2025)", "Mūžībā aizgājis 05.03.2025")])]),
 dict(k="et", name="Tartu Päevaleht", flags="lead", ld=None, url=lambda s: "/uudised/%d/%s/" % (s["id"], s["slug"]),
      L=dict(by="", also="Loe ka:", photo="Foto: Margus Ansu", sec="Tartu", home="Avaleht", tag="Liiklus", auth="Kadri Tamm", srch="Otsing", about="Meist"),
      extras=[("rows", "/ilm/", "Ilm Tartus", [("Päev", "Temperatuur", "Sademed"), ("Esmaspäev", "+3", "Vihm"), ("Teisipäev", "+5", "Pilves")]),
              ("live", "/otse/tormi-blogi/", "OTSE: torm Lõuna-Eestis", ("Autor: Priit Lepik", "14. märts 2025", [("12:40", "Tartus on elektrita 3000 majapidamist."), ("11:15", "Emajõe veetase tõuseb."), ("09:30", "Päästeamet hoiatab tugeva tuule eest.")]))]),
 dict(k="ms", name="Berita Utara", flags="kicker side", ld="org", url=lambda s: "/berita/wilayah/%d/%s/" % (s["id"], s["slug"]),
      L=dict(by="", also="Baca juga:", photo="Gambar: Fail/Berita Utara", sec="Wilayah", home="Utama", tag="Banjir", auth="Nurul Aina Hashim", srch="Carian", about="Mengenai Kami", latest="Terkini"),
      extras=[("video", "/video/", "Video: Pesta Chap Goh Mei di George Town")]),
 dict(k="tl", name="Balitang Bayan", flags="amp cm", ld=None, url=lambda s: "/balita/metro/%s-%d/" % (s["slug"], s["id"]),
      L=dict(by="", also="Basahin din:", photo="Larawan: Jun Ramos", cm=("Mga Komento", [("juan_dlc", "Marso 15, 2025", "Sana all may libreng WiFi sa barangay!"), ("Ate Liza", "Marso 15, 2025", "Salamat po sa balita, very helpful.")]), sec="Metro", home="Home", tag="Presyo", auth="Maria Santos", srch="Search", about="Tungkol sa Amin"),
      extras=[("horo", "/horoscope/", "Horoscope ngayong araw", [("Aries", "Maganda ang araw para sa bagong simula."), ("Taurus", "Mag-ingat sa gastos ngayong linggo.")])]),
 dict(k="sw", name="Sauti ya Pwani", flags="cm crumbs", ld="full", url=lambda s: "/habari/pwani/%s-%d/" % (s["slug"], s["id"]),
      L=dict(by="", also="Soma pia:", photo="Picha: Hisani", cm=("Maoni (2)", [("Mzee Salim", "Machi 13, 2025", "Hongera kwa kazi nzuri, Mombasa juu!"), ("Bi Zawadi", "Machi 13, 2025", "Tunaomba barabara ipanuliwe haraka.")]), sec="Pwani", home="Nyumbani", tag="Uvuvi", auth="Amina Hassan", srch="Tafuta", about="Kuhusu Sisi"),
      extras=[("live", "/moja-kwa-moja/uchaguzi/", "MOJA KWA MOJA: Uchaguzi mdogo wa Kisauni", ("Na Juma Mwinyi", "Machi 20, 2025", [("16:00", "Vituo vya kupigia kura vimefungwa."), ("12:30", "Idadi ya wapiga kura ni ndogo."), ("08:00", "Upigaji kura umeanza.")]))]),
]


def url(c, p): return "http://%s:%d%s" % (c["host"], PORT, p)


def iso(d, tz): return d.strftime("%Y-%m-%dT%H:%M:%S") + "+%02d:00" % tz


def frame(c, title, main, head="", aside=""):
    L = c["L"]
    nav = '<a href="/">%s</a> <a href="%s">%s</a> %s' % (E(L["home"]), c["secp"], E(L["sec"]), " ".join('<a href="%s">%s</a>' % (x[1], E(x[2])) for x in c["extras"]))
    foot = " · ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in [(c["aboutp"], L["about"]), (c["srchp"], L["srch"]), (c["tagp"], L["tag"]), (c["authp"], L["auth"])])
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s<link rel="stylesheet" href="/s/%s.css"></head><body>'
            '<div class="top-bar"><span class="today">%s</span></div><header class="mast %s"><a class="brand" href="/">%s</a><nav>%s</nav></header>'
            '<div class="wrap"><main id="main">%s</main>%s</div><footer><p>%s</p><p>© 2025 %s</p></footer></body></html>') % (
        c["k"], E(title), head, c["k"], E(FMT[c["k"]][1](TODAY)), c["k"], E(c["name"]), nav, main, '<aside class="rail">%s</aside>' % aside if aside else "", foot, E(c["name"]))


def teasers(c, ss, rel=False):
    ss = sorted(ss, key=lambda s: s["d"], reverse=True)
    return '<ul class="list">%s</ul>' % "".join('<li><a href="%s">%s</a> <span class="when">%s</span></li>' % (
        s["path"], E(s["head"]), E(FMT[c["k"]][2](2 + 3 * j) if rel else FMT[c["k"]][1](s["d"]))) for j, s in enumerate(ss))


def article(c, s, amp=False):
    L, f, k = c["L"], c["flags"].split(), c["k"]
    fd = FMT[k][0]
    when = '<time class="pub">%s</time>' % E(fd(s["d"]))
    if "upd" in f and s["u"]:
        when = '<span class="upd">%s: %s</span> | <span class="pub">%s: %s</span>' % (E(L["upd"][0]), E(fd(s["u"])), E(L["upd"][1]), E(fd(s["d"])))
    elif "upd" in f:
        when = '<span class="pub">%s: %s</span>' % (E(L["upd"][1]), E(fd(s["d"])))
    by = E(s["cred"]).replace(E(L["auth"]), '<a href="%s" rel="author">%s</a>' % (c["authp"], E(L["auth"])), 1)
    by = ('<span class="lbl">%s</span> ' % E(L["by"]) if L["by"] else "") + by
    paras = s["paras"][1:] if "lead" in f else s["paras"]
    body = []
    for i, p in enumerate(paras):
        body.append("<p>%s</p>" % E(p))
        if i == 0:
            body.append('<p class="also"><strong>%s</strong> <a href="%s">%s</a></p>' % (E(L["also"]), s["other"]["path"], E(s["other"]["head"])))
    fig = '<figure class="ph"><img src="/img/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (s["id"], E(L["photo"]))
    top = ""
    if "crumbs" in f:
        top += '<nav class="crumbs"><a href="/">%s</a> › <a href="%s">%s</a> › <span>%s</span></nav>' % (E(L["home"]), c["secp"], E(L["sec"]), E(FMT[k][1](s["d"])))
    if "ogonly" in f:
        top += '<h1 class="rubrika">%s</h1><div class="vest-naslov">%s</div>' % (E(L["sec"]), E(s["head"]))
    else:
        top += ('<p class="kicker">%s</p>' % E(s["kick"]) if "kicker" in f and s["kick"] else "") + "<h1>%s</h1>" % E(s["head"])
    if "lead" in f:
        top += '<p class="standfirst"><strong>%s</strong></p>' % E(s["paras"][0])
    tools = ""
    if "print" in f and not amp:
        tools += '<a class="print" href="%s?print=1">%s</a>' % (s["path"], E(L["prt"]))
    meta = '<div class="meta"><span class="byline">%s</span> %s %s</div>' % (by, when, tools)
    main = '<article class="story">%s%s%s<div class="story-body">%s</div></article>' % (top, meta, fig, "".join(body))
    if "cm" in f:
        h, items = L["cm"]
        main += '<section class="comments"><h3>%s</h3>%s</section>' % (E(h), "".join('<div class="c"><b>%s</b> <span class="cdate">%s</span><p>%s</p></div>' % (E(a), E(b), E(t)) for a, b, t in items))
    aside = '<h3>%s</h3>%s' % (E(L["latest"]), teasers(c, [x for x in c["stories"] if x is not s], True)) if "side" in f else ""
    title = "%s | %s" % (L["sec"], c["name"]) if "ogonly" in f else "%s - %s" % (s["head"], c["name"])
    head = '<meta property="og:title" content="%s"><meta property="og:type" content="article">' % E(s["head"])
    if amp:
        head += '<link rel="canonical" href="%s">' % url(c, s["path"])
    else:
        head += '<link rel="canonical" href="%s">' % url(c, s["path"])
        head += '<link rel="amphtml" href="%s">' % s["amp"] if "amp" in f else ""
    if c["ld"]:
        j = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(s["d"], c["tz"]), "publisher": {"@type": "Organization", "name": c["name"]}}
        if s["u"]:
            j["dateModified"] = iso(s["u"], c["tz"])
        if c["ld"] == "full":
            j["author"] = [{"@type": "Person", "name": a} for a in s["au"]]
        elif c["ld"] == "org":
            j["author"] = {"@type": "Organization", "name": c["name"]}
        head += '<script type="application/ld+json">%s</script>' % json.dumps(j, ensure_ascii=False)
    return frame(c, title, main, head, aside)


def nonarticle(c, kind, p, t, x=None):
    if kind in ("section", "tag", "search"):
        main = '<h1>%s</h1>%s%s' % (E(t), '<form action="%s"><input name="q" value="%s"></form>' % (c["srchp"].split("?")[0], E(x)) if kind == "search" else "", teasers(c, c["stories"], kind == "section"))
    elif kind == "author":
        main = '<div class="profile"><h1>%s</h1></div>%s' % (E(t), teasers(c, [s for s in c["stories"] if t in s["au"]]))
    elif kind == "about":
        main = "<h1>%s</h1><p>%s · %s · 2009–2025</p>" % (E(t), E(c["name"]), E(x))
    elif kind == "video":
        main = '<h1>%s</h1><video controls src="/media/%d.mp4"></video>' % (E(t), rnd.randrange(10 ** 5))
    elif kind == "gallery":
        main = '<h1>%s</h1>%s' % (E(t), "".join('<figure><img src="/g/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, E(cap)) for i, cap in enumerate(x)))
    elif kind == "rows":
        main = '<h1>%s</h1><table>%s</table>' % (E(t), "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % E(v) for v in r) for r in x))
    elif kind == "obits":
        main = '<h1>%s</h1><ul class="obits">%s</ul>' % (E(t), "".join("<li><b>%s</b> %s</li>" % (E(a), E(b)) for a, b in x))
    elif kind == "horo":
        main = '<h1>%s</h1>%s' % (E(t), "".join("<h2>%s</h2><p>%s</p>" % (E(a), E(b)) for a, b in x))
    else:  # live blog
        by, when, ents = x
        main = '<div class="live"><span class="badge">LIVE</span><h1>%s</h1><p class="by">%s</p><p class="d">%s</p>%s</div>' % (E(t), E(by), E(when), "".join('<div class="post"><time>%s</time><p>%s</p></div>' % (E(a), E(b)) for a, b in ents))
    write_page(OUT, c["host"], p.split("?")[0], frame(c, "%s | %s" % (t, c["name"]), main))
    truth["nonarticles"].append(url(c, p))


for si, c in enumerate(SITES):
    c["host"], L, k = "127.0.2.%d" % (222 + si), c["L"], c["k"]
    c["tz"] = dict(ca=1, gl=1, sr=1, hr=1, sk=1, bg=2, lt=2, lv=2, et=2, ms=8, tl=8, sw=3)[k]
    c["secp"], c["tagp"], c["authp"] = "/%s/" % slug(L["sec"]) or "/sec/", "/tag/%s/" % slug(L["tag"]), "/autor/%s/" % slug(L["auth"])
    c["srchp"], c["aboutp"] = "/search/?q=%s" % slug(L["tag"]), "/%s/" % slug(L["about"])
    c["stories"] = []
    for kick, head, (mo, dd, hh, mi), upd, au, cred, paras in ST[k]:
        d = DT(2025, mo, dd, hh, mi)
        s = dict(kick=kick, head=head, d=d, u=d + TD(hours=upd) if upd else None, au=au, cred=cred, paras=paras, id=rnd.randrange(100000, 999999), slug=slug(head))
        s["path"] = c["url"](s)
        s["amp"] = "/amp" + s["path"].rstrip("/") + "/"
        c["stories"].append(s)
    for n, s in enumerate(c["stories"]):
        s["other"] = c["stories"][(n + 1) % 3]
        write_page(OUT, c["host"], s["path"], article(c, s))
        must = [s["paras"][-1][:40]]
        mn = [s["other"]["head"]] + ([L["cm"][1][0][2]] if "cm" in c["flags"] else [])
        truth["articles"].append(dict(url=url(c, s["path"]), title=s["head"], date=s["d"].strftime("%Y-%m-%d"), authors=s["au"], must=must, must_not=mn))
        if "amp" in c["flags"]:
            write_page(OUT, c["host"], s["amp"], article(c, s, True))  # linked by rel=amphtml only: not scored
        if "print" in c["flags"]:
            truth["synd"].append(dict(copy=url(c, s["path"] + "?print=1"), orig=url(c, s["path"])))
    pages = [("section", c["secp"], L["sec"]), ("tag", c["tagp"], "#" + L["tag"]), ("author", c["authp"], L["auth"]), ("search", c["srchp"], L["srch"], L["tag"]),
             ("about", c["aboutp"], L["about"], "info@%s.example" % slug(c["name"]))] + c["extras"]
    for pg in pages:
        nonarticle(c, *pg)
    write_page(OUT, c["host"], "/", frame(c, c["name"], '<h1 class="sr-only">%s</h1>%s' % (E(c["name"]), teasers(c, c["stories"], True))))
    truth["nonarticles"].append(url(c, "/"))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
