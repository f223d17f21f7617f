"""Web ak: ten papers in Africa and South Asia, in English and French
(Nigeria, Ghana, Kenya, Uganda, South Africa, Senegal, Cote d'Ivoire,
Morocco, Pakistan, Bangladesh), each on the template of a CMS those papers
use: Jannah/TieLabs (the WordPress account "Ledger Online" as meta author and
Yoast JSON-LD author, the real byline "From Femi Adeyemi, Abuja" in bold as
the first paragraph), Newspaper/tagDiv with "tdb" blocks (the publish time
in a <time class="entry-date updated">, a "Last updated" block, JSON-LD with
dates only), JNews (jeg_ classes, "by A and B", an SEO og:title that differs
from the h1), Soledad (penci classes, an AMP copy of every story linked by
rel=amphtml), a custom South African CMS (kicker, byline with role, "03 March
2025 | 18:45" then "Updated ..."), Drupal (the default "Soumis par redaction
le ..." line over a signature field "Par Aminata Diallo (Dakar)", "Mis a jour
le"), old custom PHP from Abidjan (logo in the h1, the headline in an h2,
"Publie le lundi 3 mars 2025 | 16:12 - Mis a jour le ...", a bold signature
under the body, "Source : AIP"), a Moroccan custom CMS ("Le 24/04/2025 a
00h45", JSON-LD at +01:00, a story past local midnight), a Pakistani one
(Dawn-like story__ classes, "Published March 5, 2025" with the ISO time in a
title attribute, "Our Correspondent", "APP") and a Bangladeshi one
("Published : 04 Mar 2025, 11:30 AM  Updated : ...", "Staff Correspondent,
Chattogram"). Heavy ad markup ("- Advertisement -" slots between
paragraphs, sticky footer ads), WhatsApp/Telegram join prompts, "Also read"
links inside bodies, mastheads with today's date, "most read" sidebars with
relative times, comment blocks with later dates, cookie and newsletter
pop-ups, photo credits, share bars, author bio boxes, breadcrumbs. Articles
(30); generic credits ("By Our Reporter", "Staff Correspondent", "News
Desk", "La Redaction") count as no author; agencies (GNA, APS, AIP, APP,
African News Agency) count as authors. Non-articles: home, section, tag,
author, search, date archive, about and contact on every site, plus
advertise-with-us, sponsored/press-release/"Publireportage"/"Communique"
pages, video, gallery, live blog, podcast, event listing, job vacancy,
obituary, tender notices ("Invitation for bids", "Avis d'appel d'offres"),
e-paper, weather, horoscope and newsletter sign-up pages; robots.txt,
sitemaps and RSS feeds; the AMP copies are reachable only by rel=amphtml
and are in neither list. Crawled once with /tmp/nr-base/newsroom: stored
all 30 stories, titles 30, dates 29 (Karachi: the "Updated ... 09:10am"
time taken over "Published" and its ISO title attribute), authors 19
(account/JSON-LD "Ledger Online" over the bold in-body byline; generic
credits "Staff Correspondent", "Our Correspondent", "La Redaction" and the
publisher kept as authors; "(Dakar)" kept; bare agency credits "APS",
"Source : AIP", "APP" and a bold signature under the body unread), bodies
10 of 10, 2 of 110 non-articles stored (a live blog and a tender notice,
both dated by the masthead's today). Writes the sites and truth.json under
the directory given as the first argument."""
import datetime, html, json, os, random, re, sys, unicodedata  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18116
rnd = random.Random("web-ak")
truth = {"articles": [], "nonarticles": [], "synd": []}
E, DT, TD = html.escape, datetime.datetime, datetime.timedelta
TODAY = datetime.date.today()
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
DAYS_FR = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()


def slug(s):
    s = unicodedata.normalize("NFKD", s.lower())
    return re.sub(r"[^a-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")[:70].strip("-")


def en_long(d): return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
def fr_long(d): return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
def ampm(d): return "%d:%02d %s" % ((d.hour - 1) % 12 + 1, d.minute, "am" if d.hour < 12 else "pm")
def masthead_en(): return "%s, %s" % (DAYS_EN[TODAY.weekday()], en_long(TODAY))
def masthead_fr(): return "%s %s" % (DAYS_FR[TODAY.weekday()], fr_long(TODAY))
def iso(d, tz): return d.strftime("%Y-%m-%dT%H:%M:%S") + ("+%02d:00" % tz if tz >= 0 else "-%02d:00" % -tz)


def url(c, p): return "http://%s:%d%s" % (c["host"], PORT, p)


