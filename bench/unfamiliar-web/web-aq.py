"""Web aq: ten regional news sites of Eastern Europe, the Caucasus and
Central Asia, each in its own language and on its own template of a CMS
common there: 1C-Bitrix (Kazakh, Karaganda), a Yii2 portal (Uzbek in Latin
script, Samarkand), WordPress with a local theme (Azerbaijani, Ganja; a
second WordPress theme in the JNews style for Romanian in Moldova, Bălți),
Joomla 3 (Belarusian raion paper, Pinsk: the headline in an h2 of the
page-header, the author only at the foot of the text in the "Імя ПРОЗВІШЧА"
style of the local press, one with ", фота аўтара"), Joomla 4 (Tajik,
Bokhtar), DataLife Engine (Kyrgyz, Osh: the DLE poster login "redaktor"
shown as "Жарыялаган:" while the real author is a bold line at the end;
Ukrainian, Vinnytsia: "Сьогодні, 14:20"), a home-made PHP CMS (Mongolian,
Darkhan: "2025 оны 3 сарын 3, 18:47", "Сурвалжлагч: Б.Болормаа") and
another home-made CMS for a Russian-language Latvian paper (Daugavpils:
"03.03.2025 | 18:47", author-then-photographer credits "Ольга Петрова,
фото: Игорь Смирнов", "Текст: ... / Фото: ..."). Dates in each language's
own form: "3 наурыз 2025, 18:47", "3-mart, 2025-yil 18:47", "3 mart 2025,
18:47", "Апублікавана: 03 сакавіка 2025", "3 martie 2025, ora 18:47",
"3-март 2025, 18:47", "Нашр шуд: 03 Март 2025", "3 березня 2025, 18:47";
relative "2 сағат бұрын" (Bitrix), "Кечээ, 10:15" (DLE) and "Сьогодні,
HH:MM" on story pages. View counters next to the dates, labelled bylines
(Автор:, Muallif:, Müəllif:, Аўтар:, Autor:, Сурвалжлагч:, Муаллиф:),
photographer credits (Фото:, Foto:, Фота:, Акс:, Гэрэл зураг:) and source
lines (Дереккөз: Kazinform, Manba: UzA, Mənbə: AZƏRTAC, Sursa: IPN, Булак:
Кабар, Манбаъ: Ховар, Источник: LETA, Джерело: Укрінформ) that are not
authors. A site-wide <meta name="author"> with the paper's name (Moldova),
Yoast JSON-LD naming only the WordPress user who posted (the first of two
authors, Azerbaijan). Site names in titles with local separators (|, —, –,
», ::, -). Noise: mastheads with today's date, "most read" sidebars with
relative times, DLE comments with later dates. Non-articles on every site:
home, section, tag, author page, search, archive by date, about / contacts /
advertising, and two or three of: currency rates, weather, TV programme,
photo gallery, video page, official announcement / tender notice (dated,
with paragraphs of text). RSS feeds, sitemaps and robots.txt on some sites.
Writes the sites and truth.json under the directory given as the first
argument. Crawled once with /tmp/nr-base/newsroom: stored 30 of 30, titles
30, dates 29 ("Кечээ, 10:15" unread: the first DLE comment's later date
taken), authors 27 (two names after "Müəllif:" in the text: only Yoast's
first kept; "Алеся КАВАЛЁВА" kept in capitals; "Наталля ЛІТВІНА, фота
аўтара" unread), bodies 10 of 10 right, 4 of 94 non-articles stored (two
dated tender notices; the Moldovan contacts and advertising pages, given
the site-wide meta author and the masthead's date)."""
import datetime, html, json, os, random, re, sys, unicodedata  # noqa: E401
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18121
rnd = random.Random("web-aq")
truth = {"articles": [], "nonarticles": [], "synd": []}
E, DT, TD = html.escape, datetime.datetime, datetime.timedelta
UTC = datetime.timezone.utc
NOW = DT.now(UTC).replace(second=0, microsecond=0)
# (headline, (y,m,d,h,mi) or ("rel", hours) or ("yday", h, mi), authors, credit extras dict, paragraphs)
ST = {}
ST["kz"] = [
 ("Қарағандыда жаңа трамвай желісі салынады", (2025, 3, 3, 18, 47), ["Айгүл Сәрсенова"], dict(photo="Ерлан Омаров"), [
  "Қарағанды қаласының әкімдігі Оңтүстік-Шығыс шағынауданын орталықпен байланыстыратын жаңа трамвай желісінің жобасын таныстырды. Желінің жалпы ұзындығы 14 шақырым болады деп жоспарланып отыр.",
  "Әкімдік өкілдерінің айтуынша, құрылыс жұмыстары биылғы мамыр айында басталып, 2027 жылдың соңына дейін аяқталуы тиіс. Жобаға республикалық және жергілікті бюджеттен қаржы бөлінеді.",
  "Жаңа бағытта 18 аялдама салынып, 20 заманауи вагон сатып алынады. Вагондар мүмкіндігі шектеулі жолаушыларға арналған төмен еденмен жабдықталады.",
  "Қала тұрғындары жобаны қолдағанымен, құрылыс кезінде көлік кептелісі көбейеді деп алаңдайды. Әкімдік уақытша айналма жолдар ашылатынын мәлімдеді."]),
 ("Теміртауда жылу беру маусымы ұзартылды", ("rel", 2), ["Данияр Жұмабеков"], dict(src="Kazinform"), [
  "Теміртау қаласында ауа райының суық болуына байланысты жылу беру маусымы сәуірдің ортасына дейін ұзартылды. Бұл туралы қалалық тұрғын үй-коммуналдық шаруашылық бөлімі хабарлады.",
  "Синоптиктердің болжамы бойынша, алдағы екі аптада түнгі температура минус он градусқа дейін төмендейді. Сондықтан жылу өндіретін кәсіпорынға қосымша көмір жеткізу тапсырылды.",
  "Тұрғындар жылу ақысы қайта есептелетінін сұрап, әкімдікке хат жолдаған. Бөлім басшысы тариф өзгермейтінін, төлем нақты тұтынылған көлемге қарай алынатынын айтты.",
  "Мектептер мен балабақшалардағы жылу режимі ерекше бақылауға алынды."]),
 ("Облыстық кітапханаға 5 мың жаңа кітап келді", (2025, 2, 14, 11, 20), ["Гүлнар Әбенова"], dict(photo="Ерлан Омаров"), [
  "Қарағанды облыстық әмбебап ғылыми кітапханасының қоры бес мың жаңа кітаппен толықты. Олардың арасында қазақ тіліндегі балалар әдебиеті мен ғылыми басылымдар бар.",
  "Кітапхана директорының айтуынша, жаңа басылымдарды сатып алуға облыстық бюджеттен 40 миллион теңге бөлінген. Кітаптардың бір бөлігін жергілікті жазушылар сыйға тартқан.",
  "Оқырмандар үшін жаңа электрондық каталог іске қосылды. Енді кітапты үйден шықпай-ақ брондауға болады.",
  "Наурыз айында кітапханада жас ақындардың шығармашылық кеші өтеді."]),
]
ST["uz"] = [
 ("Samarqandda yangi aeroport terminali ishga tushirildi", (2025, 3, 3, 18, 47), ["Dilnoza Karimova"], dict(photo="Sherzod Rahimov", src="UzA"), [
  "Samarqand xalqaro aeroportida yangi yo'lovchi terminali rasman ishga tushirildi. Terminal bir soatda 1 200 nafar yo'lovchiga xizmat ko'rsatish imkoniyatiga ega.",
  "Marosimda so'zga chiqqan viloyat hokimi yangi terminal turistlar oqimini oshirishga xizmat qilishini ta'kidladi. Qurilish ishlari ikki yil davom etgan.",
  "Terminalda o'n ikkita ro'yxatdan o'tish peshtaxtasi, bojxona nazorati zali va bolalar xonasi mavjud. Shuningdek, shahar markaziga avtobus qatnovi yo'lga qo'yildi.",
  "Aeroport ma'muriyati yoz mavsumida Istanbul, Dubay va Moskvaga qo'shimcha reyslar ochilishini ma'lum qildi."]),
 ("Registon maydonida restavratsiya ishlari boshlandi", (2025, 2, 21, 9, 5), ["Jasur Toshpulatov"], dict(), [
  "Registon ansamblidagi Sherdor madrasasi peshtoqida ta'mirlash va restavratsiya ishlari boshlandi. Ishlar madaniy meros agentligi nazorati ostida olib borilmoqda.",
  "Mutaxassislarning aytishicha, so'nggi yillarda koshinlarning bir qismi namlik sababli shikastlangan. Restavratorlar an'anaviy usullarda tayyorlangan sopol plitalardan foydalanadi.",
  "Ishlar davomida sayyohlar uchun maydon yopilmaydi, biroq madrasaning ichki hovlisiga kirish vaqtincha cheklanadi.",
  "Loyiha kuzgacha yakunlanishi rejalashtirilgan."]),
 ("Urgutda bahorgi ekish mavsumi boshlandi", (2025, 3, 10, 14, 30), ["Malika Yusupova", "Bekzod Aliyev"], dict(), [
  "Urgut tumanidagi fermer xo'jaliklarida bahorgi ekish mavsumi boshlandi. Bu yil tumanda 3 ming gektar maydonga sabzavot va kartoshka ekilishi rejalashtirilgan.",
  "Fermerlar tomchilatib sug'orish tizimlarini o'rnatish uchun imtiyozli kreditlar olayotganini aytmoqda. Bu suvni tejash imkonini beradi.",
  "Tuman qishloq xo'jaligi bo'limi urug'lik va o'g'it yetkazib berish bo'yicha muammolar yo'qligini ma'lum qildi.",
  "Dastlabki hosil may oyining oxirida yig'ib olinishi kutilmoqda."]),
]
ST["az"] = [
 ("Gəncədə yeni park istifadəyə verildi", (2025, 3, 3, 18, 47), ["Leyla Məmmədova", "Tural Əliyev"], dict(), [
  "Gəncə şəhərinin Kəpəz rayonunda yeni istirahət parkı sakinlərin istifadəsinə verilib. Parkın ərazisi 12 hektardır.",
  "Parkda uşaq meydançaları, velosiped yolları və açıq idman qurğuları quraşdırılıb. Ərazidə 3 mindən çox ağac və kol əkilib.",
  "Şəhər icra hakimiyyətinin nümayəndəsi bildirib ki, parkın gecə işıqlandırılması günəş panelləri ilə təmin olunur.",
  "Sakinlər yeni parkın açılışını məmnunluqla qarşılayıblar, lakin dayanacaq yerlərinin azlığından şikayət ediblər."]),
 ("Şəmkir su anbarında səviyyə qalxıb", (2025, 2, 26, 11, 10), ["Ramin Həsənov"], dict(photo="Elvin Quliyev"), [
  "Son həftələrdə yağan yağışlar nəticəsində Şəmkir su anbarında suyun səviyyəsi əhəmiyyətli dərəcədə qalxıb. Bu barədə Meliorasiya və Su Təsərrüfatı Agentliyi məlumat yayıb.",
  "Mütəxəssislər bildirir ki, anbardakı su ehtiyatı yay suvarma mövsümü üçün kifayət edəcək. Ötən il quraqlıq səbəbindən fermerlər çətinlik yaşamışdı.",
  "Bəndin texniki vəziyyəti daim nəzarətdə saxlanılır və hələlik heç bir təhlükə yoxdur.",
  "Bölgənin fermerləri bu il pambıq və taxıl əkinlərini genişləndirməyi planlaşdırır."]),
 ("Gəncə Dövlət Universitetində beynəlxalq konfrans keçirildi", (2025, 2, 12, 15, 0), ["Nigar Abbasova"], dict(src="AZƏRTAC"), [
  "Gəncə Dövlət Universitetində kənd təsərrüfatının gələcəyinə həsr olunmuş beynəlxalq elmi konfrans keçirilib. Konfransda on ölkədən alimlər iştirak edib.",
  "Tədbirdə iqlim dəyişikliyinin regionun kənd təsərrüfatına təsiri, suyun səmərəli istifadəsi və yeni toxum sortları müzakirə olunub.",
  "Universitetin rektoru konfransın hər il keçiriləcəyini və tələbələrin də tədqiqatlara cəlb ediləcəyini bildirib.",
  "Konfransın materialları elmi məcmuədə dərc olunacaq."]),
]
ST["by"] = [
 ("У Пінску адрамантуюць стары мост праз Піну", (2025, 3, 3, 18, 47), ["Алеся Кавалёва"], dict(bottom="Алеся КАВАЛЁВА"), [
  "Гарадскі выканаўчы камітэт зацвердзіў праект рамонту старога моста праз Піну ў цэнтры Пінска. Работы пачнуцца ў красавіку і зоймуць каля паўгода.",
  "Па словах спецыялістаў, апоры моста за апошнія гады пацярпелі ад паводак і цяжкага транспарту. Пасля рамонту па мосце зноў дазволяць рух грузавікоў.",
  "На час работ для пешаходаў зробяць часовы пераход, а аўтобусы пусцяць у аб'езд па вуліцы Леніна.",
  "Жыхары горада даўно прасілі адрамантаваць мост, бо ён з'яўляецца адным з сімвалаў Пінска."]),
 ("Палескія рыбаводы чакаюць багаты ўлоў", (2025, 2, 20, 10, 30), ["Алесь Мароз"], dict(photo="Віктар Шэмет"), [
  "Рыбгас «Палессе» завяршыў зарыбленне сажалак і разлічвае на добры ўлоў увосень. У вадаёмы выпусцілі больш за сто тон малька карпа і таўсталобіка.",
  "Дырэктар гаспадаркі расказаў, што сёлета ўпершыню закупілі аўтаматычныя кармушкі. Гэта дазволіць зэканоміць корм і павялічыць прывагі рыбы.",
  "Частку рыбы гаспадарка плануе прадаваць праз уласную краму ў Пінску.",
  "У сезон на сажалках працуе каля сямідзесяці чалавек."]),
 ("Бібліятэка запрашае на вечар паэзіі", (2025, 2, 11, 16, 15), ["Наталля Літвіна"], dict(bottom="Наталля ЛІТВІНА, фота аўтара"), [
  "Цэнтральная раённая бібліятэка запрашае жыхароў на вечар паэзіі, прысвечаны мясцоваму паэту Уладзіміру Калесніку. Вечар адбудзецца ў суботу ў чытальнай зале.",
  "Удзельнікі прачытаюць вершы паэта, а вучні музычнай школы выканаюць песні на яго словы. Таксама будзе прадстаўлена выстава кніг і фотаздымкаў з сямейнага архіва.",
  "Уваход вольны, але колькасць месцаў абмежаваная.",
  "Бібліятэкары просяць запісвацца загадзя па тэлефоне."]),
]
ST["md"] = [
 ("Primăria Bălți anunță reparația străzii Ștefan cel Mare", (2025, 3, 3, 18, 47), ["Ion Rusu"], dict(), [
  "Primăria municipiului Bălți a anunțat că strada Ștefan cel Mare va fi reparată capital în acest an. Lucrările vor începe în luna aprilie și vor dura aproximativ cinci luni.",
  "Potrivit autorităților, proiectul prevede înlocuirea asfaltului, a trotuarelor și a rețelelor de canalizare pluvială. Costul total este estimat la 60 de milioane de lei.",
  "Pe durata lucrărilor, transportul public va circula pe rute ocolitoare, iar traficul va fi închis pe tronsoane.",
  "Comercianții din zonă se tem că vor pierde clienți și cer primăriei să organizeze lucrările pe etape."]),
 ("Producătorii de mere din nord caută piețe noi", (2025, 2, 25, 12, 40), ["Elena Ceban"], dict(photo="Vitalie Grosu", src="IPN"), [
  "Producătorii de mere din raioanele de nord ale Republicii Moldova caută noi piețe de desfacere după ce exporturile spre Est au scăzut. Depozitele frigorifice sunt încă pline.",
  "Fermierii spun că prețul de achiziție a scăzut la doi lei pe kilogram, mai puțin decât costul de producție. Ei cer sprijin din partea statului pentru certificarea produselor pentru piața europeană.",
  "Ministerul Agriculturii promite subvenții pentru ambalare și procesare.",
  "O parte din recoltă va fi transformată în suc concentrat la fabrica din Edineț."]),
 ("Teatrul din Bălți pregătește o premieră", (2025, 2, 14, 10, 5), ["Mariana Lungu"], dict(), [
  "Teatrul Național „Vasile Alecsandri” din Bălți pregătește o premieră pentru sfârșitul lunii martie. Spectacolul este o adaptare a unei piese de Ion Luca Caragiale.",
  "Regizorul a declarat că distribuția include actori tineri, absolvenți ai Academiei de Muzică, Teatru și Arte Plastice. Repetițiile au loc zilnic.",
  "Biletele pot fi procurate deja de la casa teatrului și online.",
  "Teatrul va prezenta spectacolul și în turneu la Soroca și Edineț."]),
]
ST["mn"] = [
 ("Дарханд шинэ сургуулийн барилга ашиглалтад орлоо", (2025, 3, 3, 18, 47), ["Б.Болормаа"], dict(), [
  "Дархан сумын 15 дугаар багт 640 хүүхдийн суудалтай шинэ сургуулийн барилга ашиглалтад орлоо. Барилгыг улсын төсвийн хөрөнгөөр барьсан байна.",
  "Сургууль нь спорт заал, номын сан, химийн лабораториор тоноглогдсон. Ингэснээр хотын бусад сургуулиудын ачаалал буурах юм.",
  "Аймгийн Боловсролын газрын дарга шинэ сургууль гурван ээлжээр хичээллэх асуудлыг шийднэ гэж мэдэгдлээ.",
  "Хичээл ирэх сарын нэгнээс эхэлнэ."]),
 ("Сэлэнгэ аймагт хаврын тариалалтын бэлтгэл эхэллээ", (2025, 2, 27, 14, 20), ["Д.Ганбат"], dict(photo="Т.Энхжин"), [
  "Сэлэнгэ аймгийн тариаланчид хаврын тариалалтын бэлтгэл ажлаа эхлүүллээ. Энэ жил аймагт 120 мянган га талбайд үр тариа тариалахаар төлөвлөжээ.",
  "Тариаланчид техникээ засварлаж, үрийн нөөцөө бүрдүүлж байна. Засгийн газраас хөнгөлөлттэй зээл олгох юм.",
  "Аймгийн Хүнс, хөдөө аж ахуйн газрын мэдээлснээр бордооны нийлүүлэлт хэвийн байна.",
  "Тариалалт тавдугаар сарын эхээр эхэлнэ."]),
 ("Дархан-Уул аймгийн цэцэрлэгүүдэд халаалт сайжирна", (2025, 2, 18, 11, 0), ["О.Сарантуяа"], dict(), [
  "Дархан-Уул аймгийн есөн цэцэрлэгийн халаалтын системийг энэ зун шинэчлэхээр боллоо. Үүнд орон нутгийн төсвөөс 900 сая төгрөг зарцуулна.",
  "Эцэг эхчүүд өвлийн хүйтэнд цэцэрлэгийн өрөөнүүд хүйтэн байдаг талаар удаа дараа гомдол гаргаж байсан. Шинэ радиатор, дулаалга хийснээр асуудал шийдэгдэнэ.",
  "Засварын ажлыг цэцэрлэгүүд амарч байх үеэр хийнэ.",
  "Ажлын гүйцэтгэлийг иргэдийн төлөөлөл хянана."]),
]
ST["kg"] = [
 ("Ош шаарында жаңы көпүрө курулат", (2025, 3, 3, 18, 47), ["Нурбек Асанов"], dict(), [
  "Ош шаарынын мэриясы Ак-Буура дарыясынын үстүнөн жаңы көпүрө куруу долбоорун бекитти. Курулуш иштери апрель айында башталат.",
  "Мэриянын маалыматы боюнча, эски көпүрө жетимиш жыл мурун курулган жана азыркы жүктү көтөрө албай калган. Жаңы көпүрө төрт тилкелүү болот.",
  "Курулуш учурунда унаалар үчүн убактылуу айланма жол ачылат.",
  "Долбоорду каржылоого Азия өнүктүрүү банкы катышат."]),
 ("Өзгөн районунда күрүч айдоо башталды", ("yday", 10, 15), ["Айпери Жумабаева"], dict(), [
  "Өзгөн районунун дыйкандары күрүч айдоо мезгилин баштады. Быйыл райондо беш миң гектардан ашуун жерге күрүч себилет.",
  "Дыйкандардын айтымында, быйыл суу жетиштүү болот деп күтүлүүдө. Райондук айыл чарба башкармалыгы үрөн жана жер семирткич менен камсыз кылууну убада кылды.",
  "Өзгөн күрүчү өлкөдөн тышкары да белгилүү жана жогору бааланат.",
  "Түшүм күзүндө жыйналат."]),
 ("Баткенде жаңы мектеп ачылды", (2025, 2, 27, 9, 40), ["Улан Мамытов"], dict(src="Кабар"), [
  "Баткен облусунун Лейлек районунда 300 орундуу жаңы мектеп ачылды. Мектеп мамлекеттик бюджеттин эсебинен курулду.",
  "Мектепте компьютердик класс, спорт залы жана ашкана бар. Мурда балдар эски имаратта үч сменада окушкан.",
  "Салтанаттуу ачылышка облустун губернатору жана ата-энелер катышты.",
  "Жаңы окуу жылынан тартып мектепте англис тили тереңдетилип окутулат."]),
]
ST["tj"] = [
 ("Дар Бохтар бозори нав сохта мешавад", (2025, 3, 3, 18, 47), ["Фарангис Саидова"], dict(), [
  "Мақомоти иҷроияи ҳокимияти давлатии шаҳри Бохтар лоиҳаи сохтмони бозори нави марказиро тасдиқ кард. Сохтмон дар моҳи апрел оғоз мешавад.",
  "Бозори нав дорои зиёда аз 600 ҷои савдо, таваққуфгоҳ ва анбори яхдор хоҳад буд. Лоиҳа аз ҳисоби сармоягузорони хусусӣ маблағгузорӣ мешавад.",
  "Фурӯшандагони бозори кӯҳна дар давоми сохтмон ба майдони муваққатӣ кӯчонида мешаванд.",
  "Сохтмон бояд то охири соли 2026 ба анҷом расад."]),
 ("Дар Кӯлоб мавсими кишт оғоз шуд", (2025, 2, 24, 8, 30), ["Рустам Назаров"], dict(photo="Далер Шарипов"), [
  "Деҳқонони шаҳри Кӯлоб мавсими кишти баҳориро оғоз карданд. Имсол дар минтақа зиёда аз чор ҳазор гектар замин барои пахта ва ғалла ҷудо шудааст.",
  "Мутахассисони соҳаи кишоварзӣ мегӯянд, ки захираи об барои обёрӣ кофӣ аст. Деҳқонон тухмии нав ва нуриҳои минералӣ гирифтанд.",
  "Дар баъзе хоҷагиҳо бори аввал системаи обёрии қатрагӣ ҷорӣ мешавад.",
  "Ҳосили аввал дар моҳи июн ҷамъоварӣ мешавад."]),
 ("Варзишгарони Хатлон медал гирифтанд", (2025, 2, 16, 13, 45), ["Ситора Раҳимова"], dict(src="Ховар"), [
  "Варзишгарони вилояти Хатлон дар мусобиқаҳои ҷумҳуриявӣ оид ба гуштӣ панҷ медал ба даст оварданд. Мусобиқаҳо дар шаҳри Душанбе баргузор шуданд.",
  "Ду медали тилло насиби ҷавонони ноҳияи Данғара гардид. Мураббии даста аз натиҷаҳо қаноатманд аст.",
  "Ғолибон акнун барои иштирок дар мусобиқаҳои Осиё омодагӣ мебинанд.",
  "Мақомоти вилоят ба варзишгарон мукофотҳои пулӣ супориданд."]),
]
ST["lv"] = [
 ("В Даугавпилсе начали ремонт улицы Ригас", (2025, 3, 3, 18, 47), ["Ольга Петрова"], dict(credit="Ольга Петрова, фото: Игорь Смирнов"), [
  "В Даугавпилсе начался капитальный ремонт пешеходной улицы Ригас. Работы продлятся до конца сентября, сообщили в городской думе.",
  "Строители заменят плитку, освещение и скамейки, а также подземные коммуникации. Стоимость проекта превышает 2,5 миллиона евро, большая часть которых поступит из фондов ЕС.",
  "На время ремонта вход в магазины и кафе будет обеспечен по временным настилам.",
  "Предприниматели опасаются снижения выручки и просят думу снизить для них арендную плату."]),
 ("Латгальский зоопарк ждёт весенних посетителей", (2025, 2, 22, 12, 0), ["Денис Ковалёв"], dict(credit="Автор: Денис Ковалёв", src="LETA"), [
  "Латгальский зоопарк в Даугавпилсе готовится к весеннему сезону и обещает посетителям несколько новых экспозиций. Среди них — террариум с редкими видами лягушек.",
  "Директор зоопарка рассказал, что за зиму удалось отремонтировать крышу главного павильона. Средства на это выделило самоуправление.",
  "С апреля зоопарк будет работать и по понедельникам.",
  "Для школьных групп предусмотрены экскурсии на латышском и русском языках."]),
 ("Жителям Резекне пересчитают плату за отопление", (2025, 2, 13, 17, 25), ["Марина Иванова"], dict(credit="Текст: Марина Иванова / Фото: Андрей Козлов"), [
  "Теплоснабжающее предприятие Резекне пересчитает плату за отопление за январь. Поводом стали жалобы жителей на завышенные счета.",
  "Как выяснилось, в нескольких домах неправильно работали счётчики тепла. Их заменят за счёт предприятия.",
  "Перерасчёт появится в счетах за март.",
  "Жители, у которых остались вопросы, могут обратиться в клиентский центр на улице Атбривошанас."]),
]
ST["ua"] = [
 ("У Вінниці відремонтують міст через Південний Буг", (2025, 3, 3, 18, 47), ["Оксана Мельник"], dict(), [
  "Вінницька міська рада затвердила проєкт капітального ремонту Київського мосту через Південний Буг. Роботи розпочнуться у квітні.",
  "За словами інженерів, опори мосту пошкоджені через паводки та інтенсивний рух вантажівок. Після ремонту міст витримуватиме більше навантаження.",
  "На час робіт рух транспорту буде частково обмежено, а тролейбуси курсуватимуть об'їзними маршрутами.",
  "Ремонт фінансуватимуть із міського бюджету та кредиту Європейського інвестиційного банку."]),
 ("На Вінниччині стартувала посівна", ("rel", 4), ["Тарас Коваль"], dict(), [
  "Аграрії Вінниччини розпочали весняну посівну кампанію. Цього року в області планують засіяти понад 700 тисяч гектарів ярих культур.",
  "У департаменті агропромислового розвитку зазначають, що вологи в ґрунті достатньо. Водночас фермери скаржаться на подорожчання пального та добрив.",
  "Частина полів на півночі області ще не розмінована, тому там роботи відкладено.",
  "Основні культури — кукурудза, соняшник і соя."]),
 ("Вінницький трамвай отримав нові вагони", (2025, 2, 19, 13, 10), ["Андрій Бондар"], dict(photo="Ігор Савчук", src="Укрінформ"), [
  "Вінницьке трамвайне депо отримало чотири нові низькопідлогові вагони. Їх зібрали на місцевому підприємстві «Вінницяелектротранс».",
  "Нові трамваї мають кондиціонери, USB-зарядки та місця для людей з інвалідністю. Вони курсуватимуть на маршрутах №1 і №4.",
  "До кінця року місто планує отримати ще шість вагонів.",
  "Пасажири вже можуть побачити нові трамваї на вулицях міста."]),
]

