"""Web aa: twelve regional publishers on templates newsroom was not tuned
on (pl, tr, pt-BR, id, vi, ko, cs, ro, sv, en-GB, en-IN, en-AU), each story
hand-written. Dates such as "Sal, 04 Mar 2025 11:13", "3 de março de 2025
às 18h24", "Senin, 3 Maret 2025 | 18:24 WIB", "Thứ hai, 3/3/2025, 18:24
(GMT+7)", "입력 2025. 3. 3. 18:24", "06/03/2025", "3rd March 2025", "Mar. 13,
2025, 12:40 a.m. IST" (after "Updated - ..."), mostly beside a later
update; JSON-LD right, a Yoast @graph with @id authors, dateModified only,
a BreadcrumbList only, or none. Bylines: labels (Autor:, Muhabir:, Texto:,
Oleh: beside Editor:, Text: beside Foto:, Reporter:), two names joined by
i/ve/e/dan/a/și/och/and or "·", linked names, a bold name after the body,
"Name | date". <title> with the site first or last (in Latin beside
Hangul), og:title missing or with the site's name, an <h2 class="title">
and no <h1>. On every site section, tag, author, search and about pages,
plus live blogs, video, gallery, archive and newsletter pages; the
Australian paper reprints two UK stories a day later (rel=canonical;
"Originally published by"). Crawled once with 2a3925d: stored 33 of 36
(the Korean site's three stories taken for "other": short-text), titles
32, dates 33, authors 27 (Turkish weekday glued to the name, Vietnamese
bold trailing name unread), bodies 33/33, 0 of 78 non-articles stored,
both reprints kept under the original. Writes the sites and truth.json
under the directory given as the first argument."""
import datetime, html, json, os, random, re, sys, unicodedata  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18106
rnd = random.Random("web-aa")
truth = {"articles": [], "nonarticles": [], "synd": []}
E = html.escape