# ---------------------------------------------------------------- stories
# Per site: headline, local time, authors (truth), credit as printed, paragraphs,
# optional standfirst and update time (hours after publication).
ST = {}
ST["ng"] = [
 dict(head="FG approves N2.4tn for rehabilitation of Lagos-Ibadan rail corridor", t=DT(2025, 3, 3, 16, 12), au=["Femi Adeyemi"], cred="From Femi Adeyemi, Abuja", upd=20,
      paras=["The Federal Executive Council on Monday approved N2.4 trillion for the rehabilitation and extension of the Lagos-Ibadan standard gauge rail corridor, including new freight sidings at Apapa and Moniya.",
             "The Minister of Transportation told State House correspondents after the meeting that the contract would be executed in three phases over thirty months, with the first trains on the extended line expected before the end of 2026.",
             "He said the corridor had carried more than 1.2 million passengers since commercial operations began, but that freight volumes remained far below projections because of the missing link to the port.",
             "Members of the Lagos Chamber of Commerce welcomed the approval, saying the movement of containers by rail would ease the gridlock on the Apapa-Oshodi Expressway.",
             "The council also approved the procurement of twelve new locomotives, which the minister said would be assembled partly in Nigeria under a technology transfer agreement."]),
 dict(head="Kano farmers count losses as tomato blight spreads across three LGAs", t=DT(2025, 3, 5, 9, 40), au=[], cred="By Our Reporter",
      paras=["Tomato farmers in Kura, Garun Mallam and Bunkure local government areas of Kano State are counting their losses after a fresh outbreak of the Tuta absoluta pest destroyed hundreds of hectares of crops.",
             "A farmer in Kura, Malam Sani Abdullahi, said he lost almost his entire harvest within one week, adding that the chemicals sold in the local market no longer worked.",
             "The price of a basket of tomatoes in Lagos markets has risen from N18,000 to about N45,000 in two weeks, traders said.",
             "The state Commissioner for Agriculture said extension workers had been deployed to the affected communities and that the government would distribute approved pesticides free of charge."]),
 dict(head="Lagos begins enforcement of ban on single-use plastics", t=DT(2025, 3, 6, 23, 5), au=["Chiamaka Okafor", "Tunde Bakare"], cred="By Chiamaka Okafor and Tunde Bakare",
      paras=["The Lagos State Government has begun enforcing its ban on styrofoam food packs and single-use plastic bags, with officials of the environment ministry visiting markets and eateries across the state.",
             "The Commissioner for the Environment said manufacturers and distributors had been given enough time to clear their stock since the ban was announced in January.",
             "Several food vendors in Yaba and Ikeja said they had switched to paper packs, although they complained that the alternatives cost almost twice as much.",
             "Environmental groups praised the enforcement, noting that plastic waste is a major cause of blocked drains and flooding in the city during the rainy season.",
             "Offenders face fines and the sealing of their premises, the commissioner warned."]),
]
ST["gh"] = [
 dict(head="Cedi gains 2.1% against dollar as BoG tightens forex rules", t=DT(2025, 3, 4, 8, 30), au=["Kwame Mensah"], cred="Kwame Mensah", upd=50,
      paras=["The Ghana cedi appreciated by 2.1 percent against the US dollar last week, its strongest weekly gain this year, after the Bank of Ghana introduced new rules on foreign exchange trading by commercial banks.",
             "Under the new directive, banks must report all forex transactions above 50,000 dollars within 24 hours and may no longer hold net open positions above a set share of their capital.",
             "Forex dealers in Accra said the measures had reduced speculative demand, although some importers complained that they now wait longer for their dollar requests to be honoured.",
             "Analysts at a local investment bank said the cedi could remain stable in the short term if cocoa export receipts come in as expected.",
             "The central bank governor is expected to address the media after the next Monetary Policy Committee meeting."]),
 dict(head="Galamsey: Water Resources Commission warns of Pra River contamination", t=DT(2025, 3, 5, 14, 20), au=["Abena Owusu-Ansah"], cred="Abena Owusu-Ansah",
      paras=["The Water Resources Commission says turbidity levels in the Pra River have reached levels that make treatment almost impossible, blaming illegal mining along its banks.",
             "At a press briefing in Accra, the commission's executive secretary said water treatment plants at Daboase and Sekyere Heman had been forced to shut down several times this year.",
             "Residents of communities along the river told the Accra Daily Pulse that they now buy sachet water for cooking because the river has turned brown.",
             "The commission called for the deployment of a joint military and police task force to the affected areas and for the prosecution of those financing the illegal miners."]),
 dict(head="GPL: Hearts of Oak edge Kotoko in Accra derby", t=DT(2025, 3, 9, 17, 45), au=["GNA"], cred="GNA",
      paras=["Accra Hearts of Oak beat Asante Kotoko 1-0 in the Ghana Premier League super clash at the Accra Sports Stadium on Sunday.",
             "The only goal of the game came in the 67th minute when the striker headed home a corner kick from the left.",
             "Kotoko had the better of the first half but failed to convert several chances, with the Hearts goalkeeper making two fine saves.",
             "The win moves Hearts of Oak to fourth on the league table, three points behind the leaders."]),
]
ST["ke"] = [
 dict(head="Teachers' union calls off strike after TSC agrees to pay arrears", t=DT(2025, 3, 4, 10, 15), au=["Wanjiru Kamau", "Otieno Odhiambo"], cred="by Wanjiru Kamau and Otieno Odhiambo",
      sub="The deal, signed late on Monday, ends a week-long strike that had paralysed learning in public schools.",
      paras=["The Kenya National Union of Teachers has called off its nationwide strike after the Teachers Service Commission agreed to pay salary arrears owed since the last collective bargaining agreement.",
             "Speaking at the union's headquarters in Nairobi, the secretary general said teachers would return to class on Wednesday morning.",
             "The TSC said the arrears, amounting to about Sh12 billion, would be paid in two instalments in April and July.",
             "Parents had complained that the strike came only weeks before national examinations, while some private schools reported a surge in enquiries.",
             "The agreement also commits the commission to hire 20,000 intern teachers on permanent terms by the end of the year."]),
 dict(head="Mombasa port congestion eases as new berth opens", t=DT(2025, 3, 6, 13, 0), au=["Hassan Mwinyi"], cred="by Hassan Mwinyi",
      paras=["Congestion at the port of Mombasa has eased after the Kenya Ports Authority opened a new container berth at the Kipevu terminal.",
             "Ships waiting at anchor fell from 18 to five within a week, according to the authority's daily shipping list.",
             "Clearing agents said the time needed to clear a container had dropped from seven days to about four.",
             "The authority plans to open a second berth at the terminal before the end of the year."]),
 dict(head="Nyeri coffee farmers get better prices at first auction of the season", t=DT(2025, 3, 8, 11, 30), au=["Njeri Mwangi"], cred="by Njeri Mwangi",
      paras=["Coffee farmers in Nyeri County have received higher prices at the first auction of the season at the Nairobi Coffee Exchange.",
             "A 50-kilogramme bag of AA grade coffee fetched an average of 420 dollars, up from 350 dollars last year.",
             "Cooperative society officials attributed the rise to strong demand from buyers in Europe and the United States.",
             "The county government said it would use part of its budget to buy new pulping machines for the societies."]),
]
ST["ug"] = [
 dict(head="KCCA to relocate Owino traders ahead of market rebuild", t=DT(2025, 3, 5, 14, 30), au=["Sarah Namutebi"], cred="Sarah Namutebi",
      paras=["Kampala Capital City Authority has asked more than 5,000 traders in St Balikuddembe Market, popularly known as Owino, to prepare to move to temporary stalls by the end of April.",
             "The authority's executive director said the market would be demolished and rebuilt as a modern six-storey complex with parking and a fire station.",
             "Traders' leaders said they were not opposed to the project but wanted written guarantees that every current stall owner would get space in the new building.",
             "Many traders still remember the fire that destroyed part of the market, and some said they feared losing their customers during the move.",
             "The project will be financed through a loan from the African Development Bank, the authority said."]),
 dict(head="Uganda Cranes name squad for AFCON qualifier against Congo", t=DT(2025, 3, 7, 10, 0), au=[], cred="Staff Correspondent",
      paras=["The Uganda Cranes coach has named a 25-man squad for the Africa Cup of Nations qualifier against Congo later this month.",
             "The squad includes four players from the local league and two uncapped defenders who play in the Tanzanian league.",
             "The team will camp in Entebbe for a week before travelling to Brazzaville.",
             "Uganda need a win to keep their hopes of qualifying alive."]),
 dict(head="Gulu hospital receives oxygen plant from Japanese government", t=DT(2025, 3, 10, 9, 15), au=["Daniel Okello"], cred="Daniel Okello",
      paras=["Gulu Regional Referral Hospital has received an oxygen production plant donated by the Japanese government.",
             "The plant can fill 120 cylinders a day, enough for the hospital and several health centres in the Acholi sub-region.",
             "The hospital director said the facility would save lives, especially of children with pneumonia and mothers with complications at birth.",
             "The Japanese ambassador said the donation was part of a programme that had already supplied oxygen plants to four other regional hospitals."]),
]
ST["za"] = [
 dict(head="Eskom suspends load-shedding as generation fleet recovers", t=DT(2025, 3, 3, 18, 45), au=["Lwazi Dlamini"], cred="Lwazi Dlamini", role="Political Reporter", upd=12,
      kicker="ELECTRICITY", sub="The utility says unplanned outages have fallen below 13,000MW for the first time in a month.",
      paras=["Eskom has suspended load-shedding with immediate effect, saying its generation fleet has recovered after a week of breakdowns at several coal-fired power stations.",
             "The power utility said unplanned outages had fallen to 12,400MW, and that two units at Kusile and one at Medupi had returned to service over the weekend.",
             "The Minister of Electricity said the country should not expect load-shedding to return during the winter months, but warned that the grid remained constrained.",
             "Business groups welcomed the announcement, saying the latest round of power cuts had cost the economy billions of rand.",
             "Eskom said it would continue to use its diesel-powered open cycle gas turbines sparingly to manage costs."]),
 dict(head="Cape Town taxi strike: Santaco and city reach deal on impounded vehicles", t=DT(2025, 3, 5, 7, 30), au=["Thandeka Mokoena", "Pieter du Plessis"], cred="Thandeka Mokoena and Pieter du Plessis", role="",
      kicker="TRANSPORT", sub="Commuters were left stranded across the metro for two days.",
      paras=["The South African National Taxi Council and the City of Cape Town have reached an agreement that ends a two-day taxi strike which left thousands of commuters stranded.",
             "Under the deal, the city will release minibus taxis impounded for minor offences once operators pay a reduced fine.",
             "Schools in Khayelitsha and Gugulethu had closed early on Tuesday, while many workers were unable to reach their jobs in the city centre.",
             "The mayoral committee member for safety said the city would not tolerate violence and that those who had attacked buses would be prosecuted."]),
 dict(head="Durban beaches reopen after E. coli levels fall", t=DT(2025, 3, 8, 12, 10), au=["African News Agency"], cred="African News Agency", role="",
      kicker="KWAZULU-NATAL",
      paras=["The eThekwini Municipality has reopened six beaches along the Durban beachfront after the latest water tests showed that E. coli levels had returned to safe limits.",
             "The beaches were closed two weeks ago after heavy rains caused sewage spills from damaged pump stations.",
             "Lifeguards will be on duty at all the reopened beaches, the municipality said.",
             "Tourism operators said the closures had hurt business during what is usually a busy period."]),
]
ST["sn"] = [
 dict(head="Pêche artisanale : les mareyeurs de Kayar dénoncent la concurrence des navires étrangers", t=DT(2025, 3, 3, 16, 12), au=["Aminata Diallo"], cred="Par Aminata Diallo (Dakar)", upd=22,
      paras=["Les mareyeurs de Kayar, l'un des principaux centres de pêche artisanale du pays, ont manifesté lundi pour dénoncer la raréfaction du poisson, qu'ils attribuent aux chalutiers étrangers opérant au large.",
             "Selon le président du collectif des mareyeurs, les débarquements de sardinelles ont baissé de moitié en deux ans, et de nombreuses pirogues restent à quai faute de carburant.",
             "Les femmes transformatrices, qui sèchent et fument le poisson sur la plage, disent ne plus trouver assez de matière première pour faire tourner leurs ateliers.",
             "Le ministère des Pêches a rappelé qu'un audit des licences accordées aux navires étrangers était en cours et que ses conclusions seraient rendues publiques.",
             "Les manifestants ont annoncé une nouvelle marche à Dakar si aucune mesure n'est prise d'ici la fin du mois."]),
 dict(head="Législatives : la CENA publie le calendrier de révision des listes électorales", t=DT(2025, 3, 5, 10, 5), au=["Moussa Ndiaye", "Fatou Sarr"], cred="Par Moussa Ndiaye et Fatou Sarr",
      paras=["La Commission électorale nationale autonome a rendu public le calendrier de la révision exceptionnelle des listes électorales, qui se déroulera du 1er avril au 15 mai.",
             "Les commissions administratives siégeront dans toutes les communes du pays ainsi que dans les représentations diplomatiques.",
             "Les partis d'opposition ont salué la publication du calendrier mais demandent un audit indépendant du fichier électoral.",
             "La CENA appelle les jeunes ayant atteint la majorité à s'inscrire massivement."]),
 dict(head="TER : la phase 2 jusqu'à l'aéroport AIBD mise en service en juin", t=DT(2025, 3, 7, 12, 30), au=["APS"], cred="APS",
      paras=["La deuxième phase du Train express régional, qui reliera Diamniadio à l'aéroport international Blaise Diagne, sera mise en service en juin, a annoncé le ministre des Infrastructures.",
             "Les essais dynamiques sur le nouveau tronçon de 19 kilomètres ont commencé la semaine dernière.",
             "Le trajet entre Dakar et l'aéroport durera environ 45 minutes, contre plus d'une heure par la route aux heures de pointe.",
             "Le ministre a précisé que la tarification de la nouvelle section serait annoncée avant la mise en service."]),
]
ST["ci"] = [
 dict(head="Cacao : le prix bord champ maintenu à 2 200 FCFA pour la campagne intermédiaire", t=DT(2025, 3, 3, 16, 12), au=["Koffi Yao"], cred="Koffi Yao", upd=17, sign="bottom",
      paras=["Le gouvernement a décidé de maintenir le prix bord champ du cacao à 2 200 FCFA le kilogramme pour la campagne intermédiaire qui démarre le 1er avril.",
             "L'annonce a été faite à l'issue du Conseil des ministres par le porte-parole du gouvernement, qui a souligné la bonne tenue des cours mondiaux.",
             "Les coopératives de la région de Soubré se disent satisfaites, même si certains producteurs espéraient une hausse compte tenu de la flambée des prix à Londres et à New York.",
             "Le Conseil du café-cacao a annoncé un renforcement des contrôles pour lutter contre la fuite des fèves vers les pays voisins.",
             "Selon les estimations, la production de la campagne intermédiaire devrait atteindre 500 000 tonnes."]),
 dict(head="Abobo : les riverains de la décharge d'Akouédo réclament leur indemnisation", t=DT(2025, 3, 5, 9, 0), au=["Awa Traoré", "Serge Kouassi"], cred="Par Awa Traoré et Serge Kouassi", sign="top",
      paras=["Plusieurs centaines de riverains de l'ancienne décharge d'Akouédo ont manifesté mardi pour réclamer le paiement des indemnisations promises lors de la fermeture du site.",
             "Les manifestants affirment que les fumées et les odeurs ont causé des maladies respiratoires dans leurs familles pendant des années.",
             "Le ministère de l'Assainissement indique que le recensement des ayants droit est achevé et que les paiements commenceront avant la fin du trimestre.",
             "Le site doit être transformé en parc urbain d'ici 2027."]),
 dict(head="CAN U17 : les Éléphanteaux qualifiés pour les demi-finales", t=DT(2025, 3, 8, 19, 40), au=["AIP"], cred="AIP", sign="source",
      paras=["L'équipe nationale des moins de 17 ans s'est qualifiée pour les demi-finales de la Coupe d'Afrique des nations de la catégorie en battant le Mali aux tirs au but.",
             "Les deux équipes s'étaient quittées sur un score nul d'un but partout à la fin du temps réglementaire.",
             "Le gardien ivoirien a arrêté deux tirs au but et a été désigné homme du match.",
             "Les Éléphanteaux affronteront le Maroc en demi-finale jeudi prochain."]),
]
ST["ma"] = [
 dict(head="Casablanca : le tramway T3 prolongé jusqu'à Sidi Moumen d'ici 2026", t=DT(2025, 4, 24, 0, 45), au=["Youssef El Amrani"], cred="Youssef El Amrani",
      paras=["La société Casa Transports a annoncé le prolongement de la ligne T3 du tramway jusqu'au quartier de Sidi Moumen, un chantier qui doit s'achever avant la fin de l'année 2026.",
             "Le nouveau tronçon comptera neuf stations sur six kilomètres et desservira plusieurs quartiers de l'est de la ville jusqu'ici mal reliés au centre.",
             "Le coût du projet est estimé à 2,1 milliards de dirhams, financé par l'État, la commune et le Fonds d'équipement communal.",
             "Des travaux de déviation des réseaux d'eau et d'électricité commenceront dès le mois prochain, ce qui perturbera la circulation sur le boulevard principal.",
             "Casa Transports assure que des itinéraires de contournement seront signalés."]),
 dict(head="Sécheresse : le barrage Al Massira à 4 % de sa capacité", t=DT(2025, 4, 25, 11, 20), au=["Salma Benjelloun"], cred="Salma Benjelloun",
      paras=["Le barrage Al Massira, deuxième plus grand réservoir du pays, n'est plus rempli qu'à 4 % de sa capacité, selon les derniers chiffres du ministère de l'Équipement et de l'Eau.",
             "Les pluies de mars ont amélioré la situation dans le nord du pays, mais le bassin de l'Oum Er-Rbia reste largement déficitaire.",
             "Les agriculteurs de la région de Doukkala ont dû renoncer à une partie de leurs cultures irriguées.",
             "Le ministère mise sur les stations de dessalement et les transferts d'eau entre bassins pour sécuriser l'approvisionnement des villes."]),
 dict(head="Tanger Med : un record de 10 millions de conteneurs traités en 2024", t=DT(2025, 4, 28, 9, 0), au=[], cred="La Rédaction",
      paras=["Le complexe portuaire Tanger Med a traité plus de 10 millions de conteneurs équivalent vingt pieds en 2024, un record depuis sa mise en service.",
             "Le trafic de camions TIR a également progressé, porté par les exportations de l'industrie automobile.",
             "L'autorité portuaire prévoit d'étendre encore ses capacités avec un nouveau terminal dédié aux véhicules.",
             "Tanger Med se classe désormais parmi les vingt premiers ports à conteneurs du monde."]),
]
ST["pk"] = [
 dict(head="Sindh cabinet approves Rs45bn package for Karachi water supply", t=DT(2025, 3, 5, 2, 10), au=["Imran Qureshi"], cred="Imran Qureshi", upd=7,
      paras=["The Sindh cabinet on Tuesday night approved a Rs45 billion package to improve water supply to Karachi, including the completion of the long-delayed K-IV bulk water project's augmentation works.",
             "The chief minister, who presided over the meeting that ran past midnight, said the city's water shortfall had grown to more than 500 million gallons a day.",
             "The package also covers the replacement of old pipelines in Lyari, Keamari and Orangi, where residents depend on water tankers for most of the year.",
             "Officials of the Karachi Water and Sewerage Corporation told the cabinet that illegal hydrants had been demolished in several districts, but that the tanker mafia continued to operate.",
             "The cabinet also approved the hiring of 1,200 staff for the corporation."]),
 dict(head="Peshawar BRT to extend service hours during Ramazan", t=DT(2025, 3, 2, 15, 0), au=[], cred="Our Correspondent",
      paras=["TransPeshawar, the company that runs the city's Bus Rapid Transit, has announced extended service hours for the holy month of Ramazan.",
             "Buses will run until 1am to allow passengers to travel after taraweeh prayers, a spokesperson said.",
             "Additional buses will be deployed on the main corridor in the hour before iftar, when demand is highest.",
             "The company said fares would remain unchanged."]),
 dict(head="Wheat procurement target set at 3.2 million tonnes for Punjab", t=DT(2025, 3, 8, 18, 20), au=["APP"], cred="APP",
      paras=["The federal government has set a wheat procurement target of 3.2 million tonnes for Punjab for the coming harvest.",
             "The decision was taken at a meeting of the National Food Security committee in Islamabad.",
             "Farmers' organisations demanded that the support price be announced before the harvest begins.",
             "Officials said gunny bags would be distributed through procurement centres from the first week of April."]),
]
ST["bd"] = [
 dict(head="Dhaka metro rail to run till 10pm from next week", t=DT(2025, 3, 4, 11, 30), au=["Mahmudul Hasan"], cred="Mahmudul Hasan", upd=22,
      paras=["The metro rail in Dhaka will run until 10pm from next Sunday, an hour longer than the current schedule, the Dhaka Mass Transit Company Limited announced.",
             "The company's managing director said the decision was taken after a survey showed strong demand from office workers who leave late.",
             "Trains will run every ten minutes during the extended hour, and all stations between Uttara North and Motijheel will remain open.",
             "Passengers have long demanded longer hours, especially during Ramadan, when many people go shopping after iftar.",
             "The company also plans to introduce a weekly pass for regular commuters later this year."]),
 dict(head="Chattogram port to introduce online payment for all charges", t=DT(2025, 3, 6, 16, 45), au=[], cred="Staff Correspondent, Chattogram",
      paras=["The Chattogram Port Authority will introduce online payment for all port charges from April, ending the need for agents to queue at bank counters.",
             "Port users will be able to pay through mobile banking and card payments, a port official said.",
             "Freight forwarders said the move would cut clearance times and reduce opportunities for bribery.",
             "The authority has already digitised container delivery orders."]),
 dict(head="Heatwave sweeps 20 districts, schools told to shorten classes", t=DT(2025, 3, 5, 3, 15), au=["Nusrat Jahan", "Arifur Rahman"], cred="Nusrat Jahan and Arifur Rahman",
      paras=["A mild to moderate heatwave is sweeping over 20 districts of the country, with the temperature in Chuadanga reaching 39.8 degrees Celsius, the Meteorological Department said.",
             "The education ministry has asked secondary schools in the affected districts to end classes by noon until the heat eases.",
             "Doctors advised people to drink plenty of water and avoid going outside in the afternoon.",
             "The department forecast that rain could bring relief in the northern districts by the weekend."]),
]