# ---------------------------------------------------------------- languages
MON = {
    "kk": "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split(),
    "uz": "yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr".split(),
    "az": "yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr".split(),
    "be": "студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "ky": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(),
    "tg": "Январ Феврал Март Апрел Май Июн Июл Август Сентябр Октябр Ноябр Декабр".split(),
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня".split(),
}


def dshow(lang, d, time=True):
    """The date as the site shows it."""
    m = MON.get(lang, [""] * 12)[d.month - 1]
    hm = d.strftime("%H:%M")
    s = {
        "kk": "%d %s %d" % (d.day, m, d.year) + (", " + hm if time else ""),
        "uz": "%d-%s, %d-yil" % (d.day, m, d.year) + (" " + hm if time else ""),
        "az": "%d %s %d" % (d.day, m, d.year) + (", " + hm if time else ""),
        "be": "%02d %s %d" % (d.day, m, d.year),
        "ro": "%d %s %d" % (d.day, m, d.year) + (", ora " + hm if time else ""),
        "mn": "%d оны %d сарын %d" % (d.year, d.month, d.day) + (", " + hm if time else ""),
        "ky": "%d-%s %d" % (d.day, m, d.year) + (", " + hm if time else ""),
        "tg": "%02d %s %d" % (d.day, m, d.year),
        "ru": d.strftime("%d.%m.%Y") + (" | " + hm if time else ""),
        "uk": "%d %s %d" % (d.day, m, d.year) + (", " + hm if time else ""),
    }[lang]
    return s


