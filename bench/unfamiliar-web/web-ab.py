"""Web ab: twelve publishers on CMS templates newsroom was not tuned on
(ar and he right to left, el, hu, fi, da, nb, ja, zh-TW, th, es-MX, fr-CA),
each story hand-written. Drupal with "بقلم:" over field--name-field-author
items and no date but "الاثنين ٣ مارس ٢٠٢٥ - ٠٦:٠٠" (Arabic-Indic digits);
Hebrew "מאת: דנה לוי ויוסי כהן" (the "and" a prefix) under "עודכן: 13.03.25,
20:41 | פורסם: 12.03.25, 18:30" with article:modified_time alone; a Greek
<h1> in capitals, og:title in normal case, "Headline (Site)" in <title>,
JSON-LD naming the reporters in the nominative beside "Του Νίκου Παππά και
της ...", rel=amphtml; WordPress with a Yoast @graph (Person by @id, UTC
"+00:00") and "Frissítve: ... | Megjelent: ..." under a long headline with a
colon; Arc XP with the story in Fusion.globalContent (UTC, related stories'
dates and credits) under "Päivitetty ... Julkaistu 03.03.2025 klo 18.24";
Ghost ("19. marts 2025 kl. 00.25" in time.byline-meta-date, JSON-LD in UTC
naming the first author only); Norwegian "Oppdatert ... Publisert ..." with
the times only in data-timestamp and the text; Japanese "2025年3月6日（木）
7時10分" under a masthead with today's date, JSON-LD in UTC (the day before)
with an Organization as author, "（文・中村健一）" ending the body; Taiwanese
"〔記者陳建宏／高雄報導〕" opening the first paragraph; a Medium-like Thai card
(avatars, names only linking to /staff/, "อ่าน 5 นาที", "12 มี.ค. 2568 13:14
น.", Buddhist era); Mexican "Por A y B en Ciudad de México", a kicker in the
<h1>, an AFP-only credit, "hace 2 horas" on teasers; fr-CA photo cards
"Name, journaliste" and article:published_time in UTC (the next day for "6
mars 2025 à 21 h 10"). On every site section, tag, author, search and about
pages plus prayer times, a podcast episode, weather, galleries, events, a
print-edition index, a job ad, a quiz, a video, lottery results, obituaries
and a live blog; the Norwegian paper reprints two Danish stories a day later
(rel=canonical; "Artikkelen ble først publisert av"). Crawled with 66d2dd5
and a19f478 (the same): stored 35 of 36 (a 177-character Taiwanese story taken for "other":
short-text), titles 27 (the Greek "(Site)" kept; U+3000 in five CJK
headlines folded to a space), dates 23 (Arabic-Indic and Buddhist-era dates
unread; the Norwegian update taken for the publication; the UTC day of
JSON-LD, Ghost and article:published_time kept over the local day shown),
authors 25 (the Hebrew prefix, Ghost's second author, the Japanese
Organization over the signature, the Taiwanese bracket, "Ciudad de México"
as a name, the second fr-CA card), bodies 35/35, 1 of 102 non-articles
stored (the job ad), both reprints kept under the original. Writes the sites
and truth.json under the directory given as the first argument."""
import datetime, html, json, os, random, re, sys, unicodedata, urllib.parse  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18107
rnd = random.Random("web-ab")
truth = {"articles": [], "nonarticles": [], "synd": []}
E = html.escape
TODAY = datetime.date.today()  # the mastheads' date

