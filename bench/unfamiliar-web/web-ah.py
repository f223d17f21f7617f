"""Web ah: twelve local and regional English-language papers around the
world, on the templates of newspaper chains and small independents: a US
chain daily (Gannett-like), a US small-town weekly (obituaries, "From staff
reports", "By RUTH CALLOWAY Staff Writer"), an English evening paper
("Last updated: Mon 3 Mar 2025 09.15 GMT" before "First published: ..."),
an Irish weekly ("3rd March 2025", "Words: A Pictures: B", a contributor
note at the end), a Canadian daily ("Posted: Mar. 3, 2025 12:04 PM EST",
"By A | The Lakehead Sentinel", Canadian Press copy), an Australian regional
("03/04/2025" meaning 3 April, "A and B, AAP", "Updated ..., first published
..."), a New Zealand paper ("2 hrs ago", "Monday, 3 March 2025 - 14:05"), a
South African daily (a Reuters story signed "Reporting by A and B; Editing
by C"), a Nigerian WordPress paper (Yoast JSON-LD naming the site's admin
user as author, contributor notes), a Kenyan paper ("Published on:
04/03/2025", JSON-LD with headline and author only), a Philippine paper
("Posted at Mar 03 2025 04:12 PM | Updated as of ...", agency credit) and a
Jamaican paper ("Published: Monday | March 3, 2025 | 12:12 AM",
"A/Staff Reporter"). Articles (36, one an obituary): mastheads with today's
date, "most read" sidebars with relative times, related-story teasers inside
bodies, cookie and newsletter pop-ups, comments with later dates, share bars,
author bio boxes, breadcrumbs, photo credits. JSON-LD full on some sites,
partial, misleading or missing on others. Non-articles on every site: home,
section, topic, author, search, archive by date, about/contact; plus
obituaries index, e-edition, press releases, sponsored content, events
calendar, classifieds, job ad, podcasts, video, gallery, weather, horoscope,
newsletter sign-up, live blog. Crawled once with /tmp/nr-base/newsroom:
stored 36 of 36, titles 33 (the Irish Joomla site's h1 is the paper's name,
its h2 the headline: the <title> split took the name), dates 31 (Irish
"Monday 3rd March 2025" unread, the masthead's today taken instead; the
obituary took "June 2" of the birth year range as 2024-06-02; the English
first story took JSON-LD's republish time over "First published:"),
authors 23 ("A/Staff Reporter" unread; "By A and B" kept only A; "A, Local
Democracy Reporter" and "A, RNZ" not cleaned; Yoast "Chronicle Admin" over
the in-body "By NAME"; JSON-LD organisations over "Reuters ... Reporting by
A and B" and "Philippine News Agency"; "Words: A Pictures: B" lost to
meta author "Super User"; "By RUTH CALLOWAY" kept in capitals), 1 of 127
non-articles stored (the sponsored post), bodies 12 of 12 right. Writes the
sites and truth.json under the directory given as the first argument."""
import datetime, html, json, os, random, sys  # noqa: E401
from zoneinfo import ZoneInfo

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write as write_page  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18113
rnd = random.Random("web-ah")
truth = {"articles": [], "nonarticles": [], "synd": []}
E, DT, TD = html.escape, datetime.datetime, datetime.timedelta
TODAY = datetime.date.today()
UTC = datetime.timezone.utc
COOKIE = "We use cookies to personalise content and ads and to analyse our traffic. By continuing you agree to our use of cookies."
NEWSLETTER = "Get the morning briefing delivered to your inbox every weekday at 6am."