# Per language: three stories (headline, three paragraphs) and three reporters.
TEXTS = {
 "pl": ([("Nowa linia tramwajowa na Zabłocie ruszy we wrześniu", "Miejski zarząd transportu potwierdził, że pierwsze tramwaje pojadą nową trasą na Zabłocie we wrześniu. Budowa torowiska o długości 3,2 kilometra jest już niemal ukończona, a wykonawca kończy montaż sieci trakcyjnej.",
   "Na linii powstanie sześć przystanków, w tym węzeł przesiadkowy przy dworcu autobusowym. Mieszkańcy osiedla od lat skarżyli się na zatłoczone autobusy i długie korki na ulicy Portowej.",
   "Koszt inwestycji wyniósł 214 milionów złotych, z czego większość pokryły środki unijne. Jak zapowiada wiceprezydent miasta, w przyszłym roku ruszą prace projektowe nad przedłużeniem trasy do nowej szkoły."),
  ("Szpital powiatowy otwiera oddział geriatryczny", "Od poniedziałku w szpitalu powiatowym działa pierwszy w regionie oddział geriatryczny z dwudziestoma łóżkami. Pacjenci po 75. roku życia będą tu mogli liczyć na kompleksową opiekę lekarzy, rehabilitantów i psychologów.",
   "Dyrektor placówki podkreśla, że starsi chorzy dotąd trafiali na oddziały internistyczne, gdzie brakowało specjalistów. Na remont pomieszczeń i zakup sprzętu szpital przeznaczył ponad cztery miliony złotych.",
   "Zatrudnienie znalazło dwóch geriatrów, w tym lekarka, która wróciła do kraju po dziesięciu latach pracy w Niemczech. Skierowanie na oddział może wystawić lekarz rodzinny lub lekarz z izby przyjęć."),
  ("Rolnicy zablokowali drogę krajową. Protestują przeciw cenom nawozów", "Kilkudziesięciu rolników z powiatu wjechało w środę ciągnikami na drogę krajową numer 12 i przez trzy godziny blokowało ruch. Protestujący domagają się dopłat do nawozów, których ceny wzrosły w ciągu roku o jedną trzecią.",
   "Policja wyznaczyła objazdy przez sąsiednie wsie, jednak kierowcy ciężarówek utknęli w wielokilometrowym korku. Organizatorzy zapowiadają, że jeśli rząd nie podejmie rozmów, zablokują drogę ponownie za dwa tygodnie.",
   "Wojewoda zaprosił przedstawicieli związków rolniczych na spotkanie w przyszły piątek. Według izby rolniczej opłacalność uprawy zbóż jest w tym sezonie najniższa od ponad dekady.")],
  ["Anna Nowak", "Piotr Zieliński", "Katarzyna Wójcik"]),
 "tr": ([("İzmir'de yeni metro hattı için ihale tarihi belli oldu", "Büyükşehir Belediyesi, Narlıdere ile Buca arasında yapılacak yeni metro hattının ihalesinin nisan ayında yapılacağını açıkladı. Toplam 13 kilometre uzunluğundaki hatta 11 istasyon bulunacak.",
   "Belediye Başkanı, projenin finansmanı için uluslararası bir kalkınma bankasıyla kredi görüşmelerinin tamamlandığını söyledi. Hattın dört yıl içinde hizmete girmesi ve günde 200 bin yolcu taşıması hedefleniyor.",
   "Buca'da yaşayan vatandaşlar, trafikte her gün saatlerce beklediklerini belirterek kararı memnuniyetle karşıladı. Uzmanlar ise inşaat süresince ana caddelerde ciddi trafik düzenlemelerine gidilmesi gerektiği uyarısında bulundu."),
  ("Kıyıda temizlik seferberliği: 3 ton atık toplandı", "Urla ve Çeşme sahillerinde hafta sonu düzenlenen temizlik etkinliğine 600'den fazla gönüllü katıldı. Gönüllüler, yalnızca iki gün içinde yaklaşık 3 ton plastik ve cam atık topladı.",
   "Etkinliği düzenleyen çevre derneğinin başkanı, toplanan atıkların büyük bölümünün pet şişe ve sigara izmariti olduğunu ifade etti. Dernek, yaz sezonu öncesinde benzer çalışmaların her ay tekrarlanacağını duyurdu.",
   "İlçe belediyeleri de sahillere yeni geri dönüşüm kutuları yerleştireceklerini açıkladı. Yetkililer, denize atılan plastiklerin balıkçılığı ve turizmi doğrudan etkilediğine dikkat çekti."),
  ("Zeytin üreticileri rekoltedeki düşüşten endişeli", "Ege'de bu yıl zeytin rekoltesinin geçen yıla göre yüzde 40 oranında düşmesi bekleniyor. Üreticiler, kış aylarında yeterli yağış olmamasının ağaçları zayıflattığını söylüyor.",
   "Ayvalık'ta üç kuşaktır zeytincilik yapan bir üretici, gübre ve işçilik maliyetlerinin de iki katına çıktığını anlattı. Pek çok küçük üretici, bahçelerini satmayı düşündüğünü dile getiriyor.",
   "Ziraat odası, Tarım Bakanlığı'ndan kuraklıktan etkilenen üreticiler için destek paketi açıklanmasını talep etti. Zeytinyağı fiyatlarının ise önümüzdeki aylarda yükselmeye devam edeceği tahmin ediliyor.")],
  ["Ayşe Yılmaz", "Mehmet Demir", "Elif Kaya"]),
 "pt": ([("Prefeitura anuncia reforma completa do Mercado Municipal", "A prefeitura anunciou nesta segunda-feira a reforma completa do Mercado Municipal, fechado parcialmente desde o incêndio do ano passado. As obras devem começar em maio e durar cerca de 14 meses.",
   "O projeto prevê a troca de toda a rede elétrica, a recuperação da fachada histórica e a criação de um estacionamento subterrâneo. O investimento estimado é de R$ 38 milhões, parte dele financiado pelo governo estadual.",
   "Os 120 comerciantes que ocupam os boxes serão transferidos para uma estrutura provisória na praça ao lado. A associação dos permissionários diz temer a queda no movimento durante o período das obras."),
  ("Temporal deixa 40 mil imóveis sem energia na zona norte", "Um forte temporal atingiu a cidade na noite de domingo e deixou cerca de 40 mil imóveis sem energia elétrica na zona norte. Segundo a Defesa Civil, choveu em duas horas o esperado para todo o mês.",
   "Árvores caíram sobre a fiação em pelo menos 30 ruas, e equipes da concessionária trabalharam durante a madrugada. Na manhã desta segunda, moradores de três bairros ainda estavam sem luz.",
   "A Defesa Civil manteve o alerta para novas chuvas fortes até quarta-feira. A orientação é que os moradores evitem áreas de encosta e não atravessem ruas alagadas."),
  ("Escola pública de Campinas vence olimpíada nacional de robótica", "Uma equipe de seis alunos de uma escola estadual de Campinas conquistou o primeiro lugar na olimpíada nacional de robótica. O robô criado pelos estudantes separa resíduos recicláveis usando um sensor de cor.",
   "Os jovens, com idades entre 15 e 17 anos, montaram o protótipo com peças doadas e sucata eletrônica. O professor que orientou o grupo conta que os ensaios aconteciam depois das aulas, na biblioteca da escola.",
   "Com a vitória, a equipe garantiu vaga na etapa internacional, que será realizada no Canadá em julho. A escola lançou uma vaquinha on-line para custear as passagens dos alunos.")],
  ["Mariana Souza", "Rafael Lima", "Juliana Ferreira"]),
 "id": ([("Pemkot Bandung Perluas Jalur Sepeda di Pusat Kota", "Pemerintah Kota Bandung akan menambah jalur sepeda sepanjang 25 kilometer di kawasan pusat kota tahun ini. Jalur baru tersebut akan menghubungkan Jalan Asia Afrika, Jalan Braga, dan kawasan Dago.",
   "Kepala Dinas Perhubungan mengatakan jalur sepeda akan dipisahkan dari jalan raya dengan pembatas beton. Langkah ini diambil setelah jumlah pesepeda yang berangkat kerja meningkat tajam sejak tahun lalu.",
   "Komunitas pesepeda menyambut baik rencana tersebut, namun meminta pemerintah menertibkan parkir liar yang kerap memakan jalur. Pembangunan tahap pertama ditargetkan selesai sebelum bulan Agustus."),
  ("Harga Cabai Rawit di Pasar Tradisional Naik Dua Kali Lipat", "Harga cabai rawit merah di sejumlah pasar tradisional melonjak hingga Rp 90.000 per kilogram dalam sepekan terakhir. Sebelumnya, komoditas tersebut masih dijual sekitar Rp 45.000 per kilogram.",
   "Para pedagang menyebut pasokan dari sentra produksi berkurang karena hujan deras merusak tanaman petani. Banyak pembeli kini hanya membeli cabai dalam jumlah kecil atau beralih ke cabai kering.",
   "Dinas Perdagangan berjanji menggelar operasi pasar di lima titik mulai pekan depan. Pemerintah daerah juga berkoordinasi dengan daerah lain untuk mendatangkan pasokan tambahan."),
  ("Banjir Rob Rendam Ratusan Rumah Warga Pesisir", "Banjir rob kembali merendam ratusan rumah warga di kawasan pesisir utara sejak Sabtu malam. Ketinggian air di beberapa gang mencapai 60 sentimeter dan belum surut hingga Senin pagi.",
   "Warga terpaksa meninggikan perabot rumah dan sebagian mengungsi ke rumah kerabat. Aktivitas di pelabuhan perikanan juga terganggu karena akses jalan tergenang air laut.",
   "Badan Penanggulangan Bencana Daerah telah menyiagakan pompa air dan perahu karet di lokasi. Menurut BMKG, pasang air laut maksimum diperkirakan masih terjadi hingga akhir pekan.")],
  ["Dewi Lestari", "Agus Setiawan", "Rina Wulandari"]),
 "vi": ([("Cần Thơ khởi công cầu mới bắc qua kênh Xáng", "Sáng nay, thành phố Cần Thơ đã khởi công xây dựng cây cầu mới bắc qua kênh Xáng với tổng vốn đầu tư gần 300 tỷ đồng. Cây cầu dài 420 mét, rộng bốn làn xe và dự kiến hoàn thành sau hai năm.",
   "Theo lãnh đạo sở giao thông, cầu mới sẽ giảm tải cho cây cầu cũ đã xuống cấp sau hơn ba mươi năm sử dụng. Người dân hai bên bờ kênh hiện phải chờ rất lâu vào giờ cao điểm.",
   "Trong thời gian thi công, xe tải trên 10 tấn sẽ không được đi qua khu vực công trường. Chủ đầu tư cam kết bố trí người hướng dẫn giao thông và hạn chế thi công vào ban đêm."),
  ("Giá lúa tăng cao, nông dân miền Tây phấn khởi", "Những ngày này, giá lúa tươi tại nhiều tỉnh miền Tây đã tăng lên khoảng 7.500 đồng mỗi kilogram, cao hơn cùng kỳ năm ngoái gần 1.000 đồng. Thương lái đến tận ruộng để đặt cọc trước khi thu hoạch.",
   "Ông Năm, một nông dân ở huyện Phong Điền, cho biết vụ này gia đình ông lãi gần gấp đôi so với vụ trước. Tuy nhiên, chi phí phân bón và thuê máy gặt cũng đã tăng đáng kể.",
   "Các chuyên gia khuyến cáo nông dân không nên ồ ạt mở rộng diện tích mà cần chú trọng chất lượng hạt gạo. Nhu cầu xuất khẩu được dự báo tiếp tục ổn định trong những tháng tới."),
  ("Học sinh Hậu Giang đoạt giải nhất kỳ thi tin học trẻ", "Một nhóm học sinh trường trung học phổ thông chuyên Vị Thanh đã đoạt giải nhất kỳ thi tin học trẻ toàn quốc năm nay. Sản phẩm của các em là ứng dụng giúp nông dân dự báo độ mặn của nước trên kênh rạch.",
   "Ứng dụng sử dụng dữ liệu từ các trạm quan trắc và gửi cảnh báo qua tin nhắn điện thoại. Thầy giáo hướng dẫn cho biết nhóm đã mất gần sáu tháng để hoàn thiện sản phẩm.",
   "Sở giáo dục tỉnh sẽ khen thưởng các em và đề xuất đưa ứng dụng vào thử nghiệm tại ba huyện. Đây là lần đầu tiên học sinh của tỉnh giành giải cao nhất tại kỳ thi này.")],
  ["Hoàng Nam", "Thu Hà", "Minh Tuấn"]),
 "ko": ([("시, 내년부터 심야버스 노선 두 배로 확대", "시는 내년 1월부터 심야버스 노선을 현재 8개에서 16개로 늘린다고 3일 밝혔다. 새 노선은 대학가와 산업단지, 신도시를 중심으로 운행될 예정이다.",
   "시 관계자는 밤늦게 귀가하는 시민들이 택시를 잡기 어렵다는 민원이 크게 늘어 노선 확대를 결정했다고 설명했다. 심야버스는 자정부터 새벽 4시까지 30분 간격으로 운행된다.",
   "요금은 일반 시내버스보다 500원 비싼 2,000원으로 책정됐다. 시는 운행 결과를 분석해 이용객이 많은 노선의 배차 간격을 더 줄일 계획이다."),
  ("전통시장 화재 원인은 전기 합선 추정", "지난 주말 발생한 중앙전통시장 화재의 원인은 전기 합선으로 추정된다고 소방당국이 밝혔다. 이 불로 점포 20여 곳이 타고 소방서 추산 5억 원의 재산 피해가 났다.",
   "소방당국은 최초 발화 지점으로 지목된 의류 점포의 배선을 정밀 감식하고 있다. 다행히 새벽 시간대에 불이 나 인명 피해는 없었다.",
   "피해 상인들은 화재보험에 가입하지 못한 점포가 많아 생계가 막막하다고 호소했다. 시는 긴급 복구비를 지원하고 임시 판매장을 마련하기로 했다."),
  ("지역 청년 창업 지원금 두 배로 늘린다", "도는 올해 청년 창업 지원 예산을 지난해의 두 배인 120억 원으로 늘린다고 발표했다. 만 39세 이하 예비 창업자는 최대 5천만 원까지 사업화 자금을 받을 수 있다.",
   "도 관계자는 지역을 떠나는 청년이 늘어나는 상황에서 일자리를 직접 만들 수 있도록 돕겠다고 말했다. 선정된 창업자에게는 사무 공간과 전문가 상담도 함께 제공된다.",
   "신청은 다음 달 14일까지 도 창업지원센터 누리집에서 받는다. 지난해에는 80개 팀 모집에 600개 팀 이상이 몰려 경쟁률이 7대 1을 넘었다.")],
  ["김민수", "이지은", "박서준"]),
 "cs": ([("Kolín opraví most přes Labe, doprava se na rok omezí", "Město Kolín zahájí v dubnu rozsáhlou rekonstrukci silničního mostu přes Labe. Práce potrvají zhruba rok a po celou dobu bude provoz veden jen v jednom jízdním pruhu.",
   "Statici při loňské prohlídce zjistili, že ocelová konstrukce je na několika místech silně zkorodovaná. Oprava vyjde na 180 milionů korun, většinu uhradí Státní fond dopravní infrastruktury.",
   "Řidiči musí počítat se zdržením zejména v ranní špičce, proto radnice doporučuje využívat vlak nebo objízdnou trasu přes Velký Osek. Městská hromadná doprava pojede podle upraveného jízdního řádu."),
  ("Nemocnice v Nymburce otevře nové porodní oddělení", "Nymburská nemocnice otevře na začátku léta zcela nové porodní oddělení s pěti porodními sály. Dosavadní prostory pocházely ze sedmdesátých let a nevyhovovaly současným hygienickým normám.",
   "Nastávající maminky budou mít k dispozici nadstandardní pokoje a možnost porodu do vody. Nemocnice zároveň přijala tři nové porodní asistentky a jednoho neonatologa.",
   "Modernizace stála 95 milionů korun a částečně ji financoval Středočeský kraj. Ředitel nemocnice očekává, že počet porodů vzroste z loňských devíti set na více než tisíc ročně."),
  ("Obce v Polabí bojují se suchem, zakazují zalévání", "Několik obcí na Nymbursku a Kolínsku vyhlásilo zákaz zalévání zahrad a napouštění bazénů z veřejného vodovodu. Hladina podzemní vody je podle hydrologů nejnižší za posledních dvacet let.",
   "Starosta Sadské uvedl, že vodojem se v posledních týdnech nestačí přes noc doplnit. Obec proto zvažuje vybudování nového vrtu, který by však stál přes deset milionů korun.",
   "Zemědělci upozorňují, že bez vydatných dešťů hrozí výrazně nižší úroda obilí i cukrové řepy. Meteorologové zatím srážky v příštích dvou týdnech nepředpovídají.")],
  ["Jana Nováková", "Tomáš Dvořák", "Petra Svobodová"]),
 "ro": ([("Primăria modernizează rețeaua de termoficare din cartierul Vasile Alecsandri", "Primăria Baia Mare a semnat contractul pentru modernizarea rețelei de termoficare din cartierul Vasile Alecsandri. Lucrările vor înlocui peste opt kilometri de conducte vechi, care pierd aproape o treime din căldura produsă.",
   "Investiția se ridică la 62 de milioane de lei și este finanțată în mare parte din fonduri europene. Constructorul are la dispoziție 18 luni pentru finalizarea lucrărilor.",
   "Locatarii au fost avertizați că pe durata verii apa caldă va fi oprită pe rând în mai multe blocuri. Reprezentanții asociațiilor de proprietari cer ca programul întreruperilor să fie anunțat din timp."),
  ("Elevii din Maramureș, patru medalii la olimpiada de chimie", "Lotul Maramureșului s-a întors de la olimpiada națională de chimie cu patru medalii, dintre care una de aur. Cel mai bun rezultat l-a obținut o elevă de clasa a XI-a de la Colegiul Național Gheorghe Șincai.",
   "Profesoara care a pregătit-o spune că eleva a lucrat în laborator aproape în fiecare după-amiază, timp de doi ani. Tânăra visează să studieze biochimia la o universitate din străinătate.",
   "Inspectoratul Școlar Județean a anunțat că medaliații vor primi premii în bani din partea Consiliului Județean. Rezultatul este cel mai bun obținut de județ la această disciplină în ultimul deceniu."),
  ("Drumul spre Pasul Prislop, închis din cauza alunecărilor de teren", "Circulația pe drumul național care urcă spre Pasul Prislop a fost închisă după ce o porțiune de carosabil s-a surpat în urma ploilor abundente. Polițiștii au instituit o rută ocolitoare prin Vișeu de Sus.",
   "Specialiștii de la drumuri naționale spun că terenul continuă să se miște și că reparația nu poate începe până nu se stabilizează versantul. Localnicii din satele de munte sunt nevoiți să parcurgă zeci de kilometri în plus.",
   "Autoritățile estimează că drumul va rămâne închis cel puțin trei săptămâni. Transportatorii de lemn cer o soluție provizorie, deoarece depozitele din zonă sunt aproape pline.")],
  ["Andrei Popescu", "Ioana Marin", "Mihai Stan"]),
 "sv": ([("Kommunen bygger ny simhall – klar 2027", "Kommunfullmäktige beslutade på måndagskvällen att bygga en ny simhall vid Gammliaområdet. Den gamla anläggningen från 1970-talet har länge haft problem med läckande tak och slitna bassänger.",
   "Den nya hallen får en 25-metersbassäng, en undervisningsbassäng och ett äventyrsbad för barnfamiljer. Kostnaden beräknas till 410 miljoner kronor, vilket gör projektet till kommunens största investering på tio år.",
   "Oppositionen röstade emot och menar att pengarna borde gå till skolor och äldreomsorg. Byggstart planeras till hösten och simhallen väntas öppna för allmänheten under 2027."),
  ("Färre älgar fälls i länet – jägarna oroliga", "Under årets älgjakt fälldes knappt 4 000 djur i länet, vilket är den lägsta siffran på över trettio år. Jägarna beskriver en tydlig minskning av stammen i stora delar av inlandet.",
   "Länsstyrelsen pekar på ökat betestryck från rådjur, fler trafikolyckor och ett växande antal vargar och björnar som möjliga förklaringar. Flera jaktlag har redan valt att frivilligt minska sina kvoter.",
   "Skogsbolagen välkomnar samtidigt att färre älgar innebär mindre betesskador på ung tall. Länsstyrelsen ska under våren genomföra en ny flyginventering för att få säkrare siffror."),
  ("Vårdcentralen i Lycksele får fast läkare efter två år", "Efter två år med enbart hyrläkare får vårdcentralen i Lycksele nu en fast anställd distriktsläkare. Hon flyttar till orten från Göteborg tillsammans med sin familj och börjar arbeta i april.",
   "Patienterna har under lång tid klagat på att de träffar en ny läkare vid varje besök. Regionen har försökt rekrytera sedan 2023 men fått få sökande till tjänsten.",
   "Verksamhetschefen hoppas att den nya läkaren ska göra det lättare att locka fler kollegor till orten. Regionen erbjuder bland annat hjälp med bostad och avskrivning av studielån.")],
  ["Erik Lindqvist", "Sara Holm", "Karin Ek"]),
 "gb": ([("Wisbech bypass plans approved after ten-year wait", "Plans for a bypass around Wisbech have finally been approved by the county council, more than a decade after the scheme was first proposed. The 4.5-mile road will link the A47 with the industrial estate to the north of the town.",
   "Councillors voted by nine to three in favour of the £63m project at a meeting on Monday evening. Supporters said it would take hundreds of lorries a day away from the town centre and the narrow streets around the market place.",
   "Campaigners from a nearby village had objected, warning that the new road would cut across farmland and bring noise to homes that are currently quiet. Work is expected to start next spring, subject to final funding from the Department for Transport."),
  ("Fen farmers warn of steep rise in drainage charges", "Farmers across the Fens say a proposed rise in drainage board charges could push some small holdings out of business. The internal drainage board has put forward an increase of 18 per cent to cover the soaring cost of running its pumping stations.",
   "The board says electricity bills for the pumps that keep the low-lying land from flooding have more than doubled in two years. Without the rise, it warns, maintenance on ageing equipment would have to be postponed.",
   "One grower near March said his bill would rise by several thousand pounds at a time when crop prices were falling. The board will make a final decision at its annual meeting next month, after a consultation with landowners."),
  ("Ely Cathedral roof repairs to cost £4m", "Ely Cathedral has launched an appeal to raise £4m for urgent repairs to the roof of its nave. Surveyors found that lead sheets had slipped and timbers underneath had been damaged by water over several winters.",
   "The Dean said the cathedral had been forced to put buckets in the aisles during heavy rain and that the work could not wait any longer. Scaffolding will go up in the summer, although the building will stay open to visitors throughout.",
   "Heritage grants are expected to cover about half of the cost, with the remainder coming from donations and events. A series of concerts is planned for the autumn to help the fundraising effort.")],
  ["Tom Harris", "Lucy Bennett", "James Cole"]),
 "in": ([("Kochi Metro’s Kakkanad stretch to open by June", "The second phase of Kochi Metro, linking Jawaharlal Nehru Stadium with Kakkanad, is expected to open to passengers by June, officials of Kochi Metro Rail Limited said on Monday. Work on the 11.2-km elevated corridor is nearly 80% complete.",
   "The stretch will have 10 stations, including stops at Palarivattom, Civil Station and the InfoPark campus. Officials said daily ridership on the network could rise by around 60,000 once the new line is in service.",
   "Traders along the Seaport-Airport Road, however, have complained that the prolonged construction has hit their business. The metro agency said road restoration would be taken up immediately after the viaduct work is completed."),
  ("Fishermen stage protest over cut in diesel subsidy", "Hundreds of fishermen staged a protest in front of the Fisheries Department office here on Tuesday against the reduction in the diesel subsidy for mechanised boats. The agitation was organised by a joint action council of fishing unions.",
   "Union leaders said the monthly subsidy had been cut by nearly half, even as the cost of fuel and ice continued to rise. Many boat owners, they said, had already been forced to keep their vessels ashore for several days each week.",
   "The Fisheries Minister has called a meeting of union representatives next week to discuss the issue. The unions have warned that they would launch an indefinite strike if the subsidy was not restored."),
  ("Heatwave: Palakkad schools to shorten working hours", "With the mercury crossing 40 degrees Celsius for the fifth consecutive day, the district administration in Palakkad has directed schools to end classes by 12.30 p.m. The order will remain in force until the end of the month.",
   "The District Collector said outdoor assemblies and sports activities should be avoided during the afternoon. Schools have also been asked to ensure that drinking water is available in every classroom.",
   "The India Meteorological Department has issued a yellow alert for the district and warned that temperatures could rise further over the weekend. Health officials advised the public to avoid direct sunlight between 11 a.m. and 3 p.m.")],
  ["Ravi Menon", "Anjali Iyer", "Suresh Nair"]),
 "au": ([("Wagga council votes to restore main city flood levee", "Wagga Wagga City Council has voted to spend $32 million restoring the main city levee, which protects thousands of homes from the Murrumbidgee River. The upgrade will raise the levee to withstand a one-in-100-year flood.",
   "The decision follows years of debate after the 2012 flood, when the river came within centimetres of the top of the bank. Councillors said the state and federal governments had agreed to cover most of the cost.",
   "Residents in North Wagga, which sits outside the levee, say they feel left behind and want a buyback scheme for flood-prone homes. Construction is expected to begin in spring and take two years."),
  ("Irrigators welcome boost to general security water allocation", "Murrumbidgee irrigators have welcomed an increase in general security water allocations, which rose to 42 per cent on Monday. The water department said good inflows into Burrinjuck and Blowering dams allowed the boost.",
   "Rice growers said the announcement came just in time for planting decisions, with many farmers waiting to see how much water would be available. A grower near Leeton said he would now plant about twice the area he had expected.",
   "The department warned that further increases would depend on rainfall in the catchment over the coming months. Its next allocation statement is due in mid-October."),
  ("Country hospital finally gets its own MRI machine", "Patients in Griffith will no longer have to travel hundreds of kilometres for an MRI scan after the local base hospital unveiled its first machine. Until now, most patients were sent to Wagga Wagga or Canberra.",
   "The $3.5 million scanner was funded by the state government and a long-running community fundraising campaign. Local doctors said faster scans would help them diagnose strokes and injuries much earlier.",
   "The hospital expects to perform around 3,000 scans in the first year. Two radiographers have been recruited, and the health district is still looking for a third.")],
  ["Chloe Nguyen", "Jack Morrison", "Emily Tran"]),
}
# Per language: section (name, intro), tag, related heading, cookie line,
# newsletter box, about (title, text), search (title, count line), author bio.
LX = {
 "pl": (("Region", "Najnowsze wiadomości z Pomorza i Kujaw."), "komunikacja", "Czytaj także", "Ta strona korzysta z plików cookie. Dalsze korzystanie z serwisu oznacza zgodę na ich użycie.",
        "Zapisz się na newsletter i codziennie rano otrzymuj najważniejsze wiadomości z regionu.", ("O nas i kontakt", "Gazeta Nadwiślańska jest niezależnym dziennikiem regionalnym wydawanym od 1991 roku. Redakcja: ul. Portowa 5, tel. 58 123 45 67, redakcja@nadwislanska.pl."),
        ("Wyniki wyszukiwania: tramwaj", "Znaleziono 3 artykuły."), "%s pisze o sprawach miejskich, transporcie i zdrowiu."),
 "tr": (("Gündem", "Ege'den son dakika haberleri ve gelişmeler."), "çevre", "İlgili Haberler", "Sitemizde çerezler kullanılmaktadır. Siteyi kullanmaya devam ederek çerez politikamızı kabul etmiş olursunuz.",
        "E-bültenimize abone olun, günün öne çıkan haberleri her sabah e-posta kutunuzda olsun.", ("Künye ve İletişim", "Ege Postası, 1998 yılından bu yana İzmir'de yayımlanan bölgesel bir gazetedir. Adres: Alsancak Mah. 1453 Sok. No: 7, Konak / İzmir. Telefon: 0232 555 12 34."),
        ("Arama sonuçları: metro", "3 sonuç bulundu."), "%s, kent ve çevre haberlerini takip ediyor."),
 "pt": (("Cidades", "As principais notícias da cidade e da região."), "chuvas", "Leia também", "Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
        "Receba as principais notícias do dia no seu e-mail. Cadastre-se gratuitamente na nossa newsletter.", ("Quem somos", "A Folha do Vale é um jornal independente fundado em 1987 em Campinas. Redação: Rua Barão de Jaguara, 900, Centro. Telefone: (19) 3232-1000."),
        ("Resultados da busca: mercado", "3 resultados encontrados."), "%s é repórter da editoria de Cidades."),
 "id": (("Nasional", "Berita terkini dari seluruh Nusantara."), "banjir", "Berita Terkait", "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui kebijakan privasi kami.",
        "Dapatkan berita pilihan redaksi langsung di kotak masuk Anda setiap pagi.", ("Tentang Kami", "Warta Nusantara adalah media daring yang berdiri sejak 2010 dan berkantor di Jakarta Selatan. Redaksi: Jl. Kemang Raya No. 12, telepon (021) 7190 1234."),
        ("Hasil pencarian: cabai", "Ditemukan 3 berita."), "%s adalah jurnalis desk nasional."),
 "vi": (("Thời sự", "Tin tức thời sự mới nhất trong ngày."), "giao thông", "Tin liên quan", "Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách của chúng tôi.",
        "Đăng ký nhận bản tin để cập nhật những tin tức nổi bật nhất mỗi sáng.", ("Giới thiệu", "Báo Đồng Bằng là cơ quan ngôn luận của Hội Nhà báo thành phố Cần Thơ. Địa chỉ: 38 đường Hòa Bình, quận Ninh Kiều. Điện thoại: 0292 3821 000."),
        ("Kết quả tìm kiếm: cầu", "Tìm thấy 3 kết quả."), "Các bài viết của phóng viên %s."),
 "ko": (("사회", "지역 사회의 주요 소식을 전합니다."), "교통", "관련기사", "이 사이트는 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다.",
        "매일 아침 주요 뉴스를 이메일로 받아보세요. 뉴스레터 구독은 무료입니다.", ("회사소개", "한빛일보는 1995년 창간한 지역 일간지입니다. 주소: 중앙로 120 한빛빌딩 5층. 대표전화: 042-123-4567."),
        ("검색결과: 버스", "총 3건의 기사가 검색되었습니다."), "%s 기자의 기사 목록입니다."),
 "cs": (("Zprávy", "Aktuální zprávy z Polabí."), "doprava", "Související články", "Tento web používá k poskytování služeb soubory cookie. Používáním webu s tím souhlasíte.",
        "Přihlaste se k odběru newsletteru a dostávejte nejdůležitější zprávy z regionu každé ráno.", ("O nás a kontakty", "Polabský deník vychází od roku 1990. Redakce: Karlovo náměstí 12, Kolín, telefon 321 123 456, e-mail redakce@polabsky-denik.cz."),
        ("Výsledky hledání: most", "Nalezeny 3 články."), "%s píše o dopravě a zdravotnictví v Polabí."),
 "ro": (("Actualitate", "Cele mai noi știri din Maramureș."), "educație", "Citește și", "Acest site folosește cookie-uri. Continuarea navigării implică acceptarea politicii noastre de confidențialitate.",
        "Abonează-te la newsletter și primești zilnic cele mai importante știri din județ.", ("Despre noi", "Gazeta de Nord apare la Baia Mare din anul 1992. Redacția: Bulevardul București nr. 8, telefon 0262 211 222, e-mail redactia@gazetadenord.ro."),
        ("Rezultatele căutării: drum", "Au fost găsite 3 articole."), "%s scrie despre administrație și educație."),
 "sv": (("Nyheter", "Senaste nytt från Västerbotten."), "jakt", "Läs också", "Vi använder kakor för att förbättra din upplevelse. Genom att fortsätta godkänner du vår kakpolicy.",
        "Prenumerera på vårt nyhetsbrev och få dagens viktigaste nyheter varje morgon.", ("Om oss och kontakt", "Norrlandsposten ges ut i Umeå sedan 1921. Redaktionen nås på telefon 090-12 34 56 eller via e-post nyheter@norrlandsposten.se."),
        ("Sökresultat: simhall", "3 träffar."), "%s är reporter på nyhetsredaktionen."),
 "gb": (("News", "The latest news from across the Fens."), "transport", "Related stories", "We use cookies to improve your experience on our site. By continuing you agree to our cookie policy.",
        "Sign up to our daily newsletter for the biggest stories from across the Fens.", ("About us and contact", "The Fenland Courier has served Wisbech, March and Ely since 1874. Newsroom: 12 Market Place, Wisbech PE13 1AB, telephone 01945 123456."),
        ("Search results for: bypass", "3 results found."), "%s covers transport, farming and local politics."),
 "in": (("Kerala", "News from across Kerala."), "Kochi Metro", "Related Topics", "This website uses cookies. By continuing to browse, you agree to our use of cookies.",
        "Get the morning’s top stories delivered to your inbox. Subscribe to our free newsletter.", ("About us / Contact", "The Deccan Ledger is an English daily published from Kochi since 1962. Editorial office: MG Road, Ernakulam 682011. Phone: 0484 236 1234."),
        ("Search results for: metro", "Showing 3 results."), "%s reports on Kochi and central Kerala."),
 "au": (("Local news", "News from Wagga Wagga and the Riverina."), "water", "More stories", "This site uses cookies. Read our privacy policy to find out more.",
        "Get the Sentinel's top stories in your inbox every morning. Sign up to our free newsletter.", ("About us", "The Riverina Sentinel has been published in Wagga Wagga since 1908. Contact the newsroom on (02) 6921 1234 or news@riverinasentinel.com.au."),
        ("Search: levee", "3 stories found."), "%s is a reporter for the Riverina Sentinel."),
}
# Month and day names.
TRD, TRM = "Pzt Sal Çar Per Cum Cmt Paz".split(), "Oca Şub Mar Nis May Haz Tem Ağu Eyl Eki Kas Ara".split()
PTM = "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split()
IDD, IDM = "Senin Selasa Rabu Kamis Jumat Sabtu Minggu".split(), "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()
VID = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
CSM = "ledna února března dubna května června července srpna září října listopadu prosince".split()
ENM = "January February March April May June July August September October November December".split()


