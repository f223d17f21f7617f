"""Web bm: one story, many languages. Twelve publishers that print the same
story in several languages, each translation on its own page with its own
headline, hreflang alternates and a self-canonical - so every language
version is its own article in the truth and none is a duplicate of another.

Sites: an international broadcaster on a DW-like template (/en/ /de/ /fr/
/es/ /ar/ editions, "<headline> – WW – 03/14/2025" titles with the date in
each edition's own order, a language-picker root, "Adaptation"/"ترجمة"
credits for translators, and one TRUE duplicate: /en/news/... carrying the
same English story with a canonical to the /en/... original - that pair is
in synd), a swissinfo-like WordPress site (/ger/ /fre/ /ita/, translator in
the author box: "Traduit de l'allemand par ..."), a Brussels Drupal site
(nl/fr, "(traduction : ...)" inside the byline), a CBC/Radio-Canada-like
site (en/fr, "Posted: ... EDT" / "Publié le ... HAE", the French page's
<html lang="en"> although its text is French, "Un texte de X, traduit par
Y"), a Prensa-Ibérica-like Catalan/Spanish paper (the Catalan edition
carries a machine-translation notice, "Actualitzada" times), an EITB-like
Basque/Spanish site ("2025/03/14" in Basque, one unsigned story), a Yle-like
Finnish/Swedish site ("Översättning: ..."), a Hindustan-Times-like en/hi
pair (IST times, Devanagari dates and bylines), an LSM-like Latvian/Russian
site (the author's name transliterated per language, "Перевод: ..."), an
Ukrainska-Pravda-like uk/ru/en site (the ru page says it is machine
translated, the en page ends "Translation: ...; Editing: ..."), an RTHK-like
Hong Kong site (zh-Hant/en, "HKT" times, unsigned) and a ynet-like Israeli
site (he/en/ar, ynetnews' MM.DD.YY dates against DD.MM.YY in Hebrew and
Arabic, bylines in each script, an Arabic machine-translation disclaimer).
Non-articles: language homes and pickers, section fronts per language,
about/contact per language, tag and author pages. Feeds/sitemaps on some.
"""
import html, json, os, sys, urllib.parse  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write, shuffled, BRIDGE  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18136
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}


def jl(o):
    return '<script type="application/ld+json">%s</script>' % json.dumps(o, ensure_ascii=False)