# Stories per site: headline, local time, authors (truth), paragraphs, extra.
# Times are local to the paper; the UTC day is what truth holds.
S = {}
S["us1"] = [
    dict(h="City council approves $4.2 million plan to repave Main Street", t=DT(2025, 3, 3, 5, 4), upd=DT(2025, 3, 4, 7, 10), au=["Dana Whitfield"],
         p=["Riverside City Council voted 6-1 on Monday night to spend $4.2 million repaving Main Street between Fourth Avenue and the Harmon Creek bridge, the largest single road project the city has taken on in more than a decade.",
            "The work will begin in late April and is expected to last through October, with lanes closed in stages so that downtown businesses remain reachable, city engineer Paul Ostrander told council members.",
            "\"We have been patching this road for fifteen years,\" Ostrander said. \"At some point the patches are holding up other patches, and you are spending more to stand still.\"",
            "Councilwoman Teresa Ybarra cast the lone vote against the plan, saying she wanted the city to wait for a state grant that could have covered up to a third of the cost.",
            "The money will come from the city's capital improvement fund and a portion of last year's income tax surplus. Residents can find a map of the planned closures on the city's website."]),
    dict(h="Riverside schools weigh later start times for high schoolers", t=DT(2025, 1, 14, 18, 30), upd=None, au=["Marcus Bell", "Keisha Monroe"],
         p=["High school students in the Riverside City School District could start class nearly an hour later next fall under a proposal the school board will discuss at its meeting next week.",
            "The plan would move the first bell at Riverside High and Eastmoor High from 7:20 a.m. to 8:15 a.m. Elementary schools would start earlier to keep the district's bus routes running on the same number of drivers.",
            "Superintendent Angela Ruiz said research on teenage sleep was \"hard to ignore\" and that a survey of parents last fall found about 60% supported a later start.",
            "Some parents of younger children have pushed back, saying a 7:45 a.m. start for elementary schools would leave them scrambling for morning care.",
            "The board is expected to vote in February. If approved, the new schedule would take effect in August."]),
    dict(h="Ice storm knocks out power to 12,000 customers across the valley", t=DT(2025, 2, 12, 23, 48), upd=None, au=["Tom Hadley", "Rachel Orozco"], wire="Associated Press",
         p=["An overnight ice storm coated power lines and trees across the Ohio River valley, leaving about 12,000 homes and businesses without electricity by late Wednesday, utility officials said.",
            "Crews from three neighboring states were on their way to help restore service, but officials warned that some rural customers could be without power until the weekend.",
            "The National Weather Service said up to half an inch of ice had accumulated in some areas, enough to snap branches and bring down lines.",
            "Several school districts announced closures for Thursday, and state police urged drivers to stay off untreated roads."]),
]
S["us2"] = [
    dict(h="Millbrook man charged after chase through downtown", t=DT(2025, 3, 2, 16, 15), au=[], cred="From staff reports",
         p=["A Millbrook man faces felony charges after police say he led officers on a chase through downtown early Saturday morning before crashing into a parked delivery truck on Orchard Street.",
            "Officers tried to stop a gray sedan for speeding on Route 9 at about 1:40 a.m., according to a news release from the Millbrook Police Department. The driver did not stop and turned onto Orchard Street at high speed, police said.",
            "No one was injured in the crash. The driver, a 27-year-old Millbrook resident, was taken into custody at the scene and charged with fleeing and eluding, reckless driving and driving with a suspended license.",
            "He was being held at the Hale County Jail pending an appearance in district court on Monday."]),
    dict(h="Margaret Ellen Hollis", t=DT(2025, 2, 27, 9, 0), au=[], obit=True,
         p=["Margaret Ellen Hollis, 86, of Millbrook, passed away peacefully on Monday, Feb. 24, 2025, at her home surrounded by family.",
            "She was born June 2, 1938, in Carver Falls to Walter and Ruth (Dempsey) Lindgren. She graduated from Carver Falls High School in 1956 and married Robert Hollis in 1959.",
            "Margaret taught third grade at Millbrook Elementary School for 31 years, where generations of students remember her reading aloud after lunch. She was a longtime member of First Methodist Church and sang in its choir until last spring.",
            "She is survived by her daughters, Ann (Gary) Pruitt and Linda Hollis; five grandchildren; and eight great-grandchildren. She was preceded in death by her husband, Robert, in 2011.",
            "A funeral service will be held at 11 a.m. Saturday, March 8, 2025, at First Methodist Church, with visitation one hour before. In lieu of flowers, memorials may be made to the Millbrook Public Library."]),
    dict(h="Gazette Q&A: New library director wants more evening hours", t=DT(2025, 1, 22, 11, 30), au=["Ruth Calloway"], cred="By RUTH CALLOWAY Staff Writer",
         p=["Jonah Mercer started as director of the Millbrook Public Library on Jan. 6, after eight years running a branch library in Columbus. The Gazette sat down with him in his first weeks on the job.",
            "Mercer said the question he has heard most often is why the library closes at 6 p.m. on weeknights. \"People work until five. By the time they pick up the kids, we are closing. That is something I want to fix this year,\" he said.",
            "He also wants to bring back a homework help program that ended during the pandemic and expand the library's collection of large-print books.",
            "The library board will consider a proposal to stay open until 8 p.m. on Tuesdays and Thursdays at its February meeting.",
            "Mercer lives in Millbrook with his wife and two children. He said he is still looking for the best pie in town and welcomes suggestions."]),
]
S["uk"] = [
    dict(h="Plans for 300 homes on edge of Ashcombe approved despite objections", t=DT(2025, 3, 2, 18, 40), upd=DT(2025, 3, 3, 9, 15), au=["Owen Barlow"], cred="Owen Barlow, Local Democracy Reporting Service",
         p=["Plans for 300 new homes on farmland at the edge of Ashcombe have been approved by councillors, despite more than 400 objections from residents.",
            "The development, off Longmead Lane, will include 90 affordable homes, a small shop and a new play area. Developers Harrow Homes say building could begin next spring.",
            "Residents told the planning committee that the village's roads and GP surgery could not cope with the extra demand. \"We are already waiting three weeks for an appointment,\" said one objector, Sheila Moss.",
            "Committee chairman Cllr Richard Abbott said the council had little choice, as it could not show a five-year supply of housing land and would probably lose an appeal.",
            "The developer has agreed to pay £1.1 million towards local schools and road improvements."]),
    dict(h="Seafront cafe owners 'heartbroken' as storm floods promenade", t=DT(2025, 6, 13, 7, 0), upd=None, au=["Ellie Pryce", "Tom Marsh"], cred="By Ellie Pryce and Tom Marsh",
         p=["Cafe owners on Westbay seafront say they are heartbroken after a freak summer storm sent waves over the promenade and flooded several businesses overnight.",
            "Water up to a foot deep poured into The Shell Hut and two neighbouring kiosks shortly after midnight, ruining fridges, stock and furniture.",
            "\"We opened for the season three weeks ago. Everything we had is sitting in a skip,\" said Jo Harkness, who has run The Shell Hut for twelve years.",
            "The Environment Agency said a combination of a high spring tide and strong south-westerly winds had caught forecasters by surprise.",
            "A fundraising page set up by regular customers had raised more than £6,000 by Friday afternoon."]),
    dict(h="Ambulance waiting times at county hospital worst in the region", t=DT(2024, 11, 19, 16, 22), upd=None, au=["Priya Nandra"], cred="Priya Nandra, Health Correspondent",
         p=["Ambulances waited longer to hand over patients at Wessex County Hospital last month than at any other hospital in the South West, new figures show.",
            "Crews spent an average of 74 minutes outside the emergency department in October, against a national target of 15 minutes.",
            "The hospital trust said it had seen record numbers of patients and that delays in discharging people to care homes meant beds were not freeing up quickly enough.",
            "Union representatives said paramedics were spending whole shifts queuing in car parks while 999 calls went unanswered."]),
]
S["ie"] = [
    dict(h="Kilbarran GAA club unveils plans for new all-weather pitch", t=DT(2025, 3, 3, 10, 0), au=["Cathal Brennan"], cred="Words: Cathal Brennan Pictures: Niamh Dolan",
         p=["Kilbarran GAA club has unveiled ambitious plans for a floodlit all-weather pitch at its grounds on the Mill Road, which it hopes will be ready for the 2026 season.",
            "The project, estimated to cost €850,000, would allow the club's 24 teams to train through the winter months without churning up the main pitch.",
            "Club chairman Donal Fitzgerald said the club had outgrown its facilities. \"On a Tuesday night in January we have under-10s, minors and the ladies' team all looking for the same patch of grass,\" he said.",
            "The club has applied for a sports capital grant and will launch a fundraising drive, including a sponsored walk to the top of Knockanore, next month.",
            "A public information evening will be held in the clubhouse on Friday week."]),
    dict(h="Council told N71 bypass will not open before 2027", t=DT(2025, 1, 21, 15, 0), au=["Siobhán Ní Bhriain"], cred="By Siobhán Ní Bhriain",
         p=["The long-awaited Kilbarran bypass on the N71 will not open before 2027, councillors were told at this month's municipal district meeting.",
            "Senior engineer Mark Hegarty said delays in acquiring land and a judicial review taken by a landowner had pushed the project back by at least eighteen months.",
            "Cllr Mary O'Sullivan said the news would be a bitter blow to people living on Main Street, where up to 600 lorries a day pass through the town.",
            "Mr Hegarty said the council was confident the remaining legal issues would be resolved by the summer and that tenders would be sought before the end of the year."]),
    dict(h="Our rural bus routes deserve better than this", t=DT(2024, 12, 12, 9, 0), au=["Aoife Kennelly"], cred="Aoife Kennelly",
         p=["Last Tuesday I stood at the bus stop outside Daly's shop for fifty minutes in the rain. The 261 was due at 8.05. It came at 8.55, and it was full.",
            "This is not a rare event. Anyone who depends on public transport in this part of the county will tell you the same story, and most of them gave up long ago and bought a second car they cannot afford.",
            "We are told that rural Ireland must cut its emissions and leave the car at home. That is a fine ambition, but it rings hollow when the only bus to the county town runs four times a day and nobody can say when it will turn up.",
            "The National Transport Authority has promised a review of the route. I would ask whoever carries it out to spend a week getting to work on it first.",
            "Aoife Kennelly is a freelance journalist based in Kilbarran."]),
]
S["ca"] = [
    dict(h="Port Arrow mill to cut 140 jobs as lumber prices slide", t=DT(2025, 3, 3, 12, 4), au=["Sarah Lévesque"], cred="By Sarah Lévesque | The Lakehead Sentinel",
         p=["Northway Forest Products will lay off 140 workers at its Port Arrow sawmill next month, blaming a slump in lumber prices and higher U.S. duties on Canadian softwood.",
            "The company said in a statement Monday that the mill would move from two shifts to one starting April 7. It expects the reduction to last at least six months.",
            "Mayor Janice Whitebird called the news devastating for a town of 4,000 people where the mill is the largest private employer.",
            "Unifor Local 324 said it would meet with the company this week to discuss severance and recall rights."]),
    dict(h="Province pledges $18M for northern nurse training program", t=DT(2025, 2, 7, 9, 30), au=["Liam Oduya"], cred="Liam Oduya, The Canadian Press",
         p=["The provincial government will spend $18 million over three years to train nurses in northern communities, Health Minister Carol Denning announced Friday.",
            "The money will fund 120 new seats in practical nursing programs at colleges in Thunder Bay, Sault Ste. Marie and Timmins, with a focus on students from First Nations communities.",
            "Denning said graduates who agree to work in the north for at least two years after finishing will have their tuition covered.",
            "The Registered Nurses' Association welcomed the announcement but said wages, not training, were the main reason nurses were leaving northern hospitals."]),
    dict(h="Ice fishing derby draws record crowd on Pine Lake", t=DT(2025, 1, 26, 20, 45), au=["Marc Tremblay", "Jenna Kowalski"], cred="By Marc Tremblay and Jenna Kowalski | The Lakehead Sentinel",
         p=["More than 900 anglers braved temperatures of -28 C on Saturday for the annual Pine Lake Ice Fishing Derby, the largest turnout in its 31-year history.",
            "Organizers from the Port Arrow Lions Club said the event raised about $42,000 for the local hospital's new dialysis unit.",
            "The top prize, a new snowmobile, went to 14-year-old Ethan Moose of Red Rock, who pulled in a 6.1-kilogram lake trout just before noon.",
            "\"My hands were frozen, but I wasn't letting go,\" he said."]),
]
S["au"] = [
    dict(h="Surf club's 90-year-old clubhouse to be demolished", t=DT(2025, 4, 3, 13, 0), au=["Bec Harding"], cred="Bec Harding",
         p=["The Tarrawong Surf Life Saving Club's 90-year-old clubhouse will be demolished later this year after engineers found its foundations were being undermined by coastal erosion.",
            "The club will operate from temporary buildings in the car park while a new clubhouse is built further back from the dune line.",
            "Club president Sharon Deakin said members were sad to lose a building that had been the heart of the community since 1935, but safety had to come first.",
            "The $6.8 million rebuild will be funded by the state government, the council and a community appeal.",
            "Patrols will continue as normal over the Easter long weekend."]),
    dict(h="Drought-hit farmers told to expect relief package within weeks", t=DT(2025, 2, 11, 14, 20), au=["Kieran Walsh", "Anita Fong"], cred="Kieran Walsh and Anita Fong, AAP",
         p=["Farmers in drought-declared parts of the state have been told a support package will be announced within weeks, as dams run dry and feed prices soar.",
            "Agriculture Minister Rob Kessel said on Tuesday the package would include freight subsidies for fodder and water cartage, as well as low-interest loans.",
            "The NSW Farmers association said many producers had already sold off breeding stock and could not afford to wait much longer.",
            "Rainfall across the southern tablelands has been less than half the long-term average for the past nine months, according to the Bureau of Meteorology."]),
    dict(h="Council rates to rise 4.5 per cent under draft budget", t=DT(2025, 4, 1, 11, 30), upd=DT(2025, 4, 4, 9, 10), au=["Greg Mitchell"], cred="Greg Mitchell",
         p=["Ratepayers in the Tarrawong Shire face a 4.5 per cent rise in their rates bills from July under the council's draft budget, released on Monday night.",
            "The increase, the maximum allowed by the state's pricing regulator, would add about $78 a year to the average residential bill.",
            "General manager Lyn Cheung said rising costs for roadworks and insurance had left the council with little room to move.",
            "The draft budget will be on public exhibition for 28 days, and residents can make submissions online or at the council chambers."]),
]
S["nz"] = [
    dict(h="Slip closes highway between Ruatane and Kowhai Bay", rel=2, au=["Aroha Tipene"], cred="Aroha Tipene",
         p=["A large slip has closed State Highway 35 between Ruatane and Kowhai Bay after heavy overnight rain, cutting off about 300 residents.",
            "NZ Transport Agency Waka Kotahi said contractors were assessing the site but the road was unlikely to reopen before tomorrow evening.",
            "Civil Defence has opened the Kowhai Bay marae for anyone who needs somewhere to stay, and a helicopter is on standby for medical emergencies.",
            "MetService has issued an orange heavy rain warning for the region until midnight."]),
    dict(h="Regional council votes to keep fluoride in water supply", t=DT(2025, 3, 3, 14, 5), au=["Hemi Walker"], cred="Hemi Walker, Local Democracy Reporter",
         p=["The Ruatane Regional Council has voted 9-4 to keep adding fluoride to the town water supply after a heated three-hour debate.",
            "More than 200 people made submissions, with about two-thirds opposed to fluoridation.",
            "Medical officer of health Dr Ana Lemalu told councillors that removing fluoride would lead to more tooth decay, particularly among children in low-income households.",
            "Councillor Brent Farley, who voted against, said the council should have held a referendum."]),
    dict(h="Kiwifruit growers brace for bumper harvest", t=DT(2024, 11, 17, 14, 30), au=["Sophie Chen"], cred="Sophie Chen, RNZ",
         p=["Kiwifruit growers in the Bay of Plenty are preparing for one of their biggest harvests on record, with industry body Zespri forecasting more than 190 million trays.",
            "The good news comes after two difficult seasons hit by frost, hail and a shortage of pickers.",
            "Grower Matiu Ranginui said his orchard near Te Puke was carrying more fruit than he had seen in twenty years.",
            "Growers are now urging the government to speed up visas for seasonal workers from the Pacific."]),
]
S["za"] = [
    dict(h="Rand firms as inflation eases more than expected", t=DT(2025, 2, 19, 11, 35), au=["Lerato Khumalo", "Pieter van Wyk"], cred="Reuters",
         p=["South Africa's rand strengthened on Wednesday after data showed consumer inflation eased more than expected in January, boosting hopes of another interest rate cut.",
            "Headline consumer inflation slowed to 3.2% year on year from 3.4% in December, Statistics South Africa said, below the 3.4% forecast in a Reuters poll of economists.",
            "At 0930 GMT the rand traded at 18.32 against the dollar, about 0.4% firmer than its previous close.",
            "The South African Reserve Bank's monetary policy committee is due to announce its next decision in March.",
            "Reporting by Lerato Khumalo in Johannesburg and Pieter van Wyk in Cape Town; Editing by Helen Marsh"]),
    dict(h="Load-shedding returns to Gauteng as two units trip", t=DT(2025, 3, 4, 10, 22), au=["Thandiwe Mokoena"], cred="Thandiwe Mokoena",
         p=["Eskom has reintroduced stage 2 load-shedding after two generating units at Kendal power station tripped overnight, ending a run of nearly a month without outages.",
            "The utility said in a statement that load-shedding would be implemented from 16:00 until 05:00 on Wednesday.",
            "Residents of Soweto and Tembisa said they had barely adjusted to having reliable power again.",
            "Energy analysts warned that the grid remained fragile heading into winter, when demand peaks."]),
    dict(h="Municipality owes Eskom R1.2bn, auditor-general finds", t=DT(2024, 12, 18, 16, 45), au=["Johan Pretorius", "Naledi Sithole"], cred="Johan Pretorius and Naledi Sithole",
         p=["The Emfuleni municipality owes Eskom more than R1.2 billion and has failed to pay its bulk electricity account for eleven months, the auditor-general has found.",
            "The report, tabled in the provincial legislature on Tuesday, says the municipality lost nearly 30% of the electricity it bought to theft and faulty meters.",
            "Opposition councillors called for the municipality to be placed under administration.",
            "A municipal spokesperson said a payment plan was being negotiated with Eskom."]),
]
S["ng"] = [
    dict(h="Petrol queues return to Lagos as depot prices climb", t=DT(2025, 3, 3, 14, 5), au=["Chinedu Okafor"], cred="By CHINEDU OKAFOR", note="Chinedu Okafor is a reporter for the Lagos Chronicle covering energy and the oil sector.",
         p=["Long queues returned to filling stations across Lagos on Monday as marketers cut supplies, blaming a sharp rise in depot prices.",
            "Many stations in Ikeja, Surulere and Lekki were shut, while those selling fuel raised pump prices to as much as N1,150 per litre.",
            "The Independent Petroleum Marketers Association of Nigeria said the price of petrol at private depots had risen by almost N90 per litre in one week.",
            "Motorists said they had spent hours in queues. \"I have been here since six o'clock,\" said Tunde Bakare, a taxi driver at a station in Ojota.",
            "The Nigerian Midstream and Downstream Petroleum Regulatory Authority said it was monitoring the situation and urged consumers not to engage in panic buying."]),
    dict(h="Senate passes bill to create Coastal Development Commission", t=DT(2025, 2, 19, 17, 40), au=["Aisha Bello"], cred="By AISHA BELLO, Abuja",
         p=["The Senate on Wednesday passed a bill establishing a Coastal Development Commission to manage erosion and infrastructure along Nigeria's 853-kilometre coastline.",
            "The bill, sponsored by the senator representing Lagos East, passed its third reading after a clause-by-clause consideration in the committee of the whole.",
            "The commission would be funded by three per cent of the federal allocation to the affected states, as well as grants and donations.",
            "The House of Representatives must concur before the bill is sent to the President for assent."]),
    dict(h="Super Eagles coach names 25-man squad for qualifiers", t=DT(2025, 3, 10, 12, 0), au=["Tunde Adeyemi"], cred="By TUNDE ADEYEMI",
         p=["Super Eagles head coach has named a 25-man squad for this month's World Cup qualifiers against Rwanda and Zimbabwe.",
            "The list includes three uncapped players from the domestic league, a move the coach said rewarded strong performances this season.",
            "The team will set up camp in Uyo on Monday ahead of the first match at the Godswill Akpabio International Stadium.",
            "Nigeria sit fifth in their qualifying group and need wins in both matches to keep their hopes of reaching the finals alive."]),
]
S["ke"] = [
    dict(h="Nakuru traders protest new county market levies", t=DT(2025, 3, 4, 10, 15), au=["Wanjiru Kamau"], cred="By Wanjiru Kamau",
         p=["Hundreds of traders at Nakuru's Wakulima market on Tuesday closed their stalls in protest against new daily levies introduced by the county government.",
            "The Nakuru County Finance Act 2024 raised the daily fee for a market stall from Sh30 to Sh80, a change traders say was made without public participation.",
            "\"We sell tomatoes and sukuma. Where will we get Sh80 every day?\" asked Grace Wambui, who has traded at the market for 15 years.",
            "County Trade executive officer said the money would go towards repairing the market roof and improving drainage.",
            "Police were deployed to the market but the protest ended peacefully by midday."]),
    dict(h="Flamingo numbers fall at Lake Bogoria as water levels rise", t=DT(2025, 2, 12, 9, 0), au=["Otieno Ouma"], cred="By Otieno Ouma",
         p=["The number of flamingos at Lake Bogoria has dropped sharply as rising water levels dilute the algae the birds feed on, wildlife officials say.",
            "A count in January recorded fewer than 200,000 lesser flamingos, compared with more than a million five years ago.",
            "Scientists link the rising levels of the Rift Valley lakes to heavier rainfall in the region over the past decade.",
            "Tour operators in Baringo say visitor numbers have also fallen."]),
    dict(h="KCSE results: Rift Valley schools dominate top 100", t=DT(2025, 1, 9, 15, 30), au=["Wanjiru Kamau", "Kiprono Langat"], cred="By Wanjiru Kamau and Kiprono Langat",
         p=["Schools in the Rift Valley took 31 of the top 100 places in last year's Kenya Certificate of Secondary Education examinations, results released on Thursday show.",
            "Moi Girls High School Eldoret posted the region's best mean grade, with 87 candidates scoring an A.",
            "The Education Cabinet Secretary said the number of candidates qualifying for university had risen by 12 per cent.",
            "Principals credited extra tuition and stable staffing for the improvement."]),
]
S["ph"] = [
    dict(h="Cebu City to ban single-use plastics in public markets", t=DT(2025, 3, 3, 16, 12), upd=DT(2025, 3, 4, 8, 30), au=["Ramon Dela Cruz"], cred="Ramon Dela Cruz, Visayas Daily Star",
         p=["CEBU CITY - The city council approved on Monday an ordinance banning single-use plastic bags and styrofoam containers in all public markets starting June 1.",
            "Vendors caught violating the ban will be fined P1,000 for the first offense and up to P5,000 and suspension of their stall permit for repeat offenses.",
            "Councilor Joy Pesquera, the ordinance's author, said plastic waste was clogging the city's drainage and worsening floods during the rainy season.",
            "Market vendors asked for a longer transition period, saying paper bags cost three times as much."]),
    dict(h="Fishermen in Bantayan rally against offshore quarry", t=DT(2025, 2, 18, 14, 30), au=["Maricel Santos", "Jun Villareal"], cred="Maricel Santos and Jun Villareal, Visayas Daily Star",
         p=["Around 500 fishermen staged a boat rally off Bantayan Island on Tuesday to oppose a proposed offshore sand quarry they say will destroy fishing grounds.",
            "The fishermen's group said the quarry site overlaps with a marine sanctuary where small-scale fishers catch squid and rabbitfish.",
            "The Department of Environment and Natural Resources said no permit had been issued and that public consultations were still ongoing.",
            "Local officials have asked the provincial board to declare a moratorium on offshore quarrying."]),
    dict(h="DepEd opens 1,200 teaching posts in Central Visayas", t=DT(2025, 1, 30, 11, 5), au=["Philippine News Agency"], cred="Philippine News Agency",
         p=["The Department of Education regional office in Central Visayas has opened 1,200 teaching positions for the coming school year.",
            "Applicants must hold a license from the Professional Regulation Commission and submit their documents to their division offices by the end of February.",
            "The regional director said the new posts would help reduce class sizes in crowded schools in Cebu and Bohol.",
            "Successful applicants will start in June."]),
]
S["jm"] = [
    dict(h="Montego Bay vendors relocated as market repairs begin", t=DT(2025, 3, 3, 0, 12), au=["Kimberly Grant"], cred="Kimberly Grant/Staff Reporter",
         p=["WESTERN BUREAU: More than 150 vendors at the Charles Gordon Market in Montego Bay have been moved to a temporary site on Barnett Street as long-delayed repairs to the market begin.",
            "The St James Municipal Corporation says the $120-million project will replace the leaking roof, upgrade sanitary facilities and add new stalls.",
            "Some vendors complained that the temporary site has no shade and little foot traffic. \"Customers cannot find us,\" said Marcia Brown, who sells produce.",
            "Mayor of Montego Bay said the work should be finished within six months."]),
    dict(h="JPS restores power to 90 per cent of St James customers", t=DT(2025, 2, 24, 17, 40), au=["Andre Williams"], cred="Andre Williams/Star Writer",
         p=["The Jamaica Public Service Company says it has restored electricity to 90 per cent of customers in St James after a fault at a substation plunged much of the parish into darkness on Sunday.",
            "JPS said a transformer failure at the Bogue substation caused the outage, which affected about 40,000 customers.",
            "Business operators in downtown Montego Bay said the outage cost them a day's sales.",
            "The company said it expected full restoration by Tuesday evening."]),
    dict(h="Reggae Month concert series closes with tribute to pioneers", t=DT(2025, 2, 28, 18, 45), au=["Shanique Brown"], cred="Shanique Brown/Entertainment Reporter",
         p=["The Reggae Month concert series came to a close on Friday night with a tribute to the pioneers of ska and rocksteady at the Montego Bay Cultural Centre.",
            "Veteran performers shared the stage with a new generation of artistes, performing classics from the 1960s and 1970s.",
            "Organisers said attendance this year was the highest since the series moved to the west.",
            "The Ministry of Culture said it would expand the programme to Ocho Rios and Mandeville next year."]),
]