# ---------------------------------------------------------------- sites
SITES = [
 dict(k="ng", name="The Lagos Ledger", lang="en", tz=1, hdr=lambda c, nav: '<header id="theme-header" class="theme-header header-layout-3"><div id="top-nav"><span class="today-date">%s</span></div><div class="logo-wrapper"><div id="logo" class="image-logo"><a href="/"><img src="/logo.png" alt="%s"></a></div></div><nav id="main-nav"><ul class="menu">%s</ul></nav></header>' % (masthead_en(), E(c["name"]), nav)),
 dict(k="gh", name="Accra Daily Pulse", lang="en", tz=0),
 dict(k="ke", name="The Nairobi Observer", lang="en", tz=3),
 dict(k="ug", name="Kampala Weekly Monitor", lang="en", tz=3),
 dict(k="za", name="The Cape Dispatch", lang="en", tz=2),
 dict(k="sn", name="Dakar Matin", lang="fr", tz=0),
 dict(k="ci", name="Abidjan Express", lang="fr", tz=0, hdr=lambda c, nav: '<div id="entete"><div class="date_jour">%s</div><h1 id="logo"><a href="/">%s</a></h1><div class="pub_haut">Publicité</div><ul id="menu">%s</ul></div>' % (masthead_fr(), E(c["name"]), nav)),
 dict(k="ma", name="Rabat Hebdo", lang="fr", tz=1),
 dict(k="pk", name="The Karachi Chronicle", lang="en", tz=5),
 dict(k="bd", name="Dhaka Dispatch", lang="en", tz=6),
]


def rel(c, n):
    return ("il y a %d heures" % n) if c["lang"] == "fr" else ("%d hours ago" % n)


def teasers(c, stories, cls="teaser", times=False):
    out = []
    for i, s in enumerate(stories):
        t = ' <span class="ago">%s</span>' % rel(c, i + 2) if times else ""
        out.append('<div class="%s"><a href="%s">%s</a>%s</div>' % (cls, s["path"], E(s["head"]), t))
    return "".join(out)


def most_read(c, s):
    lab = "Les plus lus" if c["lang"] == "fr" else "Most Read"
    return '<aside class="widget most-read"><h4 class="widget-title">%s</h4>%s</aside>' % (lab, teasers(c, [x for x in c["stories"] if x is not s], "mr-item", True))


def cookie(c):
    if c["lang"] == "fr":
        return '<div id="cookie-notice" class="cookie-banner"><p>Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.</p><button>J\'accepte</button></div>'
    return '<div id="cookie-notice" class="cookie-banner"><p>We use cookies to ensure that we give you the best experience on our website.</p><button>Accept</button></div>'


def footer_links(c):
    links = [(p, t) for p, t, _ in c["footer"]]
    return '<ul class="footer-menu">%s</ul>' % "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in links)


def page(c, title, body, head="", bodycls=""):
    """The frame: each site has its own header/footer flavour."""
    k = c["k"]
    nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in c["nav"])
    h = c["hdr"](c, nav) if "hdr" in c else '<header><div class="date-bar">%s</div><a href="/" class="logo">%s</a><nav><ul>%s</ul></nav></header>' % (masthead_en() if c["lang"] == "en" else masthead_fr(), E(c["name"]), nav)
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
            '%s</head><body class="%s %s">%s%s<footer class="site-footer">%s<p>&copy; 2025 %s. All rights reserved.</p></footer>%s</body></html>') % (
        c["lang"], E(title), head, '<link rel="alternate" type="application/rss+xml" href="/feed.xml">' if k in ("ng", "gh", "ke", "ug") else "", k, bodycls, h, body, footer_links(c), E(c["name"]), cookie(c))