CYR = dict(zip("абвгғдеёжзийіїєкқлмнңоөпрстуұүўфхһҳцчҷшщъыьэюяӣӯґә",
               "a b v g g d e yo zh z i y i yi ye k q l m n ng o o p r s t u u u u f kh h h ts ch j sh sch _ y _ e yu ya i u g a".split()))


def slug(s):
    s = s.lower().replace("ə", "e").replace("ı", "i")
    s = "".join(CYR.get(ch, ch) for ch in s).replace("_", "")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:60].strip("-")


L = {
 "kk": dict(home="Басты бет", most="Көп оқылғандар", author="Автор:", photo="Фото:", src="Дереккөз:", views="", search="Іздеу нәтижелері", archive="Мұрағат",
            more="Толығырақ", ago="%d сағат бұрын", sec="Қоғам", tag="Қарағанды", bio="%s — «%s» газетінің тілшісі, қоғам және әлеумет тақырыптарын жазады.",
            about=("Байланыс", "Редакция мекенжайы: Қарағанды қ., Бұқар жырау даңғылы, 45. Телефон: 8 (7212) 00-00-00. Бас редактор: Серік Нұрланов.")),
 "uz": dict(home="Bosh sahifa", most="Ko'p o'qilganlar", author="Muallif:", photo="Foto:", src="Manba:", search="Qidiruv natijalari", archive="Arxiv",
            more="Batafsil", ago="%d soat oldin", sec="Jamiyat", tag="Samarqand", bio="%s — «%s» nashrining muxbiri.",
            about=("Biz haqimizda", "«Samarqand Xabarlari» — Samarqand viloyatining mustaqil internet-nashri. Bosh muharrir: Akmal Nazarov. Manzil: Samarqand sh., Registon ko'chasi, 12.")),
 "az": dict(home="Ana səhifə", most="Ən çox oxunanlar", author="Müəllif:", photo="Foto:", src="Mənbə:", search="Axtarış nəticələri", archive="Arxiv",
            more="Ətraflı", ago="%d saat əvvəl", sec="Region", tag="Gəncə", bio="%s «%s» saytının müxbiridir.",
            about=("Haqqımızda", "«Gəncə Xəbər» Gəncə şəhərində fəaliyyət göstərən regional xəbər saytıdır. Baş redaktor: Elçin Quliyev. Ünvan: Gəncə şəhəri, Atatürk prospekti, 8.")),
 "be": dict(home="Галоўная", most="Папулярнае", author="Аўтар:", photo="Фота:", src="Крыніца:", search="Вынікі пошуку", archive="Архіў",
            more="Падрабязней", ago="%d гадзіны таму", sec="Навіны", tag="Палессе", bio="%s — карэспандэнт газеты «%s».",
            about=("Пра нас", "Раённая газета «Палескі веснік» выходзіць з 1939 года. Заснавальнікі: Пінскі раённы выканаўчы камітэт і раённы Савет дэпутатаў. Галоўны рэдактар: Святлана Бялько.")),
 "ro": dict(home="Acasă", most="Cele mai citite", author="Autor:", photo="Foto:", src="Sursa:", search="Rezultatele căutării", archive="Arhivă",
            more="Citește mai mult", ago="acum %d ore", sec="Social", tag="Bălți", bio="%s este reporter la %s.",
            about=("Contacte", "Redacția Observatorul de Nord: mun. Bălți, str. Independenței 5. Telefon: 0231 00 000. E-mail: redactia@observatorul.example.")),
 "mn": dict(home="Нүүр", most="Их уншсан", author="Сурвалжлагч:", photo="Гэрэл зураг:", src="Эх сурвалж:", search="Хайлтын үр дүн", archive="Архив",
            more="Дэлгэрэнгүй", ago="%d цагийн өмнө", sec="Нийгэм", tag="Боловсрол", bio="%s нь «%s» сайтын сурвалжлагч.",
            about=("Бидний тухай", "«Дархан Мэдээ» нь Дархан-Уул аймгийн мэдээллийн сайт юм. Хаяг: Дархан сум, 3-р баг, Их дэлгүүрийн баруун талд. Утас: 7037-0000.")),
 "ky": dict(home="Башкы бет", most="Көп окулгандар", author="Автор:", photo="Сүрөт:", src="Булак:", search="Издөө натыйжалары", archive="Архив",
            more="Толугураак", ago="%d саат мурун", sec="Коом", tag="Ош", bio="%s — «%s» сайтынын кабарчысы.",
            about=("Биз жөнүндө", "«Ош Жаңылыктары» — Ош шаарынын маалымат сайты. Дареги: Ош ш., Ленин көчөсү, 200. Башкы редактор: Тилек Бакиев.")),
 "tg": dict(home="Саҳифаи асосӣ", most="Серхонандатарин", author="Муаллиф:", photo="Акс:", src="Манбаъ:", search="Натиҷаҳои ҷустуҷӯ", archive="Бойгонӣ",
            more="Муфассал", ago="%d соат пеш", sec="Ахбор", tag="Бохтар", bio="%s хабарнигори «%s» аст.",
            about=("Дар бораи мо", "«Хатлон имрӯз» — сомонаи иттилоотии вилояти Хатлон. Суроға: ш. Бохтар, кӯчаи Айнӣ, 15. Сармуҳаррир: Далер Раҳимов.")),
 "ru": dict(home="Главная", most="Самое читаемое", author="Автор:", photo="Фото:", src="Источник:", search="Результаты поиска", archive="Архив",
            more="Подробнее", ago="%d часа назад", sec="Новости", tag="ремонт", bio="%s — журналист газеты «%s».",
            about=("Реклама", "Размещение рекламы в газете и на сайте «Латгальский вестник»: reklama@vestnik.example, тел. +371 654 00000. Прайс-лист высылается по запросу.")),
 "uk": dict(home="Головна", most="Найпопулярніше", author="Автор:", photo="Фото:", src="Джерело:", search="Результати пошуку", archive="Архів",
            more="Читати далі", ago="%d години тому", sec="Новини", tag="транспорт", bio="%s — журналістка видання «%s».",
            about=("Контакти", "Редакція «Подільських вістей»: м. Вінниця, вул. Соборна, 50. Телефон: (0432) 00-00-00. Шеф-редактор: Ірина Гнатюк.")),
}