def slug(h):
    return "-".join("".join(ch if ch.isalnum() else " " for ch in h.lower().replace("'", "")).split())[:60].strip("-")


def url(c, p): return "http://%s:%d%s" % (c["host"], PORT, p)


def ampm(d, dots=True):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, ("a.m." if d.hour < 12 else "p.m.") if dots else ("AM" if d.hour < 12 else "PM"))


def mon(d, dot=False):
    m = d.strftime("%b")
    return m + "." if dot and m not in ("May",) else m


def ordinal(n): return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def rel(n): return "%d hr%s ago" % (n, "" if n == 1 else "s")


def most_read(c, ss, cls="most-read", h="Most read"):
    return '<section class="%s"><h3>%s</h3><ol>%s</ol></section>' % (cls, h, "".join('<li><a href="%s">%s</a> <span class="ago">%s</span></li>' % (s["path"], E(s["h"]), "%d hours ago" % (2 + 3 * j)) for j, s in enumerate(ss)))


def comments(items, cls="comments"):
    return '<section id="comments" class="%s"><h3>%d Comments</h3>%s</section>' % (cls, len(items), "".join('<div class="comment"><b class="commenter">%s</b> <time>%s</time><p>%s</p></div>' % (E(a), E(b), E(t)) for a, b, t in items))