# Per language: three stories (headline, paragraphs) and three reporters.
TEXTS = {
 "ar": ([("المحافظة تبدأ أعمال تطوير كورنيش النيل في المنصورة", "بدأت محافظة الدقهلية أمس أعمال تطوير كورنيش النيل في مدينة المنصورة، في مشروع يمتد على طول ثلاثة كيلومترات ويشمل ممشى جديدًا للمشاة ومساحات خضراء وإنارة حديثة.", "وقال المحافظ في مؤتمر صحفي إن تكلفة المشروع تبلغ نحو مئة وعشرين مليون جنيه، وإن الأعمال ستنتهي قبل بداية الصيف المقبل، مؤكدًا أن حركة المرور لن تتوقف خلال فترة التنفيذ.", "ويضم المشروع مراسي جديدة للمراكب النيلية الصغيرة وأكشاكًا موحدة للباعة، بعد سنوات من الشكاوى من العشوائية وتراكم المخلفات على ضفاف النهر.", "ورحب عدد من السكان بالخطوة، لكنهم طالبوا بأن يبقى الكورنيش مفتوحًا مجانًا أمام الأسر، وألا تتحول المساحات الجديدة إلى مقاهٍ خاصة."),
  ("ارتفاع أسعار الخضروات في الأسواق مع بداية شهر رمضان", "شهدت أسواق الخضروات في المحافظة ارتفاعًا ملحوظًا في الأسعار خلال الأسبوع الجاري، مع تزايد الإقبال على الشراء في شهر رمضان. وسجل سعر كيلو الطماطم أعلى مستوى له منذ بداية العام.", "وأرجع التجار الزيادة إلى تراجع المعروض بسبب موجة البرد التي أثرت على المحاصيل، إلى جانب ارتفاع تكاليف النقل. وقال أحد باعة سوق الجملة إن الأسعار قد تستقر بعد أسبوعين مع دخول محصول جديد.", "وأعلنت مديرية التموين عن إقامة منافذ بيع بأسعار مخفضة في عشرة مواقع بالمدينة، إضافة إلى تكثيف الحملات الرقابية على الأسواق لضبط المخالفين."),
  ("طلاب جامعة المنصورة يبتكرون جهازًا لقياس جودة مياه الشرب", "تمكن فريق من طلاب كلية الهندسة بجامعة المنصورة من تصميم جهاز منخفض التكلفة لقياس جودة مياه الشرب في المنازل، وفاز المشروع بالمركز الأول في مسابقة الابتكار على مستوى الجامعات المصرية.", "ويعتمد الجهاز على مجموعة من المستشعرات التي تقيس نسبة الأملاح والعكارة، ويرسل النتائج إلى تطبيق على الهاتف المحمول خلال ثوانٍ. وتبلغ تكلفة النموذج الأولي أقل من ألف جنيه.", "وقال المشرف على الفريق إن الطلاب عملوا على المشروع لمدة عام كامل، وإن شركة مياه الشرب أبدت اهتمامًا بتجربة الجهاز في عدد من القرى.", "ويأمل الفريق في الحصول على تمويل لإنتاج الجهاز على نطاق واسع، وتوفيره للأسر في المناطق التي تعاني من ضعف شبكات المياه.")],
  ["أحمد عبد الرحمن", "منى السيد", "خالد فؤاد"]),
 "he": ([("עיריית עפולה תקים פארק חדש בשכונת גבעת המורה", "מועצת העיר אישרה אתמול בערב את הקמתו של פארק עירוני חדש בשטח של כארבעים דונם בשכונת גבעת המורה. הפארק יכלול שבילי הליכה, מתקני כושר, גינת כלבים ואמפיתיאטרון קטן להופעות.", "ראש העירייה אמר כי מדובר בפרויקט הגדול ביותר שנבנה בעיר בתחום השטחים הפתוחים בעשור האחרון. עלות הפרויקט מוערכת בכשלושים מיליון שקל, והעבודות צפויות להתחיל בקיץ.", "תושבי השכונה, שנאבקו במשך שנים נגד תוכנית לבנות על השטח מרכז מסחרי, בירכו על ההחלטה. לדבריהם, השכונה סובלת ממחסור חמור בגינות ציבוריות ובמקומות מפגש לילדים."),
  ("חקלאי העמק מתריעים: מחסור בעובדים מאיים על עונת הקטיף", "חקלאים בעמק יזרעאל מזהירים כי עשרות טונות של פירות וירקות עלולים להירקב בשדות בשל מחסור חמור בעובדים. לדבריהם, מספר העובדים הזרים שהגיעו לאזור ירד בחצי בהשוואה לשנה שעברה.", "מגדל אבוקדו ממושב בלפוריה סיפר כי הוא נאלץ לוותר על קטיף של חלק מהמטע. \"אנחנו עובדים מהבוקר עד הלילה, אבל אין מספיק ידיים\", אמר.", "ארגון מגדלי הפירות פנה למשרד החקלאות בבקשה לזרז את הבאת העובדים ולהגדיל את הסיוע לחקלאים שנפגעו. במשרד מסרו כי הנושא נמצא בטיפול וכי צפויה הקלה בשבועות הקרובים."),
  ("בית החולים העמק פותח מרכז חדש לטיפול בשבץ מוחי", "המרכז הרפואי העמק בעפולה חנך השבוע מרכז חדש לטיפול בשבץ מוחי, הראשון מסוגו בצפון הארץ מחוץ לחיפה. המרכז יפעל עשרים וארבע שעות ביממה ויכלול צוות נוירולוגים ייעודי.", "עד היום נאלצו חולים מהאזור להתפנות לבתי חולים מרוחקים, ולעיתים איבדו זמן יקר. לדברי מנהל המחלקה הנוירולוגית, כל דקה שנחסכת בטיפול בשבץ משפרת את סיכויי ההחלמה.", "המרכז הוקם בעלות של כעשרים מיליון שקל, בעזרת תרומה של משפחה מקומית ותקציב ממשרד הבריאות. בית החולים מתכנן להכשיר בשנה הקרובה עשרה רופאים נוספים בתחום.")],
  ["דנה לוי", "יוסי כהן", "מיכל אברהם"]),
 "el": ([("Ξεκινούν τα έργα για τον νέο ποδηλατόδρομο στη Λάρισα", "Ξεκινούν τη Δευτέρα τα έργα κατασκευής του νέου ποδηλατόδρομου που θα συνδέσει το κέντρο της Λάρισας με την Πανεπιστημιούπολη. Η διαδρομή θα έχει συνολικό μήκος τεσσάρων χιλιομέτρων και θα περνά κατά μήκος του Πηνειού.", "Σύμφωνα με τον δήμο, το έργο χρηματοδοτείται από το Ταμείο Ανάκαμψης και το κόστος του ανέρχεται σε 2,8 εκατομμύρια ευρώ. Οι εργασίες αναμένεται να ολοκληρωθούν μέσα σε δεκαοκτώ μήνες.", "Κατά τη διάρκεια των εργασιών θα υπάρξουν κυκλοφοριακές ρυθμίσεις στην οδό Ηρώων Πολυτεχνείου. Οι οδηγοί καλούνται να ακολουθούν τις υποδείξεις της Τροχαίας και να χρησιμοποιούν εναλλακτικές διαδρομές."),
  ("Σε απόγνωση οι κτηνοτρόφοι της Θεσσαλίας μετά την ευλογιά", "Σε απόγνωση βρίσκονται οι κτηνοτρόφοι του θεσσαλικού κάμπου, καθώς τα κρούσματα ευλογιάς των προβάτων συνεχίζουν να αυξάνονται. Μέχρι σήμερα έχουν θανατωθεί περισσότερα από δεκαπέντε χιλιάδες ζώα στην περιοχή.", "Οι παραγωγοί ζητούν άμεσες αποζημιώσεις και στήριξη για την ανασύσταση των κοπαδιών τους. «Χάσαμε τη δουλειά μιας ζωής μέσα σε μία εβδομάδα», δήλωσε κτηνοτρόφος από τα Φάρσαλα.", "Η Περιφέρεια ανακοίνωσε ότι θα ενισχύσει τα κλιμάκια των κτηνιάτρων και θα αυστηροποιήσει τους ελέγχους στις μετακινήσεις ζώων. Το υπουργείο Αγροτικής Ανάπτυξης αναμένεται να ανακοινώσει μέτρα στήριξης την επόμενη εβδομάδα."),
  ("Αποκαθίσταται το ιστορικό Μπεζεστένι της Λάρισας", "Το υπουργείο Πολιτισμού ενέκρινε τη μελέτη αποκατάστασης του Μπεζεστενιού, του οθωμανικού σκεπαστού αγοραίου κτιρίου στο κέντρο της Λάρισας. Το μνημείο, που χρονολογείται από τον 15ο αιώνα, παραμένει κλειστό εδώ και δεκαετίες.", "Η μελέτη προβλέπει τη στερέωση των τοίχων, την ανακατασκευή της στέγης και τη μετατροπή του χώρου σε κέντρο πολιτισμού και εκθέσεων. Ο προϋπολογισμός του έργου ξεπερνά τα τέσσερα εκατομμύρια ευρώ.", "Ο δήμαρχος χαρακτήρισε την απόφαση ιστορική και εκτίμησε ότι το Μπεζεστένι θα γίνει πόλος έλξης για επισκέπτες. Οι εργασίες θα ξεκινήσουν μετά την ολοκλήρωση του διαγωνισμού, πιθανότατα το φθινόπωρο.")],
  ["Νίκος Παππάς", "Ελένη Σταθοπούλου", "Γιώργος Δήμου"]),
 "hu": ([("Elfogadta a közgyűlés a város idei költségvetését: több pénz jut az utakra, kevesebb a rendezvényekre", "Hosszas vita után csütörtök este elfogadta Kecskemét közgyűlése a város idei költségvetését. A mintegy 68 milliárd forintos büdzsében a legnagyobb tétel az utak és járdák felújítása, erre az előző évinél másfél milliárddal több jut.", "A városvezetés szerint a kiadásokat az energiaárak és az iparűzési adó bevételeinek csökkenése miatt kellett átcsoportosítani. Kevesebb támogatást kapnak a városi fesztiválok, és elhalasztják a sportcsarnok bővítését is.", "Az ellenzéki képviselők szerint a költségvetés nem számol a szociális ellátás növekvő igényeivel, ezért nem szavazták meg a tervezetet. A polgármester hangsúlyozta, hogy év közben szükség esetén módosíthatják a számokat."),
  ("Rekordalacsony a Tisza vízszintje Szegednél", "Rekordalacsony vízállást mértek a Tiszán Szegednél kedden reggel: a folyó szintje mínusz 280 centiméterre süllyedt. Ilyen alacsony vízszintet a mérések kezdete óta még nem regisztráltak márciusban.", "A vízügyi igazgatóság szerint a csapadékszegény tél és a felső szakaszon elmaradt hóolvadás okozza a helyzetet. A kompjáratok egy részét már szüneteltetni kellett, mert a hajók nem tudnak biztonságosan kikötni.", "A gazdák attól tartanak, hogy tavasszal nem lesz elég víz az öntözéshez. A szakemberek szerint csak egy csapadékos április javíthatna érdemben a helyzeten."),
  ("Új mentőállomás épül Kiskunhalason", "Új, korszerű mentőállomást ad át az Országos Mentőszolgálat Kiskunhalason a nyár elején. A régi épület több mint negyven éves, és a mentősök szerint már régóta nem felelt meg a követelményeknek.", "Az új állomáson három mentőautó számára lesz fedett garázs, valamint pihenő- és oktatóterem. A beruházás értéke meghaladja a 900 millió forintot, amelyet uniós forrásból finanszíroznak.", "A mentőszolgálat regionális igazgatója szerint a fejlesztés a kiérkezési időket is javítja majd a környező tanyavilágban. Az állomásra két új mentőtisztet is felvesznek.")],
  ["Kovács Anna", "Szabó Péter", "Tóth Eszter"]),
 "fi": ([("Tampereen raitiotien jatko Ylöjärvelle sai vihreää valoa", "Tampereen kaupunginvaltuusto hyväksyi maanantaina raitiotien jatkamisen Lentävänniemestä Ylöjärven keskustaan. Päätös syntyi äänin 52–15 pitkän keskustelun jälkeen.", "Uuden osuuden pituus on noin yhdeksän kilometriä, ja sen varrelle tulee seitsemän pysäkkiä. Hankkeen kustannusarvio on 170 miljoonaa euroa, josta valtio on luvannut maksaa kolmanneksen.", "Vastustajat pitivät hanketta liian kalliina ja ehdottivat, että rahat käytettäisiin bussiliikenteen parantamiseen. Kannattajien mukaan raitiotie vauhdittaa asuntorakentamista koko reitin varrella.", "Rakentaminen voisi alkaa aikaisintaan vuonna 2027. Ylöjärven kaupunginvaltuusto käsittelee omaa osuuttaan hankkeesta huhtikuussa."),
  ("Näsijärven jäällä liikkumista kehotetaan välttämään", "Pelastuslaitos kehottaa välttämään liikkumista Näsijärven jäällä, sillä poikkeuksellisen lämmin sää on heikentänyt jäätä nopeasti. Viikonloppuna kaksi pilkkijää putosi jäihin Lielahden edustalla.", "Molemmat saatiin pelastettua, mutta toinen heistä vietiin hypotermian vuoksi sairaalaan. Pelastuslaitoksen mukaan jään paksuus on monin paikoin alle kymmenen senttimetriä.", "Ilmatieteen laitoksen ennusteen mukaan lämmin jakso jatkuu ainakin ensi viikon puoliväliin. Jäälle lähtevien tulee aina kantaa mukanaan naskaleita ja kertoa jollekulle reitistään."),
  ("Hervannan kirjasto muuttaa uusiin tiloihin syksyllä", "Hervannan kirjasto muuttaa syksyllä uuteen kauppakeskuksen yhteyteen rakennettuun monitoimitaloon. Nykyiset tilat ovat kärsineet sisäilmaongelmista jo useiden vuosien ajan.", "Uudessa kirjastossa on nykyistä enemmän tilaa lapsille ja nuorille, ja sinne tulee myös pelihuone sekä äänitysstudio. Aukioloaikoja laajennetaan niin, että omatoimikirjasto on auki joka päivä kello 7–22.", "Kirjastonjohtajan mukaan muutto pyritään hoitamaan niin, että kirjasto on suljettuna enintään kolme viikkoa. Lainoja voi palauttaa muutonkin aikana mihin tahansa Tampereen kirjastoon.")],
  ["Mikko Virtanen", "Laura Korhonen", "Antti Mäkinen"]),
 "da": ([("Aalborg Kommune vil bygge 400 nye boliger ved havnefronten", "Aalborg Kommune har fremlagt en plan for et nyt boligområde på den østlige havnefront med plads til omkring 400 boliger. Området ligger i dag hen som parkeringsplads og gammelt industriområde.", "Ifølge planen skal en fjerdedel af boligerne være almene lejeboliger, så også familier med almindelige indkomster kan flytte ind. Der bliver desuden anlagt en ny promenade langs Limfjorden og en børnehave.", "Rådmanden for by og land kalder projektet et vigtigt skridt mod en mere sammenhængende bymidte. Planen sendes nu i offentlig høring i otte uger, før byrådet træffer den endelige beslutning."),
  ("Fiskere i Hanstholm frygter for fremtiden efter nye kvoter", "Fiskerne i Hanstholm er dybt bekymrede over de nye kvoter for torsk og rødspætte, som EU vedtog i sidste uge. Flere af havnens mindre kuttere risikerer at måtte indstille fiskeriet allerede til sommer.", "En fisker, der har sejlet fra Hanstholm i over tredive år, siger, at kvoterne ikke hænger sammen med det, han ser i havet. Han mener, at bestanden af rødspætter i Nordsøen er i bedring.", "Danmarks Fiskeriforening opfordrer regeringen til at hjælpe de ramte fiskere med en kompensationsordning. Fødevareministeriet oplyser, at man er i dialog med erhvervet om mulige løsninger."),
  ("Ny elfærge til Egholm sejler fra april", "Den nye eldrevne færge til Egholm sættes i drift den 1. april og erstatter den gamle dieselfærge, som har sejlet på ruten i næsten fyrre år. Den nye færge kan tage dobbelt så mange biler.", "Overfarten tager fortsat omkring fem minutter, men færgen vil sejle hyppigere i myldretiden. Øens beboere har længe klaget over lange køer, især i sommerferien.", "Færgen er bygget på et værft i Tyrkiet og har kostet 45 millioner kroner. Den oplades med strøm fra land, mens bilerne kører af og på.")],
  ["Mette Nielsen", "Søren Jensen", "Louise Andersen"]),
 "no": ([("Ny skole på Gol åpner etter sommerferien", "Den nye barne- og ungdomsskolen på Gol står ferdig i juli, og elevene kan flytte inn når skoleåret starter i august. Skolen får plass til 450 elever og erstatter tre gamle skolebygg.", "Kommunen har brukt 380 millioner kroner på bygget, som er laget i massivtre og har solceller på taket. Rektor sier at lærerne gleder seg til å få moderne klasserom og egne arbeidsplasser.", "Foreldre i grendene har vært bekymret for lengre skolevei for de yngste elevene. Kommunen lover at skolebussene skal gå oftere, og at ingen barn skal vente ute lenger enn ti minutter."),
  ("Rekordmange turister på fjellet i vinterferien", "Hyttebyene i Hemsedal og Geilo hadde rekordbesøk i vinterferien, viser tall fra reiselivsnæringen. Flere av skisentrene meldte om fulle parkeringsplasser allerede før klokken ni om morgenen.", "Daglig leder i et av skisentrene forteller at den stabile kulden har gitt de beste forholdene på flere år. Samtidig har mange utenlandske gjester kommet på grunn av den svake kronekursen.", "Politiet minner om at det har vært flere trafikkuhell på riksvei 7 i helgene, og ber bilistene kjøre etter forholdene. Skredfaren i fjellet er også vurdert som betydelig."),
  ("Bønder i Hallingdal får ikke tak i dyrlege om natten", "Bønder i Hallingdal sier de ikke får tak i dyrlege på natt og i helger, etter at vaktordningen ble slått sammen med nabokommunene. En sauebonde i Ål måtte vente i fem timer da en søye fikk problemer under lamming.", "Mattilsynet erkjenner at det er vanskelig å rekruttere dyrleger til distriktene. Flere av dem som har vakt, må kjøre over to timer for å komme fram til gårdene.", "Bondelaget krever at staten øker tilskuddet til veterinærvakten, slik at flere dyrleger kan bo i dalen. Saken skal opp i kommunestyret i april.")],
  ["Kari Haugen", "Ola Berg", "Ingrid Solberg"]),
 "ja": ([("旧港の倉庫群、文化施設に再生へ　市が計画案を公表", "市は3日、旧港地区に残る明治期のれんが倉庫群を改修し、美術館や飲食店が入る文化施設として再生する計画案を公表した。2028年春の開業を目指す。", "計画では、5棟ある倉庫のうち3棟を展示スペースとし、残る2棟にはレストランや地元の工芸品を扱う店舗を誘致する。総事業費は約45億円で、国の補助金も活用する。", "倉庫群は老朽化が進み、一部は立ち入りが禁止されている。市の担当者は「港町の歴史を伝える貴重な建物を、市民が集う場所として残したい」と話している。", "市は今月末まで計画案への意見を募集し、夏までに基本設計をまとめる方針だ。"),
  ("春の選抜高校野球、地元校が初出場　商店街に応援幕", "春の選抜高校野球大会に初出場する市立港南高校の野球部を応援しようと、地元の商店街に横断幕が掲げられた。商店街の店主らが資金を出し合って作った。", "港南高校は昨秋の地区大会で準優勝し、初の出場権を獲得した。部員は28人で、その半数以上が市内の中学校出身だ。", "主将の田中選手は「地元の皆さんの応援が力になる。一戦必勝で戦いたい」と意気込みを語った。初戦は大会3日目に行われる予定だ。"),
  ("漁港の朝市が5年ぶりに復活　開始前から200人の列", "市内の漁港で、新型コロナウイルスの影響で中止されていた朝市が5年ぶりに再開された。初日の日曜日には、開始前から約200人が列を作った。", "朝市では、地元の漁師が水揚げしたばかりのアジやカレイ、ワカメなどが市価より2割ほど安く販売された。家族連れで訪れた女性は「新鮮な魚が安く買えてうれしい」と話した。", "漁協は今後、毎月第1と第3日曜日に朝市を開く予定だ。担当者は「観光客にも足を運んでもらい、港のにぎわいを取り戻したい」としている。")],
  ["中村健一", "小林美咲", "高橋誠"]),
 "zh": ([("高雄輕軌環狀線全線通車　首週運量破十萬人次", "高雄輕軌環狀線日前全線通車，市府交通局昨天公布首週運量，總計超過十萬人次，平均每日約一萬五千人次搭乘，表現優於預期。", "交通局表示，全線通車後，輕軌串聯美術館、凹子底及鳳山等地區，不少通勤族改搭輕軌上下班。假日則有許多家庭帶著孩子搭乘，沿途欣賞城市風景。", "不過也有沿線居民反映，部分路口號誌時間過長，造成汽機車等候時間增加。交通局回應，將在一個月內檢討號誌時制，盡量減少對道路交通的影響。"),
  ("旗津海岸侵蝕嚴重　市府將投入兩億元養灘", "旗津海岸近年侵蝕情況嚴重，部分沙灘已後退超過二十公尺。市府海洋局昨天宣布，將投入兩億元進行養灘工程，預計明年汛期前完工。", "海洋局指出，工程將以人工補沙並搭配離岸潛堤的方式，減緩海浪對沙灘的衝擊。施工期間，部分海水浴場將暫停開放，請民眾留意公告。", "當地居民表示，沙灘流失不僅影響觀光，也讓颱風季節的海水倒灌風險升高，希望工程能盡快展開。"),
  ("美濃油紙傘工藝傳承　三十歲師傅接棒", "美濃油紙傘是客家重要的傳統工藝，近年面臨師傅高齡化的困境。今年三十歲的林師傅三年前辭去科技業工作，回到家鄉拜師學藝，成為當地最年輕的製傘師傅。", "一把油紙傘從削竹、組骨到糊紙、上油，需要經過數十道工序，完成一把傘往往要花上一個星期。林師傅說，剛開始學的時候，手常常被竹片割傷。", "為了讓更多人認識油紙傘，他也在工作室開設體驗課程，吸引不少遊客參加。他希望透過新的設計，讓傳統工藝走進年輕人的生活。")],
  ["陳建宏", "林怡君", "黃志明"]),
 "th": ([("เชียงใหม่ประกาศห้ามเผาในที่โล่ง 60 วัน หลังฝุ่น PM2.5 พุ่ง", "จังหวัดเชียงใหม่ประกาศห้ามเผาในที่โล่งทุกชนิดเป็นเวลา 60 วัน หลังค่าฝุ่นละออง PM2.5 ในหลายอำเภอพุ่งสูงเกินมาตรฐานติดต่อกันเป็นสัปดาห์ที่สอง", "ผู้ว่าราชการจังหวัดกล่าวว่า จะมีการตั้งจุดตรวจและลาดตระเวนในพื้นที่ป่าร่วมกับอาสาสมัครในหมู่บ้าน ผู้ที่ฝ่าฝืนจะถูกดำเนินคดีตามกฎหมายอย่างเคร่งครัด", "ด้านโรงพยาบาลในตัวเมืองรายงานว่า จำนวนผู้ป่วยโรคทางเดินหายใจเพิ่มขึ้นเกือบร้อยละ 30 เมื่อเทียบกับเดือนก่อน แพทย์แนะนำให้ประชาชนสวมหน้ากากอนามัยและงดออกกำลังกายกลางแจ้ง"),
  ("ถนนคนเดินวัวลายคึกคัก นักท่องเที่ยวต่างชาติเพิ่มขึ้น", "ถนนคนเดินวัวลายในช่วงสุดสัปดาห์ที่ผ่านมามีนักท่องเที่ยวหนาแน่น โดยเฉพาะนักท่องเที่ยวต่างชาติที่เพิ่มขึ้นอย่างเห็นได้ชัดหลังมีเที่ยวบินตรงใหม่จากหลายประเทศ", "ผู้ค้าเครื่องเงินรายหนึ่งเล่าว่า ยอดขายดีขึ้นกว่าปีที่แล้วเกือบเท่าตัว นักท่องเที่ยวนิยมซื้อสินค้าทำมือเป็นของฝาก", "เทศบาลนครเชียงใหม่เตรียมเพิ่มจุดจอดรถและห้องน้ำสาธารณะ เพื่อรองรับนักท่องเที่ยวที่คาดว่าจะเพิ่มขึ้นอีกในช่วงเทศกาลสงกรานต์"),
  ("เกษตรกรแม่ริมหันปลูกกาแฟอาราบิก้าแทนข้าวโพด", "เกษตรกรในอำเภอแม่ริมจำนวนมากหันมาปลูกกาแฟอาราบิก้าแทนข้าวโพดเลี้ยงสัตว์ เพื่อลดการเผาตอซังและสร้างรายได้ที่มั่นคงกว่าเดิม", "ผู้ใหญ่บ้านรายหนึ่งกล่าวว่า กาแฟต้องใช้เวลาสามปีกว่าจะให้ผลผลิต แต่ราคาเมล็ดกาแฟคุณภาพดีสูงกว่าข้าวโพดหลายเท่า ทั้งยังช่วยฟื้นฟูป่าต้นน้ำ", "สำนักงานเกษตรอำเภอให้การสนับสนุนต้นกล้าและจัดอบรมการแปรรูป พร้อมเชื่อมโยงเกษตรกรกับร้านกาแฟในตัวเมือง")],
  ["สมชาย ใจดี", "วรรณา ศรีสุข", "อนุชา ทองดี"]),
 "es": ([("Vecinos de Iztapalapa llevan tres semanas sin agua potable", "Más de 20 mil habitantes de cinco colonias de Iztapalapa llevan tres semanas sin recibir agua por la red, y dependen de las pipas que envía la alcaldía cada tercer día. Los vecinos aseguran que el servicio es insuficiente.", "“Hacemos fila desde las cinco de la mañana con cubetas y tambos, y a veces la pipa ni llega”, contó una vecina de la colonia Santa Martha Acatitla. Muchas familias han tenido que comprar garrafones para cocinar y bañarse.", "El Sistema de Aguas de la Ciudad de México atribuyó el problema a una fuga en el acueducto que abastece la zona y a los bajos niveles del Sistema Cutzamala. Las autoridades prometieron reparar la tubería antes de fin de mes.", "Mientras tanto, los vecinos bloquearon durante cuatro horas la calzada Ermita Iztapalapa para exigir una solución definitiva."),
  ("La Línea 1 del Metro reabre su tramo oriente tras dos años de obras", "El tramo oriente de la Línea 1 del Metro, entre Balderas y Pantitlán, reabrió este lunes después de casi dos años de obras de modernización. Las autoridades capitalinas presentaron los nuevos trenes y el sistema de control automático.", "Según el gobierno de la ciudad, los trayectos serán hasta 30 por ciento más rápidos y los intervalos entre trenes se reducirán a menos de dos minutos en horas pico.", "Usuarios consultados celebraron la reapertura, aunque lamentaron que las obras se hayan prolongado más de lo previsto. Durante el cierre, miles de personas tuvieron que usar autobuses emergentes."),
  ("El Popocatépetl registra nueva explosión y lanza ceniza sobre Puebla", "El volcán Popocatépetl registró la madrugada de este martes una explosión que lanzó una columna de ceniza de dos kilómetros de altura, informó el Centro Nacional de Prevención de Desastres. La ceniza cayó en varios municipios de Puebla.", "Las autoridades mantienen el semáforo de alerta volcánica en amarillo fase dos y recomendaron a la población cubrir tinacos y evitar actividades al aire libre.", "El aeropuerto de Puebla suspendió sus operaciones durante varias horas como medida preventiva. El Popocatépetl, ubicado a unos 70 kilómetros de la capital, es uno de los volcanes más activos de México.")],
  ["Ana Lucía Hernández", "Jorge Ramírez", "Daniela Torres"]),
 "fr": ([("Le traversier entre Matane et Baie-Comeau reprend du service", "Le traversier qui relie Matane à Baie-Comeau et Godbout a repris du service lundi, après un arrêt de trois semaines causé par un bris mécanique. La Société des traversiers du Québec assure que le navire a été inspecté de fond en comble.", "L'interruption a forcé des centaines de camionneurs et de voyageurs à faire un détour de plusieurs heures par Québec. Des entreprises de la Côte-Nord disent avoir perdu des milliers de dollars en retards de livraison.", "Le maire de Matane réclame depuis longtemps un navire de relève permanent pour éviter de telles situations. La ministre des Transports a promis une annonce à ce sujet d'ici l'été."),
  ("Pénurie de médecins de famille : 12 000 patients orphelins à Rimouski", "Près de 12 000 personnes attendent un médecin de famille dans la région de Rimouski, selon les plus récentes données du guichet d'accès. Certaines sont inscrites sur la liste depuis plus de trois ans.", "Le départ à la retraite de quatre médecins l'an dernier a aggravé la situation, explique le CISSS du Bas-Saint-Laurent. Deux nouveaux médecins doivent s'installer dans la région cet été.", "En attendant, les patients sans médecin peuvent obtenir un rendez-vous dans une clinique d'infirmières praticiennes ouverte en janvier au centre-ville."),
  ("La saison du crabe des neiges s'annonce prometteuse", "Les crabiers de la Gaspésie et du Bas-Saint-Laurent s'apprêtent à prendre la mer avec un optimisme prudent. Le quota de crabe des neiges dans le sud du golfe a été augmenté de 15 % par Pêches et Océans Canada.", "Les prix payés aux pêcheurs devraient toutefois rester bien en deçà des sommets atteints il y a quelques années, en raison de la demande plus faible sur le marché américain.", "Les usines de transformation cherchent encore des travailleurs pour la saison, et plusieurs comptent sur des employés étrangers temporaires arrivés du Mexique et du Guatemala.")],
  ["Marie-Ève Tremblay", "Jean-François Gagnon", "Isabelle Côté"]),
}
# Per language: section (name, slug, intro), tag (name, slug), related heading, cookie line, newsletter box,
# about (title, text), search (title, count line, term), an author's bio.
LX = {
 "ar": ("محليات", "local", "أخبار المحافظة والمدن والقرى.", "الأسعار", "prices", "اقرأ أيضًا", "نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا. باستمرارك في التصفح فإنك توافق على سياسة الخصوصية.", "اشترك في نشرتنا البريدية لتصلك أهم الأخبار كل صباح.", "من نحن", "الوادي اليوم صحيفة إقليمية مستقلة تصدر في المنصورة منذ عام ١٩٩٨. العنوان: شارع الجمهورية، المنصورة. هاتف التحرير: ٠٥٠٢٢٣٤٥٦٧.", "نتائج البحث: كورنيش", "تم العثور على ٣ نتائج.", "korniche", "%s صحفي في قسم المحليات."),
 "he": ("חדשות", "news", "כל החדשות מהעמק והסביבה.", "חקלאות", "agriculture", "כתבות נוספות", "אתר זה משתמש בעוגיות כדי לשפר את חוויית הגלישה. המשך הגלישה מהווה הסכמה למדיניות הפרטיות.", "הירשמו לניוזלטר שלנו וקבלו את עיקרי החדשות מהעמק ישירות למייל.", "אודות וצור קשר", "חדשות העמק הוא אתר חדשות מקומי הפועל מעפולה מאז 2009. מערכת: רחוב הנשיאים 12, עפולה. טלפון: 04-6123456.", "תוצאות חיפוש: פארק", "נמצאו 3 תוצאות.", "park", "כל הכתבות של %s."),
 "el": ("Λάρισα", "larisa", "Ειδήσεις από τη Λάρισα και τη Θεσσαλία.", "κτηνοτροφία", "ktinotrofia", "Διαβάστε επίσης", "Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας. Συνεχίζοντας την περιήγηση αποδέχεστε τη χρήση τους.", "Εγγραφείτε στο newsletter μας και λάβετε τις σημαντικότερες ειδήσεις κάθε πρωί.", "Ποιοι είμαστε", "Η Φωνή της Θεσσαλίας είναι ημερήσια περιφερειακή εφημερίδα που εκδίδεται στη Λάρισα από το 1985. Διεύθυνση: Παπακυριαζή 22, Λάρισα. Τηλέφωνο: 2410 123456.", "Αποτελέσματα αναζήτησης: ποδηλατόδρομος", "Βρέθηκαν 3 αποτελέσματα.", "podilatodromos", "Άρθρα: %s."),
 "hu": ("Közélet", "kozelet", "Hírek Bács-Kiskun és Csongrád megyéből.", "Tisza", "tisza", "Kapcsolódó cikkek", "Weboldalunk sütiket használ a jobb felhasználói élmény érdekében. Az oldal használatával elfogadja az adatkezelési tájékoztatót.", "Iratkozzon fel hírlevelünkre, és minden reggel megkapja a nap legfontosabb híreit.", "Impresszum és kapcsolat", "Az Alföldi Hírlap 1990 óta megjelenő független regionális napilap. Szerkesztőség: 6000 Kecskemét, Szabadság tér 3. Telefon: +36 76 123 456.", "Keresési találatok: költségvetés", "3 találat.", "koltsegvetes", "%s a közéleti rovat munkatársa."),
 "fi": ("Kotimaa", "kotimaa", "Uutisia Pirkanmaalta.", "raitiotie", "raitiotie", "Lue myös", "Käytämme evästeitä käyttökokemuksen parantamiseen. Jatkamalla sivuston käyttöä hyväksyt evästeiden käytön.", "Tilaa uutiskirjeemme ja saat päivän tärkeimmät uutiset sähköpostiisi joka aamu.", "Yhteystiedot", "Pohjolan Sanomat on vuonna 1921 perustettu maakuntalehti. Toimitus: Hämeenkatu 14, 33100 Tampere, puh. 03 123 4567.", "Hakutulokset: kirjasto", "3 osumaa.", "kirjasto", "%s on Pohjolan Sanomien toimittaja."),
 "da": ("Lokalt", "lokalt", "Nyheder fra Nordjylland.", "fiskeri", "fiskeri", "Læs også", "Vi bruger cookies til at forbedre din oplevelse. Ved at fortsætte accepterer du vores cookiepolitik.", "Tilmeld dig vores nyhedsbrev og få dagens vigtigste historier hver morgen.", "Om Fjordposten", "Fjordposten er en uafhængig lokalavis, der har dækket Limfjordsegnen siden 1902. Redaktionen: Vesterbro 40, 9000 Aalborg, tlf. 98 12 34 56.", "Søgeresultater: færge", "3 resultater.", "faerge", "%s er journalist på Fjordposten."),
 "no": ("Nyheter", "nyheter", "Siste nytt fra Hallingdal.", "skole", "skole", "Les også", "Vi bruker informasjonskapsler for å gi deg en bedre opplevelse. Ved å fortsette godtar du vår personvernerklæring.", "Meld deg på nyhetsbrevet vårt og få de viktigste sakene fra dalen hver morgen.", "Om oss og kontakt", "Dalen Avis er lokalavisa for Hallingdal og har kommet ut siden 1911. Redaksjonen: Sentrumsvegen 5, 3550 Gol, telefon 32 02 12 34.", "Søkeresultater: skole", "3 treff.", "skole", "%s er journalist i Dalen Avis."),
 "ja": ("地域", "local", "みなと市と周辺地域のニュース。", "まちづくり", "machizukuri", "関連記事", "当サイトではサービス向上のためにCookieを使用しています。引き続きご利用いただくことで、Cookieの使用に同意したものとみなされます。", "ニュースレターに登録すると、毎朝の主要ニュースをメールでお届けします。", "会社概要・お問い合わせ", "みなと新報は1948年創刊の地域日刊紙です。本社：みなと市港町1丁目2番3号。電話：078-123-4567。", "検索結果：倉庫", "3件の記事が見つかりました。", "souko", "%s記者の記事一覧。"),
 "zh": ("地方", "local", "南台灣在地新聞。", "輕軌", "lrt", "相關新聞", "本網站使用Cookie以提供更好的瀏覽體驗，繼續瀏覽即表示您同意我們的隱私權政策。", "訂閱電子報，每天早上掌握南台灣重要新聞。", "關於我們", "南方時報於1972年在高雄創刊，是南台灣歷史悠久的地方報紙。地址：高雄市前金區中正四路100號，電話：07-2123456。", "搜尋結果：輕軌", "共找到3筆資料。", "lrt", "記者%s的新聞列表。"),
 "th": ("ข่าวท้องถิ่น", "local", "ข่าวสารจากเชียงใหม่และภาคเหนือ", "ฝุ่นควัน", "haze", "ข่าวที่เกี่ยวข้อง", "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน การใช้งานเว็บไซต์ต่อถือว่าท่านยอมรับนโยบายความเป็นส่วนตัว", "สมัครรับจดหมายข่าวเพื่อรับข่าวเด่นประจำวันทางอีเมลทุกเช้า", "เกี่ยวกับเรา", "ข่าวสดเชียงใหม่เป็นสื่อท้องถิ่นที่ก่อตั้งขึ้นในปี 2555 สำนักงานตั้งอยู่ที่ถนนนิมมานเหมินท์ อำเภอเมืองเชียงใหม่ โทร 053 123 456", "ผลการค้นหา: ฝุ่น", "พบ 3 รายการ", "pm25", "%s ผู้สื่อข่าวประจำจังหวัดเชียงใหม่"),
 "es": ("Metrópoli", "metropoli", "Noticias de la Ciudad de México y el área metropolitana.", "agua", "agua", "Notas relacionadas", "Utilizamos cookies para mejorar tu experiencia. Al continuar navegando aceptas nuestro aviso de privacidad.", "Suscríbete a nuestro boletín y recibe las noticias más importantes de la ciudad cada mañana.", "Quiénes somos", "Crónica Metropolitana es un diario independiente fundado en 1994 en la Ciudad de México. Redacción: Av. Insurgentes Sur 1234, colonia Del Valle. Teléfono: 55 1234 5678.", "Resultados de búsqueda: Metro", "Se encontraron 3 resultados.", "metro", "%s escribe para la sección Metrópoli."),
 "fr": ("Actualités", "actualites", "Toute l'actualité du Bas-Saint-Laurent et de la Gaspésie.", "santé", "sante", "À lire aussi", "Nous utilisons des témoins (cookies) pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez notre politique de confidentialité.", "Abonnez-vous à notre infolettre et recevez l'essentiel de l'actualité régionale chaque matin.", "À propos et nous joindre", "Le Courrier du Fleuve est un quotidien régional publié à Rimouski depuis 1911. Salle de rédaction : 120, rue Saint-Germain Est, Rimouski. Téléphone : 418 723-1234.", "Résultats de recherche : traversier", "3 résultats.", "traversier", "%s couvre l'actualité régionale."),
}
# Per site: extra non-article pages (kind, path, title, intro, items).
EXTRAS = {
 "ar": [("list", "/prayer-times/", "مواقيت الصلاة في المنصورة", "مواقيت الصلاة اليوم حسب التوقيت المحلي.", ["الفجر ٤:٥٢", "الظهر ١٢:٠٧", "العصر ٣:٢٩", "المغرب ٥:٥٩", "العشاء ٧:١٦"]), ("gallery", "/photos/ramadan-lanterns/", "صور: فوانيس رمضان تزين شوارع المنصورة", "جولة بالصور في أسواق الفوانيس.", [])],
 "he": [("podcast", "/podcast/episode-48/", "פודקאסט העמק, פרק 48: המאבק על המים", "בפרק השבוע אנחנו מדברים עם חקלאים ומומחים על משבר המים בעמק.", ["מגישה: מיכל אברהם", "משך: 42 דקות", "בפרק: למה מחיר המים לחקלאות עלה, מה עושים המושבים, ואיך זה ישפיע על מחירי הירקות בסופר."])],
 "el": [("list", "/kairos/", "Ο καιρός στη Λάρισα", "Πρόγνωση για τις επόμενες ημέρες.", ["Δευτέρα: Συννεφιά, 8–16 °C", "Τρίτη: Βροχές, 7–13 °C", "Τετάρτη: Ηλιοφάνεια, 6–17 °C"]), ("gallery", "/gallery/apokries-tyrnavou/", "Φωτογραφίες: Το καρναβάλι του Τυρνάβου", "Στιγμιότυπα από την παρέλαση.", [])],
 "hu": [("list", "/programajanlo/", "Programajánló: hétvégi események", "Válogatás a régió hétvégi programjaiból.", ["Március 8., 19:00 – Tavaszi koncert a Kodály Iskolában", "Március 9., 10:00 – Termelői piac a Széchenyi téren", "Március 9., 15:00 – Gyermekszínház: A kis herceg"])],
 "fi": [("list", "/saa/tampere/", "Sää Tampere", "Ilmatieteen laitoksen ennuste Tampereelle.", ["Tänään: pilvistä, +3 °C", "Huomenna: lumikuuroja, −1 °C", "Lauantai: aurinkoista, +2 °C"]), ("list", "/nakoislehti/", "Näköislehti", "Lue päivän Pohjolan Sanomat näköislehtenä.", ["Pohjolan Sanomat 3.3.2025", "Pohjolan Sanomat 2.3.2025", "Pohjolan Sanomat 1.3.2025"])],
 "da": [("job", "/job/journalistpraktikant/", "Stillingsopslag: Journalistpraktikant til lokalredaktionen", "Fjordposten søger en journalistpraktikant til vores redaktion i Aalborg fra 1. august 2025.", ["Du får ansvar for egne historier fra første dag og bliver en del af en travl lokalredaktion, der dækker alt fra byrådet til lokalsporten.", "Vi forventer, at du er nysgerrig, har styr på sproget og kan arbejde selvstændigt under deadline.", "Ansøgningsfrist: 31. marts 2025. Send din ansøgning til redaktionschef Hanne Kjær."])],
 "no": [("quiz", "/quiz/ukens-nyhetsquiz/", "Ukens nyhetsquiz: Hvor godt har du fulgt med?", "Tre spørsmål om ukas nyheter fra Hallingdal.", ["Hvor mange elever får den nye skolen på Gol plass til?", "Hvilken riksvei går gjennom Hallingdal?", "Hvor lenge måtte sauebonden i Ål vente på dyrlege?"])],
 "ja": [("list", "/shimen/", "紙面ビューアー", "本日の紙面をご覧いただけます。", ["1面　総合", "2面　政治・経済", "3面　地域"]), ("video", "/video/asaichi/", "【動画】5年ぶりの朝市、にぎわう漁港", "再開した朝市の様子を動画でお伝えします。", [])],
 "zh": [("video", "/video/lrt-ride/", "影音／搭輕軌環狀線一圈要多久？記者實測", "記者實際搭乘輕軌環狀線一圈，帶您看沿途風景。", []), ("gallery", "/photo/meinong-umbrella/", "圖輯／美濃油紙傘之美", "一起欣賞色彩繽紛的油紙傘。", [])],
 "th": [("list", "/lottery/", "ตรวจหวย งวดวันที่ 1 มีนาคม 2568", "ผลการออกรางวัลสลากกินแบ่งรัฐบาล", ["รางวัลที่ 1: 757563", "เลขหน้า 3 ตัว: 085, 524", "เลขท้าย 3 ตัว: 132, 528", "เลขท้าย 2 ตัว: 31"])],
 "es": [("live", "/en-vivo/marcha-8m/", "EN VIVO | Marcha del 8M en la Ciudad de México", "Sigue minuto a minuto la marcha por el Día Internacional de la Mujer.", ["Miles de mujeres se concentran en el Ángel de la Independencia.", "La marcha avanza por Paseo de la Reforma rumbo al Zócalo.", "La SSC reporta saldo blanco en la primera hora."])],
 "fr": [("list", "/avis-de-deces/", "Avis de décès", "Les avis de décès publiés cette semaine.", ["Gagnon, Thérèse (1938-2025) – Rimouski", "Bélanger, Roger (1945-2025) – Matane", "Ouellet, Lucille (1931-2025) – Sainte-Flavie"]), ("list", "/calendrier/", "Calendrier des événements", "Quoi faire dans la région cette semaine.", ["7 mars – Spectacle de musique traditionnelle à Rimouski", "8 mars – Marché de la Saint-Patrick à Matane", "9 mars – Randonnée guidée au parc du Bic"])],
}
# Month and weekday names; Arabic-Indic digits; the Greek bylines' genitives; Thai staff slugs; fr-CA roles.
ARM, ARD = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(), "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split()
HUM = "január február március április május június július augusztus szeptember október november december".split()
DAM = "januar februar marts april maj juni juli august september oktober november december".split()
NOM = "januar februar mars april mai juni juli august september oktober november desember".split()
THM = "ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.".split()
THF = "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม".split()
ESM = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
FRM = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
JAD = "月火水木金土日"
ARDIG = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
GEN = {"Νίκος Παππάς": "του Νίκου Παππά", "Ελένη Σταθοπούλου": "της Ελένης Σταθοπούλου", "Γιώργος Δήμου": "του Γιώργου Δήμου"}
THSLUG = {"สมชาย ใจดี": "somchai-jaidee", "วรรณา ศรีสุข": "wanna-srisuk", "อนุชา ทองดี": "anucha-thongdee"}
FRROLE = ["journaliste principale", "journaliste", "chef de pupitre"]