# ------------------------------------------------ article templates
def ad(label="- Advertisement -", cls="stream-item stream-item-in-post"):
    return '<div class="%s"><span class="ad-label">%s</span><div class="ad-slot" data-slot="%d"><ins class="adsbygoogle" style="display:block"></ins></div></div>' % (cls, label, rnd.randrange(10 ** 6))


WA = "Get breaking news on WhatsApp: join The Lagos Ledger channel today."
TG = "Follow Accra Daily Pulse on Telegram for live updates and breaking news."


def art_ng(c, s):  # Jannah / TieLabs
    d = s["t"]
    body = ['<p><strong>%s</strong></p>' % E(s["cred"])]
    for i, p in enumerate(s["paras"]):
        body.append("<p>%s</p>" % E(p))
        if i == 0:
            body.append(ad())
        if i == 1:
            body.append('<p class="also-read"><strong>ALSO READ:</strong> <a href="%s">%s</a></p>' % (s["other"]["path"], E(s["other"]["head"])))
        if i == 2:
            body.append('<div class="whatsapp-join-box"><a href="#wa">%s</a></div>' % WA)
    meta = ('<div class="single-post-meta post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-1">'
            '<span class="meta-author-avatar"><img src="/wp-content/uploads/avatar.png" alt=""></span><span class="meta-author"><a href="%s" class="author-name tie-icon" title="Ledger Online">Ledger Online</a></span></span></span>'
            '<span class="date meta-item tie-icon">Published on %s at %s</span><div class="tie-alignright"><span class="meta-views meta-item">1,204</span><span class="meta-reading-time meta-item">3 minutes read</span></div></div>') % (
        c["authp"], en_long(d), ampm(d))
    if "upd" in s:
        meta += '<span class="last-updated">Last Updated: %s at %s</span>' % (en_long(d + TD(hours=s["upd"])), ampm(d + TD(hours=s["upd"])))
    main = ('<div id="content" class="site-content container"><div class="tie-row main-content-row"><div class="main-content tie-col-md-8" role="main">'
            '<article id="the-post" class="container-wrapper post-content tie-standard"><header class="entry-header-outer"><nav id="breadcrumb"><a href="/">Home</a><em class="delimiter">/</em><a href="%s">News</a><em class="delimiter">/</em><span class="current">%s</span></nav>'
            '<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat tie-cat-2" href="%s">News</a></span><h1 class="post-title entry-title">%s</h1>%s</div></header>'
            '<div class="featured-area"><figure class="single-featured-image"><img src="/wp-content/uploads/2025/03/%s.jpg" alt=""><figcaption class="single-caption-text">Photo: File</figcaption></figure></div>'
            '<div class="entry-content entry clearfix">%s</div><div id="share-buttons-bottom" class="share-buttons share-buttons-bottom"><a href="#fb">Facebook</a><a href="#x">X</a><a href="#wa">WhatsApp</a></div>'
            '</article><div id="related-posts" class="container-wrapper"><div class="mag-box-title the-global-title"><h3>Related Articles</h3></div>%s</div>'
            '<div id="comments" class="comments-area"><h3>One Comment</h3><ol class="comment-list"><li class="comment"><div class="comment-author">Emeka O.</div><div class="comment-meta">%s at 8:03 am</div><div class="comment-content"><p>This government should first finish the projects it started.</p></div></li></ol></div>'
            '</div><aside class="sidebar tie-col-md-4">%s</aside></div></div><div class="stream-item stream-item-below-footer sticky-ad"><span>Advertisement</span></div>') % (
        c["secp"], E(s["head"]), c["secp"], E(s["head"]), meta, s["slug"], "".join(body), teasers(c, [s["other"]], "related-item"),
        en_long(d + TD(days=2)), most_read(c, s))
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url(c, s["path"]) + "#article", "headline": s["head"], "datePublished": iso(d, c["tz"]), "dateModified": iso(d + TD(hours=s.get("upd", 1)), c["tz"]),
         "author": {"@id": url(c, "/#/schema/person/1"), "name": "Ledger Online"}, "publisher": {"@id": url(c, "/#organization")}},
        {"@type": "Person", "@id": url(c, "/#/schema/person/1"), "name": "Ledger Online"},
        {"@type": "Organization", "@id": url(c, "/#organization"), "name": c["name"]}]}
    head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s - %s"><link rel="canonical" href="%s">'
            '<meta property="article:published_time" content="%s"><meta name="author" content="Ledger Online"><script type="application/ld+json" class="yoast-schema-graph">%s</script>') % (
        E(s["head"]), E(c["name"]), url(c, s["path"]), iso(d, c["tz"]), json.dumps(ld))
    return page(c, "%s - %s" % (s["head"], c["name"]), main, head, "post-template-default single single-post")


def art_gh(c, s):  # Newspaper / tagDiv with tdb blocks
    d = s["t"]
    body = []
    for i, p in enumerate(s["paras"]):
        body.append("<p>%s</p>" % E(p))
        if i == 0:
            body.append('<div class="td-a-rec td-a-rec-id-content_inline tdi_55 td_block_template_1"><span class="td-adspot-title">- Advertisement -</span><div class="td-all-devices"><ins class="adsbygoogle"></ins></div></div>')
        if i == 1:
            body.append('<p><strong>Also read: <a href="%s">%s</a></strong></p>' % (s["other"]["path"], E(s["other"]["head"])))
    body.append('<div class="telegram-cta"><p>%s</p><a href="#tg">Join now</a></div>' % TG)
    upd = ""
    if "upd" in s:
        u = d + TD(hours=s["upd"])
        upd = '<div class="td_block_wrap tdb_single_modified_date"><div class="tdb-block-inner td-fix-index"><span class="tdb-date-label">Last updated:</span> <time class="entry-date td-module-date" datetime="%s">%s</time></div></div>' % (iso(u, 0), en_long(u))
    by = '<span class="tdb-author-by">By</span> <a class="tdb-author-name" href="%s">%s</a>' % (c["authp"] if s["au"] and s["au"][0] == c["auth"] else "/author/%s/" % slug(s["cred"]), E(s["cred"]))
    main = ('<div id="tdb-autoload-article" data-autoload="off"><div class="td-main-content-wrap td-container-wrap"><div class="tdc-content-wrap"><div class="tdc-row"><div class="vc_row tdi_20 wpb_row td-pb-row">'
            '<div class="td_block_wrap tdb_breadcrumbs"><span><a href="/" class="tdb-entry-crumb">Home</a></span> <i class="tdb-bread-sep td-icon-right"></i> <span><a href="%s" class="tdb-entry-crumb">Business</a></span></div>'
            '<div class="td_block_wrap tdb_single_title tdi_60 tdb-single-title td-pb-border-top"><div class="tdb-block-inner td-fix-index"><h1 class="tdb-title-text">%s</h1><div></div><div class="tdb-title-line"></div></div></div>'
            '<div class="td_block_wrap tdb_single_author tdi_61 td-pb-border-top"><div class="tdb-block-inner td-fix-index"><a class="tdb-author-photo" href="#"><img src="/avatar.jpg" alt=""></a><div class="tdb-author-name-wrap">%s</div></div></div>'
            '<div class="td_block_wrap tdb_single_date tdi_62 td-pb-border-top"><div class="tdb-block-inner td-fix-index"><time class="entry-date updated td-module-date" datetime="%s">%s</time></div></div>%s'
            '<div class="td_block_wrap tdb_single_featured_image"><img src="/wp-content/uploads/2025/03/%s.jpg" alt=""><figcaption class="tdb-caption-text">File photo</figcaption></div>'
            '<div class="td_block_wrap tdb_single_content tdi_70 td-pb-border-top td_block_template_1 td-post-content tagdiv-type"><div class="tdb-block-inner td-fix-index">%s</div></div>'
            '<div class="td_block_wrap tdb_single_related"><h4 class="td-block-title"><span>More like this</span></h4>%s</div>'
            '<div class="td_block_wrap tdb_single_tags"><ul class="tdb-tags"><li><a href="%s">Economy</a></li></ul></div>'
            '</div><div class="vc_column tdi_80 wpb_column vc_column_container tdc-column td-pb-span4"><div class="td_block_wrap td_flex_block_1"><h4 class="td-block-title"><span>Popular</span></h4>%s</div></div>'
            '</div></div></div></div></div><div class="td-a-rec td-a-rec-id-footer sticky-footer-ad"><span class="td-adspot-title">Advertisement</span></div>') % (
        c["secp"], E(s["head"]), by, iso(d, 0), en_long(d), upd, s["slug"], "".join(body), teasers(c, [s["other"]], "td_module_flex"), c["tagp"], teasers(c, c["stories"], "td_module_flex", True))
    ld = {"@context": "https://schema.org", "@type": "Article", "datePublished": iso(d, 0), "dateModified": iso(d + TD(hours=s.get("upd", 2)), 0)}
    head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><script type="application/ld+json">%s</script>' % (E(s["head"]), json.dumps(ld))
    return page(c, "%s | %s" % (s["head"], c["name"]), main, head, "td-standard-pack global-block-template-1 single_template_1")