def cookie(): return '<div id="cookie-consent" class="consent-banner"><p>%s</p><button>Accept all</button><button>Manage settings</button></div>' % COOKIE


def nl_modal(): return '<div class="modal newsletter-popup" role="dialog"><h4>Don\'t miss a thing</h4><p>%s</p><form action="/newsletters/"><input type="email" placeholder="Email address"><button>Sign up</button></form></div>' % NEWSLETTER


def share(): return '<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>'


def ld(**j):
    j = dict({"@context": "https://schema.org"}, **j)
    return '<script type="application/ld+json">%s</script>' % json.dumps(j, ensure_ascii=False)


def iso(d, tz): return d.replace(tzinfo=ZoneInfo(tz)).isoformat(timespec="seconds")


def utc(d, tz): return d.replace(tzinfo=ZoneInfo(tz)).astimezone(UTC)


def persons(names): return [{"@type": "Person", "name": n} for n in names]


def page(c, title, main, head="", aside="", body_cls=""):
    """The site's frame, built from its skin."""
    k = c["skin"]
    nav = "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in c["nav"])
    foot = "".join('<a href="%s">%s</a> ' % (p, E(t)) for p, t in c["foot"])
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title>%s</head>'
            '<body class="%s">%s<header class="%s"><div class="%s">%s</div><a class="brand" href="/">%s</a><nav class="%s"><ul>%s</ul></nav></header>'
            '<%s class="%s">%s%s</%s><footer class="%s"><p>%s</p><p>&copy; 2025 %s. All rights reserved.</p></footer>%s</body></html>') % (
        c["lang"], E(title), head, body_cls, k.get("top", ""), k["hdr"], k["date_cls"], E(c["masthead"](TODAY)), E(c["name"]), k["nav"], nav,
        k["wrap"], k["wrap_cls"], main, '<aside class="%s">%s</aside>' % (k["aside"], aside) if aside else "", k["wrap"], k["foot"], foot, E(c["name"]),
        cookie() if k.get("cookie") else "")


def teaser_list(c, ss, when=True, cls="story-list"):
    ss = sorted(ss, key=lambda s: s.get("t") or DT(2030, 1, 1), reverse=True)
    return '<ul class="%s">%s</ul>' % (cls, "".join('<li class="card"><h2 class="card-title"><a href="%s">%s</a></h2>%s<p>%s</p></li>' % (
        s["path"], E(s["h"]), '<span class="card-date">%s</span>' % E(c["short"](s)) if when else "", E(s["p"][0][:140] + "...")) for s in ss))


AP = "Jan. Feb. March April May June July Aug. Sept. Oct. Nov. Dec.".split()


def apdate(d): return "%s %d, %d" % (AP[d.month - 1], d.day, d.year)


def body_with(paras, insert_after, snippet):
    out = []
    for i, p in enumerate(paras):
        out.append(p)
        if i == insert_after:
            out.append(snippet)
    return "".join(out)


# ---- article templates, one per site: each returns (main, head, aside)

def art_us1(c, s):
    ldt = "ET"
    dl = "Published %s %s %s" % (ampm(s["t"]), ldt, apdate(s["t"]))
    if s.get("upd"):
        dl += " | Updated %s %s %s" % (ampm(s["upd"]), ldt, apdate(s["upd"]))
    if s.get("wire"):
        by = '<div class="gnt_ar_by">%s, %s</div>' % (" and ".join(E(a) for a in s["au"]), E(s["wire"]))
    else:
        by = '<div class="gnt_ar_by">%s<div class="gnt_ar_by_t">The Riverside Courier</div></div>' % " and ".join('<a class="gnt_ar_by_a" href="%s">%s</a>' % (c["authp"], E(a)) if a == c["auth"] else '<span class="gnt_ar_by_a">%s</span>' % E(a) for a in s["au"])
    ps = ['<p class="gnt_ar_b_p">%s</p>' % E(p) for p in s["p"]]
    rel_ = '<aside class="gnt_em gnt_em_fo"><span class="gnt_em_fo_t">MORE:</span> <a href="%s">%s</a></aside>' % (s["other"]["path"], E(s["other"]["h"]))
    main = ('<article class="gnt_pr"><div class="gnt_cw"><a href="%s">LOCAL</a></div><h1 class="gnt_ar_hl" elementtiming="ar-headline">%s</h1>%s'
            '<div class="gnt_ar_dt" aria-label="%s">%s</div>%s<figure class="gnt_em_img"><img src="/gcdn/%d.jpg" alt=""><figcaption>Photo: <span class="gnt_em_img_ccr">Sam Kowal/The Riverside Courier</span></figcaption></figure>'
            '<div class="gnt_ar_b">%s</div></article>') % (c["secp"], E(s["h"]), by, E(dl.replace("a.m.", "AM").replace("p.m.", "PM")), E(dl), share(), s["id"], body_with(ps, 1, rel_))
    j = dict(headline=s["h"], datePublished=iso(s["t"], c["tz"]), author=persons(s["au"]), publisher={"@type": "Organization", "name": c["name"]}, mainEntityOfPage=url(c, s["path"]))
    j["@type"] = "NewsArticle"
    if s.get("upd"):
        j["dateModified"] = iso(s["upd"], c["tz"])
    head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><link rel="canonical" href="%s">%s' % (E(s["h"]), url(c, s["path"]), ld(**j))
    return main, head, most_read(c, [x for x in c["stories"] if x is not s], "gnt_sb_mr", "Most Popular"), [s["p"][-1], s["p"][0]], [s["other"]["h"]]


def art_us2(c, s):
    if s.get("obit"):
        main = ('<div class="asset obituary"><ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/obituaries/">Obituaries</a></li></ul>'
                '<div class="asset-header"><h1 class="headline"><span class="tnt-headline">%s</span></h1><p class="obit-years">June 2, 1938 - Feb. 24, 2025</p>'
                '<ul class="list-inline asset-meta"><li class="posted">Published %s</li></ul></div><figure><img src="/obit/%d.jpg" alt="Margaret Ellen Hollis"></figure>'
                '<div class="asset-content subscriber-premium" itemprop="articleBody">%s</div>'
                '<section class="guestbook"><h3>Guest Book</h3><div class="entry"><b>Carol Jenks</b> <span>March 1, 2025</span><p>Mrs. Hollis was my third grade teacher and I still remember her kindness.</p></div>'
                '<div class="entry"><b>Pastor Dale Reese</b> <span>March 2, 2025</span><p>Our choir will miss her voice. Rest in peace, Margaret.</p></div></section></div>') % (
            E(s["h"]), E(s["t"].strftime("%b %-d, %Y")), s["id"], "".join("<p>%s</p>" % E(p) for p in s["p"]))
        head = '<meta property="og:title" content="%s"><meta property="og:type" content="article">' % E(s["h"])
        return main, head, "", [s["p"][-1]], ["Our choir will miss her voice. Rest in peace, Margaret."]
    rel_ = '<div class="related-asset"><strong>Related:</strong> <a href="%s">%s</a></div>' % (s["other"]["path"], E(s["other"]["h"]))
    ps = ["<p>%s</p>" % E(p) for p in s["p"]]
    main = ('<div class="asset"><ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="%s">News</a></li></ul><div class="asset-header">'
            '<h1 class="headline"><span class="tnt-headline">%s</span></h1><ul class="list-inline asset-meta"><li><span class="tnt-byline">%s</span></li>'
            '<li><time datetime="%s">%s</time></li></ul></div>%s<div class="asset-content" itemprop="articleBody">%s</div>%s</div>') % (
        c["secp"], E(s["h"]), E(s["cred"]), iso(s["t"], c["tz"]), E(s["t"].strftime("%b %-d, %Y")), share(), body_with(ps, 1, rel_),
        '<div class="asset-author"><a href="%s">Ruth Calloway</a><p>Ruth Calloway covers schools, the library and town government for the Gazette. Reach her at 555-0143.</p></div>' % c["authp"] if s["au"] else "")
    head = '<meta property="og:title" content="%s"><meta property="og:type" content="article"><meta property="article:published_time" content="%s">' % (E(s["h"]), iso(s["t"], c["tz"]))
    return main, head, most_read(c, c["stories"], "tnt-most-read", "Most Read"), [s["p"][-1]], [s["other"]["h"]]


def ukd(d, tz):
    z = d.replace(tzinfo=ZoneInfo(tz)).tzname()
    return "%s %d %s %d %s %s" % (d.strftime("%a"), d.day, d.strftime("%b"), d.year, d.strftime("%H.%M"), z)


def art_uk(c, s):
    if s.get("upd"):
        when = '<p class="mar-article__timestamp"><span class="updated">Last updated: %s</span><br><span class="published">First published: %s</span></p>' % (ukd(s["upd"], c["tz"]), ukd(s["t"], c["tz"]))
    else:
        when = '<p class="mar-article__timestamp"><span class="published">Published: %s</span></p>' % ukd(s["t"], c["tz"])
    cr = E(s["cred"])
    for a in s["au"]:
        cr = cr.replace(E(a), ('<a class="author-name" href="%s">%%s</a>' % c["authp"] if a == c["auth"] else '<span class="author-name">%s</span>') % E(a))
    ps = ["<p>%s</p>" % E(p) for p in s["p"]]
    inl = '<div class="read-more-inline"><span>READ MORE:</span> <a href="%s">%s</a></div>' % (s["other"]["path"], E(s["other"]["h"]))
    main = ('<nav class="breadcrumbs"><a href="/">Home</a> &gt; <a href="%s">News</a> &gt; <a href="%s">Local News</a></nav><article class="mar-article">'
            '<h1 class="mar-article__headline">%s</h1><div class="mar-article__byline">%s</div>%s%s<figure><img src="/img/%d.jpg"><figcaption>Picture: Wessex Evening Post</figcaption></figure>'
            '<div class="article-body">%s</div><div class="mar-newsletter"><p>%s</p><a href="/newsletters/">Sign up</a></div></article>') % (
        c["secp"], c["secp"], E(s["h"]), cr, when, share(), s["id"], body_with(ps, 2, inl), NEWSLETTER)
    pub = s["upd"] if s.get("upd") else s["t"]  # the CMS republished the story: its JSON-LD carries the update
    j = {"@type": "NewsArticle", "headline": s["h"], "datePublished": iso(pub, c["tz"]), "dateModified": iso(s.get("upd") or s["t"], c["tz"]), "author": {"@type": "Organization", "name": c["name"]}}
    head = '<meta property="og:title" content="%s"><meta name="twitter:title" content="%s">%s' % (E(s["h"]), E(s["h"]), ld(**j))
    return main, head, most_read(c, c["stories"], "trending", "Trending"), [s["p"][-1]], [s["other"]["h"], NEWSLETTER]