def slug(s):
    s = s.replace("æ", "ae").replace("ø", "o").replace("Æ", "Ae").replace("Ø", "O")
    a = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", a.lower()).strip("-")[:60].strip("-")


def upper_el(s):  # Greek capitals drop the accents
    return "".join(ch for ch in unicodedata.normalize("NFD", s.upper()) if not unicodedata.combining(ch))


def zone(k, d):
    """The site's UTC offset at local time d."""
    h = {"ar": 2, "he": 2, "el": 2, "hu": 1, "fi": 2, "da": 1, "no": 1, "ja": 9, "zh": 8, "th": 7, "es": -6}.get(k)
    if h is None:  # Quebec: EST, EDT from 9 March 2025
        h = -5 if d < datetime.datetime(2025, 3, 9, 2) else -4
    return datetime.timezone(datetime.timedelta(hours=h))


def iso(k, d, utc=False, frac=""):
    a = d.replace(tzinfo=zone(k, d))
    if utc:
        return a.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S") + frac + "Z"
    return a.isoformat()


def epoch(k, d):
    return int(d.replace(tzinfo=zone(k, d)).timestamp())


def nl(a, sep):  # names joined: "A, B and C"
    return sep.join(a) if len(a) < 3 else ", ".join(a[:-1]) + sep + a[-1]