# Extra non-article pages: kind -> lang -> (title, text or rows)
X = {
 "rates": {
  "kk": "Валюта бағамы — ҚР Ұлттық банкі", "uz": "Valyuta kurslari — Markaziy bank", "ro": "Cursul valutar BNM", "ky": "Валюта курсу — Улуттук банк", "uk": "Курс валют НБУ",
 },
 "weather": {"kk": "Ауа райы", "az": "Hava proqnozu", "mn": "Цаг агаар", "ru": "Погода в Даугавпилсе"},
 "tv": {"az": "TV proqram", "mn": "ТВ хөтөлбөр", "ru": "Телепрограмма"},
 "gallery": {"uz": "Fotogalereya: Samarqandda bahor", "be": "Фотарэпартаж: Вясна ў Пінску", "tg": "Аксҳо: Наврӯз дар Бохтар"},
 "video": {"uz": "Video: Yangi terminal qanday ko'rinishda?", "mn": "Видео: Шинэ сургуулийн нээлт", "uk": "Відео: нові трамваї на вулицях Вінниці"},
 "adv": {"ro": ("Publicitate", "Oferim spații publicitare pe site și în ediția tipărită. Prețurile depind de poziția bannerului și de durata campaniei. Pentru oferta completă scrieți la reclama@observatorul.example."),
         "uk": ("Реклама на сайті", "Пропонуємо розміщення банерів, рекламних статей і оголошень. Вартість залежить від формату та терміну. Звертайтеся до рекламного відділу: reklama@podvisti.example.")},
 "tender": {
  "kk": ("Хабарландыру: ашық конкурс өткізу туралы", [
      "Қарағанды облысының мәдениет басқармасы облыстық драма театрының ғимаратын ағымдағы жөндеу жұмыстары бойынша мемлекеттік сатып алу конкурсын жариялайды.",
      "Конкурсқа қатысуға өтінімдер 2025 жылғы 20 наурызға дейін мемлекеттік сатып алу веб-порталы арқылы қабылданады. Бөлінген сома — 120 миллион теңге.",
      "Қосымша ақпаратты 8 (7212) 00-00-00 телефоны арқылы алуға болады."]),
  "be": ("Аб'ява аб правядзенні аўкцыёна", [
      "Пінскі раённы выканаўчы камітэт праводзіць аўкцыён па продажы права заключэння дагавора арэнды зямельных участкаў для будаўніцтва жылых дамоў.",
      "Аўкцыён адбудзецца 25 сакавіка 2025 года ў 11.00 у зале пасяджэнняў райвыканкама. Заявы прымаюцца да 20 сакавіка ўключна.",
      "Даведкі па тэлефоне 8 (0165) 00-00-00."]),
  "ky": ("Кулактандыруу: тендер жарыяланат", [
      "Ош шаардык мэриясы шаардын көчөлөрүн жарыктандыруу боюнча тендер жарыялайт. Катышуучулар өтүнмөлөрдү мамлекеттик сатып алуулар порталы аркылуу тапшырат.",
      "Өтүнмөлөр 2025-жылдын 15-мартына чейин кабыл алынат. Кошумча маалымат мэриянын экономика бөлүмүнөн берилет.",
      "Телефон: 0 (3222) 0-00-00."]),
  "tg": ("Эълон: озмуни давлатӣ", [
      "Мақомоти иҷроияи ҳокимияти давлатии шаҳри Бохтар оид ба хариди маводи сохтмонӣ барои таъмири мактабҳо озмуни давлатӣ эълон мекунад.",
      "Дархостҳо то 25 марти соли 2025 тавассути портали хариди давлатӣ қабул карда мешаванд. Маблағи ҷудошуда 2 миллион сомонӣ аст.",
      "Маълумоти иловагӣ тавассути телефони (3222) 0-00-00."]),
 },
}