def art_ie(c, s):
    ps = ["<p>%s</p>" % E(p) for p in s["p"]]
    opinion = s["au"] == ["Aoife Kennelly"]
    cm = [("Declan M", "14th December 2024", "Same story on the Ballydrum road. Two buses a day if you're lucky."), ("Tracey", "2nd January 2025", "Well said Aoife. Send this to the minister.")]
    main = ('<div class="item-page" itemscope itemtype="https://schema.org/Article">%s<div class="page-header"><h2 itemprop="headline">%s</h2></div>'
            '<dl class="article-info muted"><dd class="createdby" itemprop="author">%s</dd><dd class="published"><span class="icon-calendar"></span> %s</dd><dd class="hits">Hits: %d</dd></dl>'
            '<div itemprop="articleBody">%s</div>%s</div>%s') % (
        '<span class="label label-warning">Opinion</span>' if opinion else "", E(s["h"]), E(s["cred"] if not opinion else "By " + s["cred"]),
        E("%s %s %s %d" % (s["t"].strftime("%A"), ordinal(s["t"].day), s["t"].strftime("%B"), s["t"].year) if s["t"].day % 2 else "%s %s %d" % (ordinal(s["t"].day), s["t"].strftime("%B"), s["t"].year)),
        rnd.randrange(300, 3000), "".join(ps), '<ul class="pager pagenav"><li class="previous"><a href="%s">&lt; Prev</a></li></ul>' % s["other"]["path"],
        comments(cm) if opinion else "")
    head = '<meta name="author" content="Super User">'
    return main, head, most_read(c, c["stories"], "moduletable popular", "Popular"), [s["p"][-2]], [cm[1][2]] if opinion else []


def art_ca(c, s):
    d = s["t"]
    z = d.replace(tzinfo=ZoneInfo(c["tz"])).tzname()
    ps = ["<p>%s</p>" % E(p) for p in s["p"]]
    rel_ = '<div class="related-stories"><h4>Related</h4><ul><li><a href="%s">%s</a></li></ul></div>' % (s["other"]["path"], E(s["other"]["h"]))
    main = ('<article class="article-content"><div class="article-header__detail"><a class="article-header__detail__label" href="%s">Local News</a><h1 class="article-title" id="articleTitle">%s</h1>'
            '<div class="article-meta"><span class="article-byline">%s</span> <span class="published-date">Posted: %s %d, %d %s %s</span></div></div>%s'
            '<section class="article-content__content-group">%s</section>%s</article>') % (
        c["secp"], E(s["h"]), E(s["cred"]), mon(d, True), d.day, d.year, ampm(d, False), z, share(), body_with(ps, 2, rel_),
        '<div class="comments-closed"><p>Comments</p><p>Postmedia is committed to maintaining a lively but civil forum for discussion.</p></div>')
    j = {"@type": "NewsArticle", "headline": s["h"], "datePublished": utc(d, c["tz"]).strftime("%Y-%m-%dT%H:%M:%SZ")}
    head = '<meta property="og:title" content="%s | %s"><meta property="og:type" content="article">%s' % (E(s["h"]), E(c["name"]), ld(**j))
    return main, head, most_read(c, c["stories"], "widget-trending", "Trending"), [s["p"][-1]], [s["other"]["h"]]


def art_au(c, s):
    d = s["t"]
    if s.get("upd"):
        u = s["upd"]
        when = '<div class="story-date">Updated %s %d %d - %s, first published %s %d %d - %s</div>' % (u.strftime("%B"), u.day, u.year, u.strftime("%-I:%M%p").lower(), d.strftime("%B"), d.day, d.year, d.strftime("%-I:%M%p").lower())
    else:
        when = '<div class="story-date"><time>%s</time></div>' % d.strftime("%d/%m/%Y")
    ps = ["<p>%s</p>" % E(p) for p in s["p"]]
    ad = '<div class="ad-slot"><p>Advertisement</p></div><div class="subscribe-prompt"><p>Support local journalism. Subscribe from $1 a week.</p></div>'
    main = ('<article data-testid="article"><div data-testid="breadcrumbs"><a href="/">Home</a> / <a href="%s">Local News</a></div><h1 data-testid="headline">%s</h1>'
            '<div data-testid="byline"><span data-testid="author-name">%s</span></div>%s<figure><img src="/images/%d.jpg"><figcaption>Picture by Kate Lyons</figcaption></figure>'
            '<div id="story-body">%s</div><div class="more-news"><h4>More from the Mercury</h4><a href="%s">%s</a></div></article>') % (
        c["secp"], E(s["h"]), E(s["cred"]), when, s["id"], body_with(ps, 1, ad), s["other"]["path"], E(s["other"]["h"]))
    head = '<meta property="og:title" content="%s"><meta property="og:site_name" content="%s">' % (E(s["h"]), E(c["name"]))
    if s.get("upd"):
        head += '<meta property="article:modified_time" content="%s">' % iso(s["upd"], c["tz"])
    return main, head, most_read(c, c["stories"], "most-viewed", "Most viewed"), [s["p"][-1]], ["Support local journalism. Subscribe from $1 a week.", s["other"]["h"]]


def art_nz(c, s):
    when = rel(s["rel"]) if s.get("rel") else "%s, %d %s %d - %s" % (s["t"].strftime("%A"), s["t"].day, s["t"].strftime("%B"), s["t"].year, s["t"].strftime("%H:%M"))
    main = ('<div class="story"><span class="story-section"><a href="%s">National</a></span><h1 class="story-headline">%s</h1><p class="story-intro">%s</p>'
            '<div class="story-byline"><span class="byline-name">%s</span><span class="byline-time">%s</span></div>%s<div class="story-text">%s</div>'
            '<div class="story-tags">Topics: <a href="%s">Weather</a></div></div>') % (
        c["secp"], E(s["h"]), E(s["p"][0]), E(s["cred"]), E(when), share(), "".join("<p>%s</p>" % E(p) for p in s["p"][1:]), c["tagp"])
    aside = '<section class="latest-news"><h3>Latest</h3><ul>%s</ul></section>' % "".join('<li><a href="%s">%s</a><span>%s</span></li>' % (x["path"], E(x["h"]), E(rel(3 + 4 * j))) for j, x in enumerate(c["stories"]) if x is not s)
    return main, '<meta property="og:title" content="%s">' % E(s["h"]), aside, [s["p"][-1]], []


def art_za(c, s):
    d = s["t"]
    reuters = s["cred"] == "Reuters"
    ps = ["<p>%s</p>" % E(p) for p in (s["p"][:-1] if reuters else s["p"])]
    if reuters:
        ps.append('<p class="wire-credit"><em>%s</em></p>' % E(s["p"][-1]))
    cr = E(s["cred"])
    main = ('<article class="article-container"><div class="article-category"><a href="%s">%s</a></div><h1 class="article-heading">%s</h1>'
            '<div class="article-details"><span class="author">By %s</span><span class="date">%s</span></div>%s<div class="article-body">%s</div>'
            '<div class="also-read"><h4>ALSO READ</h4><a href="%s">%s</a></div>%s</article>') % (
        c["secp"], "Business" if reuters else "News", E(s["h"]), cr, d.strftime("%d %B %Y | %H:%M"), share(), "".join(ps), s["other"]["path"], E(s["other"]["h"]),
        "" if reuters else '<div class="author-bio"><h4>%s</h4><p>%s covers energy and local government for the Highveld Tribune.</p></div>' % (E(s["au"][0]), E(s["au"][0])))
    j = {"@type": "NewsArticle", "headline": s["h"], "datePublished": iso(d, c["tz"]), "dateModified": iso(d + TD(hours=3), c["tz"]),
         "author": {"@type": "Organization", "name": "Reuters"} if reuters else persons(s["au"]), "publisher": {"@type": "Organization", "name": c["name"]}, "image": url(c, "/img/%d.jpg" % s["id"])}
    head = '<meta property="og:title" content="%s">%s' % (E(s["h"]), ld(**j))
    return main, head, most_read(c, c["stories"], "popular-articles", "Popular"), ([s["p"][-2]] if reuters else [s["p"][-1]]), [s["other"]["h"]]


def art_ng(c, s):
    ps = ['<p><strong>%s</strong></p>' % E(s["cred"])] + ["<p>%s</p>" % E(p) for p in s["p"]]
    also = '<p><strong>ALSO READ: </strong><a href="%s">%s</a></p>' % (s["other"]["path"], E(s["other"]["h"]))
    if s.get("note"):
        ps.append("<p><em>%s</em></p>" % E(s["note"]))
    main = ('<article id="the-post" class="container-wrapper post-content tie-standard"><header class="entry-header-outer"><nav id="breadcrumb"><a href="/">Home</a><em>/</em><a href="%s">News</a></nav>'
            '<div class="entry-header"><span class="post-cat-wrap"><a class="post-cat" href="%s">News</a></span><h1 class="post-title entry-title">%s</h1>'
            '<div class="single-post-meta post-meta"><span class="author-meta single-author"><span class="meta-item meta-author-wrapper"><span class="meta-author"><a href="/author/chronicle-admin/" class="author-name tie-icon" title="Chronicle Admin">Chronicle Admin</a></span></span></span>'
            '<span class="date meta-item tie-icon">%s</span></div></div></header><div class="entry-content entry clearfix">%s</div>'
            '<div id="comments" class="comments-area"><h3>Leave a Reply</h3><form><textarea></textarea></form></div></article>') % (
        c["secp"], c["secp"], E(s["h"]), E(s["t"].strftime("%B %-d, %Y")), body_with(ps, 2, also))
    gid = url(c, s["path"])
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": gid + "#article", "headline": s["h"], "datePublished": utc(s["t"], c["tz"]).isoformat(), "dateModified": utc(s["t"] + TD(days=1, hours=2), c["tz"]).isoformat(),
         "author": {"@id": url(c, "/#/schema/person/1")}, "isPartOf": {"@id": gid}},
        {"@type": "WebPage", "@id": gid, "url": gid, "name": "%s - %s" % (s["h"], c["name"]), "datePublished": utc(s["t"], c["tz"]).isoformat()},
        {"@type": "Person", "@id": url(c, "/#/schema/person/1"), "name": "Chronicle Admin"}]}
    head = ('<meta property="og:title" content="%s - %s"><meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">'
            '<meta name="author" content="Chronicle Admin"><script type="application/ld+json" class="yoast-schema-graph">%s</script>') % (
        E(s["h"]), E(c["name"]), utc(s["t"], c["tz"]).isoformat(), utc(s["t"] + TD(days=1, hours=2), c["tz"]).isoformat(), json.dumps(graph))
    return main, head, most_read(c, c["stories"], "widget posts-list", "Trending Now"), [s["p"][-1]], [s["other"]["h"]]