# ---------------------------------------------------------------- texts
# (story, lang) -> (headline, lead, base paragraph to shuffle, closing line)
T = {
    ("rhine", "en"): ("Rhine low water forces cargo ships to sail half empty",
        "Barges on the Rhine are carrying barely half their usual loads after a dry winter left the river at its lowest March level in two decades.",
        "At the Kaub gauge near Koblenz the water stood at 78 centimeters on Thursday, well below the level at which large vessels can travel fully laden, and shipping firms have added surcharges that chemical makers and steel mills along the river say they will pass on to their customers within weeks.",
        "Forecasters expect little rain before April, so the shortfall could last well into spring."),
    ("rhine", "de"): ("Niedrigwasser am Rhein: Frachtschiffe fahren halb leer",
        "Die Binnenschiffe auf dem Rhein sind nach einem trockenen Winter nur noch zur Hälfte beladen, weil der Fluss so wenig Wasser führt wie seit zwanzig Jahren nicht mehr im März.",
        "Am Pegel Kaub bei Koblenz wurden am Donnerstag 78 Zentimeter gemessen, deutlich weniger als große Schiffe für eine volle Ladung brauchen, und die Reedereien verlangen inzwischen Kleinwasserzuschläge, die Chemiekonzerne und Stahlwerke entlang des Flusses in wenigen Wochen an ihre Kunden weitergeben wollen.",
        "Meteorologen erwarten bis April kaum Regen, der Engpass dürfte also bis weit in den Frühling anhalten."),
    ("rhine", "fr"): ("Le Rhin à son plus bas : les péniches naviguent à moitié vides",
        "Les bateaux de fret sur le Rhin ne transportent plus que la moitié de leur charge habituelle après un hiver sec qui a laissé le fleuve à son niveau de mars le plus bas depuis vingt ans.",
        "À l'échelle de Kaub, près de Coblence, l'eau ne dépassait pas 78 centimètres jeudi, bien en dessous du niveau qui permet aux grands bateaux de naviguer à pleine charge, et les armateurs ont ajouté des surcharges que les chimistes et les aciéries riverains comptent répercuter sur leurs clients dans quelques semaines.",
        "Les prévisionnistes n'attendent guère de pluie avant avril, la pénurie pourrait donc durer jusqu'au printemps."),
    ("rhine", "es"): ("El Rin, bajo mínimos: los barcos de carga navegan medio vacíos",
        "Las barcazas del Rin transportan apenas la mitad de su carga habitual después de un invierno seco que ha dejado el río en su nivel de marzo más bajo en dos décadas.",
        "En el medidor de Kaub, cerca de Coblenza, el agua marcaba el jueves 78 centímetros, muy por debajo del nivel que necesitan los grandes buques para navegar a plena carga, y las navieras han añadido recargos que las químicas y las acerías de la ribera dicen que trasladarán a sus clientes en pocas semanas.",
        "Los meteorólogos no esperan apenas lluvia antes de abril, por lo que la escasez podría prolongarse hasta la primavera."),
    ("rhine", "ar"): ("انخفاض منسوب نهر الراين يجبر سفن الشحن على الإبحار بنصف حمولتها",
        "لم تعد سفن الشحن في نهر الراين تحمل سوى نصف حمولتها المعتادة بعد شتاء جاف ترك النهر عند أدنى مستوى له في شهر مارس منذ عشرين عاما.",
        "وسجل مقياس كاوب قرب كوبلنتس يوم الخميس ثمانية وسبعين سنتيمترا فقط، وهو أقل بكثير من المستوى الذي تحتاجه السفن الكبيرة للإبحار بحمولة كاملة، وفرضت شركات الشحن رسوما إضافية تقول مصانع الكيماويات والصلب على ضفاف النهر إنها ستحملها لزبائنها خلال أسابيع.",
        "ولا يتوقع خبراء الأرصاد هطول أمطار تذكر قبل أبريل، لذلك قد يستمر النقص حتى الربيع."),
    ("glacier", "de"): ("Schweizer Gletscher verlieren so viel Eis wie nie seit Messbeginn",
        "Die Schweizer Gletscher haben im vergangenen Jahr fast vier Prozent ihres Volumens verloren, wie das Gletschermessnetz Glamos in seinem Jahresbericht schreibt.",
        "Besonders stark schmolzen die kleinen Gletscher im Wallis und im Tessin, wo auf manchen Messfeldern über drei Meter Eis verschwanden, und die Forschenden warnen, dass ohne raschere Senkung der Emissionen bis zum Ende des Jahrhunderts nur noch wenige grosse Eisflächen in den Hochalpen übrig bleiben werden.",
        "Der nächste Bericht soll im Herbst erscheinen, nach der Auswertung der Sommermessungen."),
    ("glacier", "fr"): ("Les glaciers suisses perdent plus de glace que jamais",
        "Les glaciers suisses ont perdu près de quatre pour cent de leur volume l'an dernier, selon le rapport annuel du réseau de mesure Glamos.",
        "Ce sont surtout les petits glaciers du Valais et du Tessin qui ont fondu, certains points de mesure ayant perdu plus de trois mètres de glace, et les chercheurs avertissent que sans une baisse plus rapide des émissions il ne restera à la fin du siècle que quelques grandes surfaces glaciaires dans les Hautes Alpes.",
        "Le prochain rapport paraîtra en automne, une fois les mesures estivales analysées."),
    ("glacier", "it"): ("I ghiacciai svizzeri perdono più ghiaccio che mai",
        "I ghiacciai svizzeri hanno perso quasi il quattro per cento del loro volume lo scorso anno, secondo il rapporto annuale della rete di misurazione Glamos.",
        "A sciogliersi di più sono stati i piccoli ghiacciai del Vallese e del Ticino, dove in alcuni punti di misura sono scomparsi oltre tre metri di ghiaccio, e i ricercatori avvertono che senza una riduzione più rapida delle emissioni alla fine del secolo resteranno solo poche grandi superfici glaciali nelle Alpi.",
        "Il prossimo rapporto sarà pubblicato in autunno, dopo l'analisi delle misurazioni estive."),
    ("strike", "nl"): ("Staking bij MIVB legt trams en metro grotendeels stil",
        "Wie vrijdag in Brussel de tram of de metro wilde nemen, moest lang wachten: door een vakbondsactie reed slechts een op de drie voertuigen.",
        "De vakbonden protesteren tegen de besparingen die de Brusselse regering wil doorvoeren bij het openbaar vervoer en tegen een nieuw dienstrooster dat volgens hen langere ritten zonder pauze oplegt, terwijl de directie zegt dat de hervorming nodig is om de nieuwe metrolijn drie op tijd te kunnen laten rijden.",
        "Maandag zitten beide partijen opnieuw samen bij de bemiddelaar."),
    ("strike", "fr"): ("Grève à la STIB : trams et métros en grande partie à l'arrêt",
        "Ceux qui voulaient prendre le tram ou le métro vendredi à Bruxelles ont dû s'armer de patience : à cause d'une action syndicale, un véhicule sur trois seulement circulait.",
        "Les syndicats protestent contre les économies que le gouvernement bruxellois veut imposer aux transports publics et contre un nouvel horaire qui impose selon eux des services plus longs sans pause, alors que la direction affirme que la réforme est nécessaire pour que la nouvelle ligne de métro trois roule à temps.",
        "Les deux parties se retrouveront lundi chez le conciliateur."),
    ("market", "fr"): ("Le marché du Midi déménage pendant les travaux",
        "Le marché du Midi, l'un des plus grands marchés en plein air d'Europe, quittera pour dix-huit mois ses emplacements habituels à partir de juin.",
        "Les quelque quatre cents marchands seront installés le long du boulevard du Midi et sur le parking de la gare pendant la rénovation des voiries et des égouts du quartier, et la commune de Saint-Gilles promet une signalisation claire pour que les clients du dimanche matin retrouvent leurs étals habituels.",
        "Une réunion d'information pour les marchands est prévue le 27 mars."),
    ("iceroad", "en"): ("Winter road to northern mines opens weeks late after mild January",
        "The winter road that links Yellowknife to diamond mines in the Northwest Territories opened on Thursday, nearly three weeks later than usual.",
        "Crews had to flood sections of the route several times to build up ice thick enough to carry loaded trucks, and operators say the shorter season means hundreds of loads of fuel and cement will have to be flown in instead, at several times the cost of moving them across the frozen lakes.",
        "The road is expected to stay open until the end of March if temperatures hold."),
    ("iceroad", "fr"): ("La route de glace vers les mines du Nord ouvre avec des semaines de retard",
        "La route d'hiver qui relie Yellowknife aux mines de diamants des Territoires du Nord-Ouest a ouvert jeudi, près de trois semaines plus tard que d'habitude.",
        "Les équipes ont dû inonder certains tronçons à plusieurs reprises pour obtenir une glace assez épaisse pour supporter les camions chargés, et les exploitants affirment que la saison écourtée obligera à acheminer par avion des centaines de chargements de carburant et de ciment, à un coût plusieurs fois supérieur.",
        "La route devrait rester ouverte jusqu'à la fin mars si les températures se maintiennent."),
    ("bridge", "en"): (BRIDGE["en"][1],
        "Engineers told county council on Wednesday that the 1880s bridge on Mill Road can no longer carry school buses safely.",
        BRIDGE["en"][0],
        "A temporary Bailey bridge will be installed upstream while the work is done."),
    ("l9", "es"): ("La L9 llegará al centro de Barcelona en 2027",
        "El tramo central de la línea 9 del metro, parado durante años por falta de dinero, estará listo en 2027 según el calendario que presentó este viernes la Generalitat.",
        "Las tuneladoras volverán a trabajar en primavera entre la Sagrera y Zona Universitària, y el Govern calcula que las nuevas estaciones darán servicio a unos trescientos mil viajeros al día, aunque los vecinos de varios barrios piden que se aclare antes cómo afectarán las obras al tráfico y a los comercios.",
        "El presupuesto de la obra supera los mil millones de euros."),
    ("l9", "ca"): ("La L9 arribarà al centre de Barcelona el 2027",
        "El tram central de la línia 9 del metro, aturat durant anys per falta de diners, estarà enllestit el 2027 segons el calendari que va presentar aquest divendres la Generalitat.",
        "Les tuneladores tornaran a treballar a la primavera entre la Sagrera i Zona Universitària, i el Govern calcula que les noves estacions donaran servei a uns tres-cents mil viatgers al dia, tot i que els veïns de diversos barris demanen que s'aclareixi abans com afectaran les obres al trànsit i als comerços.",
        "El pressupost de l'obra supera els mil milions d'euros."),
    ("castells", "ca"): ("Els Castellers de Vilafranca estrenen local d'assaig",
        "La colla Castellers de Vilafranca assajarà a partir d'abril en un nou local amb una alçada de disset metres, el més alt del país.",
        "L'edifici, construït al costat de l'antic escorxador amb fusta i acer, permetrà provar castells de nou pisos a cobert durant l'hivern, i la colla espera que ajudi a incorporar més canalla i a reduir les lesions dels assajos a la plaça quan fa fred o plou.",
        "La inauguració oficial serà el 5 d'abril amb una diada oberta a tothom."),
    ("anchovy", "eu"): ("Antxoa kuota handitu egingo da aurten Bizkaiko golkoan",
        "Bizkaiko golkoko antxoa kuota ehuneko hamar handituko da aurten, Bruselak ostiralean jakinarazi duenez.",
        "Arrantzaleek pozik hartu dute erabakia, azken urteetako kanpainak onak izan direlako eta itsasoan arrain asko dagoelako, baina arrantzale elkarteek ohartarazi dute prezioak jaitsi daitezkeela merkatura antxoa gehiegi iristen bada udaberriko lehen asteetan.",
        "Kanpaina martxoaren amaieran hasiko da Bermeo eta Ondarroako portuetan."),
    ("anchovy", "es"): ("La cuota de anchoa en el golfo de Bizkaia subirá este año",
        "La cuota de anchoa del golfo de Bizkaia aumentará un diez por ciento este año, según ha comunicado Bruselas este viernes.",
        "Los pescadores han recibido la decisión con satisfacción, porque las últimas campañas han sido buenas y hay mucho pescado en el mar, pero las cofradías advierten de que los precios podrían caer si llega demasiada anchoa al mercado en las primeras semanas de la primavera.",
        "La campaña comenzará a finales de marzo en los puertos de Bermeo y Ondarroa."),
    ("ap8", "es"): ("Cortada la AP-8 en Eibar por un camión volcado",
        "La autopista AP-8 ha permanecido cortada durante cuatro horas en dirección Bilbao a la altura de Eibar después de que un camión volcara de madrugada.",
        "El conductor resultó herido leve y fue trasladado al hospital de Mendaro, mientras los servicios de carreteras retiraban la carga de madera que había quedado esparcida por los carriles y la Ertzaintza desviaba el tráfico por la carretera nacional, donde se formaron largas colas.",
        "La circulación se restableció poco antes de las diez de la mañana."),
    ("ferry", "fi"): ("Jäätilanne hidastaa lauttaliikennettä Turun saaristossa",
        "Saariston yhteysalukset kulkevat tällä viikolla tavallista hitaammin, koska kova pakkanen on kasvattanut jään paksuutta Turun saaristossa.",
        "Joillakin reiteillä vuorot ovat myöhästyneet yli puoli tuntia, ja Finferries pyytää matkustajia varaamaan aikaa erityisesti aamun ensimmäisiin vuoroihin, sillä jäänmurtaja ehtii avata väylät vasta päivän mittaan ja tuuli painaa jäätä lauttarantoihin.",
        "Sään odotetaan lauhtuvan ensi viikolla."),
    ("ferry", "sv"): ("Isläget saktar ner färjetrafiken i Åbolands skärgård",
        "Förbindelsebåtarna i skärgården går långsammare än vanligt den här veckan, eftersom den hårda kylan har gjort isen tjockare i Åbolands skärgård.",
        "På vissa rutter har turerna varit över en halvtimme försenade, och Finferries ber resenärerna att reservera tid särskilt för morgonens första turer, eftersom isbrytaren hinner öppna farlederna först under dagen och vinden pressar isen mot färjfästena.",
        "Vädret väntas bli mildare nästa vecka."),
    ("tram", "fi"): ("Tampereen ratikka saa kolme uutta vaunua",
        "Tampereen raitiotie saa keväällä kolme uutta vaunua, joilla vuoroväliä voidaan tihentää ruuhka-aikoina.",
        "Vaunut valmistetaan Kajaanissa, ja ne ovat samanlaisia kuin nykyiset, joten kuljettajia ei tarvitse kouluttaa uudelleen, mutta kaupunki joutuu rakentamaan varikolle lisää raiteita ennen kuin vaunut voidaan ottaa käyttöön Hervannan linjalla.",
        "Ensimmäinen uusi vaunu saapuu toukokuussa."),
    ("metro", "en"): ("Delhi Metro's Magenta Line extension opens to commuters",
        "The new stretch of Delhi Metro's Magenta Line between Krishna Park Extension and Deepali Chowk opened to passengers on Friday evening.",
        "The elevated corridor adds six stations in west Delhi and officials of the metro corporation expect it to carry about sixty thousand riders a day in its first months, easing the crowding on buses along Outer Ring Road, although residents near two stations complained that feeder bus routes have not yet been announced.",
        "Trains will run every five minutes during peak hours."),
    ("metro", "hi"): ("दिल्ली मेट्रो की मैजेंटा लाइन का विस्तार यात्रियों के लिए खुला",
        "दिल्ली मेट्रो की मैजेंटा लाइन का कृष्णा पार्क एक्सटेंशन से दीपाली चौक तक का नया हिस्सा शुक्रवार शाम यात्रियों के लिए खोल दिया गया।",
        "इस एलिवेटेड कॉरिडोर से पश्चिमी दिल्ली में छह नए स्टेशन जुड़ गए हैं और मेट्रो निगम के अधिकारियों को उम्मीद है कि पहले महीनों में रोज़ करीब साठ हज़ार लोग इसमें सफर करेंगे, हालांकि दो स्टेशनों के पास रहने वाले लोगों ने शिकायत की कि फीडर बसों के रूट अभी घोषित नहीं हुए हैं।",
        "व्यस्त समय में हर पांच मिनट पर ट्रेन चलेगी।"),
    ("tanker", "en"): ("Bengaluru caps water tanker prices as summer demand rises",
        "Bengaluru's district administration has fixed the maximum price private water tankers may charge, after residents of several apartment complexes complained of rates doubling in a month.",
        "A six thousand litre load within five kilometres may now cost no more than six hundred rupees, tanker operators must register with the civic body and display the rate card on their vehicles, and officials say complaints will be taken on a helpline that opens next week, as the city braces for another dry summer.",
        "Operators who overcharge face the seizure of their vehicles."),
    ("tilts", "lv"): ("Dienvidu tilta remonts sāksies aprīlī",
        "Rīgas Dienvidu tilta remonts sāksies aprīļa vidū, un satiksme pa tiltu vairākus mēnešus būs ierobežota.",
        "Būvnieki nomainīs deformācijas šuves un atjaunos asfalta segumu abos virzienos, tāpēc vienlaikus būs slēgtas divas joslas, un pašvaldība aicina autovadītājus izmantot Salu tiltu vai sabiedrisko transportu, kuram paredzēts palielināt reisu skaitu rīta un vakara stundās.",
        "Darbus plānots pabeigt līdz oktobrim."),
    ("tilts", "ru"): ("Ремонт Южного моста начнется в апреле",
        "Ремонт Южного моста в Риге начнется в середине апреля, и движение по мосту на несколько месяцев будет ограничено.",
        "Строители заменят деформационные швы и обновят асфальтовое покрытие в обоих направлениях, поэтому одновременно будут закрыты две полосы, и самоуправление призывает водителей пользоваться Островным мостом или общественным транспортом, для которого планируется увеличить число рейсов в утренние и вечерние часы.",
        "Работы планируется завершить до октября."),
    ("library", "lv"): ("Liepājā atklāta jauna bibliotēka",
        "Liepājas Jaunajā ostmalā piektdien durvis vēra jauna bibliotēka ar bērnu stāvu un jumta terasi.",
        "Ēka pārbūvēta no vecas noliktavas, tajā ir vairāk nekā četrdesmit tūkstoši grāmatu, darba telpas studentiem un neliela koncertzāle, un bibliotēkas vadītāja cer, ka tā kļūs par vietu, kur satikties visām paaudzēm arī garajos ziemas vakaros.",
        "Pirmajā dienā bibliotēku apmeklēja vairāk nekā tūkstotis cilvēku."),
    ("grid", "uk"): ("Енергетики відновили живлення на Київщині після нічної атаки",
        "Енергетики повернули світло майже всім споживачам Київщини, які залишилися без електроенергії після нічної атаки на підстанції.",
        "Ремонтні бригади працювали всю ніч, щоб замінити пошкоджене обладнання на двох підстанціях, а оператор мережі попередив, що у разі нових ударів можливі планові відключення в години найбільшого споживання, тому людей просять заощаджувати електроенергію ввечері.",
        "Без світла залишаються близько двох тисяч будинків у двох громадах."),
    ("grid", "ru"): ("Энергетики восстановили электроснабжение в Киевской области после ночной атаки",
        "Энергетики вернули свет почти всем потребителям Киевской области, которые остались без электроэнергии после ночной атаки на подстанции.",
        "Ремонтные бригады работали всю ночь, чтобы заменить поврежденное оборудование на двух подстанциях, а оператор сети предупредил, что в случае новых ударов возможны плановые отключения в часы наибольшего потребления, поэтому людей просят экономить электроэнергию вечером.",
        "Без света остаются около двух тысяч домов в двух общинах."),
    ("grid", "en"): ("Power restored in Kyiv Oblast after overnight attack",
        "Power engineers have restored electricity to almost all consumers in Kyiv Oblast who lost power after an overnight attack on substations.",
        "Repair crews worked through the night to replace damaged equipment at two substations, and the grid operator warned that scheduled outages during peak hours are possible if there are new strikes, so people are asked to save electricity in the evening.",
        "About two thousand houses in two communities remain without power."),
    ("ferryhk", "zh"): ("天星小輪加價申請獲批　四月起生效",
        "行政會議批准天星小輪加價申請，中環至尖沙咀航線的成人票價將由四月起上調約一成。",
        "公司表示燃油和維修成本持續上升，加上乘客量仍未回復疫情前水平，過去三年一直錄得虧損，運輸署則指出長者及殘疾人士優惠票價維持不變，並要求公司改善碼頭設施及增加班次",
        "立法會交通事務委員會下周會討論有關安排。"),
    ("ferryhk", "en"): ("Star Ferry fare rise approved, to take effect in April",
        "The Executive Council has approved a fare increase for the Star Ferry, with adult fares on the Central to Tsim Sha Tsui route going up by about ten percent from April.",
        "The company said fuel and maintenance costs had kept rising and passenger numbers had still not returned to pre-pandemic levels, leaving it in the red for the past three years, while the Transport Department said concession fares for the elderly and disabled would stay unchanged.",
        "Lawmakers on the transport panel will discuss the arrangement next week."),
    ("museum", "zh"): ("西九文化區新展館下月開幕",
        "西九文化區一座新展館將於下月開幕，首個展覽展出本地設計師過去五十年的作品。",
        "展館樓高三層，設有兩個展覽廳和一個可容納二百人的演講廳，管理局表示開幕首月免費入場，並會在周末延長開放時間，又會與多間中學合作安排導賞團，讓學生認識香港設計的發展",
        "門票可於下周起在網上預約。"),
    ("desal", "he"): ("מתקן ההתפלה החדש בגליל המערבי יתחיל לפעול בקיץ",
        "מתקן ההתפלה החדש בגליל המערבי יתחיל לספק מים בקיץ הקרוב, כך הודיעה רשות המים ביום שישי.",
        "המתקן צפוי להפיק כמאה מיליון קוב מים בשנה ולהזרים חלק מהם לכנרת כדי לייצב את מפלסה בשנים שחונות, אך ארגוני סביבה מזהירים כי יש לבחון את השפעת התמלחת על החופים ועל הדגה באזור לפני הגדלת התפוקה.",
        "עלות הפרויקט מוערכת בכשני מיליארד שקלים."),
    ("desal", "en"): ("New Western Galilee desalination plant to start operating this summer",
        "The new desalination plant in the Western Galilee will start supplying water this summer, the Water Authority announced on Friday.",
        "The plant is expected to produce about one hundred million cubic meters of water a year and to pump part of it into the Sea of Galilee to stabilize its level in dry years, but environmental groups warn that the effect of the brine on the beaches and the fish in the area must be examined before output is increased.",
        "The project is estimated to cost about two billion shekels."),
    ("desal", "ar"): ("محطة التحلية الجديدة في الجليل الغربي تبدأ العمل هذا الصيف",
        "ستبدأ محطة تحلية المياه الجديدة في الجليل الغربي بتزويد المياه هذا الصيف، بحسب ما أعلنته سلطة المياه يوم الجمعة.",
        "ومن المتوقع أن تنتج المحطة نحو مئة مليون متر مكعب من المياه سنويا وأن تضخ جزءا منها إلى بحيرة طبريا لتثبيت منسوبها في السنوات الجافة، لكن منظمات بيئية تحذر من ضرورة فحص تأثير المياه المالحة على الشواطئ والأسماك في المنطقة قبل زيادة الإنتاج.",
        "وتقدر تكلفة المشروع بنحو ملياري شيكل."),
}