def art_ke(c, s):  # JNews
    d = s["t"]
    names = s["au"]
    by = " and ".join('<a href="/author/%s/">%s</a>' % (slug(n), E(n)) for n in names)
    body = []
    for i, p in enumerate(s["paras"]):
        body.append("<p>%s</p>" % E(p))
        if i == 1:
            body.append('<div class="jeg_ad jeg_ad_article jnews_content_inline_ads"><div class="ads-wrapper align-center"><div class="ads_code"><span class="ads-text">ADVERTISEMENT</span><ins class="adsbygoogle"></ins></div></div></div>')
            body.append('<div class="jnews_inline_related_post"><div class="jeg_postblock_22 jeg_postblock"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>RELATED POSTS</span></h3></div><article class="jeg_post"><h3 class="jeg_post_title"><a href="%s">%s</a></h3></article></div></div>' % (s["other"]["path"], E(s["other"]["head"])))
    sub = '<h2 class="jeg_post_subtitle">%s</h2>' % E(s["sub"]) if s.get("sub") else ""
    main = ('<div class="jeg_main"><div class="jeg_container"><div class="jeg_content jeg_singlepage"><div class="container"><div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="/">Home</a></span><i class="fa fa-angle-right"></i><span><a href="%s">Kenya</a></span></div></div>'
            '<div class="row"><div class="jeg_main_content col-md-8"><div class="jeg_inner_content"><div class="entry-header"><h1 class="jeg_post_title">%s</h1>%s'
            '<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left"><div class="jeg_meta_author"><img class="avatar" src="/a.png" alt=""><span class="meta_text">by</span> %s</div>'
            '<div class="jeg_meta_date"><a href="%s">%s</a></div><div class="jeg_meta_category"><span><span class="meta_text">in</span> <a href="%s">Kenya</a></span></div></div>'
            '<div class="meta_right"><div class="jeg_meta_comment"><a href="#comments"><i class="fa fa-comment-o"></i> 4</a></div></div></div></div></div>'
            '<div class="jeg_featured featured_image"><div class="thumbnail-container"><img src="/wp-content/uploads/2025/03/%s.jpg" alt=""></div><p class="wp-caption-text">PHOTO | NAIROBI OBSERVER</p></div>'
            '<div class="jeg_share_top_container"><div class="jeg_share_button"><a href="#fb">Share on Facebook</a><a href="#tw">Share on Twitter</a></div></div>'
            '<div class="entry-content no-share"><div class="content-inner">%s</div></div>'
            '<div class="jeg_authorbox"><div class="jeg_author_content"><h3 class="jeg_author_name"><a href="/author/%s/">%s</a></h3><p class="jeg_author_desc">%s is a reporter at The Nairobi Observer covering education and labour.</p></div></div>'
            '<div class="jnews_comment_container" id="comments"><h3 class="comment-heading">Discussion about this post</h3><div class="comment-body"><b>Mwalimu Peter</b> <span class="comment-date">%s</span><p>Teachers have been patient for too long, pay them.</p></div></div>'
            '</div></div><div class="jeg_sidebar col-md-4">%s</div></div></div></div></div></div>') % (
        c["secp"], E(s["head"]), sub, by, c["archp"], en_long(d), c["secp"], s["slug"], "".join(body), slug(names[0]), E(names[0]), E(names[0]),
        en_long(d + TD(days=3)), most_read(c, s))
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(d, 3), "dateModified": iso(d + TD(hours=5), 3),
          "author": {"@type": "Person", "name": names[0]}, "publisher": {"@type": "Organization", "name": c["name"]}}
    head = ('<meta property="og:title" content="Kenya: %s - Latest News Today"><meta property="og:type" content="article"><link rel="canonical" href="%s">'
            '<meta property="article:published_time" content="%s"><script type="application/ld+json">%s</script>') % (E(s["head"]), url(c, s["path"]), iso(d, 3), json.dumps(ld))
    return page(c, "%s - %s" % (s["head"], c["name"]), main, head, "jnews jsc_normal")


def art_ug(c, s, amp=False):  # Soledad (+ AMP)
    d = s["t"]
    who = E(s["cred"]) if not s["au"] else '<a class="author-url url fn n" href="/author/%s/">%s</a>' % (slug(s["au"][0]), E(s["au"][0]))
    if amp:
        body = "".join("<p>%s</p>" % E(p) for p in s["paras"])
        return ('<!doctype html><html amp lang="en"><head><meta charset="utf-8"><title>%s &#8211; %s</title><link rel="canonical" href="%s"><meta name="viewport" content="width=device-width">'
                '<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{visibility:hidden}</style></head><body class="amp-wp-body">'
                '<header id="#top" class="amp-wp-header"><div><a href="/">%s</a></div></header><article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">%s</h1>'
                '<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">%s</span></div><div class="amp-wp-meta amp-wp-posted-on"><time datetime="%s">%s</time></div></header>'
                '<div class="amp-wp-article-content">%s<amp-ad width="300" height="250" type="adsense"></amp-ad></div></article><footer class="amp-wp-footer"><p>&copy; %s</p></footer></body></html>') % (
            E(s["head"]), E(c["name"]), url(c, s["path"]), E(c["name"]), E(s["head"]), E(s["cred"]), iso(d, 3), en_long(d), body, E(c["name"]))
    body = []
    for i, p in enumerate(s["paras"]):
        body.append("<p>%s</p>" % E(p))
        if i == 1:
            body.append('<div class="penci-google-adsense-1"><p class="advertisement-label">Advertisement</p><ins class="adsbygoogle"></ins></div>')
        if i == 2:
            body.append('<p><em>Also Read:</em> <a href="%s">%s</a></p>' % (s["other"]["path"], E(s["other"]["head"])))
    main = ('<div class="container container-single penci_sidebar right-sidebar"><div id="main" class="penci-main-single-page-default"><div class="theiaStickySidebar">'
            '<article id="post-%d" class="post type-post status-publish"><div class="header-standard header-classic single-header">'
            '<div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name" href="%s">National</a></span></div><h1 class="post-title single-post-title entry-title">%s</h1>'
            '<div class="penci-hide-tagupdated"><span class="author-italic author vcard">by %s</span><time class="entry-date updated" datetime="%s">%s</time></div>'
            '<div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">By %s</span></span><span><time class="entry-date published" datetime="%s">%s</time></span><span>4 min read</span></div></div>'
            '<div class="post-image"><img src="/wp-content/uploads/2025/03/%s.jpg" alt=""><div class="penci-featured-caption">Photo by Monitor Photographer</div></div>'
            '<div class="post-entry blockquote-style-2"><div class="inner-post-entry entry-content" id="penci-post-entry-inner">%s<div class="penci-single-link-pages"></div></div></div>'
            '<div class="tags-share-box center-box"><span class="penci-social-buttons"><a href="#fb">Facebook</a><a href="#wa">WhatsApp</a></span></div>'
            '<div class="post-pagination"><div class="prev-post"><a href="%s">Previous Post<br>%s</a></div></div>'
            '<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">You may also like</h4></div>%s</div>'
            '</article></div></div><div id="sidebar" class="penci-sidebar-right penci-sidebar-content">%s<aside class="widget penci-newsletter"><h4>Subscribe to our newsletter</h4><p>Get the top Uganda stories in your inbox every morning.</p><form><input type="email"></form></aside></div></div>') % (
        rnd.randrange(10000, 99999), c["secp"], E(s["head"]), E(s["cred"]), iso(d + TD(hours=6), 3), en_long(d + TD(hours=6)), who, iso(d, 3), en_long(d), s["slug"],
        "".join(body), s["other"]["path"], E(s["other"]["head"]), teasers(c, [s["other"]], "item-related"), most_read(c, s))
    ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": s["head"], "datePublished": iso(d, 3), "dateModified": iso(d + TD(hours=6), 3),
          "author": {"@type": "Person", "name": s["au"][0] if s["au"] else "Staff Correspondent"}, "publisher": {"@type": "Organization", "name": c["name"]}}
    head = ('<link rel="amphtml" href="%samp/"><meta property="og:title" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s">'
            '<script type="application/ld+json">%s</script>') % (s["path"], E(s["head"]), url(c, s["path"]), json.dumps(ld))
    return page(c, "%s &#8211; %s" % (s["head"], c["name"]), main, head, "soledad-ver-8-4-2 penci-body-single-style-1").replace("&amp;#8211;", "&#8211;")


def sa_date(d): return "%02d %s %d | %02d:%02d" % (d.day, MONTHS_EN[d.month - 1], d.year, d.hour, d.minute)


def art_za(c, s):  # custom SA CMS
    d = s["t"]
    names = " and ".join('<a href="/authors/%s">%s</a>' % (slug(n), E(n)) for n in s["au"]) if s["au"] and s["au"][0] != "African News Agency" else E(s["cred"])
    role = '<span class="byline-role">%s</span>' % E(s["role"]) if s.get("role") else ""
    upd = '<span class="article-upd-date">Updated %s</span>' % sa_date(d + TD(hours=s["upd"])) if "upd" in s else ""
    body = []
    for i, p in enumerate(s["paras"]):
        body.append('<p class="article-para">%s</p>' % E(p))
        if i == 0:
            body.append('<div class="ad-unit ad-unit--inarticle" data-ad-pos="inarticle1"><small>ADVERTISEMENT</small><div id="div-gpt-ad-1"></div></div><p class="article-readmore">READ | <a href="%s">%s</a></p>' % (s["other"]["path"], E(s["other"]["head"])))
        if i == 2:
            body.append('<div class="ad-unit ad-unit--inarticle" data-ad-pos="inarticle2"><small>ADVERTISEMENT</small><div id="div-gpt-ad-2"></div></div>')
    body.append('<div class="newsletter-inline"><h5>Sign up for our daily newsletter</h5><p>The day\'s top South African news, delivered to your inbox every afternoon.</p></div>')
    main = ('<main class="main-wrap"><div class="article-view" data-article-id="%d"><header class="article-header"><p class="article-kicker">%s</p><h1 class="article-title">%s</h1>%s'
            '<div class="article-byline"><span class="byline-author">%s</span>%s</div><div class="article-dates"><span class="article-pub-date">%s</span>%s</div>'
            '<div class="article-shares"><span class="share-count">312 Shares</span><a href="#fb">Facebook</a><a href="#wa">WhatsApp</a></div></header>'
            '<figure class="article-lead-image"><img src="/images/%d.jpg" alt=""><figcaption>%s <span class="credit">Image: Gallo Images</span></figcaption></figure>'
            '<div class="article-body">%s</div></div><section class="article-comments"><h3>Comments</h3><div class="comment"><span class="c-author">SiphoM</span> <span class="c-time">%s</span><p>Let us see how long this lasts.</p></div></section>'
            '<section class="more-news"><h3>More news</h3>%s</section></main>') % (
        rnd.randrange(10 ** 6), E(s["kicker"]), E(s["head"]), '<p class="article-synopsis">%s</p>' % E(s["sub"]) if s.get("sub") else "", names, role, sa_date(d), upd,
        rnd.randrange(10 ** 6), E(s["head"]), "".join(body), sa_date(d + TD(days=1, hours=3)), teasers(c, [x for x in c["stories"] if x is not s], "more-item", True))
    head = '<meta property="og:title" content="%s"><meta property="article:published_time" content="%s"><meta property="og:type" content="article">' % (E(s["head"]), iso(d, 2))
    return page(c, "%s | %s" % (s["head"], c["name"]), main, head)


def fr_time(d): return "%s à %02dh%02d" % (fr_long(d), d.hour, d.minute)