def art_ke(c, s):
    ps = ["<p>%s</p>" % E(p) for p in s["p"]]
    main = ('<div class="article-wrapper"><div class="article-header"><a class="category" href="%s">Counties</a><h1 class="article-title">%s</h1>'
            '<div class="article-meta"><span class="article-author">%s</span> <span class="sep">|</span> <span class="article-date">Published on: %s</span></div></div>'
            '<div class="article-body">%s</div><div class="whatsapp-cta"><a href="#">Follow our WhatsApp channel for breaking news</a></div>'
            '<div class="related-articles"><h3>Related Articles</h3><a href="%s">%s</a></div></div>') % (
        c["secp"], E(s["h"]), E(s["cred"]), s["t"].strftime("%d/%m/%Y"), body_with(ps, 2, '<div class="ad-inline">ADVERTISEMENT</div>'), s["other"]["path"], E(s["other"]["h"]))
    j = {"@type": "NewsArticle", "headline": s["h"], "author": persons(s["au"])}
    return main, '<meta property="og:title" content="%s">%s' % (E(s["h"]), ld(**j)), most_read(c, c["stories"], "trending-sidebar", "Trending"), [s["p"][-1]], [s["other"]["h"]]


def phd(d): return "%s %02d %d %s" % (d.strftime("%b"), d.day, d.year, d.strftime("%I:%M %p"))


def art_ph(c, s):
    when = "Posted at %s" % phd(s["t"]) + (" | Updated as of %s" % phd(s["upd"]) if s.get("upd") else "")
    ps = ["<p>%s</p>" % E(p) for p in s["p"]]
    if s["au"] == ["Philippine News Agency"]:
        ps[-1] = ps[-1][:-4] + " (PNA)</p>"
    main = ('<div class="article-page"><div class="article-header"><h1 class="news-title">%s</h1><div class="author-details"><span class="editor">%s</span>'
            '<span class="date-posted">%s</span></div></div>%s<div class="article-content">%s</div><div class="tags-list"><a href="%s">Cebu</a></div>'
            '<div class="read-next"><span>READ NEXT</span><a href="%s">%s</a></div></div>') % (
        E(s["h"]), E(s["cred"]), E(when), share(), "".join(ps), c["tagp"], s["other"]["path"], E(s["other"]["h"]))
    j = {"@type": "NewsArticle", "headline": s["h"], "datePublished": iso(s["t"], c["tz"]), "author": {"@type": "Organization", "name": c["name"]}}
    if s.get("upd"):
        j["dateModified"] = iso(s["upd"], c["tz"])
    return main, '<meta property="og:title" content="%s">%s' % (E(s["h"]), ld(**j)), most_read(c, c["stories"], "trending-now", "Trending"), [s["p"][-2]], [s["other"]["h"]]


def art_jm(c, s):
    d = s["t"]
    ps = ["<p>%s</p>" % E(p) for p in s["p"]]
    cm = [("Rohan B", "March 4, 2025", "Same thing every year. Nobody plans anything in this parish."), ("Paulette", "March 5, 2025", "Give the vendors proper shade at least.")]
    main = ('<article class="node-article"><div class="article-section"><a href="%s">News</a></div><h1 class="article-headline">%s</h1>'
            '<div class="article-byline"><span class="byline-author">%s</span></div><div class="article-date">Published: %s | %s %d, %d | %s</div>'
            '<figure><img src="/sites/default/files/%d.jpg"><figcaption>Contributed photo</figcaption></figure><div class="article-body">%s</div>%s</article>%s') % (
        c["secp"], E(s["h"]), E(s["cred"]), d.strftime("%A"), d.strftime("%B"), d.day, d.year, d.strftime("%-I:%M %p"), s["id"], "".join(ps),
        '<div class="related"><h3>Related Stories</h3><a href="%s">%s</a></div>' % (s["other"]["path"], E(s["other"]["h"])), comments(cm) if s is c["stories"][0] else "")
    head = '<meta property="og:title" content="%s"><meta property="article:published_time" content="%s">' % (E(s["h"]), iso(d, c["tz"]))
    return main, head, most_read(c, c["stories"], "most-popular", "Most Popular"), [s["p"][-1]], [s["other"]["h"]] + ([cm[0][2]] if s is c["stories"][0] else [])