def apath(c, a):  # an author's page
    i = c["names"].index(a) if a in c["names"] else 9
    return c["abase"] + (THSLUG.get(a) or (slug(a) if c["latin"] else str(2001 + c["si"] * 10 + i))) + "/"


def alink(c, a, cls=""):
    return '<a href="%s"%s>%s</a>' % (apath(c, a), ' class="%s"' % cls if cls else "", E(a))


def paras(s, cls=""):
    return "".join("<p%s>%s</p>" % (' class="%s"' % cls if cls else "", E(p)) for p in s["paras"])


def share(c, s):
    u = urllib.parse.quote(url(c, s["path"]), safe="")
    return ('<div class="share-buttons"><a href="https://www.facebook.com/sharer/sharer.php?u=%s" aria-label="Facebook">f</a> <a href="https://twitter.com/intent/tweet?url=%s" aria-label="X">𝕏</a> '
            '<a href="https://wa.me/?text=%s" aria-label="WhatsApp">WA</a> <a href="mailto:?body=%s" aria-label="E-mail">@</a></div>') % (u, u, u, u)


def fig(c, s, credit=""):
    return '<figure class="lead-image"><img src="/img/%d.jpg" alt="" width="1200" height="675"><figcaption>%s</figcaption></figure>' % (s["id"], E(credit or c["name"]))


