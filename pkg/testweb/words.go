package testweb

import "strings"

// Word lists for the prose generator. They are constants; vocab splits them
// into slices owned by one Web, so no package state is mutable.
const (
	wFirst = `Amara Bastian Celine Dario Elif Farid Greta Hamid Ines Jonas Keiko Lukas Marisol Nikolai
Oona Pavel Quentin Rosalind Soren Tamsin Ulrike Viktor Wanjiru Xavier Yusuf Zofia Anneke Bruno Carmen Dmitri
Esther Fintan Giulia Hector Isolde Jasper Kalinda Leopold Maeve Nadia Osman Priya Rafael Saoirse Teodor
Uma Valentina Wendell Ximena Yara Zoltan Agnes Benedikt Cosima Desmond Emeka Florence Gideon Hortense`
	wLast = `Achterberg Balogun Castellano Dufresne Eriksen Fairweather Galloway Halvorsen Iwasaki Jablonski
Kowalczyk Lindqvist Mbeki Nakamura Oyelaran Pellegrini Quiroga Rasmussen Szabo Thornbury Ulloa Vasquez
Whitcombe Xiong Yilmaz Zielinski Abernathy Bergstrom Cavanagh Delacroix Esposito Fenwick Grimaldi Hargreaves
Ibsen Jorgensen Kaminski Lockhart Moreau Novak Okonkwo Petrov Radcliffe Salazar Tanaka Underhill Varga
Winterbottom Yamamoto Zapata Albescu Brennan Coppola Dragomir`
	wRoles = `spokesperson|finance minister|chief executive|city councillor|union organiser|lead researcher|
police commissioner|harbour master|health secretary|opposition leader|mayor|chief economist|site manager|
prosecutor|head teacher|fire chief|project director|board chair|transport commissioner|senior analyst`
	wOrgs = `Northgate Holdings|the Ministry of Transport|Veridian Energy|the Coastal Water Authority|
the National Rail Union|Halcyon Biotech|the Regional Assembly|Corvus Logistics|the Free Press Institute|
the Harbour Trust|Meridian Bank|the Central Statistics Office|Ashdown University|the Farmers' Cooperative|
Lumen Telecom|the Environmental Audit Board|Kestrel Airways|the Teachers' Federation|Orrin Mining Group|
the Civic Housing Fund|Polaris Space Agency|the Metropolitan Police|Greyfield Pharmaceuticals|the Port Authority`
	wPlaces = `Lisbon|Tromsø|Valparaíso|Kraków|Dunedin|Marseille|Leeds|Halifax|Tbilisi|Cork|Gdańsk|Porto|
Ljubljana|Bergen|Thessaloniki|Winnipeg|Nantes|Aarhus|Bilbao|Tampere|Brno|Galway|Montevideo|Hobart|
Rotterdam|Trieste|Uppsala|Quebec City|Plovdiv|Kaunas|Antwerp|Bordeaux`
	wTopicMods = `coastal|regional|municipal|cross-border|offshore|rural|university|hospital|overnight|
emergency|long-delayed|disputed|record|experimental|national|harbour|mountain|inner-city|water|energy`
	wTopicHeads = `flood barrier|rail strike|budget vote|vaccine trial|port expansion|data breach|mining licence|
housing reform|wildfire response|election recount|bridge closure|school merger|fishing quota|wind farm|
pension overhaul|tram extension|bank merger|drought plan|satellite launch|museum reopening|fuel tax|
hospital merger|airport runway|corruption inquiry|heatwave warning|teacher walkout|tariff dispute|ferry contract`
	wNouns = `ledger committee forecast shortfall corridor turbine reservoir tribunal archive harvest warehouse
audit petition district council mandate pipeline checkpoint shipyard quarry orchard festival verdict ballot
dividend subsidy curfew blueprint coalition landslide aquifer glacier estuary boulevard terminal depot
reactor vaccine clinic laboratory syllabus scholarship tenant landlord mortgage freight cargo convoy
embargo treaty summit delegation envoy referendum amendment statute injunction appeal hearing testimony
witness surveyor engineer contractor supplier retailer commuter pensioner volunteer paramedic inspector
regulator auditor lobbyist broker trawler harbour lighthouse viaduct tunnel runway hangar satellite
telescope algorithm database server outage backlog queue deficit surplus tariff levy bond yield inflation
wage rent harvest drought monsoon frost thaw wildfire smoke levee dyke sluice canal barge ferry tram
bus timetable platform signal junction roundabout pavement cycleway neighbourhood precinct parish county
province frontier border customs visa permit licence quota stockpile inventory prototype patent
manuscript exhibition gallery curator orchestra premiere rehearsal stadium fixture tournament referee
transfer contract sponsor broadcaster podcast newsroom editorial column correspondent`
	wAdjs = `sweeping modest fragile costly unexpected belated cautious bitter narrow decisive unprecedented
routine lengthy brief heated quiet fierce tentative provisional binding formal informal confidential
public private rural urban coastal northern southern eastern western central local national regional
international municipal federal ambitious controversial popular unpopular overdue preliminary final
interim revised detailed vague generous strict lenient volatile steady sluggish robust weak resilient
crowded deserted flooded parched frozen sweltering ageing modern historic derelict renovated`
	wVerbs = `approved rejected delayed postponed announced unveiled questioned challenged defended criticised
welcomed dismissed investigated audited reviewed suspended resumed expanded reduced doubled halved
cancelled revived negotiated signed ratified vetoed overturned upheld confirmed denied disclosed leaked
published withdrew proposed drafted funded financed underwrote blocked cleared inspected evacuated
reopened closed relocated rebuilt repaired monitored tracked measured estimated projected recorded`
	wVerbBase = `approve reject delay postpone announce unveil question challenge defend review suspend resume
expand reduce double cancel revive negotiate sign ratify overturn confirm disclose publish withdraw propose
fund block clear inspect reopen close relocate rebuild repair monitor measure estimate reconsider`
	wAdverbs = `sharply gradually quietly abruptly narrowly repeatedly largely partly formally publicly
privately reluctantly swiftly cautiously openly firmly briefly`
	wDays = `on Monday|on Tuesday|on Wednesday|on Thursday|on Friday|over the weekend|late on Sunday|
earlier this week|last month|on Saturday morning|overnight|this afternoon|in the early hours`
	wQuotes = `We cannot keep asking families to wait for answers|Nobody expected the numbers to move this quickly|
This is not the end of the process, it is the beginning|The {n} was never designed for this kind of pressure|
We told them about the {n} two years ago and nothing happened|Our priority is to keep the {n} open and safe|
There is no simple fix, and anyone who says otherwise is not being honest|I have never seen a {n} handled like this|
We will publish every figure, including the awkward ones|People deserve a {a} explanation, not another press release|
It was a {a} decision, but I believe it was the right one|The money is there; what is missing is the will to spend it`
	wSections  = `world politics business science sport culture technology health climate education`
	wSiteNames = `The Daily Ledger|Metro Herald|Coastal Tribune|The Evening Sentinel|Northern Gazette|
Riverside Chronicle|The Harbour Post|Valley Courier`
	wAggNames   = `NewsPile|Headline Hub|Wirestream|The Digest`
	wCommenters = `riverrat42 maple_leaf jdoe_1987 quietobserver harbourwatch not_a_bot kestrel_fan
grumpy_commuter tea_and_toast late_reader old_timer citizen_k`
)