_seed = [0]


def story(key, cls=None, lead_in_body=True):
    """Headline, the body paragraphs (lead, three shuffles, close) as html,
    and the lead and closing lines for body checks. Templates that print
    the lead as a standfirst above the body leave it out of the body."""
    title, lead, base, close = T[key]
    _seed[0] += 1
    chunk = 7 if key[1] == "zh" else 0
    ps = ([lead] if lead_in_body else []) + [shuffled(base, _seed[0] * 10 + i, chunk) for i in range(3)] + [close]
    c = ' class="%s"' % cls if cls else ""
    return title, "".join("<p%s>%s</p>" % (c, E(p)) for p in ps), lead, close


class Site:
    def __init__(self, n, name):
        self.host = "127.0.5.%d" % (230 + n)
        self.name = name

    def url(self, p):
        return "http://%s:%d%s" % (self.host, PORT, p)

    def put(self, path, doc):
        # a path without a file extension is a directory's index.html (the
        # static server redirects /x to /x/); percent-escapes name the file
        last = path.rsplit("/", 1)[-1]
        if last and last.rsplit(".", 1)[-1] not in ("html", "htm", "xml", "txt", "rss"):
            path += "/"
        write(OUT, self.host, urllib.parse.unquote(path), doc)

    def art(self, path, doc, title, date, authors, instant=None, must=None, must_not=None):
        self.put(path, doc)
        a = dict(url=self.url(path), title=title, date=date, authors=authors)
        if instant:
            a["instant"] = instant
        if must:
            a["must"] = must
        if must_not:
            a["must_not"] = must_not
        truth["articles"].append(a)

    def non(self, path, doc):
        self.put(path, doc)
        truth["nonarticles"].append(self.url(path))

    def alternates(self, alts, xdefault=None):
        s = "".join('<link rel="alternate" hreflang="%s" href="%s">' % (l, self.url(p)) for l, p in alts)
        if xdefault:
            s += '<link rel="alternate" hreflang="x-default" href="%s">' % self.url(xdefault)
        return s

    def sitemap(self, urls, news=False):
        locs = "".join("<url><loc>%s</loc></url>" % E(self.url(p)) for p in urls)
        self.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        self.put("/robots.txt", "User-agent: *\nDisallow: /search\nSitemap: %s\n" % self.url("/sitemap.xml"))

    def rss(self, path, title, items):
        it = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>" % (E(t), E(self.url(p)), d) for t, p, d in items)
        self.put(path, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(title), self.url("/"), it))


def lis(links, cls="teaser"):
    return "".join('<li class="%s"><a href="%s">%s</a></li>' % (cls, p, E(t)) for p, t in links)


# ------------------------------------------------------ 1 broadcaster (DW-like)
def broadcaster():
    s = Site(1, "WW")
    LANGS = [("en", "English"), ("de", "Deutsch"), ("fr", "Français"), ("es", "Español"), ("ar", "العربية")]
    arts = {
        "en": ("/en/rhine-low-water-forces-cargo-ships-to-sail-half-empty/a-71930412", "2025-03-14T10:05:00.000Z", "03/14/2025", "Katrin Vogel", None),
        "de": ("/de/niedrigwasser-am-rhein-frachtschiffe-fahren-halb-leer/a-71924587", "2025-03-13T15:40:00.000Z", "13.03.2025", "Katrin Vogel", None),
        "fr": ("/fr/le-rhin-%C3%A0-son-plus-bas-les-p%C3%A9niches-naviguent-%C3%A0-moiti%C3%A9-vides/a-71931006", "2025-03-14T13:20:00.000Z", "14/03/2025", "Katrin Vogel", "Adaptation : Luc Perrin"),
        "es": ("/es/el-rin-bajo-m%C3%ADnimos-los-barcos-de-carga-navegan-medio-vac%C3%ADos/a-71931555", "2025-03-14T17:45:00.000Z", "14.03.2025", "Katrin Vogel", "Traducción: Ana Ortiz"),
        "ar": ("/ar/%D8%A7%D9%86%D8%AE%D9%81%D8%A7%D8%B6-%D9%85%D9%86%D8%B3%D9%88%D8%A8-%D9%86%D9%87%D8%B1-%D8%A7%D9%84%D8%B1%D8%A7%D9%8A%D9%86/a-71935120", "2025-03-15T08:10:00.000Z", "15.03.2025", "كاترين فوغل", "ترجمة: سامر حداد"),
    }
    sections = {"en": ("/en/environment/s-11798", "Environment"), "de": ("/de/umwelt/s-12296", "Umwelt"),
                "fr": ("/fr/environnement/s-60870", "Environnement"), "es": ("/es/medio-ambiente/s-31140", "Medio ambiente"),
                "ar": ("/ar/%D8%A8%D9%8A%D8%A6%D8%A9/s-9543", "بيئة")}
    person = "/en/katrin-vogel/person-39181"
    topic = "/en/rhine/t-18471"
    dup = "/en/news/rhine-low-water-forces-cargo-ships-to-sail-half-empty/a-71930412"

    def shell(lang, title, main, head="", cls=""):
        rtl = ' dir="rtl"' if lang == "ar" else ""
        switch = "".join('<li><a lang="%s" hreflang="%s" href="/%s/">%s</a></li>' % (l, l, l, E(n)) for l, n in LANGS)
        return ('<!DOCTYPE html><html lang="%s"%s><head><meta charset="utf-8"><title>%s</title>'
                '<meta name="viewport" content="width=device-width,initial-scale=1"><meta property="og:site_name" content="WW">%s</head>'
                '<body class="%s"><div id="root"><header class="sc-header"><a class="logo" href="/%s/" aria-label="WW">WW</a>'
                '<nav class="navigation"><a href="%s">%s</a></nav><div class="language-switcher"><button>%s</button><ul>%s</ul></div></header>'
                '<main id="main-content">%s</main><footer class="sc-footer"><a href="/en/about-ww/s-30688">About WW</a> '
                '<a href="/en/contact/s-30684">Contact</a><p>&copy; 2025 Weltwelle</p></footer></div></body></html>') % (
            lang, rtl, E(title), head, cls, lang, sections[lang][0] + "/", E(sections[lang][1]), lang.upper(), switch, main)

    alts = [(l, arts[l][0] + "/") for l, _ in LANGS]
    labels = {"en": ("Environment", "Skip next section", "Related topics"), "de": ("Umwelt", "", "Mehr zum Thema"),
              "fr": ("Environnement", "", "Sur le même sujet"), "es": ("Medio ambiente", "", "Temas"), "ar": ("بيئة", "", "مواضيع")}
    for lang, _ in LANGS:
        path, iso, shown, author, credit = arts[lang]
        title, body, lead, close = story(("rhine", lang), lead_in_body=False)
        other = "".join('<li><a hreflang="%s" href="%s/">%s</a></li>' % (l, arts[l][0], E(n)) for l, n in LANGS if l != lang)
        head = ('<link rel="canonical" href="%s">%s<meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<meta name="description" content="%s">%s') % (
            s.url(path + "/"), s.alternates(alts, arts["en"][0] + "/"), E(title), E(lead),
            jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "inLanguage": lang,
                "datePublished": iso, "dateModified": iso, "author": [{"@type": "Person", "name": author}],
                "publisher": {"@type": "Organization", "name": "WW"}, "mainEntityOfPage": s.url(path + "/")}))
        cred = '<p class="translation-credit"><em>%s</em></p>' % E(credit) if credit else ""
        main = ('<article class="content-area"><div class="kicker"><a href="%s/">%s</a></div><h1 class="headline">%s</h1>'
                '<div class="author-details"><a class="author" href="%s/">%s</a> <span class="with">with Reuters, dpa</span></div>'
                '<span class="publication"><time datetime="%s">%s</time></span>'
                '<div class="also-available"><span>%s</span><ul>%s</ul></div>'
                '<div class="teaser-text"><p>%s</p></div><div class="rich-text">%s%s</div>'
                '<div class="topics"><h3>%s</h3><a href="%s/">Rhine</a></div></article>') % (
            sections[lang][0], E(sections[lang][1]), E(title), person, E(author), iso, shown,
            {"en": "This article is also available in", "de": "Diesen Artikel gibt es auch auf",
             "fr": "Cet article est aussi disponible en", "es": "Este artículo también está en",
             "ar": "هذا المقال متوفر أيضا بـ"}[lang], other, E(lead), body, cred, labels[lang][2], topic)
        doc = shell(lang, "%s – WW – %s" % (title, shown), main, head, "article-page")
        must_not = [credit] if credit else None
        s.art(path + "/", doc, title, iso[:10], [author], must=[close], must_not=must_not)
        if lang == "en":
            # the same English story again under /en/news/, canonical to the first
            s.put(dup + "/", doc)
            truth["synd"].append({"copy": s.url(dup + "/"), "orig": s.url(path + "/")})
    # non-articles
    picker = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>WW | Choose your language</title>%s</head>'
              '<body class="language-select"><h1>WW</h1><p>Choose your language</p><ul>%s</ul></body></html>') % (
        s.alternates([(l, "/%s/" % l) for l, _ in LANGS], "/"), lis([("/%s/" % l, n) for l, n in LANGS], "lang"))
    s.non("/", picker)
    for lang, n in LANGS:
        links = [(arts[lang][0] + "/", T[("rhine", lang)][0]), (sections[lang][0] + "/", sections[lang][1])]
        if lang == "en":
            links += [(dup + "/", T[("rhine", "en")][0] + " (Newsletter)"), (topic + "/", "Rhine"), (person + "/", "Katrin Vogel")]
        s.non("/%s/" % lang, shell(lang, {"en": "WW – Breaking news, top stories and analysis", "de": "WW – Nachrichten und Analysen",
                                          "fr": "WW – L'actualité internationale", "es": "WW – Noticias y análisis",
                                          "ar": "WW – أخبار وتحليلات"}[lang],
                                   '<div class="home"><h2>Top stories</h2><ul>%s</ul></div>' % lis(links), cls="navigation-page"))
        s.non(sections[lang][0] + "/", shell(lang, "%s | WW" % sections[lang][1],
              '<h1 class="section-title">%s</h1><ul class="teasers">%s</ul>' % (E(sections[lang][1]), lis([(arts[lang][0] + "/", T[("rhine", lang)][0])])), cls="navigation-page"))
    s.non(topic + "/", shell("en", "Rhine – WW", '<h1>Rhine</h1><p>All content on the topic Rhine</p><ul>%s</ul>' % lis([(arts["en"][0] + "/", T[("rhine", "en")][0]), (dup + "/", T[("rhine", "en")][0])])))
    s.non(person + "/", shell("en", "Katrin Vogel | WW", '<div class="author-page"><h1>Katrin Vogel</h1><p>Correspondent in Bonn, covering energy, climate and inland shipping.</p><ul>%s</ul></div>' % lis([(arts["en"][0] + "/", T[("rhine", "en")][0])])))
    s.non("/en/about-ww/s-30688/", shell("en", "About WW | WW", "<h1>About WW</h1><p>WW is Germany's international broadcaster, publishing in 32 languages.</p>"))
    s.non("/en/contact/s-30684/", shell("en", "Contact | WW", "<h1>Contact</h1><p>Weltwelle, Kurt-Schumacher-Str. 3, 53113 Bonn</p>"))
    s.sitemap(["/%s/" % l for l, _ in LANGS] + [arts[l][0] + "/" for l, _ in LANGS])