def ordinal(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def ampm(d, dots):
    s = ("p.m." if d.hour >= 12 else "a.m.") if dots else ("pm" if d.hour >= 12 else "am")
    return "%d:%02d%s%s" % (d.hour % 12 or 12, d.minute, " " if dots else "", s)


def joined(a, sep):
    return sep.join(a) if len(a) < 3 else ", ".join(a[:-1]) + sep + a[-1]


def names_link(a, base):
    return joined(['<a href="%s%s/" rel="author">%s</a>' % (base, slug(n), E(n)) for n in a], " a ")


def slug(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i").replace("’", "")
    a = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    r = re.sub(r"[^a-z0-9]+", "-", a.lower()).strip("-")[:70].strip("-")
    return r or "k%d" % (sum(map(ord, s)) % 10000)  # Hangul: a number


# The twelve publishers: language key, name, <title> pattern, how a story's
# date and byline are shown (meta(s) -> (top html, bottom html)), a teaser's
# date, path pattern, the headline's tag, JSON-LD kind, og:title kind and the
# extra non-article pages.
SITES = [
 dict(k="pl", name="Gazeta Nadwiślańska", tf="{h} | Region | {n}", path="/region/{slug},{id}.html", htag="h1 class=\"entry-title\"", ld="news", og="plain",
      meta=lambda s: ('<div class="entry-meta"><span class="author">%s: %s</span> <span class="posted-on">%s</span> <span class="updated">Aktualizacja: %s</span></div>' % (
          "Autorzy" if len(s["au"]) > 1 else "Autor", E(joined(s["au"], " i ")), s["d"].strftime("%d.%m.%Y o %H:%M"), s["u"].strftime("%d.%m.%Y o %H:%M")), ""),
      td=lambda d, i: "2 godziny temu" if i == 0 else d.strftime("%d.%m.%Y"), extras=[("live", "/na-zywo/sesja-rady-miasta/", "Relacja na żywo: sesja rady miasta",
      "Radni debatują nad budżetem na przyszły rok. Relację prowadzi nasza reporterka.", ["Radni rozpoczęli obrady z półgodzinnym opóźnieniem.", "Głosowanie nad poprawkami przesunięto na koniec sesji.", "Prezydent miasta zabrał głos w sprawie nowej linii tramwajowej."])]),
 dict(k="tr", name="Ege Postası", tf="{n} - {h}", path="/haber/{slug}-{id}/", htag="h1", ld=None, og=None,
      meta=lambda s: ('<div class="haber-bilgi"><span class="muhabir">%s: %s</span> <time>%s %s</time> <span class="guncelleme">Güncelleme: %s %s</span></div>' % (
          "Haber" if len(s["au"]) > 1 else "Muhabir", E(joined(s["au"], " ve ")), TRD[s["d"].weekday()] + ", " + s["d"].strftime("%d ") + TRM[s["d"].month - 1], s["d"].strftime("%Y %H:%M"),
          TRD[s["u"].weekday()] + ", " + s["u"].strftime("%d ") + TRM[s["u"].month - 1], s["u"].strftime("%Y %H:%M")), ""),
      td=lambda d, i: d.strftime("%d.%m.%Y %H:%M"), extras=[("video", "/video/izmir-korfezi-havadan/", "İzmir Körfezi havadan görüntülendi", "Körfezdeki temizlik çalışmaları drone ile görüntülendi.", [])]),
 dict(k="pt", name="Folha do Vale", tf="{h} » {n}", path="/cidades/2025/03/{slug}.html", htag="h1 class=\"content-head__title\"", ld="yoast", og="plain",
      meta=lambda s: ('<p class="content-publication-data">Texto: %s<br><time>Publicado em %d de %s de %d às %dh%02d</time> · Atualizado em %d de %s de %d às %dh%02d</p>' % (
          E(joined(s["au"], " e ")), s["d"].day, PTM[s["d"].month - 1], s["d"].year, s["d"].hour, s["d"].minute, s["u"].day, PTM[s["u"].month - 1], s["u"].year, s["u"].hour, s["u"].minute), ""),
      td=lambda d, i: d.strftime("%d/%m/%Y %Hh%M"), extras=[("gallery", "/fotos/temporal-na-zona-norte/", "Galeria: o temporal na zona norte em fotos", "Veja as imagens dos estragos causados pela chuva.", [])]),
 dict(k="id", name="Warta Nusantara", tf="{h} - {n}", path="/read/2025/03/{dd}/{id}/{slug}/", htag="h2 class=\"title\"", ld=None, og="plain",
      meta=lambda s: ('<div class="date">%s, %d %s %d | %s WIB</div>' % (IDD[s["d"].weekday()], s["d"].day, IDM[s["d"].month - 1], s["d"].year, s["d"].strftime("%H:%M")),
                      '<div class="penulis">Oleh: %s<br>Editor: Budi Santoso</div>' % E(joined(s["au"], " dan "))),
      td=lambda d, i: "%d %s %d" % (d.day, IDM[d.month - 1], d.year), extras=[("archive", "/indeks/2025-03-04/", "Indeks Berita Selasa, 4 Maret 2025", "Kumpulan berita yang terbit pada hari ini.", [])]),
 dict(k="vi", name="Báo Đồng Bằng", tf="{h} - {n}", path="/{slug}-{id}.html", htag="h1 class=\"title-detail\"", ld=None, og=None,
      meta=lambda s: ('<span class="date">%s, %d/%d/%d, %s (GMT+7)</span>' % (VID[s["d"].weekday()], s["d"].day, s["d"].month, s["d"].year, s["d"].strftime("%H:%M")),
                      '<p class="Normal" style="text-align:right;"><strong>%s</strong></p>' % E(" - ".join(s["au"]))),
      td=lambda d, i: "%d/%d/%d" % (d.day, d.month, d.year), extras=[("video", "/video/lu-ve-mien-tay-4870.html", "Video: Lũ về miền Tây", "Nước lũ dâng cao tại các huyện đầu nguồn.", []),
                                                                   ("archive", "/tin-tuc-24h/ngay-5-3-2025.html", "Tin tức ngày 5/3/2025", "Tổng hợp tin tức trong ngày.", [])]),
 dict(k="ko", name="한빛일보", tf="{h} | Hanbit Ilbo", path="/news/articleView/{id}/", htag="h1 class=\"heading\"", ld=None, og="plain",
      meta=lambda s: ('<ul class="infomation"><li><i class="icon-user"></i> %s 기자</li><li>입력 %s</li><li>수정 %s</li></ul>' % (
          E("·".join(s["au"])), "%d. %d. %d. %s" % (s["d"].year, s["d"].month, s["d"].day, s["d"].strftime("%H:%M")), "%d. %d. %d. %s" % (s["u"].year, s["u"].month, s["u"].day, s["u"].strftime("%H:%M"))),
          '<p class="byline">%s 기자 %s@hanbit.kr</p>' % (E("·".join(s["au"])), "news")),
      td=lambda d, i: d.strftime("%Y.%m.%d"), extras=[("newsletter", "/newsletter/", "한빛 뉴스레터 구독하기", "매주 월요일과 목요일, 꼭 읽어야 할 지역 소식을 보내드립니다.", [])]),
 dict(k="cs", name="Polabský deník", tf="{h} | {n}", path="/zpravy/{slug}-{id}/", htag="h1", ld="news-str", og="site",
      meta=lambda s: ('<div class="article-meta">Autor: %s · <span class="date">%d. %s %d %s</span></div>' % (
          names_link(s["au"], "/autor/"), s["d"].day, CSM[s["d"].month - 1], s["d"].year, s["d"].strftime("%H:%M")), ""),
      td=lambda d, i: "%d. %d. %d" % (d.day, d.month, d.year), extras=[("live", "/online/povodne-na-labi/", "ONLINE: Povodně na Labi", "Sledujte vývoj situace na Labi v přímém přenosu.",
                                                                       ["Hladina v Nymburce stoupla o dvacet centimetrů.", "Hasiči staví protipovodňové zábrany v Kolíně.", "Hydrologové očekávají kulminaci v noci."])]),
 dict(k="ro", name="Gazeta de Nord", tf="{h} - {n}", path="/stiri/{slug}/", htag="h1 class=\"single-title\"", ld="modified", og=None,
      meta=lambda s: ('<div class="post-info">%s: %s <span class="sep">/</span> <span class="data">%s</span> <span class="sep">/</span> Actualizat: %s</div>' % (
          "Autori" if len(s["au"]) > 1 else "Autor", E(joined(s["au"], " și ")), s["d"].strftime("%d/%m/%Y"), s["u"].strftime("%d/%m/%Y %H:%M")), ""),
      td=lambda d, i: d.strftime("%d/%m/%Y"), extras=[("gallery", "/galerie-foto/iarna-in-maramures/", "Galerie foto: Iarna în Maramureș", "Imagini de la cititorii noștri.", [])]),
 dict(k="sv", name="Norrlandsposten", tf="{h} | {n}", path="/nyheter/{slug}/", htag="h1", ld="news", og="plain",
      meta=lambda s: ('<div class="byline"><span class="text">Text: %s</span> <span class="foto">Foto: Johan Berg</span></div>' % E(joined(s["au"], " och ")),
                      '<div class="timestamps">Publicerad %s · Uppdaterad %s</div>' % (s["d"].strftime("%Y-%m-%d %H:%M"), s["u"].strftime("%Y-%m-%d %H:%M"))),
      td=lambda d, i: d.strftime("%Y-%m-%d"), extras=[("newsletter", "/nyhetsbrev/", "Nyhetsbrev från Norrlandsposten", "Få de viktigaste nyheterna från länet direkt i mejlen.", [])]),
 dict(k="gb", name="The Fenland Courier", tf="{n} | {h}", path="/news/2025/03/{slug}/", htag="h1 class=\"headline\"", ld=None, og=None,
      meta=lambda s: ('<p class="meta">%s | %s %s %d</p>' % (E(joined(s["au"], " and ")), ordinal(s["d"].day), ENM[s["d"].month - 1], s["d"].year), ""),
      td=lambda d, i: "%s %s" % (ordinal(d.day), ENM[d.month - 1]), extras=[("newsletter", "/newsletters/", "Newsletters", "Choose the Courier newsletters you would like to receive.", []),
                                                                              ("gallery", "/pictures/wisbech-rose-fair/", "In pictures: Wisbech Rose Fair", "Our photographer's best pictures from the weekend.", [])]),
 dict(k="in", name="The Deccan Ledger", tf="{h} - The Deccan Ledger", path="/news/cities/kochi/{slug}/article{id}/", htag="h1 class=\"title\"", ld="news", og="plain",
      meta=lambda s: ('<div class="update-publish-time"><p>Updated - %s %d, %d %s IST</p><p>Published - %s %d, %d, %s IST</p></div><div class="author-name">By %s%s</div>' % (
          ENM[s["u"].month - 1][:3] + ".", s["u"].day, s["u"].year, ampm(s["u"], True), ENM[s["d"].month - 1][:3] + ".", s["d"].day, s["d"].year, ampm(s["d"], True),
          E(joined(s["au"], " and ")), "" if len(s["au"]) > 1 else ", Correspondent"), ""),
      td=lambda d, i: "%s %d, %d" % (ENM[d.month - 1][:3] + ".", d.day, d.year), extras=[("video", "/videos/watch-kochi-water-metro/", "Watch | A ride on the Kochi Water Metro", "A look at the new route to Fort Kochi.", []),
                                                                                          ("archive", "/archive/web/2025/03/06/", "Archive: March 6, 2025", "Stories published on this day.", [])]),
 dict(k="au", name="Riverina Sentinel", tf="{h} | Riverina Sentinel", path="/story/{id}/{slug}/", htag="h1", ld="crumbs", og="plain",
      meta=lambda s: ('<div class="byline">Reporter: %s</div><div class="timestamp">Posted %s at %s, updated %s at %s</div>' % (
          E(joined(s["au"], " and ")), s["d"].strftime("%a %-d %b %Y"), ampm(s["d"], False), s["u"].strftime("%a %-d %b %Y"), ampm(s["u"], False)), ""),
      td=lambda d, i: d.strftime("%-d %b %Y"), extras=[("live", "/live/flood-updates/", "Live: Murrumbidgee flood updates", "Follow the latest as the river rises.",
                                                        ["SES crews are sandbagging in North Wagga.", "The Hampden Bridge has been closed to traffic.", "Evacuation centre opened at the showground."]),
                                                       ("video", "/video/levee-walk/", "Video: Walking the levee", "Our reporter walks the length of the main city levee.", [])]),
]


def page(c, i, title, main, head="", side=""):
    """A page of site c in its own frame: the cookie line first or last, the
    newsletter box and the aside placed by the site's index i."""
    L = LX[c["k"]]
    nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in c["nav"])
    foot = " · ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in c["foot"])
    cookie = '<div id="cookie-notice" class="cc-banner"><p>%s</p><button>OK</button></div>' % E(L[3])
    nl = '<div class="newsletter-signup"><p>%s</p><form action="%s"><input type="email" name="email"><button>&#9993;</button></form></div>' % (E(L[4]), c["nlpath"])
    body = '<div class="container"><main id="main">%s</main><aside class="sidebar">%s%s</aside></div>' % (main, side, nl if i % 2 else "")
    return ('<!doctype html><html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s'
            '<link rel="stylesheet" href="/assets/site.css"></head><body>%s<header class="site-header"><a class="logo" href="/">%s</a><nav><ul>%s</ul></nav></header>'
            '%s%s<footer class="site-footer"><p>%s</p><p>&copy; 2025 %s</p></footer>%s</body></html>') % (
        c["lang"], E(title), head, cookie if i % 3 else "", E(c["name"]), nav, body, "" if i % 2 else nl, foot, E(c["name"]), "" if i % 3 else cookie)


def teasers(c, stories, lead=True):
    return '<ul class="teasers">%s</ul>' % "".join('<li><h3><a href="%s">%s</a></h3><span class="time">%s</span>%s</li>' % (
        s["path"], E(s["head"]), E(c["td"](s["d"], j)), "<p>%s</p>" % E(s["paras"][0].split(". ")[0] + ".") if lead else "") for j, s in enumerate(stories))


def url(c, p):
    return "http://%s:%d%s" % (c["host"], PORT, p)


LANGTAG = {"pl": "pl", "tr": "tr", "pt": "pt-BR", "id": "id", "vi": "vi", "ko": "ko", "cs": "cs", "ro": "ro", "sv": "sv", "gb": "en-GB", "in": "en-IN", "au": "en-AU"}
ZONE = {"pl": "+01:00", "pt": "-03:00", "cs": "+01:00", "ro": "+02:00", "sv": "+01:00", "in": "+05:30", "au": "+11:00"}
for si, c in enumerate(SITES):
    c["host"], c["lang"] = "127.0.2.%d" % (174 + si), LANGTAG[c["k"]]
    L, (texts, names) = LX[c["k"]], TEXTS[c["k"]]
    sec, tagname = L[0], L[1]
    stories = []
    for i, (head, *paras) in enumerate(texts):
        d = datetime.datetime(2025, 3, [3, 11, 18][i] + si % 4, 6 + (si * 5 + i * 7) % 15, (si * 13 + i * 17) % 60)
        if c["k"] == "in" and i == 1:
            d = d.replace(hour=0, minute=40)  # 12:40 a.m. IST: the day before in UTC
        au = [names[0], names[1]] if i == 1 else [names[i]]
        sid = 40000 + si * 100 + i * 7
        path = c["path"].format(slug=slug(head), id=sid, dd="%02d" % d.day)
        stories.append(dict(head=head, paras=paras, d=d, u=d + datetime.timedelta(days=1, hours=2, minutes=11), au=au, path=path, id=sid))
    # Paths of the non-article pages.
    author = names[0]
    pages = [("section", "/%s/" % slug(sec[0]), sec[0]), ("tag", "/tag/%s/" % slug(tagname), tagname)]
    pages += [("author", ("/autor/" if c["k"] == "cs" else "/author/") + slug(a) + "/", a) for a in (names if c["k"] == "cs" else [author])]
    pages += [("search", "/search/?q=%s" % slug(L[6][0].split(": ")[-1]) if si % 2 else "/search/%s/" % slug(L[6][0].split(": ")[-1]), L[6][0]), ("about", "/about/", L[5][0])]
    pages += [(x[0], x[1], x[2]) for x in c["extras"]]
    c["nlpath"] = next((p for k, p, _ in pages if k == "newsletter"), "/newsletter/subscribe/")
    c["nav"] = [(pages[0][1], sec[0])] + [(p, t) for k, p, t in pages if k in ("live", "video", "gallery")]
    c["foot"] = [(p, t) for k, p, t in pages if k in ("about", "author", "search", "newsletter", "archive", "tag")]
    for i, s in enumerate(stories):
        d, iso = s["d"], s["d"].strftime("%Y-%m-%dT%H:%M:%S") + ZONE.get(c["k"], "+00:00")
        top, bottom = c["meta"](s)
        related = '<section class="related"><h2>%s</h2>%s</section>' % (E(L[2]), teasers(c, [t for t in stories if t is not s], lead=False))
        body = "".join("<p>%s</p>" % E(p) for p in s["paras"][:2]) + ('<div class="inline-nl"><p>%s</p><form action="%s"><input type="email" name="email"><button>&#10140;</button></form></div>' % (E(L[4]), c["nlpath"]) if si % 2 == 0 else "") + "<p>%s</p>" % E(s["paras"][2])
        htag = c["htag"].split()[0]
        art = '<article class="article"><div class="breadcrumb"><a href="/">%s</a> › <a href="%s">%s</a></div><%s>%s</%s>%s<figure><img src="/img/%d.jpg" alt=""><figcaption>%s</figcaption></figure><div class="article-body">%s</div>%s<div class="tags"><a href="%s">#%s</a></div></article>' % (
            E(c["name"]), pages[0][1], E(sec[0]), c["htag"], E(s["head"]), htag, top, s["id"], E(c["name"]), body, bottom, pages[1][1], E(tagname))
        head = ""
        if c["og"]:
            head += '<meta property="og:title" content="%s"><meta property="og:type" content="article">' % E(s["head"] + (" | " + c["name"] if c["og"] == "site" else ""))
        ld = None
        person = [{"@type": "Person", "name": a} for a in s["au"]]
        uiso = s["u"].strftime("%Y-%m-%dT%H:%M:%S") + ZONE.get(c["k"], "+00:00")
        if c["ld"] == "news":
            ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso, "dateModified": uiso, "author": person}
        elif c["ld"] == "news-str":
            ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso, "author": ", ".join(s["au"])}
        elif c["ld"] == "modified":
            ld = {"@context": "https://schema.org", "@type": "Article", "headline": s["head"], "dateModified": uiso, "author": person}
        elif c["ld"] == "crumbs":
            ld = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": sec[0], "item": url(c, pages[0][1])}]}
        elif c["ld"] == "yoast":
            pid = [url(c, "/#/schema/person/%s" % slug(a)) for a in s["au"]]
            ld = {"@context": "https://schema.org", "@graph": [
                {"@type": "Article", "@id": url(c, s["path"]) + "#article", "isPartOf": {"@id": url(c, s["path"])}, "author": [{"@id": p} for p in pid], "headline": s["head"], "datePublished": iso},
                {"@type": "WebPage", "@id": url(c, s["path"]), "name": s["head"] + " » " + c["name"], "datePublished": iso, "dateModified": uiso},
                {"@type": "Organization", "@id": url(c, "/#organization"), "name": c["name"]}] + [{"@type": "Person", "@id": p, "name": a} for p, a in zip(pid, s["au"])]}
        if ld:
            head += '<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False)
        side = related if si % 2 else ""  # the related stories beside the story or under it
        write_page(OUT, c["host"], s["path"], page(c, si, c["tf"].format(h=s["head"], n=c["name"]), art + ("" if side else related), head, side))
        truth["articles"].append(dict(url=url(c, s["path"]), title=s["head"], date=d.strftime("%Y-%m-%d"), authors=s["au"], must=[s["paras"][2][:40]], must_not=[L[4][:40]]))
    for k, p, t in pages:
        x = next((x for x in c["extras"] if x[1] == p), None)
        if k == "section":
            main = "<h1>%s</h1><p>%s</p>%s" % (E(t), E(sec[1]), teasers(c, stories))
        elif k == "tag":
            main = '<h1 class="tag-title">#%s</h1>%s' % (E(t), teasers(c, stories[1:]))
        elif k == "author":
            main = '<div class="author-box"><img src="/img/author.jpg" alt=""><h1>%s</h1><p>%s</p></div>%s' % (E(t), E(L[7] % t), teasers(c, [s for s in stories if t in s["au"]]))
        elif k == "search":
            main = '<h1>%s</h1><form action="/search/"><input name="q"></form><p>%s</p>%s' % (E(t), E(L[6][1]), teasers(c, stories))
        elif k == "about":
            main = "<h1>%s</h1><p>%s</p>" % (E(t), E(L[5][1]))
        elif k == "live":
            main = '<h1>%s</h1><p class="lead">%s</p>%s' % (E(t), E(x[3]), "".join('<div class="live-entry"><time>%02d:%02d</time><p>%s</p></div>' % (19 - j, 5 + 20 * j % 60, E(e)) for j, e in enumerate(x[4])))
        elif k == "video":
            main = '<h1>%s</h1><video controls src="/media/clip.mp4"></video><p>%s</p><span class="time">%s</span>' % (E(t), E(x[3]), E(c["td"](stories[0]["d"], 1)))
        elif k == "gallery":
            main = '<h1>%s</h1><p>%s</p>%s' % (E(t), E(x[3]), "".join('<figure><img src="/img/g%d.jpg" alt=""><figcaption>%d/6</figcaption></figure>' % (j, j + 1) for j in range(6)))
        elif k == "archive":
            main = '<h1>%s</h1><p>%s</p>%s' % (E(t), E(x[3]), teasers(c, stories[:2]))
        else:  # newsletter
            main = '<h1>%s</h1><p>%s</p><form action="%s"><input type="email" name="email"><label><input type="checkbox"> OK</label><button>&#10003;</button></form>' % (E(t), E(x[3]), p)
        write_page(OUT, c["host"], p.split("?")[0], page(c, si, "%s | %s" % (t, c["name"]), main))
        truth["nonarticles"].append(url(c, p))
    c["stories"] = stories
    home = '<h1 class="sr-only">%s</h1>%s' % (E(c["name"]), teasers(c, rnd.sample(stories, len(stories))))  # the front page's own order
    if c["k"] == "au":  # the Australian paper reprints two of the UK paper's stories a day later
        gb = SITES[9]
        for j, o in enumerate(gb["stories"][:2]):
            s = dict(o, d=o["d"] + datetime.timedelta(days=1, hours=3), u=o["d"] + datetime.timedelta(days=1, hours=5), path="/story/%d/%s/" % (49000 + j, slug(o["head"])))
            top, _ = c["meta"](s)
            credit = "" if j == 0 else '<p class="credit"><em>Originally published by <a href="%s">The Fenland Courier</a>.</em></p>' % url(gb, o["path"])
            art = '<article class="article"><h1>%s</h1>%s<div class="article-body">%s</div>%s</article>' % (E(o["head"]), top, "".join("<p>%s</p>" % E(p) for p in o["paras"]), credit)
            head = '<link rel="canonical" href="%s">' % url(gb, o["path"]) if j == 0 else ""
            write_page(OUT, c["host"], s["path"], page(c, si, c["tf"].format(h=o["head"]), art, head))
            truth["synd"].append(dict(copy=url(c, s["path"]), orig=url(gb, o["path"])))
            home += '<div class="wire"><a href="%s">%s</a></div>' % (s["path"], E(o["head"]))
    write_page(OUT, c["host"], "/", page(c, si, c["name"], home))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