# Each site's story page: (head, article html) from the story s.
def r_ar(c, s):  # Drupal
    date = ("%s %d %s %d - %s" % (ARD[s["d"].weekday()], s["d"].day, ARM[s["d"].month - 1], s["d"].year, s["d"].strftime("%H:%M"))).translate(ARDIG)
    items = "".join('<div class="field__item">%s</div>' % alink(c, a) for a in s["au"])
    return "", ('<article role="article" about="/node/%d" class="node node--type-article node--promoted node--view-mode-full"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1>'
                '<div class="node__meta"><div class="field field--name-field-author field--type-entity-reference field--label-inline clearfix"><div class="field__label">بقلم:</div><div class="field__items">%s</div></div>'
                '<div class="field field--name-created"><span>%s</span></div></div>%s<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>%s</article>') % (
        s["id"], E(s["head"]), items, date, fig(c, s), paras(s), share(c, s))


def r_he(c, s):
    au = " ו".join(s["au"])  # "דנה לוי ויוסי כהן": the conjunction is a prefix
    head = '<meta property="article:modified_time" content="%s">' % iso("he", s["u"])
    return head, ('<div class="article-wrap"><div class="breadcrumbs"><a href="/">ראשי</a> &gt; <a href="/news/">חדשות</a></div><h1 class="mainTitle">%s</h1><h2 class="subTitle">%s</h2>'
                  '<div class="authorBox"><img class="authorImg" src="/img/writers/%d.jpg" alt=""><span class="authorName">מאת: %s</span></div><div class="dates"><span class="updated">עודכן: %s</span> | <span class="published">פורסם: %s</span></div>'
                  '%s<div class="articleBody">%s</div>%s</div>') % (E(s["head"]), E(s["paras"][0].split(". ")[0]), s["id"], E(au), s["u"].strftime("%d.%m.%y, %H:%M"), s["d"].strftime("%d.%m.%y, %H:%M"), share(c, s), fig(c, s), paras(s))