# ------------------------------------------------------ 2 Swiss (swissinfo-like, WordPress)
def swiss():
    s = Site(2, "SWI helvetia.info")
    A = {
        "de": ("/ger/wissenschaft/schweizer-gletscher-verlieren-so-viel-eis-wie-nie/88991234/", "14. März 2025 - 10:15", "2025-03-14T10:15:00+01:00", None, "Wissenschaft", "/ger/wissenschaft/"),
        "fr": ("/fre/sciences/les-glaciers-suisses-perdent-plus-de-glace-que-jamais/88995678/", "15 mars 2025 - 08:30", "2025-03-15T08:30:00+01:00", "Traduit de l'allemand par Lucie Favre", "Sciences", "/fre/sciences/"),
        "it": ("/ita/scienza/i-ghiacciai-svizzeri-perdono-piu-ghiaccio-che-mai/88996012/", "17 marzo 2025 - 11:05", "2025-03-17T11:05:00+01:00", "Tradotto dal tedesco da Marco Bernasconi", "Scienza", "/ita/scienza/"),
    }
    LL = [("de", "ger", "Deutsch"), ("fr", "fre", "Français"), ("it", "ita", "Italiano")]

    def shell(lang, title, main, head="", body_cls="page"):
        sw = "".join('<li class="lang-item lang-item-%s"><a lang="%s" href="/%s/">%s</a></li>' % (l, l, p, n) for l, p, n in LL)
        return ('<!doctype html><html lang="%s-CH"><head><meta charset="UTF-8"><title>%s</title>%s'
                '<link rel="stylesheet" href="/wp-content/themes/swi/style.css"></head><body class="%s">'
                '<header class="site-header"><a class="site-header__logo" href="/%s/">SWI helvetia.info</a>'
                '<ul class="language-switcher">%s</ul></header><main class="site-main">%s</main>'
                '<footer class="site-footer"><a href="/fre/a-propos/">À propos</a> <a href="/ger/thema/gletscher/">Gletscher</a> <p>SWI helvetia.info – eine Unternehmenseinheit der SRG</p></footer></body></html>') % (
            lang, E(title), head, body_cls, dict((l, p) for l, p, _ in LL)[lang], sw, main)

    alts = [(l + "-CH", A[l][0]) for l in A]
    for lang, pfx, _ in LL:
        path, shown, iso, tr, sec, secp = A[lang]
        title, body, lead, close = story(("glacier", lang), lead_in_body=False)
        trh = '<span class="article-author__translator">%s</span>' % E(tr) if tr else ""
        head = ('<link rel="canonical" href="%s">%s<meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<meta property="article:published_time" content="%s">%s') % (
            s.url(path), s.alternates(alts), E(title), iso,
            jl({"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", "headline": title, "datePublished": iso,
                "author": [{"@type": "Person", "name": "Thomas Meier"}], "inLanguage": lang + "-CH"},
                {"@type": "WebSite", "name": "SWI helvetia.info"}]}))
        main = ('<article class="article post-%s"><div class="article-header"><a class="article-category" href="%s">%s</a>'
                '<h1 class="article-title">%s</h1><p class="article-lead">%s</p>'
                '<div class="article-author"><span class="author-name"><a href="/ger/author/thomas-meier/">Thomas Meier</a></span>%s</div>'
                '<time class="article-date" datetime="%s">%s</time></div>'
                '<div class="article-languages">%s</div><div class="article-content">%s</div></article>') % (
            path.strip("/").split("/")[-1], secp, E(sec), E(title), E(lead), trh, iso, shown,
            " ".join('<a class="article-languages__link" hreflang="%s" href="%s">%s</a>' % (l, A[l][0], n) for l, _, n in LL if l != lang),
            body)
        doc = shell(lang, "%s - SWI helvetia.info" % title, main, head, "post-template-default single single-post")
        s.art(path, doc, title, iso[:10], ["Thomas Meier"], must=[close], must_not=[tr] if tr else None)
    for lang, pfx, _ in LL:
        s.non("/%s/" % pfx, shell(lang, "SWI helvetia.info", '<h1 class="visually-hidden">SWI helvetia.info</h1><ul>%s</ul>' % lis(
            [(A[lang][0], T[("glacier", lang)][0]), (A[lang][5], A[lang][4])]), body_cls="home"))
        s.non(A[lang][5], shell(lang, "%s - SWI helvetia.info" % A[lang][4], '<h1 class="archive-title">%s</h1><ul>%s</ul>' % (E(A[lang][4]), lis([(A[lang][0], T[("glacier", lang)][0])])), body_cls="archive category"))
    s.non("/ger/thema/gletscher/", shell("de", "Gletscher - SWI helvetia.info", '<h1 class="archive-title">Thema: Gletscher</h1><ul>%s</ul>' % lis([(A["de"][0], T[("glacier", "de")][0])]), body_cls="archive tag"))
    s.non("/ger/author/thomas-meier/", shell("de", "Thomas Meier - SWI helvetia.info", '<h1>Thomas Meier</h1><p>Wissenschaftsredaktor in Bern.</p><ul>%s</ul>' % lis([(A["de"][0], T[("glacier", "de")][0])]), body_cls="archive author"))
    s.non("/", shell("de", "SWI helvetia.info - Schweizer Nachrichten in 10 Sprachen", '<div class="language-picker"><ul>%s</ul></div>' % lis(
        [("/ger/", "Deutsch"), ("/fre/", "Français"), ("/ita/", "Italiano")]), body_cls="home"))
    s.non("/fre/a-propos/", shell("fr", "À propos - SWI helvetia.info", "<h1>À propos</h1><p>SWI helvetia.info informe en dix langues sur la Suisse.</p>"))


# ------------------------------------------------------ 3 Brussels (Drupal)
def brussels():
    s = Site(3, "BXL Twee")
    A = {
        ("strike", "nl"): ("/nl/mobiliteit/staking-bij-mivb-legt-trams-en-metro-grotendeels-stil", "vrijdag 14 maart 2025, 08:30", "2025-03-14T08:30:00+01:00", "Pieter De Smet", "Pieter De Smet", "Mobiliteit", "/nl/mobiliteit"),
        ("strike", "fr"): ("/fr/mobilite/greve-la-stib-trams-et-metros-en-grande-partie-larret", "vendredi 14 mars 2025, 09:45", "2025-03-14T09:45:00+01:00", "Pieter De Smet (traduction : Anne Dupuis)", "Pieter De Smet", "Mobilité", "/fr/mobilite"),
        ("market", "fr"): ("/fr/societe/le-marche-du-midi-demenage-pendant-les-travaux", "mercredi 12 mars 2025, 16:10", "2025-03-12T16:10:00+01:00", "Sarah Lambert", "Sarah Lambert", "Société", "/fr/societe"),
    }

    def shell(lang, title, main, head="", cls="path-frontpage"):
        return ('<!DOCTYPE html><html lang="%s" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'
                '<title>%s</title>%s</head><body class="%s"><div class="dialog-off-canvas-main-canvas"><header role="banner" class="header">'
                '<a href="/%s" rel="home" class="site-logo">BXL Twee</a><div class="language-switcher-language-url"><ul class="links">'
                '<li hreflang="nl" class="nl"><a href="/nl" class="language-link" hreflang="nl">NL</a></li><li hreflang="fr" class="fr"><a href="/fr" class="language-link" hreflang="fr">FR</a></li></ul></div>'
                '<nav><a href="/%s">%s</a></nav></header><main role="main">%s</main><footer class="footer"><a href="/nl/over-ons">Over ons</a> <a href="/fr/contact">Contact</a></footer></div></body></html>') % (
            lang, E(title), head, cls, lang, "nl/mobiliteit" if lang == "nl" else "fr/mobilite", "Mobiliteit" if lang == "nl" else "Mobilité", main)

    strike_alts = [("nl", A[("strike", "nl")][0]), ("fr", A[("strike", "fr")][0])]
    for key, (path, shown, iso, byline, author, sec, secp) in A.items():
        lang = key[1]
        title, body, lead, close = story(key, lead_in_body=False)
        alts = s.alternates(strike_alts) if key[0] == "strike" else ""
        switch = ""
        if key[0] == "strike":
            o = "fr" if lang == "nl" else "nl"
            switch = '<div class="field field--name-field-translation"><a hreflang="%s" href="%s">%s</a></div>' % (o, A[("strike", o)][0], "Lees in het Nederlands" if o == "nl" else "Lire en français")
        head = '<link rel="canonical" href="%s">%s<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="article:published_time" content="%s">' % (
            s.url(path), alts, E(title), iso)
        main = ('<article role="article" class="node node--type-article node--promoted node--view-mode-full">'
                '<div class="field field--name-field-section"><a href="%s">%s</a></div><h1 class="page-title"><span class="field field--name-title">%s</span></h1>'
                '<div class="node__meta"><div class="field field--name-field-author">%s</div><div class="field field--name-created"><time datetime="%s">%s</time></div></div>%s'
                '<div class="field field--name-field-intro"><p>%s</p></div><div class="clearfix text-formatted field field--name-body">%s</div>'
                '<div class="field field--name-field-tags"><a href="/nl/tag/mivb" hreflang="nl">MIVB</a></div></article>') % (
            secp, E(sec), E(title), E(byline), iso, shown, switch, E(lead), body)
        doc = shell(lang, "%s | BXL Twee" % title, main, head, "path-node page-node-type-article")
        s.art(path, doc, title, iso[:10], [author], must=[close])
    sa = A[("strike", "nl")][0], A[("strike", "fr")][0], A[("market", "fr")][0]
    s.non("/nl", shell("nl", "BXL Twee | Nieuws uit Brussel", '<h1>Nieuws</h1><ul>%s</ul>' % lis([(sa[0], T[("strike", "nl")][0]), ("/nl/tag/mivb", "MIVB")])))
    s.non("/fr", shell("fr", "BXL Twee | L'actu bruxelloise", '<h1>Actualité</h1><ul>%s</ul>' % lis([(sa[1], T[("strike", "fr")][0]), (sa[2], T[("market", "fr")][0]), ("/fr/societe", "Société")])))
    s.non("/", shell("nl", "BXL Twee", '<p>Kies uw taal / Choisissez votre langue</p><ul><li><a href="/nl">Nederlands</a></li><li><a href="/fr">Français</a></li></ul>'))
    s.non("/nl/mobiliteit", shell("nl", "Mobiliteit | BXL Twee", '<h1>Mobiliteit</h1><ul>%s</ul>' % lis([(sa[0], T[("strike", "nl")][0])]), "path-taxonomy"))
    s.non("/fr/mobilite", shell("fr", "Mobilité | BXL Twee", '<h1>Mobilité</h1><ul>%s</ul>' % lis([(sa[1], T[("strike", "fr")][0])]), "path-taxonomy"))
    s.non("/fr/societe", shell("fr", "Société | BXL Twee", '<h1>Société</h1><ul>%s</ul>' % lis([(sa[2], T[("market", "fr")][0])]), "path-taxonomy"))
    s.non("/nl/tag/mivb", shell("nl", "MIVB | BXL Twee", '<h1>MIVB</h1><ul>%s</ul>' % lis([(sa[0], T[("strike", "nl")][0])]), "path-taxonomy"))
    s.non("/nl/over-ons", shell("nl", "Over ons | BXL Twee", "<h1>Over ons</h1><p>BXL Twee is het tweetalige stadsmedium van Brussel.</p>", cls="path-node page-node-type-page"))
    s.non("/fr/contact", shell("fr", "Contact | BXL Twee", "<h1>Contact</h1><p>Rue de Flandre 100, 1000 Bruxelles</p>", cls="path-node page-node-type-page"))