# ---------------------------------------------------------------- sites
SITES = [
 dict(k="kz", lang="kk", name="Сарыарқа Жаршысы", tz="Asia/Almaty", cms="bitrix", sep=" | ", extras=["rates", "weather", "tender"]),
 dict(k="uz", lang="uz", name="Samarqand Xabarlari", tz="Asia/Samarkand", cms="yii", sep=" — ", extras=["rates", "video", "gallery"]),
 dict(k="az", lang="az", name="Gəncə Xəbər", tz="Asia/Baku", cms="wpaz", sep=" – ", extras=["weather", "tv"]),
 dict(k="by", lang="be", name="Палескі веснік", tz="Europe/Minsk", cms="joomla3", sep=" - ", extras=["tender", "gallery"]),
 dict(k="md", lang="ro", name="Observatorul de Nord", tz="Europe/Chisinau", cms="wpmd", sep=" – ", extras=["rates", "adv"]),
 dict(k="mn", lang="mn", name="Дархан Мэдээ", tz="Asia/Ulaanbaatar", cms="phpmn", sep=" :: ", extras=["weather", "tv", "video"]),
 dict(k="kg", lang="ky", name="Ош Жаңылыктары", tz="Asia/Bishkek", cms="dlekg", sep=" » ", extras=["rates", "tender"]),
 dict(k="tj", lang="tg", name="Хатлон имрӯз", tz="Asia/Dushanbe", cms="joomla4", sep=" - ", extras=["tender", "gallery"]),
 dict(k="lv", lang="ru", name="Латгальский вестник", tz="Europe/Riga", cms="phplv", sep=" | ", extras=["tv", "weather"]),
 dict(k="ua", lang="uk", name="Подільські вісті", tz="Europe/Kyiv", cms="dleua", sep=" » ", extras=["rates", "video", "adv"]),
]

# URL schemes per CMS: story(s), section, tag, author(slug), search, archive, about, extra(kind)
PATHS = {
 "bitrix": dict(story=lambda s: "/news/society/%d/" % s["id"], sec="/news/society/", tag="/tags/karaganda/", author="/authors/%s/", search="/search/?q=трамвай",
                archive="/news/archive/2025/03/03/", about="/contacts/", x={"rates": "/currency/", "weather": "/weather/", "tender": "/announcements/konkurs-teatr/"}),
 "yii": dict(story=lambda s: "/news/%s" % s["slug"], sec="/category/jamiyat", tag="/tag/samarqand", author="/author/%s", search="/search?q=aeroport",
             archive="/archive/2025-03-03", about="/page/about", x={"rates": "/currency", "video": "/video/yangi-terminal", "gallery": "/photo/samarqandda-bahor"}),
 "wpaz": dict(story=lambda s: "/%d/%02d/%02d/%s/" % (s["d"].year, s["d"].month, s["d"].day, s["slug"]), sec="/category/region/", tag="/tag/gence/", author="/author/%s/",
              search="/?s=park", archive="/2025/03/03/", about="/haqqimizda/", x={"weather": "/hava-proqnozu/", "tv": "/tv-proqram/"}),
 "joomla3": dict(story=lambda s: "/naviny/%d-%s.html" % (s["id"], s["slug"]), sec="/naviny.html", tag="/component/tags/tag/palesse.html", author="/autary/%s.html",
                 search="/poshuk.html?searchword=most", archive="/arkhiu/2025-03.html", about="/pra-nas.html", x={"tender": "/abyavy/45-abyava-pra-aukcyyon.html", "gallery": "/fotagalereya/12-vyasna-u-pinsku.html"}),
 "wpmd": dict(story=lambda s: "/%s/" % s["slug"], sec="/category/social/", tag="/tag/balti/", author="/author/%s/", search="/?s=teatru",
              archive="/2025/03/", about="/contacte/", x={"rates": "/curs-valutar/", "adv": "/publicitate/"}),
 "phpmn": dict(story=lambda s: "/news/%d" % s["id"], sec="/category/niigem", tag="/tag/bolovsrol", author="/reporter/%s", search="/search?q=surguuli",
               archive="/archive/2025-03-03", about="/about", x={"weather": "/weather", "tv": "/tv", "video": "/video/4512"}),
 "dlekg": dict(story=lambda s: "/koom/%d-%s.html" % (s["id"], s["slug"]), sec="/koom/", tag="/tags/osh/", author="/user/%s/", search="/index.php?do=search&subaction=search&story=kopuro",
               archive="/2025/03/03/", about="/about.html", x={"rates": "/valyuta.html", "tender": "/kulakturuu/55-tender.html"}),
 "joomla4": dict(story=lambda s: "/akhbor/%d-%s" % (s["id"], s["slug"]), sec="/akhbor", tag="/tags/bokhtar", author="/muallifon/%s", search="/search?q=bozor",
                 archive="/akhbor/archive/2025/03", about="/dar-borai-mo", x={"tender": "/elonho/ozmuni-davlati", "gallery": "/aksho/navruz-dar-bokhtar"}),
 "phplv": dict(story=lambda s: "/ru/novosti/%s-%d" % (s["slug"], s["id"]), sec="/ru/novosti", tag="/ru/tag/remont", author="/ru/avtor/%s", search="/ru/search?q=ремонт",
               archive="/ru/arhiv/2025-03-03", about="/ru/reklama", x={"tv": "/ru/tv", "weather": "/ru/pogoda"}),
 "dleua": dict(story=lambda s: "/news/%d-%s.html" % (s["id"], s["slug"]), sec="/news/", tag="/tags/transport/", author="/user/%s/", search="/index.php?do=search&subaction=search&story=mist",
               archive="/2025/03/03/", about="/kontakty.html", x={"rates": "/kurs-valyut.html", "video": "/video/812-novi-tramvai.html", "adv": "/reklama.html"}),
}


def url(c, p):
    return "http://%s:%d%s" % (c["host"], PORT, p)


def fs_path(p):
    """Where a URL path lives on disk: paths without an extension become directories."""
    p = p.split("?")[0]
    last = p.rsplit("/", 1)[-1]
    return p if p.endswith("/") or "." in last else p + "/"


def ld(obj):
    return '<script type="application/ld+json">%s</script>' % json.dumps(obj, ensure_ascii=False)


def shown(c, s):
    """The date line of a story as its page shows it."""
    r = s["rel"]
    if r and r[0] == "rel" and c["cms"] == "bitrix":
        return L[c["lang"]]["ago"] % r[1]
    if r and c["cms"] == "dleua":
        today = DT.now(ZoneInfo(c["tz"])).date()
        return ("Сьогодні, " if s["d"].date() == today else "Вчора, ") + s["d"].strftime("%H:%M")
    if r and c["cms"] == "dlekg":
        return "Кечээ, " + s["d"].strftime("%H:%M")
    return dshow(c["lang"], s["d"])


def sidebar(c, cur=None):
    Lg = L[c["lang"]]
    items = "".join('<li><a href="%s">%s</a> <span class="time">%s</span></li>' % (s["path"], E(s["head"]), Lg["ago"] % (3 + 2 * i))
                    for i, s in enumerate(c["stories"][::-1]) if s is not cur)
    return '<aside class="sidebar"><div class="widget popular"><h3>%s</h3><ul>%s</ul></div></aside>' % (Lg["most"], items)


def navlinks(c):
    Lg, P = L[c["lang"]], c["P"]
    links = [(Lg["home"], "/"), (Lg["sec"], P["sec"]), ("#" + Lg["tag"], P["tag"]), (Lg["about"][0], P["about"]), (Lg["archive"], P["archive"])]
    links += [(xtitle(c, k), P["x"][k]) for k in c["extras"]]
    return links


def xtitle(c, k):
    v = X[k][c["lang"]]
    return v if isinstance(v, str) else v[0]