def r_el(c, s):
    by = " και ".join(GEN[a] for a in s["au"])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso("el", s["d"]), "dateModified": iso("el", s["u"]),
          "author": [{"@type": "Person", "name": a} for a in s["au"]], "publisher": {"@type": "Organization", "name": c["name"]}}
    head = '<link rel="amphtml" href="/amp%s"><script type="application/ld+json">%s</script>' % (s["path"], json.dumps(ld, ensure_ascii=False))
    top = '<div class="article-info"><span class="author">%s</span><span class="dates"><span class="upd">Τελευταία ενημέρωση: %s</span> <span class="pub">Δημοσίευση: %s</span></span></div>' % (
        E(by[0].upper() + by[1:]), s["u"].strftime("%d/%m/%Y %H:%M"), s["d"].strftime("%d/%m/%Y %H:%M"))
    amp = ('<!doctype html><html amp lang="el"><head><meta charset="utf-8"><title>%s</title><link rel="canonical" href="%s"><script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style></head>'
           '<body><header><a href="/">%s</a></header><article><h1>%s</h1>%s%s</article></body></html>') % (E(s["head"]), url(c, s["path"]), E(c["name"]), E(upper_el(s["head"])), top, paras(s))
    write_page(OUT, c["host"], "/amp" + s["path"], amp)
    return head, '<div class="article-container"><span class="category-label">%s</span><h1 class="article-title">%s</h1>%s%s<div class="article-text">%s</div>%s</div>' % (
        E(c["lx"][0]), E(upper_el(s["head"])), top, fig(c, s), paras(s), share(c, s))


def huday(d):
    return "%d. %s %d. %s" % (d.year, HUM[d.month - 1], d.day, d.strftime("%H:%M"))


def r_hu(c, s):  # WordPress with a Yoast @graph
    u, pid = url(c, s["path"]), [url(c, "/#/schema/person/%s" % slug(a).replace("-", "")) for a in s["au"]]
    graph = [{"@type": "Article", "@id": u + "#article", "isPartOf": {"@id": u}, "author": [{"name": a, "@id": p} for a, p in zip(s["au"], pid)] if len(pid) > 1 else {"name": s["au"][0], "@id": pid[0]},
              "headline": s["head"], "datePublished": iso("hu", s["d"], True).replace("Z", "+00:00"), "dateModified": iso("hu", s["u"], True).replace("Z", "+00:00"), "mainEntityOfPage": {"@id": u},
              "publisher": {"@id": url(c, "/#organization")}, "articleSection": [c["lx"][0]], "inLanguage": "hu"},
             {"@type": "WebPage", "@id": u, "url": u, "name": s["head"] + " - " + c["name"], "isPartOf": {"@id": url(c, "/#website")}, "datePublished": iso("hu", s["d"], True).replace("Z", "+00:00"), "inLanguage": "hu"},
             {"@type": "WebSite", "@id": url(c, "/#website"), "url": url(c, "/"), "name": c["name"]}, {"@type": "Organization", "@id": url(c, "/#organization"), "name": c["name"]}]
    graph += [{"@type": "Person", "@id": p, "name": a, "url": url(c, apath(c, a))} for a, p in zip(s["au"], pid)]
    head = '<meta name="generator" content="WordPress 6.7.2"><script type="application/ld+json" class="yoast-schema-graph">%s</script>' % json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    by = " és ".join('<span class="author vcard"><a class="url fn n" href="%s">%s</a></span>' % (apath(c, a), E(a)) for a in s["au"])
    return head, ('<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail category-kozelet"><header class="entry-header"><h1 class="entry-title">%s</h1><div class="entry-meta">'
                  '<span class="byline">Szerző: %s</span><div class="entry-dates">Frissítve: %s <span class="sep">|</span> Megjelent: %s</div></div></header>%s<div class="entry-content">%s</div>%s</article>') % (
        s["id"], s["id"], E(s["head"]), by, huday(s["u"]), huday(s["d"]), fig(c, s), paras(s), share(c, s))


def r_fi(c, s):  # Arc XP: the story in Fusion.globalContent, little else in <head>
    def fd(d):
        return d.strftime("%d.%m.%Y klo %H.%M")
    others = [t for t in c["stories"] if t is not s]
    gc = {"_id": "UX%dQ7F" % s["id"], "type": "story", "version": "0.10.9", "canonical_url": s["path"], "headlines": {"basic": s["head"], "web": "", "meta_title": ""},
          "subheadlines": {"basic": s["paras"][0].split(". ")[0] + "."}, "credits": {"by": [{"_id": slug(a), "type": "author", "name": a, "url": apath(c, a)} for a in s["au"]],
          "photos_by": [{"type": "author", "name": "Jussi Lehtonen"}]}, "created_date": iso("fi", s["d"] - datetime.timedelta(days=2), True, ".000"),
          "first_publish_date": iso("fi", s["d"], True, ".000"), "display_date": iso("fi", s["d"], True, ".000"), "last_updated_date": iso("fi", s["u"], True, ".000"),
          "taxonomy": {"primary_section": {"_id": "/kotimaa", "name": "Kotimaa"}, "tags": [{"text": c["lx"][3]}]}, "content_elements": [{"type": "text", "content": p} for p in s["paras"]],
          "related_content": {"basic": [{"type": "story", "headlines": {"basic": t["head"]}, "display_date": iso("fi", t["d"], True, ".000"), "credits": {"by": [{"name": a} for a in t["au"]]}} for t in others]}}
    head = ('<meta property="og:title" content="%s"><script type="application/javascript" id="fusion-metadata">window.Fusion=window.Fusion||{};Fusion.arcSite="pohjolan";Fusion.contextPath="/pf";Fusion.deployment="412";'
            'Fusion.globalContent=%s;Fusion.globalContentConfig={"source":"content-api","query":{"website_url":"%s"}};Fusion.lastModified=%d000;</script>') % (
        E(s["head"]), json.dumps(gc, ensure_ascii=False, separators=(",", ":")), s["path"], epoch("fi", s["u"]) + 600)
    return head, ('<article class="article-body-wrapper"><h1 class="headline">%s</h1><div class="byline">Teksti: %s</div><div class="article-dates"><span>Päivitetty %s</span> <span>Julkaistu %s</span></div>%s'
                  '<div class="article-body">%s</div>%s</article>') % (E(s["head"]), " ja ".join(alink(c, a) for a in s["au"]), fd(s["u"]), fd(s["d"]), fig(c, s, "Kuva: Jussi Lehtonen"), paras(s, "article-body__paragraph"), share(c, s))


def dad(d):
    return "%d. %s %d kl. %s" % (d.day, DAM[d.month - 1], d.year, d.strftime("%H.%M"))