// vocab holds the split word lists.
type vocab struct {
	first, last, roles, orgs, places     []string
	topicMods, topicHeads                []string
	nouns, adjs, verbs, verbBase, adverb []string
	days, quotes, sections               []string
	siteNames, aggNames, commenters      []string
	headlines, sentences, closings       []string
	hverbs                               []string
	ents, straight                       *strings.Replacer
}

func splitBar(s string) []string {
	parts := strings.Split(s, "|")
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func newVocab() *vocab {
	return &vocab{
		first:      strings.Fields(wFirst),
		last:       strings.Fields(wLast),
		roles:      splitBar(wRoles),
		orgs:       splitBar(wOrgs),
		places:     splitBar(wPlaces),
		topicMods:  splitBar(wTopicMods),
		topicHeads: splitBar(wTopicHeads),
		nouns:      strings.Fields(wNouns),
		adjs:       strings.Fields(wAdjs),
		verbs:      strings.Fields(wVerbs),
		verbBase:   strings.Fields(wVerbBase),
		adverb:     strings.Fields(wAdverbs),
		days:       splitBar(wDays),
		quotes:     splitBar(wQuotes),
		sections:   strings.Fields(wSections),
		siteNames:  splitBar(wSiteNames),
		aggNames:   splitBar(wAggNames),
		commenters: strings.Fields(wCommenters),
		headlines:  headlineTemplates(),
		sentences:  sentenceTemplates(),
		closings:   closingTemplates(),
		hverbs:     headlineVerbs(),
		ents:       strings.NewReplacer("“", "&ldquo;", "”", "&rdquo;", "‘", "&lsquo;", "’", "&rsquo;", "—", "&mdash;"),
		straight:   straightener(),
	}
}