# ------------------------------------------------------ 4 Canada (CBC / Radio-Canada-like)
def canada():
    s = Site(4, "Northern Ledger")
    en_p = "/news/canada/north/winter-road-opens-late-1.7481234"
    fr_p = "/fr/nouvelle/2147890/route-glace-mines-nord-ouverture-retard"
    br_p = "/news/canada/sudbury/county-stone-bridge-rebuild-1.7479905"

    def shell(lang, title, main, head="", htmllang=None):
        return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<header class="header"><a class="logo" href="%s">%s</a><nav class="primaryNav"><a href="/news/canada/north">North</a> '
                '<a href="/news/canada/sudbury">Sudbury</a></nav><a class="langToggle" href="%s">%s</a></header>'
                '<main id="content">%s</main><footer class="footer"><a href="/about">About</a> <a href="/fr/a-propos">À propos</a></footer></body></html>') % (
            htmllang or lang, E(title), head, "/" if lang == "en" else "/fr/", "Northern Ledger" if lang == "en" else "Le Registre du Nord",
            "/fr/" if lang == "en" else "/", "Français" if lang == "en" else "English", main)

    alts = s.alternates([("en-CA", en_p), ("fr-CA", fr_p)])
    # English original
    title, body, lead, close = story(("iceroad", "en"))
    head = '<link rel="canonical" href="%s">%s<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (
        s.url(en_p), alts, E(title), jl({"@context": "http://schema.org", "@type": "ReportageNewsArticle", "headline": title,
            "datePublished": "2025-03-14T12:05:00.000Z", "dateModified": "2025-03-14T15:12:00.000Z",
            "author": [{"@type": "Person", "name": "Mark Tulugak"}], "publisher": {"@type": "Organization", "name": "Northern Ledger"}}))
    main = ('<div class="story"><h1 class="detailHeadline">%s</h1><h2 class="deck">Mild January meant crews had to flood the route several times</h2>'
            '<div class="bylineDetails"><span class="authorText"><a href="/news/canada/north">Mark Tulugak</a> · Northern Ledger News</span>'
            '<time class="timeStamp" datetime="2025-03-14T12:05:00.000Z">Posted: Mar 14, 2025 8:05 AM EDT</time> | '
            '<time class="updatedTime timeStamp" datetime="2025-03-14T15:12:00.000Z">Last Updated: March 14</time></div>'
            '<p class="langLink"><a href="%s" hreflang="fr">Lire en français</a></p><div class="storyWrapper">%s</div></div>') % (E(title), fr_p, body)
    s.art(en_p, shell("en", "%s | Northern Ledger News" % title, main, head), title, "2025-03-14", ["Mark Tulugak"],
          instant="2025-03-14T12:05", must=[close])
    # French translation, template says lang="en"
    title, body, lead, close = story(("iceroad", "fr"))
    head = '<link rel="canonical" href="%s">%s<meta property="og:title" content="%s"><meta property="og:locale" content="fr_CA"><meta property="og:type" content="article">%s' % (
        s.url(fr_p), alts, E(title), jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title,
            "datePublished": "2025-03-14T15:40:00.000Z", "author": {"@type": "Person", "name": "Mark Tulugak"}}))
    main = ('<article class="document-simple-redactional-container"><header><h1 class="document-headline">%s</h1>'
            '<div class="signature-container"><span class="signature-author">Un texte de Mark Tulugak, traduit par Geneviève Roy</span></div>'
            '<div class="document-simple-date"><time datetime="2025-03-14T15:40:00.000Z">Publié le 14 mars 2025 à 11 h 40 HAE</time></div></header>'
            '<p class="langLink"><a href="%s" hreflang="en">Read in English</a></p><div class="document-simple-redactional-body">%s</div></article>') % (E(title), en_p, body)
    s.art(fr_p, shell("fr", "%s | Le Registre du Nord" % title, main, head, htmllang="en"), title, "2025-03-14", ["Mark Tulugak"],
          instant="2025-03-14T15:40", must=[close], must_not=["Read in English"])
    # English-only story
    title, body, lead, close = story(("bridge", "en"))
    head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (
        s.url(br_p), E(title), jl({"@context": "http://schema.org", "@type": "ReportageNewsArticle", "headline": title,
            "datePublished": "2025-03-12T20:30:00.000Z", "author": [{"@type": "Person", "name": "Oliver Grant"}]}))
    main = ('<div class="story"><h1 class="detailHeadline">%s</h1><div class="bylineDetails"><span class="authorText">Oliver Grant · Northern Ledger News</span>'
            '<time class="timeStamp" datetime="2025-03-12T20:30:00.000Z">Posted: Mar 12, 2025 4:30 PM EDT</time></div><div class="storyWrapper">%s</div></div>') % (E(title), body)
    s.art(br_p, shell("en", "%s | Northern Ledger News" % title, main, head), title, "2025-03-12", ["Oliver Grant"], instant="2025-03-12T20:30", must=[close])
    s.non("/", shell("en", "Northern Ledger News - Latest Canadian News", '<h1 class="visually-hidden">Top Stories</h1><ul>%s</ul>' % lis(
        [(en_p, T[("iceroad", "en")][0]), (br_p, T[("bridge", "en")][0]), ("/news/canada/north", "North")])))
    s.non("/fr/", shell("fr", "Le Registre du Nord | Info", '<h1>À la une</h1><ul>%s</ul>' % lis([(fr_p, T[("iceroad", "fr")][0]), ("/fr/regions/grand-nord/", "Grand Nord")])))
    s.non("/news/canada/north", shell("en", "North | Northern Ledger News", '<h1>North</h1><ul>%s</ul>' % lis([(en_p, T[("iceroad", "en")][0])])))
    s.non("/news/canada/sudbury", shell("en", "Sudbury | Northern Ledger News", '<h1>Sudbury</h1><ul>%s</ul>' % lis([(br_p, T[("bridge", "en")][0])])))
    s.non("/fr/regions/grand-nord/", shell("fr", "Grand Nord | Le Registre du Nord", '<h1>Grand Nord</h1><ul>%s</ul>' % lis([(fr_p, T[("iceroad", "fr")][0])])))
    s.non("/about", shell("en", "About Northern Ledger", "<h1>About us</h1><p>Northern Ledger is a public broadcaster serving the North in English and French.</p>"))
    s.non("/fr/a-propos", shell("fr", "À propos | Le Registre du Nord", "<h1>À propos</h1><p>Le Registre du Nord diffuse en français et en anglais.</p>", htmllang="en"))


# ------------------------------------------------------ 5 Catalan / Spanish (Prensa Ibérica-like)
def catalan():
    s = Site(5, "Metròpoli")
    es_p = "/es/barcelona/20250314/l9-llegara-centro-barcelona-2027-115234567.html"
    ca_p = "/ca/barcelona/20250314/l9-arribara-centre-barcelona-2027-115234568.html"
    cs_p = "/ca/comarques/20250311/castellers-vilafranca-estrenen-local-assaig-115190022.html"

    def shell(lang, title, main, head=""):
        return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body class="%s">'
                '<header class="hd"><a class="hd__logo" href="/%s/">Metròpoli</a><div class="hd__date">%s</div>'
                '<ul class="hd__editions"><li><a href="/ca/">Català</a></li><li><a href="/es/">Castellano</a></li></ul>'
                '<nav><a href="/%s/barcelona/">Barcelona</a></nav></header><main>%s</main>'
                '<footer class="ft"><a href="/es/quienes-somos/">Quiénes somos</a> <a href="/ca/tags/metro/">Metro</a></footer></body></html>') % (
            lang, E(title), head, "ed-" + lang, lang, "Dilluns, 17 de març de 2025" if lang == "ca" else "Lunes, 17 de marzo de 2025", lang, main)

    def page(lang, key, path, author, pub, upd, iso, canon_alts, notice=""):
        title, body, lead, close = story(key, lead_in_body=False)
        lab = ("Publicada el", "Actualitzada el") if lang == "ca" else ("Publicada el", "Actualizada el")
        head = ('<link rel="canonical" href="%s">%s<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta name="author" content="%s">%s') % (
            s.url(path), canon_alts, E(title), E(author), jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                "datePublished": iso, "author": {"@type": "Person", "name": author}, "publisher": {"@type": "Organization", "name": "Metròpoli"}}))
        main = ('<article class="ft-article"><h1 class="ft-title">%s</h1><h2 class="ft-subtitle">%s</h2>'
                '<div class="ft-byline"><span class="ft-author">%s</span><span class="ft-place">Barcelona</span>'
                '<time class="ft-date" datetime="%s">%s %s</time> <span class="ft-date--updated">%s %s</span></div>%s'
                '<div class="ft-body">%s</div></article>') % (E(title), E(lead), E(author), iso, lab[0], pub, lab[1], upd, notice, body)
        doc = shell(lang, "%s" % title + (" | Metròpoli" if lang == "ca" else " | Metrópoli"), main, head)
        return doc, title, close

    alts = s.alternates([("es", es_p), ("ca", ca_p)])
    doc, title, close = page("es", ("l9", "es"), es_p, "Carles Puig", "14/03/2025 a las 07:30 h", "14/03/2025 a las 09:12 h", "2025-03-14T07:30:00+01:00", alts,
                             '<p class="ft-switch"><a href="%s" hreflang="ca">Llegeix en català</a></p>' % ca_p)
    s.art(es_p, doc, title, "2025-03-14", ["Carles Puig"], must=[close])
    notice = "Aquesta notícia ha estat traduïda automàticament del castellà."
    doc, title, close = page("ca", ("l9", "ca"), ca_p, "Carles Puig", "14/03/2025 a les 07:30 h", "14/03/2025 a les 09:12 h", "2025-03-14T07:30:00+01:00", alts,
                             '<div class="ft-notice ft-notice--translation"><p>%s <a href="%s" hreflang="es">Llegir la versió original</a></p></div>' % (notice, es_p))
    s.art(ca_p, doc, title, "2025-03-14", ["Carles Puig"], must=[close], must_not=[notice])
    doc, title, close = page("ca", ("castells", "ca"), cs_p, "Núria Soler", "11/03/2025 a les 18:05 h", "12/03/2025 a les 10:40 h", "2025-03-11T18:05:00+01:00", "")
    s.art(cs_p, doc, title, "2025-03-11", ["Núria Soler"], must=[close])
    s.non("/ca/", shell("ca", "Metròpoli | Notícies de Barcelona en català", '<ul>%s</ul>' % lis([(ca_p, T[("l9", "ca")][0]), (cs_p, T[("castells", "ca")][0])])))
    s.non("/es/", shell("es", "Metrópoli | Noticias de Barcelona", '<ul>%s</ul>' % lis([(es_p, T[("l9", "es")][0])])))
    s.non("/ca/barcelona/", shell("ca", "Barcelona | Metròpoli", '<h1>Barcelona</h1><ul>%s</ul>' % lis([(ca_p, T[("l9", "ca")][0])])))
    s.non("/es/barcelona/", shell("es", "Barcelona | Metrópoli", '<h1>Barcelona</h1><ul>%s</ul>' % lis([(es_p, T[("l9", "es")][0])])))
    s.non("/ca/tags/metro/", shell("ca", "Metro | Metròpoli", '<h1>Metro</h1><ul>%s</ul>' % lis([(ca_p, T[("l9", "ca")][0])])))
    s.non("/es/quienes-somos/", shell("es", "Quiénes somos | Metrópoli", "<h1>Quiénes somos</h1><p>Metrópoli se edita en catalán y en castellano desde 1997.</p>"))
    s.non("/", shell("ca", "Metròpoli", '<p>Tria la teva edició / Elige tu edición</p><ul>%s</ul>' % lis([("/ca/", "Català"), ("/es/", "Castellano")])))
    s.put("/robots.txt", "User-agent: *\nDisallow:\n")