def r_da(c, s):  # Ghost: UTC in the JSON-LD, the first author only
    ld = {"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": c["name"], "url": url(c, "/")}, "author": {"@type": "Person", "name": s["au"][0], "url": url(c, apath(c, s["au"][0])), "sameAs": []},
          "headline": s["head"], "url": url(c, s["path"]), "datePublished": iso("da", s["d"], True, ".000"), "dateModified": iso("da", s["u"], True, ".000"), "keywords": "Lokalt", "description": s["paras"][0].split(". ")[0] + ".", "mainEntityOfPage": url(c, s["path"])}
    head = '<meta name="generator" content="Ghost 5.82"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s"><script type="application/ld+json">%s</script>' % (
        E(s["head"]), iso("da", s["d"], True, ".000"), json.dumps(ld, ensure_ascii=False))
    avatars = "".join('<li class="author-list-item"><a href="%s" class="author-avatar"><img class="author-profile-image" src="/content/images/%s.jpg" alt="%s"></a></li>' % (apath(c, a), slug(a), E(a)) for a in s["au"])
    mins = max(2, sum(len(p.split()) for p in s["paras"]) // 60)
    return head, ('<article class="article post tag-lokalt featured"><header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/lokalt/">Lokalt</a></span></section>'
                  '<h1 class="article-title">%s</h1><p class="article-excerpt">%s</p><div class="article-byline"><section class="article-byline-content"><ul class="author-list">%s</ul><div class="article-byline-meta"><h4 class="author-name">Af %s</h4>'
                  '<div class="byline-meta-content"><time class="byline-meta-date" datetime="%s">%s</time><span class="byline-reading-time"><span class="bull">&bull;</span> %d min læsning</span></div></div></section></div>%s</header>'
                  '<section class="gh-content gh-canvas">%s</section>%s</article>') % (
        E(s["head"]), E(s["paras"][0].split(". ")[0] + "."), avatars, " og ".join(alink(c, a) for a in s["au"]), s["d"].strftime("%Y-%m-%d"), dad(s["d"]), mins, fig(c, s), paras(s), share(c, s))


def r_no(c, s, note=""):  # the date only in data-timestamp and the text
    def t(d):
        return '<time data-timestamp="%d">%d. %s %d kl. %s</time>' % (epoch("no", d), d.day, NOM[d.month - 1], d.year, d.strftime("%H.%M"))
    return "", ('<article class="article"><header class="article-header"><p class="kicker">%s</p><h1 class="headline">%s</h1></header><div class="byline"><img class="byline__img" src="/img/journalister/%d.jpg" alt="">'
                '<div class="byline__text">Av %s</div></div><div class="timestamps"><span>Oppdatert %s</span> <span>Publisert %s</span></div>%s<div class="article-body">%s%s</div>%s</article>') % (
        E(c["lx"][0]), E(s["head"]), s["id"], " og ".join(E(a) for a in s["au"]), t(s["u"]), t(s["d"]), fig(c, s), paras(s), note, share(c, s))


def r_ja(c, s):  # JSON-LD in UTC (an early-morning story is the day before there); the writer signs at the end
    d = s["d"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso("ja", d, True), "dateModified": iso("ja", s["u"], True),
          "author": {"@type": "Organization", "name": c["name"]}, "publisher": {"@type": "Organization", "name": c["name"]}}
    head = '<meta property="og:title" content="%s"><script type="application/ld+json">%s</script>' % (E(s["head"]), json.dumps(ld, ensure_ascii=False))
    shown = "%d年%d月%d日（%s）%d時%02d分" % (d.year, d.month, d.day, JAD[d.weekday()], d.hour, d.minute)
    return head, ('<article class="p-article"><div class="p-article__header"><h1 class="p-article__title">%s</h1><div class="p-article__date"><time>%s</time></div>%s</div>%s'
                  '<div class="p-article__body">%s<p class="p-article__writer">（文・%s）</p></div></article>') % (E(s["head"]), shown, share(c, s), fig(c, s), paras(s), "、".join(s["au"]))


def r_zh(c, s):  # the reporter in brackets opening the first paragraph
    ps = list(s["paras"])
    ps[0] = "〔記者%s／高雄報導〕" % "、".join(s["au"]) + ps[0]
    return "", ('<div class="whitecon article"><h1>%s</h1><div class="text boxTitle" data-desc="內容頁"><span class="time">%s</span>%s%s%s</div></div>') % (
        E(s["head"]), s["d"].strftime("%Y/%m/%d %H:%M"), share(c, s), fig(c, s), "".join("<p>%s</p>" % E(p) for p in ps))


def r_th(c, s):  # Medium-like author card; the name only a link to /staff/; Buddhist-era year
    d = s["d"]
    avatars = "".join('<img class="avatar" src="/img/staff/%s.jpg" alt="">' % THSLUG[a] for a in s["au"])
    return "", ('<article class="post"><h1 class="post-title">%s</h1><div class="author-card">%s<div class="author-card__meta">%s<div class="post-meta"><span class="reading-time">อ่าน %d นาที</span> · '
                '<span class="date">%d %s %d %s น.</span></div></div></div>%s<div class="post-body">%s</div>%s</article>') % (
        E(s["head"]), avatars, " และ ".join(alink(c, a, "author-link") for a in s["au"]), 3 + s["id"] % 3, d.day, THM[d.month - 1], d.year + 543, d.strftime("%H:%M"), fig(c, s), paras(s), share(c, s))


def r_es(c, s):  # a kicker inside the <h1>; "Por A y B en Ciudad de México"; an agency-only credit
    d = s["d"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso("es", d), "dateModified": iso("es", s["u"]), "publisher": {"@type": "Organization", "name": c["name"]}}
    head = '<meta property="og:title" content="%s"><script type="application/ld+json">%s</script>' % (E(s["head"]), json.dumps(ld, ensure_ascii=False))
    kicker = '<span class="kicker">Exclusiva</span> ' if s["i"] == 0 else ""
    by = "AFP" if s["au"] == ["AFP"] else "Por %s en Ciudad de México" % " y ".join(alink(c, a) for a in s["au"])
    ps = list(s["paras"])
    if s["au"] == ["AFP"]:
        ps[0] = "Ciudad de México, %d de %s (AFP).– " % (d.day, ESM[d.month - 1]) + ps[0]
    return head, ('<article class="nota"><p class="nota-seccion"><a href="/%s/">%s</a></p><h1 class="nota-titulo">%s%s</h1><div class="nota-autor">%s</div><div class="nota-fecha">Publicado: %s h</div>%s%s<div class="nota-cuerpo">%s</div></article>') % (
        c["lx"][1], E(c["lx"][0]), kicker, E(s["head"]), by, d.strftime("%d/%m/%Y %H:%M"), share(c, s), fig(c, s), "".join("<p>%s</p>" % E(p) for p in ps))


def r_fr(c, s):  # photo + name + role cards; article:published_time in UTC
    def fd(d):
        return "%d %s %d à %d h %02d" % (d.day, FRM[d.month - 1], d.year, d.hour, d.minute)
    head = '<meta property="og:title" content="%s"><meta property="article:published_time" content="%s">' % (E(s["head"]), iso("fr", s["d"], True))
    cards = "".join('<div class="author-card"><img class="author-card__photo" src="/img/auteurs/%s.jpg" alt=""><p class="author-card__name">%s, <span class="author-card__role">%s</span></p></div>' % (
        slug(a), alink(c, a), FRROLE[c["names"].index(a)]) for a in s["au"])
    return head, ('<article class="article"><header><h1 class="article__title">%s</h1><div class="author-cards">%s</div><div class="article__dates"><span>Publié le %s</span> <span>Mis à jour le %s</span></div></header>%s'
                  '<div class="article__body">%s</div>%s</article>') % (E(s["head"]), cards, fd(s["d"]), fd(s["u"]), fig(c, s), paras(s), share(c, s))


# The twelve publishers: language key, name, <title> pattern, story path, author pages' base, a teaser's date, the story renderer.
SITES = [
 dict(k="ar", lang="ar", name="الوادي اليوم", tf="{h} – {n}", path="/local/{ar}/", abase="/author/", r=r_ar, td=lambda d, j: ("%d %s %d" % (d.day, ARM[d.month - 1], d.year)).translate(ARDIG)),
 dict(k="he", lang="he", name="חדשות העמק", tf="{n} | חדשות | {h}", path="/news/article/{id}/", abase="/writers/", r=r_he, td=lambda d, j: "לפני 3 שעות" if j == 0 else d.strftime("%d.%m.%y")),
 dict(k="el", lang="el", name="Η Φωνή της Θεσσαλίας", tf="{h} (Η Φωνή της Θεσσαλίας)", path="/eidiseis/larisa/{id}/", abase="/author/", r=r_el, td=lambda d, j: d.strftime("%d/%m/%Y")),
 dict(k="hu", lang="hu", name="Alföldi Hírlap", tf="{h} - {n}", path="/{y}/{m}/{slug}/", abase="/szerzo/", r=r_hu, td=lambda d, j: d.strftime("%Y. %m. %d.")),
 dict(k="fi", lang="fi", name="Pohjolan Sanomat", tf="{h} | {n}", path="/uutiset/{y}/{m}/{dd}/{slug}/", abase="/toimittajat/", r=r_fi, td=lambda d, j: "%d.%d.%d" % (d.day, d.month, d.year)),
 dict(k="da", lang="da", name="Fjordposten", tf="{h}", path="/{slug}/", abase="/author/", r=r_da, td=lambda d, j: "%d. %s %d" % (d.day, DAM[d.month - 1], d.year)),
 dict(k="no", lang="nb", name="Dalen Avis", tf="{h} – {n}", path="/nyheter/i/{id}/{slug}/", abase="/journalister/", r=r_no, td=lambda d, j: d.strftime("%d.%m.%Y")),
 dict(k="ja", lang="ja", name="みなと新報", tf="{h}：{n}", path="/articles/ASN{id}.html", abase="/reporters/", r=r_ja, td=lambda d, j: "%d月%d日" % (d.month, d.day)),
 dict(k="zh", lang="zh-TW", name="南方時報", tf="{h} - 地方 - {n}", path="/news/local/breakingnews/{id}/", abase="/reporter/", r=r_zh, td=lambda d, j: d.strftime("%Y/%m/%d")),
 dict(k="th", lang="th", name="ข่าวสดเชียงใหม่", tf="{h} - {n}", path="/news/local/{id}/", abase="/staff/", r=r_th, td=lambda d, j: "%d %s %d" % (d.day, THM[d.month - 1], (d.year + 543) % 100)),
 dict(k="es", lang="es-MX", name="Crónica Metropolitana", tf="{h} | {n}", path="/metropoli/{y}/{m}/{dd}/{slug}/", abase="/autor/", r=r_es, td=lambda d, j: "hace 2 horas" if j == 0 else d.strftime("%d/%m/%Y")),
 dict(k="fr", lang="fr-CA", name="Le Courrier du Fleuve", tf="{h} | {n}", path="/actualites/{y}-{m}-{dd}/{slug}/", abase="/auteurs/", r=r_fr, td=lambda d, j: "%d %s %d" % (d.day, FRM[d.month - 1], d.year)),
]


def url(c, p):
    return "http://%s:%d%s" % (c["host"], PORT, p)


def page(c, title, main, head="", side=""):
    """A page in the site's frame: masthead (with today's date on the Japanese and Thai sites), nav, cookie notice,
    newsletter box, footer."""
    L, si = c["lx"], c["si"]
    mast = ""
    if c["k"] == "ja":
        mast = '<div class="masthead-date">%d年%d月%d日（%s）</div>' % (TODAY.year, TODAY.month, TODAY.day, JAD[TODAY.weekday()])
    elif c["k"] == "th":
        mast = '<div class="topbar-date">%d %s %d</div>' % (TODAY.day, THF[TODAY.month - 1], TODAY.year + 543)
    nav = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (p, E(t)) for p, t in c["nav"])
    foot = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in c["foot"])
    cookie = '<div class="cookie-consent" role="dialog"><p>%s</p><button class="accept">OK</button></div>' % E(L[6])
    news = '<section class="newsletter-box"><p>%s</p><form action="/newsletter/" method="post"><input type="email" name="email" required><button type="submit">&#9993;</button></form></section>' % E(L[7])
    return ('<!doctype html><html lang="%s"%s><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title><meta property="og:site_name" content="%s">%s</head>'
            '<body class="site-%d">%s<header class="site-header">%s<a class="site-logo" href="/">%s</a><nav class="main-nav"><ul>%s</ul></nav></header><div class="page-wrap"><main class="content">%s</main>'
            '<aside class="rail">%s%s</aside></div><footer class="site-footer"><ul>%s</ul><p>&copy; 2025 %s</p></footer>%s</body></html>') % (
        c["lang"], ' dir="rtl"' if c["k"] in ("ar", "he") else "", E(title), E(c["name"]), head, si, cookie if si % 2 else "", mast, E(c["name"]), nav, main,
        side, news, foot, E(c["name"]), "" if si % 2 else cookie)