def shell(c, title, main, head="", cur=None, bodycls=""):
    """Each CMS's page frame: head, masthead with today's date, menu, sidebar, footer."""
    Lg, cms = L[c["lang"]], c["cms"]
    today = dshow(c["lang"], DT.now(ZoneInfo(c["tz"])), time=False)
    menu = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for t, p in navlinks(c))
    foot = '<ul class="footer-links"><li><a href="%s">%s</a></li><li><a href="%s">%s</a></li></ul><p>© 2009–%d %s</p>' % (
        c["P"]["search"], Lg["search"], c["P"]["about"], E(Lg["about"][0]), NOW.year, E(c["name"]))
    extra_head = {
        "bitrix": '<link href="/bitrix/templates/sarjarshy/template_styles.css?17000" rel="stylesheet"><script>if(!window.BX)window.BX={};BX.message({"LANGUAGE_ID":"kk","SITE_ID":"s1"});</script>',
        "yii": '<meta name="csrf-param" content="_csrf-frontend"><meta name="csrf-token" content="mX0a1b2c3d4e5f6g7h8i9j0kAQ=="><link href="/assets/8f1e2a3b/css/app.css" rel="stylesheet">',
        "wpaz": '<meta name="generator" content="WordPress 6.4.3"><link rel="stylesheet" href="/wp-content/themes/gencexeber/style.css?ver=2.1">',
        "wpmd": '<meta name="generator" content="WordPress 6.5.2"><meta name="author" content="Observatorul de Nord"><link rel="stylesheet" href="/wp-content/themes/jnews/style.css?ver=11.0.9">',
        "joomla3": '<meta name="generator" content="Joomla! - Open Source Content Management"><link href="/templates/protostar/css/template.css" rel="stylesheet">',
        "joomla4": '<meta name="generator" content="Joomla! - Open Source Content Management"><link href="/media/templates/site/cassiopeia/css/template.min.css" rel="stylesheet">',
        "dlekg": '<meta name="generator" content="DataLife Engine (https://dle-news.ru)"><link href="/templates/Oshnews/css/styles.css" rel="stylesheet">',
        "dleua": '<meta name="generator" content="DataLife Engine (https://dle-news.ru)"><link href="/templates/podillia/style/styles.css" rel="stylesheet">',
        "phpmn": '<link href="/css/main.css?v=3" rel="stylesheet">',
        "phplv": '<link href="/static/css/site.css?v=20240112" rel="stylesheet">',
    }[cms]
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s%s</head>'
            '<body class="%s"><div class="top-bar"><span class="today">%s</span> <span class="weather-mini">+3°</span></div>'
            '<header class="header"><a class="logo" href="/">%s</a><nav class="menu"><ul>%s</ul></nav></header>'
            '<div class="container"><div class="content">%s</div>%s</div><footer class="footer">%s</footer></body></html>') % (
        c["htmllang"], E(title), extra_head, head, bodycls, E(today), E(c["name"]), menu, main, sidebar(c, cur), foot)


def og(c, s):
    return ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
            '<meta property="og:site_name" content="%s"><meta name="description" content="%s"><link rel="canonical" href="%s">') % (
        E(s["head"]), url(c, s["path"]), E(c["name"]), E(s["paras"][0][:150]), url(c, s["path"]))


def paras(s, cls=""):
    return "".join("<p%s>%s</p>" % (' class="%s"' % cls if cls else "", E(p)) for p in s["paras"])


def related(c, s):
    o = s["other"]
    return '<div class="related"><h3>%s</h3><ul><li><a href="%s">%s</a> <span>%s</span></li></ul></div>' % (
        E(L[c["lang"]]["more"]), o["path"], E(o["head"]), E(dshow(c["lang"], o["d"], time=False)))


def alink(c, a):
    return c["P"]["author"] % slug(a)

# ---------------------------------------------------------------- article templates
def art_bitrix(c, s):
    Lg, x = L[c["lang"]], s["x"]
    tail = '<div class="news-detail__author">%s <a href="%s">%s</a></div>' % (Lg["author"], alink(c, s["au"][0]), E(s["au"][0]))
    if x.get("photo"):
        tail += '<div class="news-detail__photo">%s %s</div>' % (Lg["photo"], E(x["photo"]))
    if x.get("src"):
        tail += '<div class="news-detail__source">%s <a href="#" rel="nofollow">%s</a></div>' % (Lg["src"], E(x["src"]))
    main = ('<div class="breadcrumbs"><a href="/">%s</a> / <a href="%s">%s</a></div><div class="news-detail">'
            '<h1 class="news-detail__title">%s</h1><div class="news-detail__info"><span class="news-date-time">%s</span>'
            '<span class="news-views"><i class="icon-eye"></i> %d</span></div>'
            '<div class="news-detail__picture"><img class="detail_picture" src="/upload/iblock/%x/%d.jpg" alt="%s"></div>'
            '<div class="news-detail__text">%s</div>%s<div class="news-detail__share"><span>Бөлісу:</span> <a href="#">Facebook</a> <a href="#">Telegram</a></div></div>%s') % (
        Lg["home"], c["P"]["sec"], Lg["sec"], E(s["head"]), E(shown(c, s)), s["views"], s["id"] % 4096, s["id"], E(s["head"]), paras(s), tail, related(c, s))
    return shell(c, s["head"] + c["sep"] + c["name"], main, og(c, s), cur=s)


def art_yii(c, s):
    Lg, x = L[c["lang"]], s["x"]
    by = ", ".join('<a href="%s">%s</a>' % (alink(c, a), E(a)) for a in s["au"])
    src = '<p class="source"><b>%s</b> %s</p>' % (Lg["src"], E(x["src"])) if x.get("src") else ""
    photo = '<span class="photo-credit">%s %s</span>' % (Lg["photo"], E(x["photo"])) if x.get("photo") else ""
    j = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": s["d"].isoformat(),
         "dateModified": (s["d"] + TD(hours=1, minutes=12)).isoformat(), "author": [{"@type": "Person", "name": a} for a in s["au"]],
         "publisher": {"@type": "Organization", "name": c["name"]}, "mainEntityOfPage": url(c, s["path"])}
    main = ('<div class="single-header"><div class="single-header__meta"><a class="category" href="%s">%s</a><span class="date">%s</span>'
            '<span class="views"><i class="icon-eye"></i> %d</span></div><h1 class="single-header__title">%s</h1></div>'
            '<div class="single-image"><img src="/uploads/%d.jpg" alt="">%s</div><div class="single-content">%s%s</div>'
            '<div class="single-footer"><div class="author-box">%s %s</div><div class="tags"><a href="%s">#%s</a></div></div>%s') % (
        c["P"]["sec"], Lg["sec"], E(shown(c, s)), s["views"], E(s["head"]), s["id"], photo, paras(s), src, Lg["author"], by, c["P"]["tag"], Lg["tag"], related(c, s))
    return shell(c, s["head"] + c["sep"] + c["name"], main, og(c, s) + ld(j), cur=s)


def art_wpaz(c, s):
    Lg, x = L[c["lang"]], s["x"]
    lines = '<p><strong>%s %s</strong></p>' % (Lg["author"], E(", ".join(s["au"])))
    if x.get("photo"):
        lines += "<p>%s %s</p>" % (Lg["photo"], E(x["photo"]))
    if x.get("src"):
        lines += "<p>%s %s</p>" % (Lg["src"], E(x["src"]))
    y = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url(c, s["path"]) + "#article", "headline": s["head"], "datePublished": s["d"].isoformat(),
         "author": {"name": s["au"][0], "@id": url(c, "/#/schema/person/%d" % s["id"])}, "publisher": {"@type": "Organization", "name": c["name"]}},
        {"@type": "Person", "@id": url(c, "/#/schema/person/%d" % s["id"]), "name": s["au"][0], "url": url(c, alink(c, s["au"][0]))}]}
    head = og(c, s) + '<meta property="article:published_time" content="%s"><meta property="article:section" content="Region">' % s["d"].isoformat() + ld(y)
    main = ('<article id="post-%d" class="post type-post status-publish format-standard has-post-thumbnail"><header class="entry-header">'
            '<div class="entry-category"><a href="%s" rel="category tag">%s</a></div><h1 class="entry-title">%s</h1>'
            '<div class="entry-meta"><span class="posted-on"><i class="fa fa-calendar"></i> %s</span> <span class="post-views"><i class="fa fa-eye"></i> %d</span></div></header>'
            '<div class="post-thumbnail"><img src="/wp-content/uploads/2025/03/%d.jpg" alt=""></div><div class="entry-content">%s%s</div>'
            '<footer class="entry-footer"><span class="tags-links"><a href="%s" rel="tag">%s</a></span></footer></article>%s') % (
        s["id"], c["P"]["sec"], Lg["sec"], E(s["head"]), E(shown(c, s)), s["views"], s["id"], paras(s), lines, c["P"]["tag"], Lg["tag"], related(c, s))
    return shell(c, s["head"] + c["sep"] + c["name"], main, head, cur=s, bodycls="single single-post postid-%d" % s["id"])


def art_joomla3(c, s):
    Lg, x = L[c["lang"]], s["x"]
    cb = ""
    if not x.get("bottom"):
        cb = '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">%s <span itemprop="name">%s</span></dd>' % (Lg["author"], E(s["au"][0]))
    tail = ""
    if x.get("bottom"):
        tail = '<p style="text-align: right;"><strong>%s</strong></p>' % E(x["bottom"])
    if x.get("photo"):
        tail += "<p><em>%s %s</em></p>" % (Lg["photo"], E(x["photo"]))
    main = ('<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="be-BY">'
            '<div class="page-header"><h2 itemprop="headline">%s</h2></div><dl class="article-info muted"><dt class="article-info-term">Падрабязнасці</dt>%s'
            '<dd class="category-name">Катэгорыя: <a href="%s" itemprop="genre">%s</a></dd>'
            '<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="%s" itemprop="datePublished">Апублікавана: %s</time></dd>'
            '<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:%d">Праглядаў: %d</dd></dl>'
            '<div itemprop="articleBody"><p><img src="/images/2025/%d.jpg" alt=""></p>%s%s</div>'
            '<ul class="pager pagenav"><li class="previous"><a href="%s" rel="prev">&lt; Папярэдні</a></li></ul></div>') % (
        E(s["head"]), cb, c["P"]["sec"], Lg["sec"], s["d"].isoformat(), E(shown(c, s)), s["views"], s["views"], s["id"], paras(s), tail, s["other"]["path"])
    return shell(c, s["head"] + c["sep"] + c["name"], main, '<meta name="description" content="%s">' % E(s["paras"][0][:140]), cur=s)