# ------------------------------------------------------ 6 Basque / Spanish (EITB-like)
def basque():
    s = Site(6, "EITB")
    eu_p = "/eu/albisteak/ekonomia/osoa/9876543/antxoa-kuota-handitu-egingo-da-aurten-bizkaiko-golkoan/"
    es_p = "/es/noticias/economia/detalle/9876544/la-cuota-de-anchoa-en-el-golfo-de-bizkaia-subira-este-ano/"
    ap_p = "/es/noticias/sociedad/detalle/9875001/cortada-la-ap-8-en-eibar-por-un-camion-volcado/"

    def shell(lang, title, main, head=""):
        return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div id="cabecera"><a href="/%s/" class="logo">EITB</a><ul class="idiomas"><li><a href="/eu/">Euskara</a></li><li><a href="/es/">Castellano</a></li></ul></div>'
                '<div id="contenido">%s</div><div id="pie"><a href="/eu/eitb-taldea/">EITB Taldea</a> <a href="/es/noticias/economia/">Economía</a></div></body></html>') % (
            lang, E(title), head, lang, main)

    def page(lang, key, path, shown, iso, author, alts, extra=""):
        title, body, lead, close = story(key)
        head = '<link rel="canonical" href="%s">%s<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (
            s.url(path), alts, E(title), jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso,
                                             "author": {"@type": "Organization", "name": "EITB"}, "inLanguage": lang}))
        au = '<p class="autor">%s</p>' % E(author) if author else ""
        main = ('<div class="detalle_noticia"><h1 class="titulo">%s</h1><p class="fecha">%s</p>%s%s<div class="cuerpo">%s</div></div>') % (
            E(title), shown, au, extra, body)
        return shell(lang, "%s | EITB" % title if lang == "es" else title, main, head), title, close

    alts = s.alternates([("eu", eu_p), ("es", es_p)])
    doc, title, close = page("eu", ("anchovy", "eu"), eu_p, "2025/03/14 10:20", "2025-03-14T10:20:00+01:00", "Ane Etxeberria", alts,
                             '<p class="idioma_alt"><a href="%s" hreflang="es">Gaztelaniaz irakurri</a></p>' % es_p)
    s.art(eu_p, doc, title, "2025-03-14", ["Ane Etxeberria"], must=[close])
    doc, title, close = page("es", ("anchovy", "es"), es_p, "14/03/2025 11:05", "2025-03-14T11:05:00+01:00", "Ane Etxeberria | Traducción: Iñigo Zubiri", alts,
                             '<p class="idioma_alt"><a href="%s" hreflang="eu">Euskaraz irakurri</a></p>' % eu_p)
    s.art(es_p, doc, title, "2025-03-14", ["Ane Etxeberria"], must=[close])
    doc, title, close = page("es", ("ap8", "es"), ap_p, "12/03/2025 07:48", "2025-03-12T07:48:00+01:00", "", "")
    s.art(ap_p, doc, title, "2025-03-12", [], must=[close])
    s.non("/eu/", shell("eu", "EITB - Albisteak", '<ul>%s</ul>' % lis([(eu_p, T[("anchovy", "eu")][0]), ("/eu/albisteak/ekonomia/", "Ekonomia")])))
    s.non("/es/", shell("es", "EITB - Noticias", '<ul>%s</ul>' % lis([(es_p, T[("anchovy", "es")][0]), (ap_p, T[("ap8", "es")][0]), ("/es/noticias/sociedad/", "Sociedad")])))
    s.non("/", shell("eu", "EITB", '<ul>%s</ul>' % lis([("/eu/", "Euskara"), ("/es/", "Castellano")])))
    s.non("/eu/albisteak/ekonomia/", shell("eu", "Ekonomia - EITB", '<h1>Ekonomia</h1><ul>%s</ul>' % lis([(eu_p, T[("anchovy", "eu")][0])])))
    s.non("/es/noticias/economia/", shell("es", "Economía | EITB", '<h1>Economía</h1><ul>%s</ul>' % lis([(es_p, T[("anchovy", "es")][0])])))
    s.non("/es/noticias/sociedad/", shell("es", "Sociedad | EITB", '<h1>Sociedad</h1><ul>%s</ul>' % lis([(ap_p, T[("ap8", "es")][0])])))
    s.non("/eu/eitb-taldea/", shell("eu", "EITB Taldea", "<h1>EITB Taldea</h1><p>Euskal Irrati Telebista, euskaraz eta gaztelaniaz.</p>"))


# ------------------------------------------------------ 7 Finland (Yle-like)
def finland():
    s = Site(7, "Yleisradio")
    fi_p = "/a/74-20150001"
    sv_p = "/sv/a/7-10060001"
    tr_p = "/a/74-20149877"

    def shell(lang, title, main, head=""):
        return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><link rel="alternate" type="application/rss+xml" href="/rss/uutiset.rss">%s</head><body><div id="__next">'
                '<header class="yle-header"><a href="%s" class="yle-header-logo">%s</a><nav><a href="/uutiset/kotimaa">Kotimaa</a> <a href="/sv/inrikes">Inrikes</a> '
                '<a href="/sv" hreflang="sv">På svenska</a> <a href="/" hreflang="fi">Suomeksi</a></nav></header><main>%s</main>'
                '<footer class="yle-footer"><a href="/yhteystiedot">Yhteystiedot</a></footer></div></body></html>') % (
            lang, E(title), head, "/" if lang == "fi" else "/sv", "Yle Uutiset" if lang == "fi" else "Svenska Yle", main)

    alts = s.alternates([("fi", fi_p), ("sv", sv_p)])

    def page(lang, key, path, iso, shown, author, alts, extra="", credit=""):
        title, body, lead, close = story(key, lead_in_body=False)
        head = '<link rel="canonical" href="%s">%s<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="article:published_time" content="%s">' % (
            s.url(path), alts, E(title), iso)
        pub = "Julkaistu" if lang == "fi" else "Publicerad"
        main = ('<article class="yle__article"><header class="yle__article__header"><h1 class="yle__article__heading yle__article__heading--h1">%s</h1>'
                '<p class="yle__article__lead">%s</p></header><div class="yle__article__author"><span class="yle__article__author__name">%s</span></div>'
                '<time class="yle__article__date--published" datetime="%s">%s %s</time>%s<section class="yle__article__content">%s%s</section></article>') % (
            E(title), E(lead), E(author), iso, pub, shown, extra, body, credit)
        return shell(lang, "%s | %s" % (title, "Yle Uutiset" if lang == "fi" else "svenska.yle.fi"), main, head), title, close

    doc, title, close = page("fi", ("ferry", "fi"), fi_p, "2025-03-14T08:15:00.000Z", "14.3.2025 10:15", "Liisa Korhonen", alts,
                             '<p class="yle__article__translation"><a href="%s" hreflang="sv">Läs artikeln på svenska</a></p>' % sv_p)
    s.art(fi_p, doc, title, "2025-03-14", ["Liisa Korhonen"], instant="2025-03-14T08:15", must=[close])
    cr = "Översättning: Johan Lindqvist"
    doc, title, close = page("sv", ("ferry", "sv"), sv_p, "2025-03-14T11:02:00.000Z", "14.3.2025 13:02", "Liisa Korhonen", alts,
                             '<p class="yle__article__translation">Artikeln är en översättning från Yle Uutiset. <a href="%s" hreflang="fi">Lue suomeksi</a></p>' % fi_p,
                             '<p class="yle__article__credit"><em>%s</em></p>' % cr)
    s.art(sv_p, doc, title, "2025-03-14", ["Liisa Korhonen"], instant="2025-03-14T11:02", must=[close], must_not=[cr])
    doc, title, close = page("fi", ("tram", "fi"), tr_p, "2025-03-13T05:30:00.000Z", "13.3.2025 07:30", "Mikko Virtanen", "")
    s.art(tr_p, doc, title, "2025-03-13", ["Mikko Virtanen"], instant="2025-03-13T05:30", must=[close])
    s.non("/", shell("fi", "Yle Uutiset | Tuoreimmat uutiset", '<ul>%s</ul>' % lis([(fi_p, T[("ferry", "fi")][0]), (tr_p, T[("tram", "fi")][0]), ("/t/18-215452", "Saaristo")])))
    s.non("/sv", shell("sv", "Svenska Yle", '<ul>%s</ul>' % lis([(sv_p, T[("ferry", "sv")][0])])))
    s.non("/uutiset/kotimaa", shell("fi", "Kotimaa | Yle Uutiset", '<h1>Kotimaa</h1><ul>%s</ul>' % lis([(fi_p, T[("ferry", "fi")][0]), (tr_p, T[("tram", "fi")][0])])))
    s.non("/sv/inrikes", shell("sv", "Inrikes | svenska.yle.fi", '<h1>Inrikes</h1><ul>%s</ul>' % lis([(sv_p, T[("ferry", "sv")][0])])))
    s.non("/t/18-215452", shell("fi", "Saaristo | Yle", '<h1>Saaristo</h1><ul>%s</ul>' % lis([(fi_p, T[("ferry", "fi")][0])])))
    s.non("/yhteystiedot", shell("fi", "Yhteystiedot | Yle", "<h1>Yhteystiedot</h1><p>Yleisradio Oy, PL 0, 00024 Yleisradio</p>"))
    s.rss("/rss/uutiset.rss", "Yle Uutiset", [(T[("ferry", "fi")][0], fi_p, "Fri, 14 Mar 2025 10:15:00 +0200"), (T[("tram", "fi")][0], tr_p, "Thu, 13 Mar 2025 07:30:00 +0200")])