def art_sn(c, s):  # Drupal 9/10
    d = s["t"]
    body = []
    for i, p in enumerate(s["paras"]):
        body.append("<p>%s</p>" % E(p))
        if i == 1:
            body.append('<div class="block-dfp block-dfp-inread"><span class="pub-label">Publicité</span><div id="dfp-ad-inread"></div></div>')
        if i == 2:
            body.append('<div class="lire-aussi"><span>Lire aussi</span> <a href="%s">%s</a></div>' % (s["other"]["path"], E(s["other"]["head"])))
    upd = '<div class="field field--name-changed">Mis à jour le %s</div>' % fr_long(d + TD(hours=s["upd"])) if "upd" in s else ""
    main = ('<div class="dialog-off-canvas-main-canvas"><div class="layout-container"><div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Accueil</a></li><li><a href="%s">Société</a></li></ol></nav></div>'
            '<main role="main"><div class="layout-content"><div class="region region-content"><div id="block-dakarmatin-content" class="block block-system block-system-main-block">'
            '<article role="article" about="%s" class="node node--type-article node--promoted node--view-mode-full"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span></h1>'
            '<footer class="node__meta"><div class="node__submitted">Soumis par <span class="field field--name-uid field--type-entity-reference"><span>redaction</span></span> le <span class="field field--name-created">%s</span></div></footer>'
            '<div class="node__content"><div class="field field--name-field-signature">%s</div>%s'
            '<div class="field field--name-field-image"><img src="/sites/default/files/2025-03/%s.jpg" alt=""><div class="field--name-field-credit">Crédit photo : D.R.</div></div>'
            '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">%s</div>'
            '<div class="field field--name-field-tags"><div class="field__label">Mots-clés</div><div class="field__items"><a href="%s">Pêche</a></div></div>'
            '<div class="whatsapp-promo">Rejoignez la chaîne WhatsApp de Dakar Matin pour ne rien rater de l\'actualité.</div></div></article>'
            '<section class="comments"><h2>Commentaires</h2><article class="comment"><footer><span class="username">Ablaye</span> <span class="comment-date">%s</span></footer><p>Il faut protéger nos pêcheurs avant qu\'il ne soit trop tard.</p></article></section>'
            '</div></div></div></main><aside class="layout-sidebar-second">%s</aside></div></div>') % (
        c["secp"], s["path"], E(s["head"]), fr_time(d), E(s["cred"]), upd, s["slug"], "".join(body), c["tagp"], fr_time(d + TD(days=1, hours=4)), most_read(c, s))
    head = ('<meta name="title" content="%s | %s"><link rel="canonical" href="%s"><meta property="og:title" content="%s"><meta property="article:published_time" content="%s">'
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">') % (E(s["head"]), E(c["name"]), url(c, s["path"]), E(s["head"]), d.strftime("%Y-%m-%dT%H:%M:%S+0000"))
    return page(c, "%s | %s" % (s["head"], c["name"]), main, head, "path-node page-node-type-article")


def ci_date(d): return "%s %s | %02d:%02d" % (DAYS_FR[d.weekday()], fr_long(d), d.hour, d.minute)


def art_ci(c, s):  # old custom PHP
    d = s["t"]
    info = "Publié le %s" % ci_date(d)
    if "upd" in s:
        info += " - Mis à jour le %s" % ci_date(d + TD(hours=s["upd"]))
    body = []
    if s["sign"] == "top":
        body.append('<p class="auteur">%s</p>' % E(s["cred"]))
    for i, p in enumerate(s["paras"]):
        body.append("<p>%s</p>" % E(p))
        if i == 0:
            body.append('<center><div class="pub_article"><span>PUBLICITÉ</span><br><img src="/pub/banniere_300x250.gif" alt="pub"></div></center>')
        if i == 1:
            body.append('<p><b>À lire aussi :</b> <a href="%s">%s</a></p>' % (s["other"]["path"], E(s["other"]["head"])))
    if s["sign"] == "bottom":
        body.append("<p><strong>%s</strong></p>" % E(s["cred"]))
    if s["sign"] == "source":
        body.append('<p class="source"><i>Source : %s</i></p>' % E(s["cred"]))
    main = ('<table width="100%%" cellpadding="0" cellspacing="0"><tr><td id="colonne_gauche" valign="top">'
            '<div id="contenu"><div class="fil"><a href="/">Accueil</a> &gt; <a href="%s">Économie</a></div><div class="rubrique_article">ÉCONOMIE</div>'
            '<h2 class="titre_article">%s</h2><div class="infos_article">%s</div><div class="partage">Partager : <a href="#fb">Facebook</a> | <a href="#wa">WhatsApp</a> | <a href="#">Imprimer</a></div>'
            '<div class="photo_article"><img src="/photos/%s.jpg" alt=""><br><span class="legende">(Photo d\'archives)</span></div><div class="texte_article">%s</div>'
            '<div class="reactions"><b>Réactions (2)</b><div class="reaction"><b>Kouamé</b> le %s<br>Bonne nouvelle pour les planteurs.</div></div></div>'
            '</td><td id="colonne_droite" valign="top" width="300"><div class="bloc_pub"><span>Publicité</span></div>%s</td></tr></table>') % (
        c["secp"], E(s["head"]), info, s["slug"], "".join(body), "%02d/%02d/%d" % ((d + TD(days=2)).day, (d + TD(days=2)).month, d.year), most_read(c, s))
    head = '<meta property="og:title" content="%s">' % E(s["head"])
    return page(c, "%s - %s" % (c["name"], s["head"]), main, head)


def art_ma(c, s):  # Moroccan custom CMS
    d = s["t"]
    body = []
    for i, p in enumerate(s["paras"]):
        body.append("<p>%s</p>" % E(p))
        if i == 1:
            body.append('<div class="ad-container ad-inarticle"><div class="ad-label">Publicité</div><div id="gpt-inarticle"></div></div>')
        if i == 2:
            body.append('<div class="article-related-inline"><span>Lire aussi :</span> <a href="%s">%s</a></div>' % (s["other"]["path"], E(s["other"]["head"])))
    auth = '<a href="/auteur/%s">%s</a>' % (slug(s["cred"]), E(s["cred"]))
    main = ('<div class="page-article"><div class="article-header"><div class="article-section"><a href="%s">Économie</a></div><div class="article-heading"><h1 class="article-heading-title">%s</h1></div>'
            '<div class="article-meta"><div class="article-meta-author">Par %s</div><div class="article-meta-date">Le %s à %02dh%02d</div></div></div>'
            '<div class="article-image"><img src="/uploads/%s.jpg" alt=""><span class="article-image-credit">© DR</span></div><div class="article-content">%s</div>'
            '<div class="article-newsletter-popup modal" id="nl-popup"><p>Inscrivez-vous à notre newsletter et recevez chaque matin l\'essentiel de l\'actualité.</p><form><input type="email"></form></div>'
            '<div class="article-tags"><a href="%s">Infrastructures</a></div><div class="article-more"><h3>Sur le même sujet</h3>%s</div></div><aside class="sidebar">%s</aside>') % (
        c["secp"], E(s["head"]), auth, d.strftime("%d/%m/%Y"), d.hour, d.minute, s["slug"], "".join(body), c["tagp"], teasers(c, [s["other"]], "more-item"), most_read(c, s))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": url(c, s["path"]), "headline": s["head"], "datePublished": iso(d, 1), "dateModified": iso(d + TD(hours=3), 1),
          "author": [{"@type": "Person", "name": a} for a in s["au"]] or {"@type": "Organization", "name": "La Rédaction"}, "publisher": {"@type": "Organization", "name": c["name"]}}
    head = '<meta property="og:title" content="%s"><link rel="canonical" href="%s"><script type="application/ld+json">%s</script>' % (E(s["head"]), url(c, s["path"]), json.dumps(ld, ensure_ascii=False))
    return page(c, "%s - %s" % (s["head"], c["name"]), main, head)


def pk_time(d): return "%s %d, %d %02d:%02d%s" % (MONTHS_EN[d.month - 1], d.day, d.year, (d.hour - 1) % 12 + 1, d.minute, "am" if d.hour < 12 else "pm")


def art_pk(c, s):  # Dawn-like custom
    d = s["t"]
    by = '<span class="story__byline__link"><a href="/authors/%s">%s</a></span>' % (slug(s["cred"]), E(s["cred"])) if s["au"] and s["cred"] != "APP" else '<span class="story__byline__text">%s</span>' % E(s["cred"])
    upd = ' <span class="timestamp--label">Updated</span> <span class="timestamp--time">%s</span>' % pk_time(d + TD(hours=s["upd"])) if "upd" in s else ""
    body = []
    for i, p in enumerate(s["paras"]):
        body.append("<p>%s</p>" % E(p))
        if i == 1:
            body.append('<div class="ad ad--mobile ad--in-article"><span class="ad__label">Advertisement</span></div>')
    main = ('<div class="container"><article class="story story--single" data-id="%d"><div class="template__header"><span class="story__kicker">Pakistan</span>'
            '<h2 class="story__title text-6 font-bold"><a class="story__link" href="%s">%s</a></h2>'
            '<div class="story__byline">%s <span class="story__time"><span class="timestamp--label">Published</span> <span class="timestamp--date" title="%s">%s</span>%s</span></div></div>'
            '<figure class="media"><img src="/thumbnail/%d.jpg" alt=""><figcaption class="media__caption">— File photo</figcaption></figure>'
            '<div class="story__content">%s</div><p class="story__footer-note"><em>Published in The Karachi Chronicle, %s</em></p></article>'
            '<div class="comments"><h3>Comments (3) Closed</h3><div class="comment"><span class="comment__author">Zubair</span> <span class="comment__time">%s</span><p>Same promises every year, nothing changes on the ground.</p></div></div>'
            '<section class="sidebar"><h4>Most Popular</h4>%s</section></div>') % (
        rnd.randrange(10 ** 7), s["path"], E(s["head"]), by, iso(d, 5), en_long(d), upd, rnd.randrange(10 ** 6), "".join(body), en_long(d), en_long(d + TD(days=1)), teasers(c, [x for x in c["stories"] if x is not s], "popular", True))
    head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s"><meta name="description" content="%s">' % (E(s["head"]), url(c, s["path"]), E(s["paras"][0][:150]))
    return page(c, "%s - %s" % (s["head"], c["name"]), main, head)