def lede(s):
    p = s["paras"][0].split(". ")[0]
    return p if len(p) < 90 else p[:80] + "…"


def teasers(c, stories, lead=True):
    return '<div class="teaser-list">%s</div>' % "".join('<div class="teaser"><h3 class="teaser__title"><a href="%s">%s</a></h3><span class="teaser__date">%s</span>%s</div>' % (
        s["path"], E(s["head"]), E(c["td"](s["d"], j)), "<p>%s</p>" % E(lede(s)) if lead else "") for j, s in enumerate(stories))


for si, c in enumerate(SITES):
    c["si"], c["host"], c["lx"] = si, "127.0.2.%d" % (186 + si), LX[c["k"]]
    c["latin"] = c["k"] in ("hu", "fi", "da", "no", "es", "fr")
    L, (texts, names) = c["lx"], TEXTS[c["k"]]
    c["names"], stories = names, []
    for i, (hd, *ps) in enumerate(texts):
        d = datetime.datetime(2025, 3, [3, 11, 18][i] + si % 4, 6 + (si * 5 + i * 7) % 15, (si * 13 + i * 17) % 60)
        special = {("ja", 0): (7, 10), ("fi", 1): (0, 40), ("da", 2): (0, 25), ("es", 0): (21, 50), ("fr", 0): (21, 10)}.get((c["k"], i))
        if special:  # a local time whose UTC day is another
            d = d.replace(hour=special[0], minute=special[1])
        au = ["AFP"] if (c["k"], i) == ("es", 2) else [names[0], names[1]] if i == 1 else [names[i]]
        sid = 31000 + si * 211 + i * 37
        path = c["path"].format(slug=slug(hd), id=sid, y=d.year, m="%02d" % d.month, dd="%02d" % d.day, ar=urllib.parse.quote("-".join(hd.split()[:5])))
        stories.append(dict(head=hd, paras=ps, d=d, u=d + datetime.timedelta(days=1, hours=2, minutes=11), au=au, path=path, id=sid, i=i))
    c["stories"] = stories
    pages = [("section", "/%s/" % L[1], L[0]), ("tag", "/tag/%s/" % L[4], L[3])]
    pages += [("author", apath(c, a), a) for a in names]
    pages += [("search", "/search/?q=%s" % L[12] if si % 2 else "/search/%s/" % L[12], L[10]), ("about", "/about/", L[8])]
    pages += [(x[0], x[1], x[2]) for x in EXTRAS[c["k"]]]
    c["nav"] = [(pages[0][1], L[0])] + [(p, t) for k, p, t in pages if k not in ("section", "tag", "author", "search", "about")]
    c["foot"] = [(p, t) for k, p, t in pages if k in ("about", "search", "tag")] + [(apath(c, names[0]), names[0])]
    for s in stories:
        head, art = c["r"](c, s)
        related = '<section class="related-stories"><h2>%s</h2>%s</section>' % (E(L[5]), teasers(c, [t for t in stories if t is not s], lead=False))
        if c["k"] == "el":  # og:title in normal case beside the capitals of the <h1>
            head = '<meta property="og:title" content="%s">' % E(s["head"]) + head
        write_page(OUT, c["host"], urllib.parse.unquote(s["path"]), page(c, c["tf"].format(h=s["head"], n=c["name"]), art + ("" if si % 3 == 0 else related), head, related if si % 3 == 0 else ""))
        truth["articles"].append(dict(url=url(c, s["path"]), title=s["head"], date=s["d"].strftime("%Y-%m-%d"), authors=s["au"], must=[s["paras"][-1][:40]], must_not=[L[7][:40]]))
    for k, p, t in pages:
        x = next((x for x in EXTRAS[c["k"]] if x[1] == p), None)
        if k == "section":
            main = '<h1 class="section-title">%s</h1><p>%s</p>%s' % (E(t), E(L[2]), teasers(c, stories))
        elif k == "tag":
            main = '<h1 class="tag-title">#%s</h1>%s' % (E(t), teasers(c, stories[::-1]))
        elif k == "author":
            main = '<div class="author-profile"><img src="/img/authors/%d.jpg" alt=""><h1>%s</h1><p>%s</p></div>%s' % (names.index(t), E(t), E(L[13] % t), teasers(c, [s for s in stories if t in s["au"]]))
        elif k == "search":
            main = '<h1>%s</h1><form action="/search/"><input name="q" value="%s"></form><p>%s</p>%s' % (E(t), L[12], E(L[11]), teasers(c, stories))
        elif k == "about":
            main = '<h1>%s</h1><p>%s</p><ul class="staff">%s</ul>' % (E(t), E(L[9]), "".join("<li>%s</li>" % alink(c, a) for a in names))
        elif k == "live":
            main = '<h1>%s</h1><p class="lead">%s</p>%s' % (E(t), E(x[3]), "".join('<div class="live-post"><time>%02d:%02d</time><p>%s</p></div>' % (18 - j, 40 - 15 * j, E(e)) for j, e in enumerate(x[4])))
        elif k == "podcast":
            main = '<h1>%s</h1><p class="date">%s</p><audio controls src="/media/ep48.mp3"></audio><p>%s</p>%s' % (E(t), stories[2]["d"].strftime("%d.%m.%y"), E(x[3]), "".join("<p>%s</p>" % E(e) for e in x[4]))
        elif k == "video":
            main = '<h1>%s</h1><video controls src="/media/clip.mp4"></video><p>%s</p><span class="date">%s</span>' % (E(t), E(x[3]), E(c["td"](stories[2]["d"], 1)))
        elif k == "gallery":
            main = '<h1>%s</h1><p>%s</p>%s' % (E(t), E(x[3]), "".join('<figure><img src="/img/g%d.jpg" alt=""><figcaption>%d / 8</figcaption></figure>' % (j, j + 1) for j in range(8)))
        elif k == "quiz":
            main = '<h1>%s</h1><p>%s</p><form class="quiz">%s<button>Se svar</button></form>' % (E(t), E(x[3]), "".join('<fieldset><legend>%s</legend><label><input type="radio" name="q%d"> A</label> <label><input type="radio" name="q%d"> B</label></fieldset>' % (E(q), j, j) for j, q in enumerate(x[4])))
        elif k == "job":
            main = '<article class="job-ad"><h1>%s</h1><p class="lead">%s</p>%s</article>' % (E(t), E(x[3]), "".join("<p>%s</p>" % E(e) for e in x[4]))
        else:  # list: prayer times, weather, events, obituaries, print editions, lottery results
            main = '<h1>%s</h1><p>%s</p><ul class="listing">%s</ul>' % (E(t), E(x[3]), "".join("<li>%s</li>" % E(e) for e in x[4]))
        write_page(OUT, c["host"], urllib.parse.unquote(p.split("?")[0]), page(c, "%s – %s" % (t, c["name"]), main))
        truth["nonarticles"].append(url(c, p))
    home = '<h1 class="visually-hidden">%s</h1>%s' % (E(c["name"]), teasers(c, rnd.sample(stories, len(stories))))
    if c["k"] == "no":  # two stories of the Danish paper reprinted a day later
        da = SITES[5]
        for j, o in enumerate(da["stories"][:2]):
            s = dict(o, d=o["d"] + datetime.timedelta(days=1, hours=3), u=o["d"] + datetime.timedelta(days=1, hours=5), path="/nyheter/i/%d/%s/" % (39000 + j, slug(o["head"])))
            note = "" if j == 0 else '<p class="credit"><em>Artikkelen ble først publisert av <a href="%s">Fjordposten</a>.</em></p>' % url(da, o["path"])
            head = '<link rel="canonical" href="%s">' % url(da, o["path"]) if j == 0 else ""
            write_page(OUT, c["host"], s["path"], page(c, c["tf"].format(h=o["head"], n=c["name"]), r_no(c, s, note)[1], head))
            truth["synd"].append(dict(copy=url(c, s["path"]), orig=url(da, o["path"])))
            home += '<div class="partner-teaser"><a href="%s">%s</a></div>' % (s["path"], E(o["head"]))
    write_page(OUT, c["host"], "/", page(c, c["name"], home))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