# ------------------------------------------------------ 8 India (Hindustan Times / Live Hindustan-like)
def india():
    s = Site(8, "Hindustan Courier")
    en_p = "/india-news/delhi-metro-magenta-line-extension-opens-to-commuters-101741961234567.html"
    hi_p = "/hindi/ncr/story-delhi-metro-magenta-line-vistar-yatriyon-ke-liye-khula-201741999000123.html"
    tk_p = "/cities/bengaluru-news/bengaluru-caps-water-tanker-prices-as-summer-demand-rises-101741870011223.html"

    def shell(lang, title, main, head=""):
        return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<header class="header"><a class="logo" href="%s">%s</a><div class="todayDate">%s</div>'
                '<a class="lang" href="/hindi/">हिंदी</a> <a class="lang" href="/">English</a></header><section class="mainContainer">%s</section>'
                '<footer><a href="/about-us">About Us</a> <a href="/topic/delhi-metro">Delhi Metro</a></footer></body></html>') % (
            lang, E(title), head, "/" if lang == "en" else "/hindi/", "Hindustan Courier" if lang == "en" else "हिन्दुस्तान कूरियर",
            "Monday, Mar 17, 2025" if lang == "en" else "सोमवार, 17 मार्च 2025", main)

    alts = s.alternates([("en-IN", en_p), ("hi-IN", hi_p)])
    title, body, lead, close = story(("metro", "en"), lead_in_body=False)
    head = '<link rel="canonical" href="%s">%s<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (
        s.url(en_p), alts, E(title), jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
            "datePublished": "2025-03-14T21:10:00+05:30", "dateModified": "2025-03-14T22:45:00+05:30",
            "author": [{"@type": "Person", "name": "Priya Sharma", "url": s.url("/author/priya-sharma-101")}],
            "publisher": {"@type": "Organization", "name": "Hindustan Courier"}}))
    main = ('<div class="fullStory"><h1 class="hdg1">%s</h1><h2 class="sortDec">%s</h2>'
            '<div class="storyBy"><span>By </span><a href="/author/priya-sharma-101">Priya Sharma</a>, New Delhi</div>'
            '<div class="dateTime secTime storyPage">Published on Mar 14, 2025 09:10 PM IST</div>'
            '<div class="storyDetails"><div class="detail">%s</div></div><a href="%s" hreflang="hi">यह ख़बर हिंदी में पढ़ें</a></div>') % (E(title), E(lead), body, hi_p)
    s.art(en_p, shell("en", "%s | Latest News India - Hindustan Courier" % title, main, head), title, "2025-03-14", ["Priya Sharma"],
          instant="2025-03-14T15:40", must=[close])
    title, body, lead, close = story(("metro", "hi"))
    head = '<link rel="canonical" href="%s">%s<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (
        s.url(hi_p), alts, E(title), jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
            "datePublished": "2025-03-15T06:30:00+05:30", "author": [{"@type": "Person", "name": "प्रिया शर्मा"}]}))
    main = ('<div class="story-page"><h1 class="story-headline">%s</h1><div class="author-info"><span class="author-name">प्रिया शर्मा</span>, '
            '<span class="author-place">नई दिल्ली</span> <span class="translator">अनुवाद: राहुल वर्मा</span></div>'
            '<div class="publish-date">प्रकाशित: शनि, 15 मार्च 2025 06:30 AM IST</div><div class="story-content">%s</div>'
            '<a href="%s" hreflang="en">Read this story in English</a></div>') % (E(title), body, en_p)
    s.art(hi_p, shell("hi", "%s - Hindustan Courier Hindi" % title, main, head), title, "2025-03-15", ["प्रिया शर्मा"],
          instant="2025-03-15T01:00", must=[close])
    title, body, lead, close = story(("tanker", "en"))
    head = '<link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (
        s.url(tk_p), E(title), jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
            "datePublished": "2025-03-13T18:25:00+05:30", "author": [{"@type": "Person", "name": "Arjun Rao"}]}))
    main = ('<div class="fullStory"><h1 class="hdg1">%s</h1><div class="storyBy"><span>By </span><a href="/author/arjun-rao-214">Arjun Rao</a>, Bengaluru</div>'
            '<div class="dateTime secTime storyPage">Published on Mar 13, 2025 06:25 PM IST</div><div class="storyDetails"><div class="detail">%s</div></div></div>') % (E(title), body)
    s.art(tk_p, shell("en", "%s | Bengaluru - Hindustan Courier" % title, main, head), title, "2025-03-13", ["Arjun Rao"],
          instant="2025-03-13T12:55", must=[close])
    s.non("/", shell("en", "Hindustan Courier: Latest News, Breaking News", '<ul>%s</ul>' % lis([(en_p, T[("metro", "en")][0]), (tk_p, T[("tanker", "en")][0]), ("/india-news", "India News")])))
    s.non("/hindi/", shell("hi", "हिन्दुस्तान कूरियर: ताज़ा ख़बरें", '<ul>%s</ul>' % lis([(hi_p, T[("metro", "hi")][0]), ("/hindi/ncr/", "एनसीआर")])))
    s.non("/india-news", shell("en", "India News | Hindustan Courier", '<h1>India News</h1><ul>%s</ul>' % lis([(en_p, T[("metro", "en")][0])])))
    s.non("/hindi/ncr/", shell("hi", "एनसीआर समाचार", '<h1>एनसीआर</h1><ul>%s</ul>' % lis([(hi_p, T[("metro", "hi")][0])])))
    s.non("/topic/delhi-metro", shell("en", "Delhi Metro: Latest News | Hindustan Courier", '<h1>Delhi Metro</h1><ul>%s</ul>' % lis([(en_p, T[("metro", "en")][0])])))
    s.non("/author/priya-sharma-101", shell("en", "Priya Sharma | Hindustan Courier", '<h1>Priya Sharma</h1><p>Priya Sharma covers transport and urban affairs in Delhi.</p><ul>%s</ul>' % lis([(en_p, T[("metro", "en")][0])])))
    s.non("/author/arjun-rao-214", shell("en", "Arjun Rao | Hindustan Courier", '<h1>Arjun Rao</h1><p>Arjun Rao reports on civic issues from Bengaluru.</p><ul>%s</ul>' % lis([(tk_p, T[("tanker", "en")][0])])))
    s.non("/about-us", shell("en", "About Us | Hindustan Courier", "<h1>About Us</h1><p>Hindustan Courier publishes in English and Hindi.</p>"))
    s.sitemap([en_p, hi_p, tk_p])


# ------------------------------------------------------ 9 Latvia (LSM-like)
def latvia():
    s = Site(9, "LSM")
    lv_p = "/raksts/zinas/latvija/dienvidu-tilta-remonts-saksies-aprili.a590001/"
    ru_p = "/ru/statja/novosti/latvija/remont-juzhnogo-mosta-nachnetsja-v-aprele.a590045/"
    lb_p = "/raksts/zinas/latvija/liepaja-atklata-jauna-biblioteka.a589870/"

    def shell(lang, title, main, head=""):
        return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<header class="header"><a href="%s" class="header__logo">LSM</a><ul class="header__langs"><li><a href="/">LV</a></li><li><a href="/ru/">RU</a></li></ul>'
                '<nav><a href="%s">%s</a></nav></header><main class="main">%s</main>'
                '<footer><a href="/par-mums/">Par mums</a> <a href="/tema/dienvidu-tilts/">Dienvidu tilts</a></footer></body></html>') % (
            lang, E(title), head, "/" if lang == "lv" else "/ru/", "/zinas/latvija/" if lang == "lv" else "/ru/novosti/latvija/",
            "Latvijā" if lang == "lv" else "В Латвии", main)

    alts = s.alternates([("lv", lv_p), ("ru", ru_p)])

    def page(lang, key, path, shown, iso, author, alts, extra="", foot=""):
        title, body, lead, close = story(key)
        head = '<link rel="canonical" href="%s">%s<meta property="og:title" content="%s"><meta property="og:type" content="article">%s' % (
            s.url(path), alts, E(title), jl({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso,
                                             "author": {"@type": "Person", "name": author}}))
        main = ('<article class="article"><h1 class="article__headline">%s</h1><div class="article__info"><span class="article__author">%s</span>'
                '<time class="article__date" datetime="%s">%s</time></div>%s<div class="article__body">%s%s</div></article>') % (
            E(title), E(author), iso, shown, extra, body, foot)
        return shell(lang, "%s / Raksts" % title if lang == "lv" else "%s / Статья" % title, main, head), title, close

    doc, title, close = page("lv", ("tilts", "lv"), lv_p, "2025. gada 14. martā, 10:20", "2025-03-14T10:20:00+02:00", "Jānis Bērziņš", alts,
                             '<a class="article__lang" href="%s" hreflang="ru">Читать на русском</a>' % ru_p)
    s.art(lv_p, doc, title, "2025-03-14", ["Jānis Bērziņš"], must=[close])
    doc, title, close = page("ru", ("tilts", "ru"), ru_p, "14 марта 2025, 13:05", "2025-03-14T13:05:00+02:00", "Янис Берзиньш", alts,
                             '<a class="article__lang" href="%s" hreflang="lv">Lasīt latviski</a>' % lv_p, '<p class="article__translator">Перевод: Анна Смирнова</p>')
    s.art(ru_p, doc, title, "2025-03-14", ["Янис Берзиньш"], must=[close], must_not=["Перевод: Анна Смирнова"])
    doc, title, close = page("lv", ("library", "lv"), lb_p, "2025. gada 7. martā, 17:45", "2025-03-07T17:45:00+02:00", "Ilze Kalniņa", "")
    s.art(lb_p, doc, title, "2025-03-07", ["Ilze Kalniņa"], must=[close])
    s.non("/", shell("lv", "LSM - Latvijas Sabiedriskais medijs", '<ul>%s</ul>' % lis([(lv_p, T[("tilts", "lv")][0]), (lb_p, T[("library", "lv")][0])])))
    s.non("/ru/", shell("ru", "LSM - Новости Латвии", '<ul>%s</ul>' % lis([(ru_p, T[("tilts", "ru")][0])])))
    s.non("/zinas/latvija/", shell("lv", "Latvijā / Ziņas", '<h1>Latvijā</h1><ul>%s</ul>' % lis([(lv_p, T[("tilts", "lv")][0]), (lb_p, T[("library", "lv")][0])])))
    s.non("/ru/novosti/latvija/", shell("ru", "В Латвии / Новости", '<h1>В Латвии</h1><ul>%s</ul>' % lis([(ru_p, T[("tilts", "ru")][0])])))
    s.non("/tema/dienvidu-tilts/", shell("lv", "Dienvidu tilts / Tēma", '<h1>Dienvidu tilts</h1><ul>%s</ul>' % lis([(lv_p, T[("tilts", "lv")][0])])))
    s.non("/par-mums/", shell("lv", "Par mums", "<h1>Par mums</h1><p>LSM ir sabiedriskā medija portāls latviešu, krievu un angļu valodā.</p>"))