def art_wpmd(c, s):
    Lg, x = L[c["lang"]], s["x"]
    extra = ""
    if x.get("photo"):
        extra += "<p><em>%s %s</em></p>" % (Lg["photo"], E(x["photo"]))
    if x.get("src"):
        extra += "<p>%s %s</p>" % (Lg["src"], E(x["src"]))
    head = og(c, s) + '<meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">' % (
        s["d"].isoformat(), (s["d"] + TD(days=1, hours=2)).isoformat())
    main = ('<div class="jeg_main_content"><div class="jeg_inner_content"><div class="jeg_breadcrumbs"><a href="/">%s</a> » <a href="%s">%s</a></div>'
            '<h1 class="jeg_post_title">%s</h1><div class="jeg_meta_container"><div class="jeg_post_meta">'
            '<div class="jeg_meta_author"><span class="meta_text">%s</span> <a href="%s">%s</a></div>'
            '<div class="jeg_meta_date"><a href="%s">%s</a></div><div class="jeg_meta_views"><i class="fa fa-eye"></i> %d</div></div></div>'
            '<div class="jeg_featured featured_image"><img src="/wp-content/uploads/2025/%d.jpg" alt=""></div>'
            '<div class="entry-content no-share"><div class="content-inner">%s%s</div></div></div></div>%s') % (
        Lg["home"], c["P"]["sec"], Lg["sec"], E(s["head"]), Lg["author"], alink(c, s["au"][0]), E(s["au"][0]), s["path"], E(shown(c, s)), s["views"], s["id"], paras(s), extra, related(c, s))
    return shell(c, s["head"] + c["sep"] + c["name"], main, head, cur=s, bodycls="post-template-default single single-post jnews")


def art_phpmn(c, s):
    Lg, x = L[c["lang"]], s["x"]
    tail = '<div class="reporter">%s <a href="%s">%s</a></div>' % (Lg["author"], alink(c, s["au"][0]), E(s["au"][0]))
    if x.get("photo"):
        tail += '<div class="photographer">%s %s</div>' % (Lg["photo"], E(x["photo"]))
    main = ('<div class="news-view"><h1>%s</h1><div class="info"><span class="date">%s</span> | Үзсэн: %d | <a href="#comments">Сэтгэгдэл (0)</a></div>'
            '<div class="img"><img src="/upload/news/%d.jpg" alt=""></div><div class="content">%s</div>%s</div>%s') % (
        E(s["head"]), E(shown(c, s)), s["views"], s["id"], paras(s), tail, related(c, s))
    return shell(c, s["head"] + c["sep"] + c["name"], main, og(c, s), cur=s)


def dle_comments(c, s, who):
    d = s["d"] + TD(days=1, hours=3)
    return '<div id="dle-comments-list">%s</div>' % "".join(
        '<div class="comment"><div class="com-head"><b>%s</b> <span class="com-date">%s</span></div><div class="com-text">%s</div></div>' % (
            E(a), dshow(c["lang"], d + TD(hours=4 * i)), E(t)) for i, (a, t) in enumerate(who))


def art_dlekg(c, s):
    Lg, x = L[c["lang"]], s["x"]
    tail = '<p><b>%s %s</b></p>' % (Lg["author"], E(s["au"][0]))
    if x.get("src"):
        tail += "<p><i>%s %s</i></p>" % (Lg["src"], E(x["src"]))
    main = ('<div class="full-story"><div class="fs-head"><h1>%s</h1><ul class="story-info"><li class="date"><i class="fa fa-clock-o"></i> %s</li>'
            '<li class="views"><i class="fa fa-eye"></i> %d</li><li class="poster">Жарыялаган: <a onclick="ShowProfile(\'redaktor\', \'/user/redaktor/\', \'0\'); return false;" href="/user/redaktor/">redaktor</a></li>'
            '<li class="cat"><a href="%s">%s</a></li></ul></div><div class="full-text clearfix"><div style="text-align:center;"><!--dle_image_begin:/uploads/posts/2025-03/%d.jpg|--><img src="/uploads/posts/2025-03/%d.jpg" alt=""><!--dle_image_end--></div>%s%s</div>'
            '<div class="fs-related"><h4>Окшош жаңылыктар</h4><ul><li><a href="%s">%s</a></li></ul></div>%s</div>') % (
        E(s["head"]), E(shown(c, s)), s["views"], c["P"]["sec"], Lg["sec"], s["id"], s["id"], paras(s), tail, s["other"]["path"], E(s["other"]["head"]),
        dle_comments(c, s, [("Азамат", "Акыры! Эски көпүрө коркунучтуу болуп калган."), ("Гүлзат", "Жакшы жаңылык, рахмат.")]))
    return shell(c, s["head"] + c["sep"] + c["name"], main, og(c, s), cur=s)


def art_joomla4(c, s):
    Lg, x = L[c["lang"]], s["x"]
    tail = ""
    if x.get("photo"):
        tail += "<p>%s %s</p>" % (Lg["photo"], E(x["photo"]))
    if x.get("src"):
        tail += "<p>%s «%s»</p>" % (Lg["src"], E(x["src"]))
    main = ('<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="tg-TJ">'
            '<div class="page-header"><h1 itemprop="headline">%s</h1></div><dl class="article-info text-muted"><dt class="article-info-term">Тафсилот</dt>'
            '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>%s <span itemprop="name">%s</span></dd>'
            '<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="%s" itemprop="datePublished">Нашр шуд: %s</time></dd>'
            '<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:%d">Дида шуд: %d</dd></dl>'
            '<figure class="left item-image"><img src="/images/news/%d.jpg" itemprop="image" alt=""></figure>'
            '<div itemprop="articleBody" class="com-content-article__body">%s%s</div><ul class="tags list-inline"><li class="list-inline-item"><a href="%s" class="btn btn-sm btn-info">%s</a></li></ul></div>%s') % (
        E(s["head"]), Lg["author"], E(s["au"][0]), s["d"].isoformat(), E(shown(c, s)), s["views"], s["views"], s["id"], paras(s), tail, c["P"]["tag"], Lg["tag"], related(c, s))
    return shell(c, s["head"] + c["sep"] + c["name"], main, '<meta name="author" content="%s">' % E(s["au"][0]), cur=s)


def art_phplv(c, s):
    Lg, x = L[c["lang"]], s["x"]
    src = '<div class="article__source">%s %s</div>' % (Lg["src"], E(x["src"])) if x.get("src") else ""
    main = ('<div class="article"><div class="article__rubric"><a href="%s">%s</a></div><div class="article__date">%s <span class="article__views">Просмотров: %d</span></div>'
            '<h1 class="article__title">%s</h1><div class="article__author">%s</div><div class="article__image"><img src="/images/articles/%d.jpg" alt=""></div>'
            '<div class="article__text">%s</div>%s<div class="article__tags">Теги: <a href="%s">%s</a></div></div>%s') % (
        c["P"]["sec"], Lg["sec"], E(shown(c, s)), s["views"], E(s["head"]), E(x["credit"]), s["id"], paras(s), src, c["P"]["tag"], Lg["tag"], related(c, s))
    return shell(c, s["head"] + c["sep"] + c["name"], main, og(c, s), cur=s)


def art_dleua(c, s):
    Lg, x = L[c["lang"]], s["x"]
    tail = '<p><strong>%s</strong> %s</p>' % (Lg["author"], E(s["au"][0]))
    if x.get("photo"):
        tail += "<p>%s %s</p>" % (Lg["photo"], E(x["photo"]))
    if x.get("src"):
        tail += '<p>%s <a href="#" rel="nofollow">%s</a></p>' % (Lg["src"], E(x["src"]))
    main = ('<article class="fullstory"><h1 class="fullstory__title">%s</h1><div class="fullstory__meta"><span class="fullstory__date">%s</span> '
            '<span class="fullstory__views">Переглядів: %d</span> <span class="fullstory__cat"><a href="%s">%s</a></span></div>'
            '<div class="fullstory__text"><img src="/uploads/posts/2025-03/%d.jpg" alt="">%s%s</div>'
            '<div class="fullstory__related"><b>Читайте також:</b> <a href="%s">%s</a></div>%s</article>') % (
        E(s["head"]), E(shown(c, s)), s["views"], c["P"]["sec"], Lg["sec"], s["id"], paras(s), tail, s["other"]["path"], E(s["other"]["head"]),
        dle_comments(c, s, [("Василь", "Давно пора, міст у жахливому стані."), ("Олена К.", "Аби тільки не затягнули на роки.")]))
    return shell(c, s["head"] + c["sep"] + c["name"], main, og(c, s), cur=s)


ART = {"bitrix": art_bitrix, "yii": art_yii, "wpaz": art_wpaz, "joomla3": art_joomla3, "wpmd": art_wpmd, "phpmn": art_phpmn,
       "dlekg": art_dlekg, "joomla4": art_joomla4, "phplv": art_phplv, "dleua": art_dleua}

# ---------------------------------------------------------------- non-article pages
WEATHER = {"kk": ["Қарағанды", "Теміртау", "Балқаш", "Жезқазған"], "az": ["Gəncə", "Şəmkir", "Goranboy", "Naftalan"],
           "mn": ["Дархан", "Сүхбаатар", "Эрдэнэт", "Зүүнхараа"], "ru": ["Даугавпилс", "Резекне", "Краслава", "Лудза"]}
TV = {"az": ["Səhər proqramı", "Xəbərlər", "Bədii film", "İdman xəbərləri", "Axşam xəbərləri"],
      "mn": ["Өглөөний мэнд", "Мэдээ", "Уран сайхны кино", "Спорт", "Оройн мэдээ"],
      "ru": ["Доброе утро", "Новости", "Художественный фильм", "Спорт", "Вечерние новости"]}