def bd_time(d): return "%02d %s %d, %02d:%02d %s" % (d.day, MONTHS_EN[d.month - 1][:3], d.year, (d.hour - 1) % 12 + 1, d.minute, "AM" if d.hour < 12 else "PM")


def art_bd(c, s):  # bdnews-like custom
    d = s["t"]
    body = []
    for i, p in enumerate(s["paras"]):
        body.append("<p>%s</p>" % E(p))
        if i == 0:
            body.append('<div class="adv-in-details"><p class="adv-text">Advertisement</p><div class="adv-box"></div></div>')
        if i == 2:
            body.append('<div class="also-read"><h4>Also Read</h4><a href="%s">%s</a></div>' % (s["other"]["path"], E(s["other"]["head"])))
    upd = '<span class="up">Updated : %s</span>' % bd_time(d + TD(hours=s["upd"])) if "upd" in s else ""
    main = ('<div id="news-details-page" class="container"><div class="row"><div class="col-lg-8"><div class="breadcrumb"><a href="/">Home</a> / <a href="%s">Bangladesh</a></div>'
            '<div class="details-title"><h1>%s</h1></div><div class="author-n-date"><div class="details-author"><span class="author-name">%s</span></div>'
            '<div class="pub-up"><span class="pub">Published : %s</span>%s</div></div>'
            '<div class="details-img"><img src="/media/%s.jpg" alt=""><p class="caption">File photo: Focus Bangla</p></div><div class="details-brief dNewsDesc">%s</div>'
            '<div class="google-news-follow">Follow Dhaka Dispatch on Google News</div></div><div class="col-lg-4"><div class="latest-news"><h4>Latest</h4>%s</div></div></div></div>') % (
        c["secp"], E(s["head"]), E(s["cred"]), bd_time(d), upd, s["slug"], "".join(body), teasers(c, [x for x in c["stories"] if x is not s], "latest", True))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s["head"], "datePublished": iso(d, 6), "dateModified": iso(d + TD(hours=s.get("upd", 1)), 6),
          "author": [{"@type": "Person", "name": a} for a in s["au"]] or {"@type": "Organization", "name": "Dhaka Dispatch"}}
    head = '<meta property="og:title" content="%s"><link rel="canonical" href="%s"><script type="application/ld+json">%s</script>' % (E(s["head"]), url(c, s["path"]), json.dumps(ld))
    return page(c, "%s | %s" % (s["head"], c["name"]), main, head)


ART = dict(ng=art_ng, gh=art_gh, ke=art_ke, ug=art_ug, za=art_za, sn=art_sn, ci=art_ci, ma=art_ma, pk=art_pk, bd=art_bd)

# URL schemes per site
URLS = dict(
    ng=lambda s: "/%d/%02d/%02d/%s/" % (s["t"].year, s["t"].month, s["t"].day, s["slug"]),
    gh=lambda s: "/%s/" % s["slug"],
    ke=lambda s: "/kenya/%s/" % s["slug"],
    ug=lambda s: "/news/national/%s/" % s["slug"],
    za=lambda s: "/news/south-africa/%s-%d/" % (s["slug"], s["id"]),
    sn=lambda s: "/societe/%s/" % s["slug"],
    ci=lambda s: "/article/%d/%s/" % (s["id"], s["slug"][:40].strip("-")),
    ma=lambda s: "/economie/%s_%d/" % (s["slug"][:40].strip("-"), s["id"]),
    pk=lambda s: "/news/%d/%s/" % (s["id"], s["slug"][:50].strip("-")),
    bd=lambda s: "/bangladesh/%s/" % s["slug"],
)

# ------------------------------------------------ non-articles
# Per site: (kind, path, title, content...) in the site's language.
EN_SEC = ["Section", "Latest news from across the country."]
NON = {
 "ng": [("advertise", "/advertise-with-us/", "Advertise With Us", "Reach millions of readers across Nigeria and the diaspora. Call our marketing team on 0803 000 0000 or email ads@lagosledger.example for our rate card."),
        ("sponsored", "/sponsored/glo-unveils-new-data-plans-for-students/", "SPONSORED: Telco unveils new data plans for students", "Press Release", "A leading telecommunications company has unveiled new data plans designed for students in tertiary institutions across the country. The plans offer up to 50GB of data at discounted rates. This is a press release. Views expressed are not those of The Lagos Ledger."),
        ("video", "/video/lagos-traffic-third-mainland-bridge/", "VIDEO: Traffic gridlock on Third Mainland Bridge", "Watch: motorists stranded for hours on the Third Mainland Bridge on Monday evening.")],
 "gh": [("job", "/vacancy-sales-executives-wanted/", "VACANCY: Sales Executives wanted", "A reputable media company in Accra is recruiting sales executives. Requirements: HND or degree in marketing, two years' experience. Apply with CV to hr@pulse.example before March 31, 2025."),
        ("obituary", "/obituary-madam-akosua-serwaa/", "OBITUARY: Madam Akosua Serwaa (1941-2025)", "Called to glory on February 14, 2025. Burial service: Saturday, March 15, 2025 at the Methodist Church, Kumasi. Thanksgiving service follows on Sunday. Chief mourners: the family."),
        ("epaper", "/e-paper/", "E-Paper", "Read today's edition of the Accra Daily Pulse as it appears in print. Subscribe for GH¢ 30 a month.")],
 "ke": [("tender", "/tenders/kura-dev-2025-041/", "INVITATION FOR BIDS: Tender No. KURA/DEV/2025/041", "Kenya Urban Roads Authority invites sealed bids from eligible contractors for the routine maintenance of roads in Nairobi region. Tender documents may be downloaded free of charge. Closing date: March 20, 2025 at 11:00 am. Published March 4, 2025."),
        ("live", "/live-budget-reading-2025/", "LIVE: Budget reading 2025 updates", "by Observer Reporters", [("3:45 pm", "The Cabinet Secretary arrives at Parliament with the budget briefcase."), ("4:10 pm", "Excise duty on mobile money transfers remains unchanged.")]),
        ("gallery", "/gallery/safari-rally-naivasha/", "PHOTOS: Safari Rally thrills fans in Naivasha", ["Cars tear through the Soysambu stage.", "Fans line the Kedong section."])],
 "ug": [("podcast", "/podcast/the-monitor-weekly/", "The Monitor Weekly Podcast", [("Episode 48: Owino and the future of Kampala's markets", "March 7, 2025"), ("Episode 47: Why fuel prices keep rising", "February 28, 2025")]),
        ("events", "/events/", "Events in Kampala this week", [("Bayimba Festival", "March 14, 2025 - National Theatre"), ("Kampala Career Fair", "March 16, 2025 - Serena Hotel")])],
 "za": [("weather", "/weather/cape-town/", "Weather: Cape Town", [("Today", "Sunny, 28°C"), ("Tomorrow", "Windy, 24°C"), ("Saturday", "Cloudy, 22°C")]),
        ("horoscope", "/lifestyle/horoscopes/", "Daily horoscopes", [("Aries", "A good day to settle old debts."), ("Taurus", "Someone close needs your patience.")]),
        ("newsletter", "/newsletters/", "Sign up for our newsletters", "Choose the newsletters you want: the Morning Briefing, Business Daily and the Weekend Read.")],
 "sn": [("obituary", "/necrologie/avis-de-deces-el-hadji-mamadou-fall/", "Avis de décès : El Hadji Mamadou Fall", "La famille Fall à Dakar, Thiès et Saint-Louis a la profonde douleur de vous annoncer le rappel à Dieu de El Hadji Mamadou Fall, survenu le 2 mars 2025. L'inhumation a eu lieu à Touba."),
        ("epaper", "/edition-du-jour/", "Édition du jour", "Retrouvez l'édition imprimée de Dakar Matin en version numérique. Abonnement : 5 000 FCFA par mois."),
        ("sponsored", "/publireportage/banque-lance-offre-diaspora/", "Publireportage : une banque lance une offre dédiée à la diaspora", "PUBLIREPORTAGE", "Une grande banque de la place lance une offre de transfert d'argent et de crédit immobilier dédiée aux Sénégalais de l'extérieur. Contenu proposé par l'annonceur.")],
 "ci": [("sponsored", "/communique/311/", "Communiqué : la SODECI informe ses abonnés d'une perturbation de la distribution d'eau", "COMMUNIQUÉ", "La Société de distribution d'eau de Côte d'Ivoire informe ses abonnés de Cocody et de Bingerville d'une perturbation de la distribution d'eau le samedi 8 mars 2025 de 8h à 18h pour des travaux de maintenance. La Direction."),
        ("tender", "/annonces/77/", "Avis d'appel d'offres national N° F-12/2025", "Le ministère de l'Équipement lance un appel d'offres pour l'entretien des routes en terre dans la région du Gbêkê. Date limite de dépôt : 25 mars 2025 à 10h00."),
        ("video", "/videos/", "Vidéos", "Regardez nos reportages : la fête de l'Abissa à Grand-Bassam.")],
 "ma": [("horoscope", "/horoscope/", "Horoscope du jour", [("Bélier", "Une journée favorable aux projets professionnels."), ("Taureau", "Prenez le temps de vous reposer.")]),
        ("gallery", "/en-images/festival-gnaoua-essaouira/", "En images : le Festival Gnaoua d'Essaouira", ["Les maâlems sur la scène Moulay Hassan.", "La foule sur la plage."]),
        ("newsletter", "/newsletter/", "Newsletter", "Inscrivez-vous à notre newsletter quotidienne.")],
 "pk": [("epaper", "/epaper/", "E-Paper", "Today's print edition of The Karachi Chronicle. Karachi, Lahore and Islamabad editions."),
        ("tender", "/tenders/kwsc-notice-2025-14/", "TENDER NOTICE: KW&SC/PD/2025/14", "Karachi Water and Sewerage Corporation invites sealed tenders for the supply of ductile iron pipes. Bids due March 18, 2025 at 2:00pm. Published March 4, 2025."),
        ("obituary", "/classifieds/obituary/", "Obituaries", "With profound grief we announce the sad demise of Mr Syed Anwar Hussain on March 3, 2025. Soyem will be held on March 6 at his residence in DHA."),
        ("video", "/videos/karachi-water-crisis/", "Video: Karachi's water crisis explained", "A short explainer on why taps run dry in Karachi.")],
 "bd": [("job", "/career/sub-editor/", "Career: Sub-Editor (English)", "Dhaka Dispatch is looking for sub-editors. Minimum two years' newsroom experience. Application deadline: March 25, 2025."),
        ("weather", "/weather/", "Weather", [("Dhaka", "33°C, haze"), ("Chattogram", "31°C, partly cloudy"), ("Sylhet", "29°C, light rain")]),
        ("gallery", "/photos/pohela-falgun-celebrations/", "In pictures: Pohela Falgun celebrations", ["Young women in yellow saris at Dhaka University.", "Flower sellers in Shahbagh."])],
}