# ------------------------------------------------------ 10 Ukraine (Ukrainska Pravda-like)
def ukraine():
    s = Site(10, "Українська правда")
    P = {"uk": "/news/2025/03/14/7501234/", "ru": "/rus/news/2025/03/14/7501234/", "en": "/eng/news/2025/03/14/7501288/"}
    SH = {"uk": "П'ятниця, 14 березня 2025, 10:15", "ru": "Пятница, 14 марта 2025, 10:15", "en": "Friday, 14 March 2025, 12:40"}
    AU = {"uk": "Олена Коваль", "ru": "Олена Коваль", "en": "Olena Koval"}
    NAMES = {"uk": "Українська правда", "ru": "Украинская правда", "en": "Ukrainska Pravda"}
    HOME = {"uk": "/", "ru": "/rus/", "en": "/eng/"}

    def shell(lang, title, main, head=""):
        sw = "".join('<a class="lang" href="%s">%s</a>' % (HOME[l], l.upper() if l != "uk" else "УКР") for l in HOME)
        return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div class="header"><a class="logo" href="%s">%s</a><div class="header_lang">%s</div></div><div class="container_main">%s</div>'
                '<div class="footer"><a href="/about/">Про нас</a> <a href="/tags/energetyka/">Енергетика</a> <a href="/news/">Стрічка новин</a></div></body></html>') % (
            lang, E(title), head, HOME[lang], NAMES[lang], sw, main)

    alts = s.alternates([(l, P[l]) for l in P])
    for lang in ("uk", "ru", "en"):
        title, body, lead, close = story(("grid", lang))
        head = '<link rel="canonical" href="%s">%s<meta property="og:title" content="%s"><meta property="og:type" content="article">' % (s.url(P[lang]), alts, E(title))
        pre, post, mn = "", "", None
        if lang == "ru":
            mn = "Эта новость переведена автоматически с украинского языка. Оригинал можно прочитать по ссылке."
            pre = '<div class="post_translate_note">%s <a href="%s">УКР</a></div>' % (mn, P["uk"])
        if lang == "en":
            post = '<p class="post_text_footer">Translation: Myroslava Ivanenko<br>Editing: Teresa Pearce</p>'
        main = ('<div class="post post_news"><h1 class="post_title">%s</h1><div class="post_time">%s</div>'
                '<div class="post_author">%s<a href="/authors/olena-koval/">%s</a></div>%s<div class="post_text">%s</div>%s'
                '<div class="post_tags"><a href="/tags/energetyka/">%s</a></div></div>') % (
            E(title), SH[lang], {"uk": "", "ru": "", "en": "Author: "}[lang], AU[lang], pre, body, post, {"uk": "енергетика", "ru": "энергетика", "en": "energy"}[lang])
        musts = [close]
        s.art(P[lang], shell(lang, "%s | %s" % (title, NAMES[lang]), main, head), title, "2025-03-14", [AU[lang]], must=musts,
              must_not=[x for x in (mn, "Editing: Teresa Pearce" if lang == "en" else None) if x])
    links = lambda l: '<div class="news_list">%s</div>' % "".join('<div class="article"><a href="%s">%s</a></div>' % (P[l], E(T[("grid", l)][0])) for _ in [0])
    for l in P:
        s.non(HOME[l], shell(l, NAMES[l], links(l)))
    s.non("/news/", shell("uk", "Стрічка новин | Українська правда", links("uk")))
    s.non("/tags/energetyka/", shell("uk", "Енергетика | Українська правда", "<h1>Енергетика</h1>" + links("uk")))
    s.non("/authors/olena-koval/", shell("uk", "Олена Коваль | Українська правда", "<h1>Олена Коваль</h1>" + links("uk")))
    s.non("/about/", shell("uk", "Про нас | Українська правда", "<h1>Про нас</h1><p>Українська правда - інтернет-видання, засноване у 2000 році.</p>"))
    s.rss("/rss.xml", "Українська правда", [(T[("grid", "uk")][0], P["uk"], "Fri, 14 Mar 2025 10:15:00 +0200")])


# ------------------------------------------------------ 11 Hong Kong (RTHK-like)
def hongkong():
    s = Site(11, "RTHK")
    zh_p = "/rthk/ch/component/k2/1790001-20250314.htm"
    en_p = "/rthk/en/component/k2/1790050-20250314.htm"
    mu_p = "/rthk/ch/component/k2/1789712-20250312.htm"

    def shell(lang, title, main, head=""):
        return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div id="header"><a href="%s"><img alt="RTHK 香港電台" src="/logo.png"></a><ul class="langSwitch"><li><a href="/rthk/ch/">繁</a></li><li><a href="/rthk/en/">EN</a></li></ul>'
                '<a href="%s">%s</a></div><div class="itemListView">%s</div><div id="footer"><a href="/rthk/ch/about.htm">關於我們</a> 香港電台版權所有</div></body></html>') % (
            lang, E(title), head, "/rthk/ch/" if lang.startswith("zh") else "/rthk/en/",
            "/rthk/ch/local_news.htm" if lang.startswith("zh") else "/rthk/en/local_news.htm", "本地" if lang.startswith("zh") else "Local", main)

    alts = s.alternates([("zh-Hant-HK", zh_p), ("en", en_p)])

    def page(lang, key, path, shown, iso, alts, extra=""):
        title, body, lead, close = story(key)
        head = '<link rel="canonical" href="%s">%s<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:site_name" content="RTHK">' % (
            s.url(path), alts, E(title))
        main = ('<div class="itemView"><h2 class="itemTitle">%s</h2><div class="itemFullText">%s</div><div class="createddate">%s</div>%s</div>') % (
            E(title), body, shown, extra)
        return shell(lang, "%s - RTHK" % title if lang == "en" else "%s - 香港電台" % title, main, head), title, close

    doc, title, close = page("zh-Hant-HK", ("ferryhk", "zh"), zh_p, "2025-03-14 HKT 10:15", None, alts, '<a href="%s" hreflang="en">English</a>' % en_p)
    s.art(zh_p, doc, title, "2025-03-14", [], instant="2025-03-14T02:15", must=[close])
    doc, title, close = page("en", ("ferryhk", "en"), en_p, "2025-03-14 HKT 11:02", None, alts, '<a href="%s" hreflang="zh-Hant">中文</a>' % zh_p)
    s.art(en_p, doc, title, "2025-03-14", [], instant="2025-03-14T03:02", must=[close])
    doc, title, close = page("zh-Hant-HK", ("museum", "zh"), mu_p, "2025-03-12 HKT 18:40", None, "")
    s.art(mu_p, doc, title, "2025-03-12", [], instant="2025-03-12T10:40", must=[close])
    s.non("/rthk/ch/", shell("zh-Hant-HK", "香港電台網站 : 新聞", '<ul>%s</ul>' % lis([(zh_p, T[("ferryhk", "zh")][0]), (mu_p, T[("museum", "zh")][0])])))
    s.non("/rthk/en/", shell("en", "RTHK : News", '<ul>%s</ul>' % lis([(en_p, T[("ferryhk", "en")][0])])))
    s.non("/", shell("zh-Hant-HK", "香港電台 RTHK", '<ul><li><a href="/rthk/ch/">中文新聞</a></li><li><a href="/rthk/en/">English News</a></li></ul>'))
    s.non("/rthk/ch/local_news.htm", shell("zh-Hant-HK", "本地新聞 - 香港電台", '<ul>%s</ul>' % lis([(zh_p, T[("ferryhk", "zh")][0]), (mu_p, T[("museum", "zh")][0])])))
    s.non("/rthk/en/local_news.htm", shell("en", "Local News - RTHK", '<ul>%s</ul>' % lis([(en_p, T[("ferryhk", "en")][0])])))
    s.non("/rthk/ch/about.htm", shell("zh-Hant-HK", "關於我們 - 香港電台", "<h2>關於我們</h2><p>香港電台是香港的公共廣播機構。</p>"))


# ------------------------------------------------------ 12 Israel (ynet-like)
def israel():
    s = Site(12, "ynet")
    P = {"he": "/news/article/hkx00a1b1", "en": "/en/article/b1pq00xyz2", "ar": "/ar/article/rk9z00abc3"}
    SH = {"he": "פורסם: 14.03.25, 18:20", "en": "Published: 03.15.25, 09:40", "ar": "نُشر: 15.03.25 ، 11:05"}
    ISO = {"he": "2025-03-14T16:20:00.000Z", "en": "2025-03-15T07:40:00.000Z", "ar": "2025-03-15T09:05:00.000Z"}
    AU = {"he": "נועה לוי", "en": "Noa Levi", "ar": "نوعا ليفي"}
    HOME = {"he": "/home/0,7340,L-8,00.html", "en": "/en/", "ar": "/ar/"}
    SEC = {"he": ("/home/0,7340,L-188,00.html", "חדשות"), "en": ("/en/category/3082", "News"), "ar": ("/ar/category/4410", "أخبار")}

    def shell(lang, title, main, head=""):
        d = "ltr" if lang == "en" else "rtl"
        return ('<!DOCTYPE html><html lang="%s" dir="%s"><head><meta charset="utf-8"><title>%s</title>%s</head><body>'
                '<div class="YnetHeader"><a class="logo" href="%s">ynet</a><div class="languages"><a href="/home/0,7340,L-8,00.html">עברית</a> <a href="/en/">English</a> <a href="/ar/">عربي</a></div>'
                '<a href="%s">%s</a></div><div class="ArticleBodyComponent-wrap">%s</div><div class="YnetFooter"><a href="/en/about">About</a></div></body></html>') % (
            lang, d, E(title), head, HOME[lang], SEC[lang][0], E(SEC[lang][1]), main)

    alts = s.alternates([(l, P[l]) for l in P])
    for lang in ("he", "en", "ar"):
        title, body, lead, close = story(("desal", lang), lead_in_body=False)
        head = '<link rel="canonical" href="%s">%s<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="og:locale" content="%s">%s' % (
            s.url(P[lang]), alts, E(title), {"he": "he_IL", "en": "en_US", "ar": "ar_AR"}[lang],
            jl({"@context": "http://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": ISO[lang],
                "author": {"@type": "Person", "name": AU[lang]}, "publisher": {"@type": "Organization", "name": "ynet"}}))
        notice, trans = "", ""
        mn = None
        if lang == "ar":
            mn = "تمت ترجمة هذا المقال من العبرية بمساعدة الترجمة الآلية وراجعه محرر."
            notice = '<div class="machine-translation-disclaimer">%s</div>' % mn
        if lang == "en":
            trans = '<span class="translator">Translated from Hebrew by David Cohen</span>'
        main = ('<div class="ArticleHeaderComponent"><h1 class="mainTitle">%s</h1><div class="subTitle">%s</div>'
                '<div class="authors"><span class="authorName">%s</span>%s</div><span class="DateDisplay"><time datetime="%s">%s</time></span></div>%s'
                '<div class="ArticleBodyComponent">%s</div><div class="otherLanguages">%s</div>') % (
            E(title), E(lead), E(AU[lang]), trans, ISO[lang], SH[lang], notice, body,
            " ".join('<a href="%s" hreflang="%s">%s</a>' % (P[l], l, {"he": "לכתבה בעברית", "en": "Read in English", "ar": "اقرأ بالعربية"}[l]) for l in P if l != lang))
        local = {"he": "2025-03-14", "en": "2025-03-15", "ar": "2025-03-15"}[lang]
        s.art(P[lang], shell(lang, "%s" % title + (" | ynetnews" if lang == "en" else " | ynet"), main, head), title, local, [AU[lang]],
              instant=ISO[lang][:16], must=[close], must_not=[mn] if mn else None)
    s.non("/", shell("he", "ynet - חדשות, כלכלה, ספורט ובריאות", '<ul>%s</ul>' % lis([(P["he"], T[("desal", "he")][0]), (HOME["he"], "ראשי")])))
    s.non(HOME["he"], shell("he", "ynet - ראשי", '<ul>%s</ul>' % lis([(P["he"], T[("desal", "he")][0])])))
    s.non("/en/", shell("en", "ynetnews - Israel News", '<ul>%s</ul>' % lis([(P["en"], T[("desal", "en")][0])])))
    s.non("/ar/", shell("ar", "ynet عربي", '<ul>%s</ul>' % lis([(P["ar"], T[("desal", "ar")][0])])))
    for l in SEC:
        s.non(SEC[l][0], shell(l, SEC[l][1] + " | ynet", '<h1>%s</h1><ul>%s</ul>' % (E(SEC[l][1]), lis([(P[l], T[("desal", l)][0])]))))
    s.non("/en/about", shell("en", "About ynetnews", "<h1>About</h1><p>ynetnews is the English-language edition of ynet.</p>"))


for build in (broadcaster, swiss, brussels, canada, catalan, basque, finland, india, latvia, ukraine, hongkong, israel):
    build()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