def listing(c, stories, lead=True):
    Lg = L[c["lang"]]
    return '<div class="news-list">%s</div>' % "".join(
        '<div class="news-item"><span class="date">%s</span><h3><a href="%s">%s</a></h3>%s<a class="more" href="%s">%s</a></div>' % (
            E(shown(c, s)), s["path"], E(s["head"]), "<p>%s</p>" % E(s["paras"][0][:140] + "…") if lead else "", s["path"], Lg["more"]) for s in stories)


def nonart(c, kind, path, title, body):
    write_page(OUT, c["host"], fs_path(path), shell(c, title + c["sep"] + c["name"] if kind != "home" else c["name"] + c["sep"] + L[c["lang"]]["home"], body, c.get("feedlink", "") if kind == "home" else ""))
    truth["nonarticles"].append(url(c, path))


def build_nonarts(c):
    Lg, P, st = L[c["lang"]], c["P"], c["stories"]
    s0 = st[0]
    nonart(c, "home", "/", c["name"], '<div class="home-top"><h2 class="block-title">%s</h2>%s</div>' % (E(Lg["sec"]), listing(c, st)) + '<div class="authors-block"><a href="%s">%s</a></div>' % (P["author"] % c["authslug"], E(c["auth"])))
    nonart(c, "section", P["sec"], Lg["sec"], '<h1 class="page-title">%s</h1>%s<div class="pagination"><span>1</span> <a href="%s">2</a></div>' % (E(Lg["sec"]), listing(c, st), P["sec"]))
    nonart(c, "tag", P["tag"], "#" + Lg["tag"], '<h1 class="page-title">#%s</h1>%s' % (E(Lg["tag"]), listing(c, st[:2], lead=False)))
    nonart(c, "author", P["author"] % c["authslug"], c["auth"], '<div class="author-page"><img src="/img/authors/%s.jpg" alt=""><h1>%s</h1><p>%s</p></div>%s' % (
        c["authslug"], E(c["auth"]), E(Lg["bio"] % (c["auth"], c["name"])), listing(c, [s for s in st if c["auth"] in s["au"]], lead=False)))
    nonart(c, "search", P["search"], Lg["search"], '<h1>%s</h1><form action="%s" method="get"><input type="text" name="q" value=""><button>OK</button></form><p class="found">3</p>%s' % (
        Lg["search"], P["search"].split("?")[0], listing(c, st)))
    nonart(c, "archive", P["archive"], Lg["archive"], '<h1>%s: %s</h1>%s' % (Lg["archive"], E(dshow(c["lang"], s0["d"], time=False)), listing(c, [s0], lead=False)))
    nonart(c, "about", P["about"], Lg["about"][0], '<div class="static-page"><h1>%s</h1><p>%s</p></div>' % (E(Lg["about"][0]), E(Lg["about"][1])))
    for k in c["extras"]:
        t, p = xtitle(c, k), P["x"][k]
        today = DT.now(ZoneInfo(c["tz"]))
        if k == "rates":
            rows = [("USD", 512.4), ("EUR", 553.1), ("RUB", 5.62), ("CNY", 70.3)] if c["lang"] in ("kk",) else [("USD", 1), ("EUR", 1.08), ("RUB", 0.011), ("KZT", 0.002)]
            body = '<h1>%s</h1><p class="rates-date">%s</p><table class="rates"><tr><th></th><th>⇅</th></tr>%s</table>' % (
                E(t), E(dshow(c["lang"], today, time=False)), "".join("<tr><td>%s</td><td>%s</td></tr>" % (a, b) for a, b in rows))
        elif k == "weather":
            body = '<h1>%s</h1><table class="weather">%s</table>' % (E(t), "".join(
                "<tr><td>%s</td><td>%+d°</td><td>%+d°</td></tr>" % (E(city), rnd.randint(-8, 4), rnd.randint(0, 12)) for city in WEATHER[c["lang"]]))
        elif k == "tv":
            body = '<h1>%s</h1><p>%s</p><ul class="tv-schedule">%s</ul>' % (E(t), E(dshow(c["lang"], today, time=False)), "".join(
                "<li><span class=\"time\">%02d:00</span> %s</li>" % (7 + 3 * i, E(n)) for i, n in enumerate(TV[c["lang"]])))
        elif k == "gallery":
            body = '<div class="gallery"><h1>%s</h1><div class="gallery-date">%s</div>%s<p class="credit">%s %s</p></div>' % (
                E(t), E(dshow(c["lang"], s0["d"] - TD(days=2))), "".join('<figure><a href="/images/gallery/%d.jpg"><img src="/images/gallery/%d_thumb.jpg" alt=""></a><figcaption>%d / 8</figcaption></figure>' % (i, i, i + 1) for i in range(8)),
                L[c["lang"]]["photo"], E(c["stories"][1]["x"].get("photo") or c["auth"]))
        elif k == "video":
            body = '<div class="video-page"><h1>%s</h1><div class="video-meta"><span class="date">%s</span></div><div class="video-player"><iframe src="https://www.youtube.com/embed/aq%d" allowfullscreen></iframe></div><p>%s</p></div>' % (
                E(t), E(dshow(c["lang"], s0["d"] + TD(hours=1))), s0["id"], E(s0["paras"][0].split(". ")[0] + "."))
        elif k == "adv":
            t, txt = X["adv"][c["lang"]]
            body = '<div class="static-page"><h1>%s</h1><p>%s</p><table class="price"><tr><td>Banner 240×400</td><td>1 500</td></tr><tr><td>728×90</td><td>2 000</td></tr></table></div>' % (E(t), E(txt))
        elif k == "tender":
            t, ps = X["tender"][c["lang"]]
            body = '<div class="announcement"><div class="ann-label">%s</div><h1>%s</h1><div class="date">%s</div>%s</div>' % (
                {"kk": "Ресми", "be": "Афіцыйна", "ky": "Расмий", "tg": "Расмӣ"}[c["lang"]], E(t), E(dshow(c["lang"], s0["d"] - TD(days=5))), "".join("<p>%s</p>" % E(x) for x in ps))
        nonart(c, k, p, t, body)


# ---------------------------------------------------------------- build
HTMLLANG = {"kk": "kk", "uz": "uz", "az": "az", "be": "be", "ro": "ro-MD", "mn": "mn", "ky": "ky", "tg": "tg", "ru": "ru", "uk": "uk"}
for si, c in enumerate(SITES):
    c["host"] = "127.0.4.%d" % (71 + si)
    c["P"] = PATHS[c["cms"]]
    c["htmllang"] = HTMLLANG[c["lang"]]
    tz = ZoneInfo(c["tz"])
    c["stories"] = []
    for n, (head, t, au, x, ps) in enumerate(ST[c["k"]]):
        rel = None
        if t[0] == "rel":
            d, rel = (NOW - TD(hours=t[1])).astimezone(tz), t
        elif t[0] == "yday":
            y = DT.now(tz).date() - TD(days=1)
            d, rel = DT(y.year, y.month, y.day, t[1], t[2], tzinfo=tz), t
        else:
            d = DT(*t, tzinfo=tz)
        s = dict(head=head, d=d, rel=rel, au=au, x=x, paras=ps, id=rnd.randrange(10000, 99999), views=rnd.randrange(150, 4000), slug=slug(head))
        s["path"] = c["P"]["story"](s)
        c["stories"].append(s)
    c["auth"] = c["stories"][0]["au"][0]
    c["authslug"] = slug(c["auth"])
    for n, s in enumerate(c["stories"]):
        s["other"] = c["stories"][(n + 1) % 3]
    for n, s in enumerate(c["stories"]):
        write_page(OUT, c["host"], fs_path(s["path"]), ART[c["cms"]](c, s))
        a = dict(url=url(c, s["path"]), title=s["head"], authors=s["au"])
        if s["rel"] and s["rel"][0] == "rel":
            a["date"] = "fetch-%d" % s["rel"][1]
        else:
            a["date"] = s["d"].astimezone(UTC).strftime("%Y-%m-%d")
        if c["cms"] in ("yii", "wpaz", "joomla3", "wpmd", "joomla4"):  # an offset written on the page
            a["instant"] = s["d"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
        if n == 0:
            a["must"] = [s["paras"][0][:60], s["paras"][-1][:60]]
            a["must_not"] = [s["other"]["head"]]
            if c["cms"] in ("dlekg", "dleua"):
                a["must_not"].append("Давно пора, міст у жахливому стані." if c["cms"] == "dleua" else "Акыры! Эски көпүрө коркунучтуу болуп калган.")
        truth["articles"].append(a)
    # feeds, sitemaps, robots
    items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><description>%s</description></item>" % (
        E(s["head"]), url(c, s["path"]), s["d"].astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000"), E(s["paras"][0][:150])) for s in c["stories"])
    robots = "User-agent: *\nDisallow: /admin/\n"
    feed = {"bitrix": "/rss.xml", "wpaz": "/feed.xml", "wpmd": "/feed.xml", "dlekg": "/rss.xml", "dleua": "/rss.xml"}.get(c["cms"])
    if feed:
        write_page(OUT, c["host"], feed, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(c["name"]), url(c, "/"), items))
        c["feedlink"] = '<link rel="alternate" type="application/rss+xml" title="%s" href="%s">' % (E(c["name"]), feed)
    if c["cms"] in ("yii", "joomla4", "phplv", "phpmn"):
        locs = "".join("<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (url(c, s["path"]), s["d"].isoformat()) for s in c["stories"])
        write_page(OUT, c["host"], "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        robots += "Sitemap: %s\n" % url(c, "/sitemap.xml")
    write_page(OUT, c["host"], "/robots.txt", robots)
    build_nonarts(c)

json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