def nonarticle(c, kind, p, t, *x):
    fr = c["lang"] == "fr"
    if kind in ("section", "tag", "search", "archive"):
        extra = '<form action="/search/" class="search-form"><input name="q" value="%s"><button>%s</button></form><p class="results-count">%d %s</p>' % (E(x[0]), "Rechercher" if fr else "Search", 3, "résultats" if fr else "results") if kind == "search" else ""
        main = '<div class="archive-page"><h1 class="page-title">%s</h1>%s%s<div class="pagination"><a href="%s">%s</a></div></div>' % (
            E(t), extra, "".join('<article class="list-post"><h3><a href="%s">%s</a></h3><p>%s</p><span class="list-date">%s</span></article>' % (s["path"], E(s["head"]), E(s["paras"][0][:120]) + "...", fr_long(s["t"]) if fr else en_long(s["t"])) for s in c["stories"]),
            p, "Page suivante" if fr else "Next page")
    elif kind == "author":
        main = '<div class="author-profile"><img src="/avatar.jpg" alt=""><h1>%s</h1><p class="author-bio">%s</p></div>%s' % (
            E(t), E(x[0]), teasers(c, [s for s in c["stories"] if t in s["au"]] or c["stories"], "author-post"))
    elif kind in ("about", "contact", "advertise", "epaper", "newsletter", "job", "obituary", "tender", "video"):
        extra = '<form class="nl-form"><input type="email" placeholder="Email"><button>%s</button></form>' % ("S'inscrire" if fr else "Subscribe") if kind == "newsletter" else ""
        extra += '<video controls src="/media/v%d.mp4"></video>' % rnd.randrange(10 ** 5) if kind == "video" else ""
        main = '<div class="static-page page-%s"><h1>%s</h1><div class="page-content"><p>%s</p>%s</div></div>' % (kind, E(t), E(x[0]), extra)
    elif kind == "sponsored":
        label, text = x
        main = '<div class="sponsored-post"><span class="sponsored-label">%s</span><h1>%s</h1><div class="sponsored-content"><p>%s</p></div></div>' % (E(label), E(t), E(text))
    elif kind == "live":
        by, ents = x
        main = '<div class="liveblog"><span class="live-badge">LIVE</span><h1>%s</h1><p class="live-by">%s</p>%s</div>' % (E(t), E(by), "".join('<div class="live-entry"><time>%s</time><p>%s</p></div>' % (E(a), E(b)) for a, b in ents))
    elif kind == "gallery":
        main = '<div class="gallery"><h1>%s</h1>%s</div>' % (E(t), "".join('<figure><img src="/g/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, E(cap)) for i, cap in enumerate(x[0])))
    else:  # rows: podcast, events, weather, horoscope
        main = '<div class="listing listing-%s"><h1>%s</h1><ul>%s</ul></div>' % (kind, E(t), "".join("<li><strong>%s</strong> %s</li>" % (E(a), E(b)) for a, b in x[0]))
    write_page(OUT, c["host"], p, page(c, "%s | %s" % (t, c["name"]), main))
    truth["nonarticles"].append(url(c, p))


def write_any(c, p, doc):
    write_page(OUT, c["host"], p, doc)


for si, c in enumerate(SITES):
    k, fr = c["k"], c["lang"] == "fr"
    c["host"] = "127.0.3.%d" % (161 + si)
    c["secp"] = {"ng": "/category/news/", "gh": "/category/business/", "ke": "/category/kenya/", "ug": "/category/national/", "za": "/news/south-africa/",
                 "sn": "/societe/", "ci": "/rubrique/economie/", "ma": "/economie/", "pk": "/pakistan/", "bd": "/bangladesh/"}[k]
    c["tagp"] = {"ng": "/tag/lagos/", "gh": "/tag/economy/", "ke": "/tag/education/", "ug": "/tag/kampala/", "za": "/tags/eskom/",
                 "sn": "/mots-cles/peche/", "ci": "/mot-cle/cacao/", "ma": "/tag/infrastructures/", "pk": "/trends/karachi/", "bd": "/topic/dhaka/"}[k]
    c["stories"] = []
    for st in ST[k]:
        s = dict(st)
        s["id"] = rnd.randrange(100000, 999999)
        s["slug"] = slug(s["head"])
        c["stories"].append(s)
    for s in c["stories"]:
        s["path"] = URLS[k](s)
    named = [s for s in c["stories"] if s["au"] and s["au"][0] not in ("GNA", "APS", "AIP", "APP", "African News Agency")]
    c["auth"] = named[0]["au"][0]
    c["authp"] = "/author/%s/" % slug(c["auth"]) if k != "ng" else "/author/ledger-online/"
    auth_name = c["auth"] if k != "ng" else "Ledger Online"
    c["srchp"] = "/search/%s/" % ("peche" if fr else "water")
    c["archp"] = "/2025/03/" if k != "ma" else "/archives/2025/04/"
    c["aboutp"], c["contactp"] = ("/qui-sommes-nous/", "/contact/") if fr else ("/about-us/", "/contact-us/")
    c["nav"] = [("/", "Accueil" if fr else "Home"), (c["secp"], "Actualité" if fr else "News"), (c["tagp"], "Tag"), (c["archp"], "Archives" if fr else "Archive")] + [(n[1], n[2][:24]) for n in NON[k]]
    c["footer"] = [(c["aboutp"], "Qui sommes-nous" if fr else "About Us", None), (c["contactp"], "Contact", None), (c["srchp"], "Recherche" if fr else "Search", None), (c["authp"], auth_name, None), ("/sitemap.xml", "Sitemap", None)]
    for n, s in enumerate(c["stories"]):
        s["other"] = c["stories"][(n + 1) % 3]
    for n, s in enumerate(c["stories"]):
        write_any(c, s["path"], ART[k](c, s))
        utc = s["t"] - TD(hours=c["tz"])
        a = dict(url=url(c, s["path"]), title=s["head"], date=utc.strftime("%Y-%m-%d"), authors=s["au"])
        if utc.date() != s["t"].date():
            a["instant"] = utc.strftime("%Y-%m-%dT%H:%M")
        if n == 0:
            a["must"] = [s["paras"][-1]]
            a["must_not"] = [s["other"]["head"]]
            if k == "ng":
                a["must_not"] += [WA, "This government should first finish the projects it started."]
            if k == "gh":
                a["must_not"].append(TG)
            if k == "sn":
                a["must_not"].append("Il faut protéger nos pêcheurs avant qu'il ne soit trop tard.")
            if k == "za":
                a["must_not"].append("Let us see how long this lasts.")
        truth["articles"].append(a)
        if k == "ug":
            write_any(c, s["path"] + "amp/", art_ug(c, s, amp=True))
    ex = [("section", c["secp"], "Actualité" if fr else ("News" if k not in ("gh", "pk", "bd") else {"gh": "Business", "pk": "Pakistan", "bd": "Bangladesh"}[k])),
          ("tag", c["tagp"], ("Mot-clé : " if fr else "Tag: ") + c["tagp"].rstrip("/").split("/")[-1].title()),
          ("author", c["authp"], auth_name, ("%s est journaliste à %s." if fr else "%s is a reporter at %s.") % (auth_name, c["name"])),
          ("search", c["srchp"], ("Résultats de recherche pour : %s" if fr else "Search results for: %s") % ("peche" if fr else "water"), "peche" if fr else "water"),
          ("archive", c["archp"], "Archives : mars 2025" if fr and k != "ma" else ("Archives : avril 2025" if fr else "Monthly Archives: March 2025")),
          ("about", c["aboutp"], "Qui sommes-nous ?" if fr else "About Us", ("%s est un quotidien d'information fondé en 1998." if fr else "%s is an independent daily newspaper founded in 1998.") % c["name"]),
          ("contact", c["contactp"], "Contactez-nous" if fr else "Contact Us", "Rédaction : redaction@example.org, tél. +221 33 800 00 00" if fr else "Newsroom: newsroom@example.org. Phone: +234 1 000 0000.")]
    for pg in ex + NON[k]:
        nonarticle(c, *pg)
    # home
    fr_lab = ("À la une", "Dernières nouvelles") if fr else ("Top Stories", "Latest News")
    home = '<div class="home"><h1 class="screen-reader-text">%s</h1><section class="top-stories"><h2>%s</h2>%s</section><section class="latest"><h2>%s</h2>%s</section><div class="home-ad"><span>Advertisement</span></div></div>' % (
        E(c["name"]), fr_lab[0], "".join('<article class="hero"><h3><a href="%s">%s</a></h3><p>%s</p></article>' % (s["path"], E(s["head"]), E(s["paras"][0][:140])) for s in c["stories"]),
        fr_lab[1], teasers(c, c["stories"], "latest-item", True))
    write_any(c, "/", page(c, c["name"], home, '<meta property="og:type" content="website">'))
    truth["nonarticles"].append(url(c, "/"))
    # robots, sitemap, feed
    write_page(OUT, c["host"], "/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nSitemap: %s\n" % url(c, "/sitemap.xml"))
    sm = '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (url(c, s["path"]), iso(s["t"], c["tz"])) for s in c["stories"])
    write_page(OUT, c["host"], "/sitemap.xml", sm)
    if k in ("ng", "gh", "ke", "ug"):
        items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><dc:creator><![CDATA[%s]]></dc:creator></item>" % (
            E(s["head"]), url(c, s["path"]), (s["t"] - TD(hours=c["tz"])).strftime("%a, %d %b %Y %H:%M:%S +0000"), "Ledger Online" if k == "ng" else s["cred"]) for s in c["stories"])
        write_page(OUT, c["host"], "/feed.xml", '<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(c["name"]), url(c, "/"), items))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