def nonarticle(c, kind, p, t, x=None):
    ts = c["stories"]
    if kind in ("section", "topic", "archive"):
        main = '<div class="section-front"><h1 class="section-title">%s</h1>%s</div>' % (E(t), teaser_list(c, ts if kind != "archive" else [s for s in ts if s.get("t") and s["t"].strftime("%Y-%m") == x]))
    elif kind == "search":
        main = '<h1>Search results</h1><form action="/search/"><input name="q" value="%s"><button>Search</button></form><p>%d results for "%s"</p>%s' % (E(x), len(ts), E(x), teaser_list(c, ts))
    elif kind == "author":
        mine = [s for s in ts if t in s["au"]]
        main = '<div class="author-profile"><img src="/staff/%s.jpg" alt=""><h1>%s</h1><p class="role">%s</p><p>%s</p><a href="mailto:%s@example.com">Email</a></div><h2>Latest from %s</h2>%s' % (
            slug(t), E(t), E(x[0]), E(x[1]), slug(t).replace("-", "."), E(t), teaser_list(c, mine))
    elif kind == "about":
        main = '<div class="static-page"><h1>%s</h1><p>%s</p><h2>Newsroom</h2><p>Phone: %s</p><p>News tips: news@%s.example</p><p>Advertising: ads@%s.example</p></div>' % (
            E(t), E(x[0]), E(x[1]), slug(c["name"]).replace("-", ""), slug(c["name"]).replace("-", ""))
    elif kind == "list":  # obituaries, press releases, classifieds, podcasts, events, job listings
        main = '<h1>%s</h1><ul class="listing">%s</ul>' % (E(t), "".join("<li>%s</li>" % r for r in x))
    elif kind == "sponsored":
        main = '<div class="sponsored-content"><p class="sponsor-label">SPONSORED CONTENT</p><p>Presented by %s</p><h1>%s</h1>%s<p class="disclaimer">This content was produced by the advertiser. The newsroom was not involved in its creation.</p></div>' % (
            E(x[0]), E(t), "".join("<p>%s</p>" % E(q) for q in x[1]))
    elif kind == "job":
        main = '<div class="job-listing"><h1>%s</h1><dl><dt>Employer</dt><dd>%s</dd><dt>Location</dt><dd>%s</dd><dt>Salary</dt><dd>%s</dd><dt>Closing date</dt><dd>%s</dd></dl><p>%s</p><a class="btn" href="#">Apply now</a></div>' % tuple(E(v) for v in (t,) + tuple(x))
    elif kind == "video":
        main = '<div class="video-page"><h1>%s</h1><video controls poster="/v/poster%d.jpg" src="/v/%d.mp4"></video><p>%s</p><span class="duration">2:14</span></div>' % (E(t), rnd.randrange(999), rnd.randrange(99999), E(x))
    elif kind == "gallery":
        main = '<div class="gallery"><h1>%s</h1>%s</div>' % (E(t), "".join('<figure><img src="/gallery/%d.jpg" alt=""><figcaption>%s</figcaption></figure>' % (i, E(q)) for i, q in enumerate(x)))
    elif kind == "weather":
        main = '<div class="weather"><h1>%s</h1><table><tr><th>Day</th><th>Forecast</th><th>High</th><th>Low</th></tr>%s</table></div>' % (E(t), "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % r for r in x))
    elif kind == "horoscope":
        main = '<div class="horoscopes"><h1>%s</h1>%s</div>' % (E(t), "".join("<h2>%s</h2><p>%s</p>" % (E(a), E(b)) for a, b in x))
    elif kind == "newsletter":
        main = '<div class="newsletter-signup"><h1>%s</h1><p>%s</p><form><label><input type="checkbox" checked> Morning Briefing</label><label><input type="checkbox"> Sport</label><input type="email"><button>Subscribe</button></form></div>' % (E(t), NEWSLETTER)
    elif kind == "eedition":
        main = '<div class="eedition"><h1>%s</h1><p>Read today\'s print edition page by page, exactly as it appears in the paper.</p><a href="#"><img src="/eedition/cover.jpg" alt="Front page"></a><p>Available to print and digital subscribers.</p></div>' % E(t)
    elif kind == "live":
        main = '<div class="live-blog"><span class="live-badge">LIVE</span><h1>%s</h1><p class="byline">%s</p>%s</div>' % (E(t), E(x[0]), "".join('<div class="live-entry"><time>%s</time><p>%s</p></div>' % (E(a), E(b)) for a, b in x[1]))
    write_page(OUT, c["host"], p.split("?")[0], page(c, "%s | %s" % (t, c["name"]), main, aside=most_read(c, ts[:2], "rail", "Most read")))
    truth["nonarticles"].append(url(c, p))


def li(a, b=""): return '%s %s' % (a, '<span class="meta">%s</span>' % E(b) if b else "")


def sk(hdr, date_cls, navc, wrap, wrap_cls, aside, foot, **kw): return dict(hdr=hdr, date_cls=date_cls, nav=navc, wrap=wrap, wrap_cls=wrap_cls, aside=aside, foot=foot, **kw)


SITES = [
 dict(k="us1", name="The Riverside Courier", lang="en-US", tz="America/New_York", art=art_us1,
      skin=sk("gnt_n", "gnt_n_dt", "gnt_n_mn", "main", "gnt_cw_main", "gnt_sb", "gnt_f", cookie=True),
      masthead=lambda d: d.strftime("%A, %B %-d, %Y"), short=lambda s: apdate(s["t"]),
      path=lambda s: "/story/news/local/%s/%s/%d007/" % (s["t"].strftime("%Y/%m/%d"), slug(s["h"]), s["id"]),
      secp="/news/local/", tagp="/topic/transportation/", auth=("Dana Whitfield", ("City government reporter", "Dana Whitfield covers Riverside city hall and transportation. She joined the Courier in 2019.")),
      about=("The Riverside Courier has served the Miami Valley since 1874.", "(937) 555-0100"), feed=True, sitemap=True,
      extras=[("eedition", "/eedition/", "e-Edition", None), ("list", "/obituaries/", "Obituaries", [li('<a href="https://www.legacy.example/us/obituaries/riverside">View all obituaries on Legacy</a>'), li("Harold J. Weimer, 91", "Feb. 28, 2025"), li("Lucille Ann Dorsey, 78", "Feb. 27, 2025")]),
              ("video", "/videos/news/local/2025/03/03/watch-main-street-from-above/", "Watch: Main Street from above", "Drone footage shows the stretch of Main Street the city plans to repave this year."),
              ("weather", "/weather/", "Riverside weather forecast", [("Today", "Freezing rain", "34", "27"), ("Tomorrow", "Cloudy", "39", "30"), ("Thursday", "Sunny", "45", "31")])]),
 dict(k="us2", name="Millbrook Gazette", lang="en-US", tz="America/Chicago", art=art_us2,
      skin=sk("site-header", "today-date", "navbar-nav", "div", "container main-content", "col-md-4 sidebar", "site-footer"),
      masthead=lambda d: d.strftime("%A, %B %-d, %Y"), short=lambda s: s["t"].strftime("%b %-d, %Y"),
      path=lambda s: ("/obituaries/%s/article_%x.html" if s.get("obit") else "/news/%s/article_%x.html") % (slug(s["h"]), s["id"] * 4099),
      secp="/news/", tagp="/topics/public-safety/", auth=("Ruth Calloway", ("Staff Writer", "Ruth Calloway covers schools, the library and town government.")),
      about=("The Millbrook Gazette is published every Wednesday and Saturday.", "(618) 555-0199"), feed=True,
      extras=[("list", "/obituaries/", "Obituaries", "OBITS"), ("list", "/classifieds/", "Classifieds", [li("FOR SALE: 2016 Ford F-150, 98k miles, $18,500 OBO. Call 555-0171."), li("GARAGE SALE Sat. 8-2, 412 Elm St. Furniture, tools, kids' clothes."), li("HELP WANTED: Part-time cook, Rosie's Diner. Apply in person.")]),
              ("sponsored", "/sponsored/five-signs-its-time-to-replace-your-roof/", "Five signs it's time to replace your roof", ("Hale County Roofing", ["Spring storms are on the way. Before they arrive, take a walk around your home and look up.", "Curling shingles, granules in the gutters and daylight through the attic boards all mean your roof may be near the end of its life.", "Call Hale County Roofing for a free inspection."])),
              ("list", "/calendar/", "Community calendar", [li("Library story time", "Tuesdays, 10 a.m."), li("VFW fish fry", "Friday, March 7, 5-7 p.m."), li("Millbrook Township board meeting", "Monday, March 10, 7 p.m.")])]),
 dict(k="uk", name="Wessex Evening Post", lang="en-GB", tz="Europe/London", art=art_uk,
      skin=sk("mar-header", "mar-header__date", "mar-nav", "main", "mar-layout", "mar-rail", "mar-footer", cookie=True),
      masthead=lambda d: d.strftime("%A %-d %B %Y"), short=lambda s: s["t"].strftime("%-d %b %Y"),
      path=lambda s: "/news/local-news/%s-%d/" % (slug(s["h"]), s["id"] % 10 ** 7 + 24 * 10 ** 6),
      secp="/news/", tagp="/all-about/ashcombe/", auth=("Owen Barlow", ("Local Democracy Reporter", "Owen Barlow is the Local Democracy Reporter for Wessex, funded by the BBC.")),
      about=("Contact the Wessex Evening Post newsroom.", "01234 555 010"), feed=True,
      extras=[("live", "/news/live-traffic-updates-a35-closed-after-crash/", "LIVE: A35 closed after crash - traffic updates", ("Ellie Pryce", [("09:42", "Police say the road is expected to stay closed until lunchtime."), ("09:15", "Diversions are in place via Bridport Road."), ("08:50", "Emergency services were called to the crash at 8.20am.")])),
              ("gallery", "/whats-on/gallery-ashcombe-carnival-2024/", "Gallery: 25 pictures from Ashcombe carnival", ["The procession heads down the High Street", "Crowds line the route", "The carnival queen and her attendants"]),
              ("newsletter", "/newsletters/", "Sign up to our newsletters", None)]),
 dict(k="ie", name="Kilbarran Champion", lang="en-IE", tz="Europe/Dublin", art=art_ie,
      skin=sk("header", "date-today", "nav menu", "div", "container body", "span3 sidebar", "footer", top='<div class="site-title-wrap"><h1 class="site-title">Kilbarran Champion</h1><p>Your local paper since 1902</p></div>'),
      masthead=lambda d: "%s %s %s" % (d.strftime("%A"), ordinal(d.day), d.strftime("%B %Y")), short=lambda s: "%s %s" % (ordinal(s["t"].day), s["t"].strftime("%B %Y")),
      path=lambda s: "/index.php/news/%d-%s/" % (s["id"] % 9000 + 1000, slug(s["h"])),
      secp="/index.php/news/", tagp="/index.php/tags/transport/", auth=("Siobhán Ní Bhriain", ("Reporter", "Siobhán covers Kilbarran Municipal District and the courts.")),
      about=("The Kilbarran Champion, Main Street, Kilbarran, Co. Cork.", "023 885 5512"),
      extras=[("list", "/index.php/death-notices/", "Death Notices", [li("Mary (Molly) Cronin, Ballinacarriga", "Reposing at Hurley's Funeral Home"), li("John Joe Murphy, Knockanore", "Funeral Mass at St Brigid's Church")]),
              ("list", "/index.php/whats-on/", "What's On", [li("Set dancing in the community hall", "Thursdays 8pm"), li("Farmers' market, the Square", "Saturday 10am - 2pm")])]),
 dict(k="ca", name="The Lakehead Sentinel", lang="en-CA", tz="America/Toronto", art=art_ca,
      skin=sk("header-nav", "header-date", "main-nav", "main", "layout__main", "layout__sidebar", "site-footer"),
      masthead=lambda d: d.strftime("%a, %b %-d, %Y"), short=lambda s: "%s %d, %d" % (mon(s["t"], True), s["t"].day, s["t"].year),
      path=lambda s: "/news/local-news/%s/" % slug(s["h"]),
      secp="/category/news/local-news/", tagp="/tag/forestry/", auth=("Sarah Lévesque", ("Reporter", "Sarah Lévesque covers business and labour in Northwestern Ontario.")),
      about=("The Lakehead Sentinel is part of a network of community newspapers.", "807-555-0133"),
      extras=[("list", "/podcasts/", "Podcasts: The North Shore Report", [li('<a href="#">Episode 42: What the mill cuts mean for Port Arrow</a>', "Mar 5, 2025 · 28 min"), li('<a href="#">Episode 41: Winter roads</a>', "Feb 26, 2025 · 31 min")]),
              ("job", "/jobs/reporter-port-arrow/", "Reporter, Port Arrow bureau", ("The Lakehead Sentinel", "Port Arrow, ON", "$52,000 - $58,000", "March 21, 2025", "We are looking for a curious, hard-working reporter to cover municipal affairs, courts and community news."))]),
 dict(k="au", name="Tarrawong Coastal Mercury", lang="en-AU", tz="Australia/Sydney", art=art_au,
      skin=sk("site-header", "header-date", "site-nav", "main", "page-main", "page-rail", "site-footer", cookie=True),
      masthead=lambda d: d.strftime("%A, %-d %B %Y"), short=lambda s: s["t"].strftime("%d/%m/%Y"),
      path=lambda s: "/story/%d/%s/" % (s["id"] + 8 * 10 ** 6, slug(s["h"])),
      secp="/news/local-news/", tagp="/topic/council/", auth=("Bec Harding", ("Journalist", "Bec Harding covers coastal communities and the environment.")),
      about=("The Mercury has been published in Tarrawong since 1887.", "(02) 5550 1234"),
      extras=[("list", "/classifieds/", "Classifieds and notices", [li("Garage sale, 14 Ocean St, Sat 7am"), li("Wanted: casual barista, Tarrawong Beach Kiosk")]),
              ("list", "/notices/tributes/", "Tributes", [li("DOWNEY, Patricia Anne. Passed away peacefully on 28/02/2025, aged 84.")]),
              ("weather", "/weather/", "Tarrawong weather", [("Today", "Showers", "24", "17"), ("Tomorrow", "Partly cloudy", "26", "18")])]),
 dict(k="nz", name="Ruatane Herald", lang="en-NZ", tz="Pacific/Auckland", art=art_nz,
      skin=sk("masthead", "masthead-date", "primary-nav", "div", "page-body", "sidebar-right", "footer"),
      masthead=lambda d: d.strftime("%A, %-d %B %Y"), short=lambda s: rel(s["rel"]) if s.get("rel") else s["t"].strftime("%-d %B %Y"),
      path=lambda s: "/nz-news/%d/%s/" % (350000000 + s["id"], slug(s["h"])),
      secp="/nz-news/", tagp="/topic/weather/", auth=("Hemi Walker", ("Local Democracy Reporter", "Hemi Walker reports on local government in Ruatane.")),
      about=("The Ruatane Herald, 12 Quay Street, Ruatane.", "07 555 0150"),
      extras=[("video", "/video/watch-slip-cuts-off-kowhai-bay/", "Watch: Slip cuts off Kowhai Bay", "Aerial footage of the slip on State Highway 35."),
              ("horoscope", "/lifestyle/horoscopes/", "Your stars this week", [("Aries", "A conversation you have been putting off goes better than expected."), ("Taurus", "Money matters need a careful eye midweek.")])]),
 dict(k="za", name="Highveld Tribune", lang="en-ZA", tz="Africa/Johannesburg", art=art_za,
      skin=sk("tribune-header", "tribune-date", "tribune-nav", "main", "tribune-main", "tribune-side", "tribune-footer", cookie=True),
      masthead=lambda d: d.strftime("%d %B %Y"), short=lambda s: s["t"].strftime("%d %B %Y"),
      path=lambda s: "/%s/%s-%s/" % ("business" if s["cred"] == "Reuters" else "news", s["t"].strftime("%Y-%m-%d"), slug(s["h"])),
      secp="/news/", tagp="/tag/eskom/", auth=("Thandiwe Mokoena", ("Senior reporter", "Thandiwe Mokoena covers energy and local government.")),
      about=("Highveld Tribune, Media Park, Johannesburg.", "+27 11 555 0100"), sitemap=True,
      extras=[("list", "/press-releases/", "Press releases", [li('Gauteng Department of Health launches winter flu campaign', "3 March 2025"), li("City Power notice of planned maintenance", "28 February 2025")]),
              ("list", "/events/", "Events calendar", [li("Joburg Jazz Festival, Newtown", "14 - 16 March 2025"), li("Soweto Marathon registration opens", "1 April 2025")])]),
 dict(k="ng", name="Lagos Chronicle", lang="en-US", tz="Africa/Lagos", art=art_ng,
      skin=sk("main-nav-wrapper", "today-date", "main-menu", "div", "main-content-row container", "sidebar is-sticky", "site-footer dark-skin"),
      masthead=lambda d: d.strftime("%A, %B %-d, %Y"), short=lambda s: s["t"].strftime("%B %-d, %Y"),
      path=lambda s: "/%s/%s/" % (s["t"].strftime("%Y/%m/%d"), slug(s["h"])),
      secp="/category/news/", tagp="/tag/fuel-scarcity/", auth=("Chronicle Admin", ("", "")),
      about=("Lagos Chronicle Limited, 14 Adeola Odeku Street, Victoria Island, Lagos.", "+234 1 555 0102"), feed=True, sitemap=True,
      extras=[("list", "/category/press-release/", "Press Release", [li('<a href="#">PRESS RELEASE: Firm unveils new solar plant in Ogun</a>', "March 1, 2025")]),
              ("job", "/jobs/sales-executive-ikeja/", "Sales Executive needed in Ikeja", ("Confidential client", "Ikeja, Lagos", "N350,000 monthly", "March 15, 2025", "Applicants should have a degree and two years' experience in sales."))]),
 dict(k="ke", name="Rift Valley Observer", lang="en-KE", tz="Africa/Nairobi", art=art_ke,
      skin=sk("top-header", "top-date", "main-menu", "section", "content-area", "right-sidebar", "footer-area"),
      masthead=lambda d: d.strftime("%A, %B %d, %Y"), short=lambda s: s["t"].strftime("%d/%m/%Y"),
      path=lambda s: "/counties/article/%d/%s/" % (2001500000 + s["id"] % 100000, slug(s["h"])),
      secp="/counties/", tagp="/topic/nakuru-county/", auth=("Wanjiru Kamau", ("County correspondent", "Wanjiru Kamau covers Nakuru and Baringo counties.")),
      about=("Rift Valley Observer, Kenyatta Avenue, Nakuru.", "+254 20 555 0123"),
      extras=[("list", "/classifieds/", "Classifieds", [li("Plot for sale, Lanet, 50x100, title ready. Sh1.2m"), li("Tuition teacher wanted, Milimani")]),
              ("job", "/jobs/county-nurse-vacancies/", "Vacancies: Registered Nurses (10 posts)", ("County Public Service Board", "Nakuru", "Job group K", "20/03/2025", "Applicants must be registered with the Nursing Council of Kenya."))]),
 dict(k="ph", name="Visayas Daily Star", lang="en-PH", tz="Asia/Manila", art=art_ph,
      skin=sk("header-main", "date-today", "menu-main", "div", "main-wrapper", "sidebar", "footer-main"),
      masthead=lambda d: d.strftime("%A, %B %d, %Y"), short=lambda s: phd(s["t"]),
      path=lambda s: "/news/regions/%s/%s/" % (s["t"].strftime("%m/%d/%y"), slug(s["h"])),
      secp="/news/regions/", tagp="/tag/cebu/", auth=("Ramon Dela Cruz", ("Correspondent", "Ramon Dela Cruz covers Cebu City hall.")),
      about=("Visayas Daily Star, Osmeña Boulevard, Cebu City.", "(032) 555 0188"),
      extras=[("video", "/video/news/03/03/25/plastic-ban-explained/", "VIDEO: What the plastic ban means for vendors", "Vendors at Carbon Market react to the new ordinance."),
              ("list", "/podcasts/", "Podcasts", [li('<a href="#">Sugbo Today: The plastic ban</a>', "Mar 04 2025")])]),
 dict(k="jm", name="The Western Star", lang="en-JM", tz="America/Jamaica", art=art_jm,
      skin=sk("region-header", "header-date", "main-menu", "div", "region-content", "region-sidebar", "region-footer"),
      masthead=lambda d: d.strftime("%A | %B %-d, %Y"), short=lambda s: s["t"].strftime("%B %-d, %Y"),
      path=lambda s: "/%s/%s/%s/" % ("entertainment" if "Reggae" in s["h"] else "news", s["t"].strftime("%Y%m%d"), slug(s["h"])),
      secp="/news/", tagp="/tags/st-james/", auth=("Kimberly Grant", ("Staff Reporter", "Kimberly Grant reports from the Western Bureau.")),
      about=("The Western Star, 12 Church Street, Montego Bay.", "876-555-0145"),
      extras=[("horoscope", "/lifestyle/horoscope/", "Horoscope", [("Leo", "Be patient with a colleague today."), ("Virgo", "A good day to sort out paperwork.")]),
              ("list", "/classifieds/", "Classifieds", [li("House for rent, Ironshore, 3 bed 2 bath"), li("Experienced mason wanted, call 876-555-0199")]),
              ("newsletter", "/newsletters/", "Newsletters", None)]),
]

ZONED = {"us1", "uk", "ca"}  # sites whose date lines name a zone
for si, c in enumerate(SITES):
    c["host"] = "127.0.3.%d" % (41 + si)
    c["stories"] = S[c["k"]]
    c["auth"], c["authbio"] = c["auth"]
    c["authp"] = "/author/chronicle-admin/" if c["k"] == "ng" else "/author/%s/" % slug(c["auth"])
    for s in c["stories"]:
        s["id"] = rnd.randrange(100000, 999999)
        s["path"] = c["path"](s)
    arch = max(s["t"] for s in c["stories"] if s.get("t")).strftime("%Y-%m")
    c["archp"] = "/archive/%s/" % arch.replace("-", "/")
    c["srchp"] = "/search/?q=council"
    c["nav"] = [(c["secp"], "News"), (c["tagp"], "Topics")] + [(x[1], x[2].split(":")[0]) for x in c["extras"]]
    c["foot"] = [("/about-us/", "About us"), ("/contact-us/", "Contact us"), (c["srchp"], "Search"), (c["authp"], "Our journalists"), (c["archp"], "Archive")]
    for n, s in enumerate(c["stories"]):
        s["other"] = c["stories"][(n + 1) % 3]
    for n, s in enumerate(c["stories"]):
        main, head, aside, must, must_not = c["art"](c, s)
        extra = nl_modal() if c["k"] in ("us1", "ng", "ph") else ""
        write_page(OUT, c["host"], s["path"], page(c, "%s %s %s" % (s["h"], "-" if c["k"] in ("ie", "ng") else "|", c["name"]), main + extra, head, aside, "single-post article-page"))
        a = dict(url=url(c, s["path"]), title=s["h"], authors=s["au"])
        if s.get("rel"):
            a["date"] = "fetch-%d" % s["rel"]
        else:
            u = utc(s["t"], c["tz"])
            a["date"] = u.strftime("%Y-%m-%d")
            if c["k"] in ZONED:
                a["instant"] = u.strftime("%Y-%m-%dT%H:%M")
        if n == 0:
            a["must"], a["must_not"] = must, must_not + ([COOKIE] if c["skin"].get("cookie") else []) + ([NEWSLETTER] if extra else [])
        truth["articles"].append(a)
    pages = [("section", c["secp"], "Local News"), ("topic", c["tagp"], "Topic: " + c["tagp"].strip("/").split("/")[-1].replace("-", " ").title()),
             ("author", c["authp"], c["auth"], c["authbio"]), ("search", c["srchp"], "Search", "council"), ("archive", c["archp"], "Archive: %s" % DT.strptime(arch, "%Y-%m").strftime("%B %Y"), arch),
             ("about", "/about-us/", "About us", c["about"]), ("about", "/contact-us/", "Contact us", ("Send us your news, photos and letters.", c["about"][1]))]
    for x in c["extras"]:
        if x[3] == "OBITS":
            ob = [s for s in c["stories"] if s.get("obit")][0]
            x = x[:3] + ([li('<a href="%s">%s</a>' % (ob["path"], ob["h"]), "Feb 27, 2025"), li("Walter Dean Pruitt, 73", "Feb 20, 2025"), li("Evelyn Mae Sorensen, 95", "Feb 14, 2025")],)
        pages.append(x)
    for pg in pages:
        nonarticle(c, *pg)
    head = ""
    if c.get("feed"):
        fp = "/feed/" if c["k"] == "ng" else "/rss.xml"
        head = '<link rel="alternate" type="application/rss+xml" title="%s" href="%s">' % (E(c["name"]), fp)
        items = "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate><description>%s</description></item>" % (
            E(s["h"]), url(c, s["path"]), utc(s["t"], c["tz"]).strftime("%a, %d %b %Y %H:%M:%S +0000"), E(s["p"][0])) for s in c["stories"])
        write_page(OUT, c["host"], fp if fp.endswith(".xml") else fp, '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (E(c["name"]), url(c, "/"), items))
    robots = "User-agent: *\nDisallow: /search/\nAllow: /search/?q=council\n"
    if c.get("sitemap"):
        robots += "\nSitemap: %s\n" % url(c, "/sitemap.xml")
        write_page(OUT, c["host"], "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
            "<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (url(c, s["path"]), utc(s["t"], c["tz"]).strftime("%Y-%m-%dT%H:%M:%SZ")) for s in c["stories"]))
    write_page(OUT, c["host"], "/robots.txt", robots.replace("Disallow: /search/\nAllow: /search/?q=council\n", ""))
    home = '<h1 class="sr-only">%s</h1><section class="top-stories">%s</section>' % (E(c["name"]), teaser_list(c, c["stories"]))
    write_page(OUT, c["host"], "/", page(c, "%s | Local news, sport and weather" % c["name"], home, head, most_read(c, c["stories"], "rail", "Most read"), "home"))
    truth["nonarticles"].append(url(c, "/"))
json.dump(truth, open(os.path.join(sys.argv[1], "truth.json"), "w"), ensure_ascii=False, indent=1)
