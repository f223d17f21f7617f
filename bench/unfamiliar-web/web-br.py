"""Web br: blog platforms and the link pages around them. Fourteen sites on
127.0.6.101-114: nine blogs that carry the stories and five aggregators
that only point at them (none of their pages may be stored).

Blogs:
 1 Signal & Noise - a Medium publication on a custom domain: hashed slugs,
   "Follow" buttons, clap and response counts, "5 min read · Mar 3, 2025",
   a member-only story (star, two paragraphs, then Medium's paywall box),
   "More from ..." and "Recommended from Medium" after the text, and an
   imported copy of a Hashnode post ("Originally published at ...",
   canonical to the original - in synd).
 2 devcorner - a dev.to-like community: /user/slug-4k2j paths, "Posted on
   Mar 3, 2025" with the UTC time only in <time datetime>, #tags, a
   three-part series box, reactions, top comments, "Read next", and a
   cross-post of a Hashnode post (canonical - in synd).
 3 Data Desk Notes - a Hashnode-like blog on its own domain: Next.js
   __NEXT_DATA__ with publishedAt, "Mar 3, 2025 · 7 min read", series
   card, newsletter box.
 4 Millbrook Local - a WordPress.com blog on a default theme: "Posted on
   March 3, 2025 by editor": the byline is a login name on some posts and a
   real name on another; sharedaddy "Share this:"/"Like this:" and
   Jetpack related posts inside the entry.
 5 The Capitol Bellwether - a Blogger political blog: date headers per day
   (two posts under one day on the home page), h3 post titles, "Posted by X
   at 9:14 PM", labels, "N comments:" with commenters, a guest post.
 6 The Quad Wire - a Tumblr-like student newsroom: h2 titles under the
   blog's h1, "By ..." first line of the text, "Mar 3rd, 2025" permalinks,
   notes and #tags.
 7 Linkwork Pulse - a LinkedIn-Pulse-like article page: author card with
   headline and "+ Follow", "Published Mar 3, 2025", reactions, "More
   articles by ...".
 8 Carnets du Bocage - a French Ghost blog ("Par ...", "3 mars 2025 • 4 min
   de lecture"), one story with two authors.
 9 Boletim do Cerrado - a Portuguese Substack-like newsletter ("3 de mar.
   de 2025", "Assine", comments).
Aggregators (non-articles only, they link to the blogs): a Techmeme-like
river with cluster permalinks, a Reddit-like subreddit and link-post pages
with long comments, a Hacker-News-like front page and item pages, a
Flipboard-like magazine with per-item preview pages (headline, excerpt,
date), and a Google-News-like topic page, full-coverage page and "For you".

Truth: 26 articles (Hashnode and Tumblr without an instant: they show only
a day), 115 non-articles, 2 syndicated copies. Crawled with /tmp/nr-base:
26/26 titles, 23 dates (two WordPress.com evening posts' UTC instants from
article:published_time, a Blogger <abbr class="published"> time), 23 authors
(the login-name bylines "editor"/"mkowalski" dropped; the Blogger Profile
widget's rel=author name added to a guest post), 8 non-articles stored (the
river's cluster permalinks and the magazine's item previews), 2/2 copies.
"""
import datetime, html, json, os, sys, unicodedata  # noqa: E401

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import write  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18142
E = html.escape
UTC = datetime.timezone.utc
truth = {"articles": [], "nonarticles": [], "synd": []}
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def jl(o):
    return '<script type="application/ld+json">%s</script>' % json.dumps(o, ensure_ascii=False)


def P(ps, cls=""):
    c = ' class="%s"' % cls if cls else ""
    return "".join("<p%s>%s</p>" % (c, E(p)) for p in ps)


class Site:
    def __init__(self, n, name):
        self.host, self.name = "127.0.6.%d" % (100 + n), name

    def url(self, p):
        return "http://%s:%d%s" % (self.host, PORT, p)

    def put(self, path, doc):
        write(OUT, self.host, path, doc)

    def non(self, path, doc):
        self.put(path, doc)
        truth["nonarticles"].append(self.url(path))

    def copy(self, path, doc, orig):
        self.put(path, doc)
        truth["synd"].append({"copy": self.url(path), "orig": orig.url})


SITES = {k: Site(i + 1, k) for i, k in enumerate(
    ["medium", "dev", "hashnode", "wp", "blogger", "tumblr", "pulse", "ghost", "substack",
     "river", "threadit", "hd", "flip", "gnews"])}


class Story:
    def __init__(self, site, path, title, local, authors, ps, **kw):
        self.site, self.path, self.title, self.authors, self.ps = SITES[site], path, title, authors, ps
        self.t = datetime.datetime.fromisoformat(local)
        self.url = self.site.url(path)
        self.__dict__.update(kw)

    @property
    def z(self):
        return self.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    def mdy(self, short=True):  # Mar 3, 2025
        return "%s %d, %d" % (MON[self.t.month - 1][:3] if short else MON[self.t.month - 1], self.t.day, self.t.year)

    def hm(self):  # 9:14 PM
        return "%d:%02d %s" % ((self.t.hour % 12) or 12, self.t.minute, "AM" if self.t.hour < 12 else "PM")

    def publish(self, doc, instant=True, must=None, must_not=None):
        self.site.put(self.path, doc)
        a = dict(url=self.url, title=self.title, date=self.t.date().isoformat(), authors=self.authors)
        if instant:
            a["instant"] = self.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M")
        a["must"] = must or [self.ps[-1]]
        if must_not:
            a["must_not"] = must_not
        truth["articles"].append(a)


def lis(stories, cls="item"):
    return "".join('<li class="%s"><a href="%s">%s</a></li>' % (cls, s.url, E(s.title)) for s in stories)


# ---------------------------------------------------------------- stories
M1 = Story("medium", "/the-council-meeting-nobody-watches-is-where-your-rent-gets-decided-8f3a1c2d9b04/",
    "The council meeting nobody watches is where your rent gets decided", "2025-03-03T14:05:22+00:00", ["Nora Castillo"], [
    "Last Tuesday the city council of Harlow Springs spent three hours on a proclamation honoring a retiring fire chief and eleven minutes on a variance that will decide whether 140 apartments get built on the old lumberyard site. Nobody in the room objected to the proportions, because by eleven at night there was almost nobody left in the room.",
    "I have covered these meetings for six years, and the pattern rarely changes. The items that shape what people pay for housing arrive late, carry dry titles like “amendment to section 14.2” and pass on consent, while the items that draw a crowd are symbolic and cost nothing.",
    "None of this is a conspiracy. Clerks build agendas around staff availability, and council members defer to planners on technical items. But the result is that the public record of the most consequential decisions is a single line in the minutes, and the people most affected learn about it when the lease renewal arrives.",
    "If you want to change that, you do not need a new app. Read the consent agenda before the meeting, ask for items to be pulled for discussion, and write down who votes how. We will publish our own agenda notes every Monday before a council session starting this month."],
    sub="Zoning variances, parking minimums and the 11 p.m. agenda items that shape a city", read=5, claps="1.2K", resp=14)
M2 = Story("medium", "/what-i-learned-reading-400-public-comment-letters-2c71e0a9f5d3/",
    "What I learned reading 400 public comment letters", "2025-02-18T16:41:09+00:00", ["Devon Reyes"], [
    "Over the winter I read every public comment letter submitted to the Harlow Springs planning board between 2019 and 2024, all 412 of them, and sorted them by topic, length and outcome. I expected a parade of angry neighbors. What I found was mostly people who had heard about a project too late to change anything.",
    "More than half of the letters arrived after the staff report was already final, which meant their concerns were entered into the record but never addressed by the planners who wrote the recommendations. The letters that did change a project were short, specific and early, and almost all of them came from people who subscribed to the board's email notices."],
    sub="Most people who write to a planning board are not cranks. They are just late.", read=8, claps="864", resp=9)
M3 = Story("medium", "/local-newsrooms-dont-need-more-apps-they-need-filing-cabinets-5be9d4410a7c/",
    "Local newsrooms don’t need more apps. They need filing cabinets.", "2025-01-27T11:18:40+00:00", ["Nora Castillo"], [
    "Every few months someone pitches our small newsroom a new tool: a dashboard for tracking meetings, an AI that summarizes budgets, a platform that will turn readers into sources. Some of these are useful. Almost none of them survive contact with the fact that we are four people and most of our records live in a shared drive named “FINAL final”.",
    "What has actually improved our reporting this year is boring. We built a simple index of every public record request we have filed, with the date, the agency, the response and the follow-up deadline. We started saving every agenda packet as a PDF on the day it is posted, because cities quietly replace them later.",
    "The index has already paid for itself. When the parks department said in January that it had never studied the cost of closing the east pool, we found a 2021 request in which the same department had sent us exactly that study. We ran the story the same afternoon.",
    "So before buying the next shiny thing, build the filing cabinet. It costs nothing, and it is the only tool that gets more valuable the longer you use it."],
    sub="", read=4, claps="2.9K", resp=31)

H1 = Story("hashnode", "/why-we-moved-our-newsroom-archive-to-postgres/",
    "Why we moved our newsroom archive to Postgres", "2025-02-12T08:30:00+00:00", ["Tomasz Wrona"], [
    "For nine years the archive of the Harlow Springs Courier lived in a document store that one contractor set up in 2016 and nobody else fully understood. It held 2.1 million articles, every correction ever issued and a tangle of duplicated photo captions. Last autumn the contractor retired, and we decided it was time to move.",
    "We picked Postgres for unglamorous reasons. Every engineer we might hire already knows it, our hosting provider runs it as a managed service, and its JSON columns let us keep the odd legacy fields without designing a schema for each of them on day one.",
    "The migration took eleven weeks. Most of that time went into cleaning data rather than moving it: normalising bylines that had been typed forty different ways, merging photo records and deciding what a publish date even means for a story that was updated nineteen times on election night.",
    "The new archive answers the editors' most common question, what did we write about this before, in under a second. The next post in this series covers how we built the search that makes that possible."],
    sub="Nine years in a document store, eleven weeks of migration, and what we would do differently", read=7)
H2 = Story("hashnode", "/full-text-search-in-postgres-for-two-million-articles/",
    "Full-text search in Postgres for two million articles", "2025-02-26T13:15:00+00:00", ["Tomasz Wrona"], [
    "When editors search the archive they rarely type exact headlines. They type a councillor's surname, half a street name or a phrase they remember from a quote, and they expect the right story from 2014 to appear first. Our old search matched words literally, so it mostly failed them.",
    "We now keep a generated tsvector column that weights the headline above the summary and the summary above the body, and we index it with GIN. Ranking uses ts_rank_cd with a small boost for recency, because an editor searching for the mayor almost always means the current one.",
    "Two details mattered more than we expected. Names need the simple dictionary rather than the English one, or the stemmer turns surnames into nonsense, and hyphenated place names must be indexed both joined and split so that readers find them whichever way they type.",
    "Median query time is now 38 milliseconds across the whole archive, and the number of searches per editor per day has tripled since January."],
    sub="Weighted tsvectors, GIN indexes and why surnames need the simple dictionary", read=9)
H3 = Story("hashnode", "/backups-we-actually-tested/",
    "Backups we actually tested", "2025-03-12T10:02:00+00:00", ["Tomasz Wrona"], [
    "Every newsroom I have worked in had backups. Only one had ever tried to restore them, and that was by accident, during an outage, at two in the morning. So in March we scheduled a deliberate restore drill for the new Postgres archive and invited the editors to watch.",
    "The first drill failed in an instructive way. The nightly dumps were fine, but the photo files lived in a separate bucket whose lifecycle rule deleted old versions after thirty days, so a restored database pointed to images that no longer existed.",
    "We fixed the bucket policy, wrote the restore steps into a runbook that a junior developer could follow, and timed the second drill at one hour and forty minutes from empty server to working search. We will repeat the drill every quarter and publish the times internally."],
    sub="", read=5)

D1 = Story("dev", "/priyanair/reading-robotstxt-before-you-fetch-anything-3k9p/",
    "Reading robots.txt before you fetch anything", "2025-03-03T14:22:11+00:00", ["Priya Nair"], [
    "This series follows a small side project of mine: a crawler that collects local news stories for a research group studying how towns cover their own councils. The first rule we set ourselves was simple. Before fetching any page from a site, read what the site has asked crawlers to do.",
    "Go's standard library does not parse robots.txt, so I wrote a small parser that groups rules by user agent, keeps the longest matching rule for each path and treats a missing file as permission to crawl but a server error as a reason to back off. The whole thing is about two hundred lines with tests.",
    "The part that surprised me was how often robots.txt is the best map of a site. Many small publishers list their sitemaps there, and the sitemaps list every article with a date, which saves a lot of guessing later in the pipeline.",
    "In the next part we will stop the crawler from hammering any single host, using a token bucket per domain."],
    tags=["go", "webdev", "tutorial"], read=6, hearts=48)
D2 = Story("dev", "/priyanair/rate-limits-per-host-with-a-token-bucket-1m2c/",
    "Rate limits per host with a token bucket", "2025-03-10T09:05:47+00:00", ["Priya Nair"], [
    "A crawler that fetches as fast as it can is a denial-of-service attack with good intentions. Small news sites often run on a single shared server, and a burst of fifty requests can slow the site down for the readers it exists to serve.",
    "Our crawler keeps one token bucket per host in a map guarded by a mutex. Each bucket refills at one token per second by default, and the rate drops automatically whenever the server answers with status 429 or 503 or sends a Retry-After header.",
    "Workers pull URLs from a shared queue but must take a token from the right bucket before fetching. If no token is available the URL goes back to the end of the queue, so a slow host never blocks the workers from making progress elsewhere.",
    "With this in place the crawler fetched from 312 sites overnight without a single complaint from an administrator."],
    tags=["go", "concurrency", "webdev"], read=5, hearts=31)
D3 = Story("dev", "/priyanair/finding-the-publish-date-is-harder-than-it-looks-5h7e/",
    "Finding the publish date is harder than it looks", "2025-03-24T23:40:05+00:00", ["Priya Nair"], [
    "I assumed that once a page was fetched, pulling out its publication date would be the easy part. Then I looked at the first thousand pages we had collected and found dates in meta tags, in JSON-LD, in URLs, in bylines, in footers and, on one site, only in the file name of the lead photo.",
    "The worst cases were not missing dates but wrong ones. Many templates print today's date in the header, sidebars list the dates of other stories, and some sites show only the time a story was last updated while hiding the original date in the markup.",
    "Our extractor now collects every candidate with a note of where it came from and prefers structured data that agrees with something visible on the page. When sources disagree by more than a day, the page is flagged for a human to check instead of guessing.",
    "That rule alone removed almost all of the stories we had filed under the wrong week."],
    tags=["go", "scraping", "datascience"], read=7, hearts=112)
SERIES = [D1, D2, D3]

W1 = Story("wp", "/2025/03/03/elm-street-library-branch-to-close-for-roof-repairs/",
    "Elm Street library branch to close for roof repairs", "2025-03-03T19:40:12-05:00", ["editor"], [
    "The Elm Street branch of the Millbrook Public Library will close on March 17 for about ten weeks while contractors replace its leaking roof, the library board announced Monday evening.",
    "Water has been coming through the ceiling of the children's room since the January thaw, and staff have moved more than two thousand picture books to the main library on Church Street to keep them dry. Story time will move to the main library's community room on Tuesday and Thursday mornings.",
    "The board approved a contract of $186,000 with Dutton Roofing of Ashby, the lower of two bids. The money comes from a capital reserve the town set aside in 2022 for building repairs.",
    "Borrowers can return Elm Street books at any branch, and holds will be sent to Church Street until the work is finished."], cat="Town News")
W2 = Story("wp", "/2025/02/24/farmers-market-returns-to-depot-square-in-april/",
    "Farmers market returns to Depot Square in April", "2025-02-24T10:15:40-05:00", ["mkowalski"], [
    "The Millbrook Farmers Market will open its season on April 12 at Depot Square, a month earlier than last year, after vendors asked for more weeks to sell spring greens and seedlings.",
    "Market manager Carol Pettit said twenty-six vendors have signed up so far, including three new farms from the hill towns and a bakery that will bring a wood-fired oven on a trailer. The market will run Saturdays from 9 a.m. to 1 p.m. through the end of October.",
    "The select board agreed to close the short stretch of Depot Street in front of the old station on market mornings, something vendors have requested for years because shoppers had to cross traffic to reach the stalls on the far side.",
    "SNAP benefits will again be matched dollar for dollar up to twenty dollars per visit, thanks to a state grant."], cat="Community")
W3 = Story("wp", "/2025/02/11/school-board-delays-vote-on-bus-contract/",
    "School board delays vote on bus contract", "2025-02-11T21:05:33-05:00", ["Maria Kowalski"], [
    "The Millbrook school board postponed a vote Tuesday night on a five-year school bus contract after parents packed the meeting to complain about late buses and missed stops this winter.",
    "The current operator, Valley Student Transport, was the only company to bid. Its proposal would raise the district's annual cost from $1.4 million to $1.7 million, which the company blamed on driver wages and the price of new buses.",
    "Several parents described children waiting forty minutes in the cold at the corner of Route 9 and Hale Road. Superintendent Dana Whitcomb said the district had logged sixty-one late runs since December and would ask the company for a plan to fix the problem before the board votes.",
    "The board will take up the contract again at its meeting on February 25, and members said they may seek new bids if the answers are not convincing."], cat="Schools")

B1 = Story("blogger", "/2025/03/gas-tax-bill-is-back-and-so-are-same.html",
    "The gas tax bill is back, and so are the same arguments", "2025-03-03T21:14:00-05:00", ["Ray Dunmore"], [
    "For the third session in a row, the House transportation committee will hear a bill to raise the state gas tax by six cents a gallon, and for the third session in a row I expect it to die quietly in Appropriations without a floor vote.",
    "The arguments have not changed. Supporters point to the 1,100 bridges the transportation department rates as poor and to a road fund that has been propped up with general revenue for a decade. Opponents say a tax that hits rural drivers hardest is the wrong tool when the state is sitting on a surplus.",
    "What has changed is the calendar. This is the last session before the whole House is up for election under the new maps, and several members from swing districts have told me privately they will not vote for anything labelled a tax increase until after November.",
    "So watch the hearing on Wednesday for the amendments, not the speeches. If someone proposes indexing the tax to inflation instead of a flat increase, that is the version that might actually move."], labels=["Transportation", "Taxes", "House"])
B2 = Story("blogger", "/2025/03/three-things-to-watch-in-tuesdays.html",
    "Three things to watch in Tuesday's budget committee vote", "2025-03-03T07:02:00-05:00", ["Ray Dunmore"], [
    "The Senate budget committee votes Tuesday on its version of the two-year spending plan, and most of the coverage will focus on the top-line number. Here is what I will actually be watching.",
    "First, the school funding formula. The Senate draft keeps the old enrollment count, which helps shrinking rural districts, while the House used a three-year average. Whichever version survives conference will move tens of millions of dollars between districts.",
    "Second, the Medicaid reserve. The governor asked for a rainy-day set-aside of $220 million; the Senate draft cuts that in half and spends the rest on a property tax rebate. Third, the line for the state police crime lab, which has a backlog of more than four thousand untested kits and got no increase in the House.",
    "I will post the roll call tomorrow night, along with a list of every amendment that passed."], labels=["Budget", "Senate"])
B3 = Story("blogger", "/2025/02/guest-post-why-redistricting-commission.html",
    "Guest post: Why the redistricting commission keeps missing deadlines", "2025-02-28T16:30:00-05:00", ["Lucille Park"], [
    "The state's independent redistricting commission missed another statutory deadline this week, the third since it was created, and the usual complaints about partisan stalling are already circulating. Having spent two years on the commission's staff, I think the real problem is much more mundane.",
    "The commission has nine members, no permanent staff and a budget that has to be approved one year at a time. Every time the legislature is late with its budget, the commission cannot sign contracts with the demographers and mapping consultants it needs, and the work simply stops.",
    "A fix would not require a constitutional amendment. The legislature could give the commission a standing appropriation and two permanent staff positions, as neighboring states have done, and the deadlines would probably take care of themselves."], labels=["Redistricting", "Guest posts"])

T1 = Story("tumblr", "/post/771204983321165824/dining-hall-workers-vote-to-unionize/",
    "Dining hall workers vote to unionize", "2025-03-03T16:12:00-05:00", ["Ada Kim"], [
    "Dining hall workers at Westbrook College voted 142 to 37 on Friday to join the Service Employees union, making them the first group of non-academic staff on campus to organize.",
    "The vote followed months of complaints about schedules posted with less than a week's notice and about pay that workers said had not kept up with rents in town. Cook Marisol Vega, who helped lead the campaign, said the margin surprised even the organizers.",
    "The college said in a statement that it respected the outcome and would bargain in good faith. Negotiations on a first contract are expected to begin in April, and students from the campus labor coalition plan to attend the sessions that are open to the public.",
    "Students should not expect changes to meal plan hours this semester, according to the dining services office."], tags=["labor", "dining", "news"], notes=142)
T2 = Story("tumblr", "/post/769011457802403840/campus-shuttle-adds-late-night-route-after/",
    "Campus shuttle adds late-night route after petition", "2025-02-20T11:30:00-05:00", ["Marcus Oyelaran"], [
    "Starting next Monday, the campus shuttle will run a late-night loop between the library, the north dorms and the Maple Avenue apartments until 2 a.m. on weeknights.",
    "The change follows a petition signed by more than 1,800 students after two assaults near the Maple Avenue footpath in January. Student government president Hana Liu delivered the petition to the transportation office in person and said the response had been faster than she expected.",
    "The new route costs about $48,000 a semester, paid for from the student activity fee reserve. Transportation director Glen Hartmann said ridership will be reviewed in May before the route is made permanent.",
    "Riders can track the shuttle in real time through the campus app, which was updated this week to show the new stops."], tags=["transportation", "safety", "news"], notes=87)
T3 = Story("tumblr", "/post/767843120988397568/housing-lottery-moves-online-and-students-have/",
    "Housing lottery moves online, and students have questions", "2025-02-10T09:45:00-05:00", ["Ada Kim", "Lena Ortiz"], [
    "For the first time, Westbrook's housing lottery will be run entirely online this spring, replacing the paper forms and the crowded selection night in the gym that generations of students remember.",
    "Residential life says the new system will let students form groups of up to six, see which rooms are left in real time and pick from their phones. But at a forum on Thursday, students asked what happens if the site crashes during selection and whether students without laptops will be at a disadvantage.",
    "Associate dean Priscilla Moran said the system had been tested with a mock lottery of four hundred students in December and that help desks will be staffed in the library throughout selection week.",
    "Lottery numbers will be emailed on March 14, and room selection begins on March 24."], tags=["housing", "news"], notes=56)

L1 = Story("pulse", "/pulse/remote-work-didnt-empty-downtown-zoning-did-jordan-avery-7xq2e/",
    "Remote work didn’t empty downtown. Zoning did.", "2025-03-03T15:12:08+00:00", ["Jordan Avery"], [
    "Every few weeks another headline blames remote work for empty storefronts downtown. Our region's numbers tell a more complicated story. Office occupancy in Harlow Springs fell by a third after 2020, but ground-floor retail vacancy was already climbing for five years before anyone had heard of a Zoom happy hour.",
    "The bigger culprit is a zoning code that for decades allowed almost nothing downtown except offices and parking. When office workers stayed home, there were no residents to replace them as customers, because building apartments above a shop required a variance that took a year to obtain.",
    "Cities that already allowed mixed use before the pandemic, like Elmira Falls across the river, saw downtown foot traffic recover to 2019 levels by 2023. The lesson for councils is that the quickest recovery tool is not a marketing campaign but a rewrite of the use tables.",
    "I’ll be presenting the full analysis at the regional planning conference on March 20. I’d love to hear from planners who have tried this in their own towns."],
    role="Chief Economist at Harlow Regional Partnership", slug="jordan-avery-4b1a2c")
L2 = Story("pulse", "/pulse/what-hiring-forty-local-reporters-taught-me-retention-sandra-okafor-kd81f/",
    "What hiring forty local reporters taught me about retention", "2025-02-24T13:40:51+00:00", ["Sandra Okafor"], [
    "Over the past three years our group hired forty reporters for eleven small papers. Nineteen of them have already left, and most left in their second year. I spent January interviewing as many of them as I could, and their answers were not the ones I expected.",
    "Pay mattered, but it was rarely the first thing people mentioned. What came up again and again was isolation: young reporters placed alone in a bureau with no editor nearby, filing copy to someone they had never met, with no one to tell them whether a story was good.",
    "We have since paired every new hire with an editor who calls them twice a week, and we bring the whole staff together in person once a quarter. It costs us about what one extra salary would, and in the past year we have lost only two reporters.",
    "Retention is a newsroom culture problem before it is a budget problem."],
    role="Executive Editor at Courier Media Group", slug="sandraokafor")

F1 = Story("ghost", "/les-haies-reviennent-dans-le-bocage/",
    "Les haies reviennent dans le bocage, mais lentement", "2025-03-03T08:30:00+00:00", ["Élodie Marchand"], [
    "Depuis trois hivers, les agriculteurs du pays de Vitré replantent des haies le long des champs que leurs parents avaient remembrés dans les années soixante-dix. Sur la commune de Balazé, près de six kilomètres de haies ont été plantés depuis 2022, souvent avec l'aide des élèves du lycée agricole.",
    "Le programme régional finance les plants et une partie du travail, mais les exploitants rappellent qu'une haie demande dix ans de soins avant de jouer son rôle contre le vent et le ruissellement. Plusieurs d'entre eux regrettent que l'aide s'arrête au bout de trois ans, au moment où la taille devient la plus coûteuse.",
    "Le technicien du syndicat de bassin, Gwenaël Robin, estime pourtant que le mouvement est réel : pour la première fois depuis un demi-siècle, le linéaire de haies du bassin versant a cessé de diminuer. Il reste à convaincre les propriétaires qui louent leurs terres et qui n'ont guère intérêt à financer des arbres qu'ils ne verront pas grandir.",
    "La prochaine journée de plantation ouverte au public aura lieu le 15 mars à Balazé."], tag="Environnement", read=4,
    excerpt="Six kilomètres de haies replantés à Balazé depuis 2022 : le bocage se reconstruit, un arbre après l'autre.")
F2 = Story("ghost", "/a-vitre-le-marche-du-samedi-se-reinvente/",
    "À Vitré, le marché du samedi se réinvente", "2025-02-17T09:00:00+00:00", ["Élodie Marchand", "Yann Le Goff"], [
    "Le marché du samedi matin de Vitré, l'un des plus anciens d'Ille-et-Vilaine, a perdu près d'un tiers de ses commerçants en dix ans. Pour enrayer la baisse, la ville a décidé de le déplacer au printemps de la place du Champ-de-Foire vers les rues du centre historique.",
    "Les maraîchers sont partagés. Certains espèrent profiter du passage des touristes et des habitants qui font leurs courses à pied, d'autres craignent de perdre les clients venus des communes voisines qui se garaient jusqu'ici à deux pas des étals.",
    "La mairie promet une navette gratuite depuis le parking de la gare et une période d'essai de six mois, à l'issue de laquelle commerçants et clients seront consultés. Un nouveau règlement réservera aussi une dizaine d'emplacements aux producteurs installés depuis moins de cinq ans.",
    "Le premier marché dans le centre historique est prévu le samedi 5 avril."], tag="Vie locale", read=5,
    excerpt="Moins de commerçants, plus de touristes : le plus vieux marché du pays change de place.")
F3 = Story("ghost", "/les-grues-cendrees-font-etape-en-nombre-record-a-grand-lieu/",
    "Les grues cendrées font étape en nombre record à Grand-Lieu", "2025-01-20T07:45:00+00:00", ["Yann Le Goff"], [
    "Près de neuf mille grues cendrées ont fait halte cet hiver au lac de Grand-Lieu, au sud de Nantes, un record depuis le début des comptages par les bénévoles de la réserve naturelle en 1995.",
    "Les ornithologues expliquent ce chiffre par la douceur des derniers hivers, qui incite une partie des oiseaux à ne plus descendre jusqu'en Espagne, et par les prairies humides restaurées autour du lac, où les grues trouvent de quoi se nourrir.",
    "Les comptages ont lieu chaque dimanche au lever du jour depuis les observatoires de la réserve. Les bénévoles demandent aux promeneurs de rester sur les sentiers et de ne pas approcher les dortoirs, où les oiseaux se rassemblent à la tombée de la nuit.",
    "Le dernier comptage de la saison aura lieu le 23 février."], tag="Environnement", read=3,
    excerpt="Neuf mille oiseaux au sud de Nantes : du jamais vu depuis 1995.")

S1 = Story("substack", "/p/o-cerrado-perdeu-mais-vegetacao/",
    "O Cerrado perdeu mais vegetação do que a Amazônia em 2024", "2025-03-03T09:00:00-03:00", ["Luísa Fernandes"], [
    "Pelo segundo ano seguido, o Cerrado perdeu mais vegetação nativa do que a Amazônia. Os dados anuais do sistema de monitoramento por satélite mostram que mais de oito mil quilômetros quadrados foram desmatados no bioma em 2024, a maior parte na região conhecida como Matopiba.",
    "A diferença tem explicação conhecida. Na Amazônia, o Código Florestal exige que os proprietários mantenham oitenta por cento da vegetação; no Cerrado, a exigência cai para vinte ou trinta e cinco por cento, e boa parte do desmatamento acontece dentro da lei, com licença dos órgãos estaduais.",
    "Pesquisadores lembram que o Cerrado abriga as nascentes de rios que abastecem oito das doze grandes bacias hidrográficas do país. Quando a vegetação nativa desaparece, a água da chuva deixa de infiltrar no solo e os rios da estação seca ficam mais baixos a cada ano.",
    "Na próxima edição, vamos visitar as veredas do norte de Minas Gerais, onde os moradores já sentem essa mudança."],
    sub="Por que o bioma das nascentes continua a ser desmatado dentro da lei", likes=214)
S2 = Story("substack", "/p/como-as-veredas-secam/",
    "Como as veredas secam: uma visita ao norte de Minas", "2025-03-17T08:30:00-03:00", ["Luísa Fernandes"], [
    "Seu Antônio Pereira tem setenta e dois anos e mora desde criança na beira de uma vereda no município de Chapada Gaúcha. Ele aponta para um brejo seco, coberto de capim, e conta que ali, até os anos noventa, a água corria o ano inteiro e os buritis davam fruto em abundância.",
    "As veredas são áreas úmidas alimentadas pelo lençol freático, e por isso dependem do que acontece nas chapadas ao redor. Quando as chapadas foram ocupadas por monoculturas irrigadas com poços profundos, o nível da água baixou e muitas veredas deixaram de correr na estação seca.",
    "Uma associação de moradores começou a cercar as nascentes e a replantar buritis com apoio de uma universidade federal. Os resultados são modestos, mas em duas veredas a água voltou a aparecer no fim da última estação chuvosa.",
    "Se você gostou desta edição, encaminhe para alguém que se interessa pelo Cerrado."],
    sub="Os buritis de Chapada Gaúcha e a água que sumiu", likes=167)
S3 = Story("substack", "/p/fogo-no-jalapao/",
    "Fogo no Jalapão: o que mudou com o manejo integrado", "2025-02-03T10:15:00-03:00", ["Luísa Fernandes", "Rafael Moura"], [
    "Durante anos, a regra no Jalapão era apagar todo incêndio o mais rápido possível. Desde 2014, porém, brigadistas do parque passaram a fazer queimadas controladas no início da estação seca, quando o fogo é fraco e se apaga sozinho à noite.",
    "O resultado aparece nos mapas: as áreas atingidas por grandes incêndios no fim da seca diminuíram mais da metade na última década. As queimadas precoces criam mosaicos de vegetação queimada que funcionam como aceiros naturais.",
    "As comunidades quilombolas da região, que sempre usaram o fogo no manejo do capim dourado, participam do planejamento das queimadas. Para os brigadistas, esse conhecimento tradicional foi decisivo para o sucesso do programa.",
    "O manejo integrado do fogo deve ser ampliado para outras unidades de conservação do Cerrado até 2026."],
    sub="Queimadas controladas e saber quilombola reduziram os grandes incêndios", likes=98)


# ------------------------------------------------------ 1 Medium publication
def medium():
    s = SITES["medium"]
    PUB = "Signal & Noise"
    users = {"Nora Castillo": "noracastillo", "Devon Reyes": "dreyes", "Tomasz Wrona": "tomwrona"}
    star = '<svg width="16" height="16" viewBox="0 0 64 64" fill="none"><path d="M39.64 40.83L33.87 56.7a1.99 1.99 0 0 1-3.74 0l-5.77-15.87a2.02 2.02 0 0 0-1.2-1.2L7.3 33.88a1.99 1.99 0 0 1 0-3.74l15.87-5.77a2.02 2.02 0 0 0 1.2-1.2L30.12 7.3a1.99 1.99 0 0 1 3.74 0l5.77 15.87a2.02 2.02 0 0 0 1.2 1.2l15.86 5.76a1.99 1.99 0 0 1 0 3.74l-15.87 5.77a2.02 2.02 0 0 0-1.2 1.2z" fill="#FFC017"></path></svg>'

    def shell(title, main, head=""):
        return ('<!doctype html><html lang="en"><head><title>%s</title><meta charset="utf-8">'
                '<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">'
                '<meta property="og:site_name" content="%s"><meta name="theme-color" content="#000000">%s</head>'
                '<body><div id="root"><div class="a b c"><div class="l ae"><div class="ad ae"><div class="ef eg"><a href="/" aria-label="Homepage" data-testid="publicationLogo">%s</a></div>'
                '<div class="eh"><button class="bm bn" data-testid="headerFollowButton">Follow publication</button><a href="/archive/">Archive</a> <a href="/about/">About</a></div>'
                '<div class="ds"><a href="/m/signin">Sign in</a> <a href="/m/signin?operation=register">Get started</a></div></div>'
                '%s<div class="footer"><a href="https://help.medium.com/">Help</a> <a href="/about/">About</a> <span>Status</span> <span>Careers</span> <span>Privacy</span> <span>Terms</span> <span>Text to speech</span></div></div></div></div></body></html>') % (
            E(title), E(PUB), head, E(PUB), main)

    def byline(st):
        u = users[st.authors[0]]
        return ('<div class="speechify-ignore ab cp"><div class="ab q"><a data-testid="authorPhoto" href="/@%s/"><img alt="%s" class="l ep by" src="/fit/c/32/32/1*%s.jpeg" width="32" height="32"></a>'
                '<div class="ab q ji"><div class="bm"><span><a data-testid="authorName" class="af ag ah ai" href="/@%s/">%s</a></span> <span class="ir">·</span> '
                '<span><button class="bf b bg">Follow</button></span></div>'
                '<div class="ab q">Published in <a data-testid="publicationName" class="af" href="/"><p>%s</p></a> '
                '<span data-testid="storyReadTime">%d min read</span><span class="ir">·</span><span data-testid="storyPublishDate">%s</span></div></div></div>'
                '<div class="ab cp kw"><div class="pw-multi-vote-icon"><button data-testid="headerClapButton" aria-label="clap"></button></div>'
                '<div class="pw-multi-vote-count"><p class="bf b dw">%s</p></div><button aria-label="responses"><p class="bf b dw"><span class="pw-responses-count">%d</span></p></button>'
                '<button aria-label="Add to list bookmark button"></button><button aria-label="Listen"><p>Listen</p></button><button aria-label="Share"><p>Share</p></button></div></div>') % (
            u, E(st.authors[0]), u, u, E(st.authors[0]), E(PUB), st.read, st.mdy(), st.claps, st.resp)

    def after(st, others):
        a = st.authors[0]
        more = "".join('<div class="more-card"><a href="%s"><h2>%s</h2></a><p>%s</p><span>%s</span></div>' % (
            o.url, E(o.title), E(o.ps[0][:120] + "…"), o.mdy()) for o in others)
        return ('<footer class="post-footer"><div class="tags"><a href="/tagged/local-government/">Local Government</a> <a href="/tagged/journalism/">Journalism</a> <a href="/tagged/housing/">Housing</a></div>'
                '<div class="clap-footer"><span>%s</span> <span>%d</span></div>'
                '<div class="written-by"><a href="/@%s/"><img alt="%s"></a><h2>Written by %s</h2><p><span>2.4K Followers</span> · <span>Writer for %s</span></p>'
                '<p>Reporter. I read agendas so you don’t have to.</p><button>Follow</button></div>'
                '<div class="responses"><h2>Responses (%d)</h2><p>What are your thoughts?</p>'
                '<div class="response"><a href="/@kgarland/">Kim Garland</a> <span>Mar 5</span><p>This is exactly what happened with the parking study in our town. Nobody read it until the garage was built.</p><span>42</span></div></div>'
                '<div class="more-from"><h2>More from %s and %s</h2>%s</div>'
                '<div class="recommended"><h2>Recommended from Medium</h2><div><a href="https://medium.com/">The quiet death of the city beat</a><p>Why fewer reporters cover local government than at any time since 1950.</p></div></div></footer>') % (
            st.claps, st.resp, users[a], E(a), E(a), E(PUB), st.resp, E(a), E(PUB), more)

    def head(st, canon=None):
        u = users[st.authors[0]]
        return ('<meta name="title" content="%s"><meta name="description" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:title" content="%s"><meta property="og:url" content="%s"><meta property="article:published_time" content="%s">'
                '<meta name="author" content="%s"><meta property="article:author" content="%s"><link rel="canonical" href="%s">'
                '<link rel="author" href="%s">%s') % (
            E(st.title), E(st.sub or st.ps[0][:140]), E(st.title), st.url, st.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.181Z"),
            E(st.authors[0]), s.url("/@%s/" % u), canon or st.url, s.url("/@%s/" % u),
            jl({"@context": "http://schema.org", "@type": "NewsArticle", "url": st.url, "dateCreated": st.z, "datePublished": st.z,
                "dateModified": st.z, "headline": st.title[:110], "name": st.title, "description": st.sub or st.ps[0][:140],
                "identifier": st.path.strip("/").rsplit("-", 1)[1], "author": {"@type": "Person", "name": st.authors[0], "url": s.url("/@%s/" % u)},
                "creator": [st.authors[0]], "publisher": {"@type": "Organization", "name": PUB, "url": s.url("/")},
                "mainEntityOfPage": st.url, "isAccessibleForFree": not getattr(st, "member", False)}))

    def page(st, body, canon=None, member=False, others=()):
        tag = '<div class="ab q member"><span>%s</span><p class="bf b bg">Member-only story</p></div>' % star if member else ""
        sub = '<h2 class="pw-subtitle-paragraph bf kx ky">%s</h2>' % E(st.sub) if st.sub else ""
        main = ('<article><div class="l"><div class="l"><section><div><div class="fp fq fr fs ft"><div class="ab ca"><div class="ch bg fu fv fw fx">'
                '%s<div><h1 id="a%s" class="pw-post-title gm gn go bf gp gq" data-testid="storyTitle">%s</h1></div>%s%s'
                '<div class="pw-post-body">%s</div></div></div></div></section></div></div></article>%s') % (
            tag, st.path[-6:-1], E(st.title), sub, byline(st), body, after(st, others))
        return shell("%s | by %s | %s" % (st.title, st.authors[0], PUB), main, head(st, canon))

    M2.member = True
    p = lambda ps: "".join('<p id="p%d" class="pw-post-body-paragraph mf mg gt mh b" data-selectable-paragraph="">%s</p>' % (i, E(t)) for i, t in enumerate(ps))
    M1.publish(page(M1, p(M1.ps[:2]) + '<figure class="paragraph-image"><img src="/max/1400/1*council.jpeg" alt=""><figcaption>Harlow Springs city hall, 10:58 p.m. Photo by the author.</figcaption></figure>' + p(M1.ps[2:]), others=[M3, M2]),
               must_not=["More from Nora Castillo", "The quiet death of the city beat", "Nobody read it until the garage was built"])
    paywall = ('<div class="paywall-upsell"><h2>Create an account to read the full story.</h2><p>The author made this story available to Medium members only.'
               ' If you’re new to Medium, create a new account to read this story on us.</p><a href="/m/signin?operation=register">Continue in app</a>'
               ' <p>Or, continue in mobile web</p><a href="/m/signin?operation=register">Sign up with Google</a><p>Already have an account? <a href="/m/signin">Sign in</a></p></div>')
    M2.publish(page(M2, p(M2.ps) + paywall, member=True, others=[M1, M3]), must=[M2.ps[1]], must_not=["The author made this story available"])
    M3.publish(page(M3, p(M3.ps), others=[M1, M2]), must_not=["More from Nora Castillo"])
    # an imported copy of a Hashnode post
    cp = Story("medium", "/why-we-moved-our-newsroom-archive-to-postgres-e41b07c9d2a8/", H1.title, "2025-02-14T09:12:00+00:00", H1.authors, H1.ps,
               sub=H1.sub, read=7, claps="318", resp=4)
    s.copy(cp.path, page(cp, p(H1.ps) + '<p class="pw-post-body-paragraph"><em>Originally published at <a href="%s">datadesk.dev</a> on February 12, 2025.</em></p>' % H1.url,
                         canon=H1.url, others=[M1]), H1)
    allp = [M1, M2, cp, M3]

    def card(st):
        return ('<div class="postArticle"><a href="/@%s/">%s</a> <span>in %s</span><a href="%s"><h2>%s</h2><h3>%s</h3></a>'
                '<span>%s</span> · <span>%d min read</span>%s</div>') % (
            users[st.authors[0]], E(st.authors[0]), E(PUB), st.url, E(st.title), E(st.sub), st.mdy(), st.read,
            ' <span class="member">%s Member-only</span>' % star if st is M2 else "")
    hero = ('<div class="pub-header"><h1>%s</h1><p>Local government, housing and the public record, from the reporters of the Harlow Springs Courier.</p>'
            '<button>Follow</button> <span>5.1K Followers</span></div>') % E(PUB)
    s.non("/", shell(PUB, hero + '<div class="stream"><h2>Latest</h2>%s</div>' % "".join(card(x) for x in allp)))
    s.non("/archive/", shell("Archive of stories published by %s" % PUB, '<h1>Archive</h1><div class="timebucket"><a href="/archive/2025/">2025</a></div>%s' % "".join(card(x) for x in allp)))
    s.non("/archive/2025/", shell("Archive of stories published by %s in 2025" % PUB, '<h1>2025</h1><a href="/archive/2025/03/">March</a> <a href="/archive/2025/02/">February</a> <a href="/archive/2025/01/">January</a>%s' % "".join(card(x) for x in allp)))
    s.non("/tagged/local-government/", shell("Local Government – %s" % PUB, '<h1>Stories tagged Local Government</h1>%s' % "".join(card(x) for x in [M1, M2])))
    s.non("/about/", shell("About %s" % PUB, '<h1>About %s</h1><p>%s is a Medium publication run by four reporters. We write about the meetings, budgets and records that decide how a small city works.</p><p>Editors: <a href="/@noracastillo/">Nora Castillo</a>, <a href="/@dreyes/">Devon Reyes</a></p>' % (E(PUB), E(PUB))))
    for name, u in users.items():
        mine = [x for x in allp if x.authors[0] == name]
        s.non("/@%s/" % u, shell("%s – Medium" % name, '<div class="profile"><h2>%s</h2><p>2.4K Followers</p><button>Follow</button><nav><a>Home</a> <a>Lists</a> <a>About</a></nav>%s</div>' % (E(name), "".join(card(x) for x in mine))))


# ------------------------------------------------------ 2 dev.to-like community
def dev():
    s = SITES["dev"]
    SER = "Building a polite news crawler in Go"

    def shell(title, main, head="", cls="default"):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover">%s</head>'
                '<body class="sans-serif-article-body %s" data-user-status="logged-out">'
                '<header class="crayons-header"><a href="/" class="site-logo" aria-label="devcorner Home">devcorner</a>'
                '<form action="/search" role="search"><input name="q" placeholder="Search..."></form>'
                '<a href="/enter" class="c-link">Log in</a> <a href="/enter?state=new-user" class="c-cta">Create account</a></header>'
                '<div id="page-content" class="wrapper"><div id="page-content-inner">%s</div></div>'
                '<footer class="crayons-footer"><p><a href="/">devcorner</a> — A constructive and inclusive social network for software developers.</p>'
                '<a href="/about/">About</a> <a href="/t/">Tags</a> <a href="/code-of-conduct/">Code of Conduct</a><p>Made with love and Ruby on Rails. devcorner © 2016 - 2025.</p></footer></body></html>') % (
            E(title), head, cls, main)

    def series_box(cur):
        items = "".join('<a href="%s" class="series-switcher__link%s" title="%s"><span class="series-switcher__num">%d</span> <span class="series-switcher__title">%s</span></a>' % (
            x.url, " series-switcher__link--active" if x is cur else "", E(x.title), i + 1, E(x.title)) for i, x in enumerate(SERIES))
        return ('<nav class="series-switcher" aria-label="Series"><header class="series-switcher__header"><a href="/priyanair/series/21044/">%s (3 Part Series)</a></header>'
                '<div class="series-switcher__list">%s</div></nav>') % (E(SER), items)

    def page(st, user, uname, body, canon=None, series=True, extra_top=""):
        tags = "".join('<a class="crayons-tag crayons-tag--monochrome" href="/t/%s/"><span class="crayons-tag__prefix">#</span>%s</a>' % (t, t) for t in st.tags)
        head = ('<link rel="canonical" href="%s"><meta name="description" content="%s"><meta name="keywords" content="%s">'
                '<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:site_name" content="devcorner">'
                '<meta name="twitter:creator" content="@%s">%s') % (
            canon or st.url, E(st.ps[0][:150]), ", ".join(st.tags), E(st.title), user,
            jl({"@context": "http://schema.org", "@type": "Article", "mainEntityOfPage": {"@type": "WebPage", "@id": st.url}, "url": st.url,
                "publisher": {"@type": "Organization", "name": "devcorner"}, "headline": st.title,
                "author": {"@type": "Person", "url": s.url("/%s/" % user), "name": uname},
                "datePublished": st.z, "dateModified": st.z}))
        react = ('<div id="reaction-drawer-trigger" class="crayons-reaction"><span class="crayons-reaction__icon">❤️</span><span class="crayons-reaction__count" id="reaction_total_count">%d</span></div>'
                 '<span class="aside-item">🦄 %d</span> <span class="aside-item">🔥 %d</span> <span class="aside-item">💬 %d</span>') % (st.hearts, st.hearts // 6, st.hearts // 9, 3)
        comments = ('<section id="comments" class="text-padding mb-4 crayons-card"><header><h2 class="crayons-subtitle-1">Top comments (3)</h2></header>'
                    '<div class="comment__details"><a href="/kwame_dev/" class="crayons-link">Kwame Boateng</a> <time datetime="2025-03-26T08:11:00Z">Mar 26</time></div>'
                    '<div class="comment__body"><p>We hit exactly this with a paper that puts the print edition date in the page header. Took us weeks to notice every story was filed under Sunday.</p></div>'
                    '<div class="comment__details"><a href="/marta_codes/" class="crayons-link">Marta Silva</a> <time datetime="2025-03-27T15:40:00Z">Mar 27</time></div>'
                    '<div class="comment__body"><p>Great series. Do you plan to open source the robots.txt parser?</p></div></section>')
        nxt = ('<section class="crayons-card" id="read-next"><h2>Read next</h2>'
               '<a href="/jdoe/why-i-stopped-using-headless-browsers-for-scraping-2b8f/"><h3>Why I stopped using headless browsers for scraping</h3><p>Jules Doe - Feb 11</p></a>'
               '<a href="/ana_k/sitemaps-are-underrated-4fa1/"><h3>Sitemaps are underrated</h3><p>Ana K. - Jan 30</p></a></section>')
        main = ('<div class="crayons-layout crayons-layout--3-cols crayons-layout--article"><aside class="crayons-layout__sidebar-left">%s</aside>'
                '<main id="main-content" class="crayons-layout__content"><article class="crayons-card crayons-article mb-4" id="article-show-container" data-article-id="%s">'
                '<header class="crayons-article__header" id="main-title"><div class="crayons-article__header__meta">'
                '<div class="flex s:items-start flex-col s:flex-row"><div class="crayons-article__subheader">'
                '<a href="/%s/" class="crayons-avatar crayons-avatar--l"><img class="crayons-avatar__image" alt="%s profile picture"></a>'
                '<a href="/%s/" class="crayons-link fw-bold">%s</a><p class="fs-xs color-base-60">Posted on <time datetime="%s" class="date-no-year">%s</time></p></div></div>'
                '<h1 class="fs-3xl m:fs-4xl l:fs-5xl fw-bold s:fw-heavy lh-tight mb-2 long">%s</h1>'
                '<div class="spec__tags flex flex-wrap">%s</div></div></header>'
                '<div class="crayons-article__main">%s%s<div class="crayons-article__body text-styles spec__body" data-article-id="%s" id="article-body">%s</div>%s</div>'
                '</article>%s%s</main><aside class="crayons-layout__sidebar-right"><div class="crayons-card"><h3>%s</h3><p>Building crawlers for newsroom research. Go, Postgres, too much coffee.</p>'
                '<button class="crayons-btn follow-action-button">Follow</button><p>Joined Sep 12, 2021</p></div>'
                '<div class="crayons-card"><h3>More from <a href="/%s/">%s</a></h3>%s</div></aside></div>') % (
            react, st.path[-5:-1], user, E(uname), user, E(uname), st.z, st.mdy(), E(st.title), tags,
            extra_top, series_box(st) if series else "", st.path[-5:-1], body, series_box(st) if series else "",
            comments, nxt, E(uname), user, E(uname),
            "".join('<a href="%s">%s</a>' % (x.url, E(x.title)) for x in SERIES if x is not st))
        return shell("%s - devcorner" % st.title, main, head, "article-page")

    for i, st in enumerate(SERIES):
        body = P(st.ps[:2]) + '<h2><a name="how-it-works" href="#how-it-works"></a>How it works</h2>' + \
            '<div class="highlight js-code-highlight"><pre class="highlight go"><code>func (b *Bucket) Take() bool { return b.tokens.Add(-1) &gt;= 0 }</code></pre></div>' + P(st.ps[2:])
        st.publish(page(st, "priyanair", "Priya Nair", body),
                   must_not=["Why I stopped using headless browsers", "Do you plan to open source", "Made with love and Ruby on Rails"])
    cp = Story("dev", "/tomwrona/full-text-search-in-postgres-for-two-million-articles-9d1f/", H2.title, "2025-02-27T07:30:00+00:00", H2.authors, H2.ps,
               tags=["postgres", "database", "search"], read=9, hearts=77)
    s.copy(cp.path, page(cp, "tomwrona", "Tomasz Wrona", P(H2.ps), canon=H2.url, series=False,
                         extra_top='<p class="crayons-notice">Originally published at <a href="%s">datadesk.dev</a></p>' % H2.url), H2)

    def card(st, user="priyanair", name="Priya Nair"):
        return ('<div class="crayons-story" data-content-user-id="1"><div class="crayons-story__top"><a href="/%s/">%s</a> '
                '<a href="%s" class="crayons-story__tertiary"><time datetime="%s">%s (%s)</time></a></div>'
                '<h2 class="crayons-story__title"><a href="%s" id="article-link-%s">%s</a></h2>'
                '<div class="crayons-story__tags">%s</div><div class="crayons-story__bottom">%d reactions · %d min read</div></div>') % (
            user, E(name), st.url, st.z, "%s %d" % (MON[st.t.month - 1][:3], st.t.day), "9 months ago", st.url, st.path[-5:-1], E(st.title),
            " ".join('<a href="/t/%s/">#%s</a>' % (t, t) for t in st.tags), st.hearts, st.read)
    feed = card(D3) + card(D2) + card(cp, "tomwrona", "Tomasz Wrona") + card(D1)
    s.non("/", shell("devcorner", '<nav class="sidebar"><a href="/">Home</a> <a href="/t/">Tags</a> <a href="/about/">About</a></nav><main><h1 class="screen-reader-only">Posts</h1><nav><a href="/">Relevant</a> <a href="/latest/">Latest</a> <a href="/top/week/">Top</a></nav>%s</main>' % feed))
    s.non("/latest/", shell("Latest posts - devcorner", '<main>%s</main>' % feed))
    s.non("/priyanair/", shell("Priya Nair - devcorner", '<div class="profile-header"><h1>Priya Nair</h1><p>Building crawlers for newsroom research.</p><p>Joined on Sep 12, 2021</p><button>Follow</button></div><main>%s</main><a href="/priyanair/series/">Series</a>' % (card(D3) + card(D2) + card(D1))))
    s.non("/tomwrona/", shell("Tomasz Wrona - devcorner", '<div class="profile-header"><h1>Tomasz Wrona</h1><p>Data engineer at a local newspaper.</p><a href="%s">datadesk.dev</a></div><main>%s</main>' % (H2.url, card(cp, "tomwrona", "Tomasz Wrona"))))
    s.non("/priyanair/series/21044/", shell("%s Series' Articles - devcorner" % SER, '<h1>%s Series\' Articles</h1><p>Back to Priya Nair\'s Series</p>%s' % (E(SER), card(D1) + card(D2) + card(D3))))
    for t in ["go", "webdev", "postgres"]:
        mine = [x for x in SERIES + [cp] if t in x.tags]
        s.non("/t/%s/" % t, shell("%s - devcorner" % t, '<header class="tag-header"><h1>#%s</h1><button>Follow</button></header><main>%s</main>' % (t, "".join(card(x) if x is not cp else card(x, "tomwrona", "Tomasz Wrona") for x in mine))))
    s.non("/t/", shell("Tags - devcorner", '<h1>Top tags</h1><a href="/t/go/">#go</a> <a href="/t/webdev/">#webdev</a> <a href="/t/postgres/">#postgres</a>'))
    s.non("/about/", shell("About - devcorner", '<h1>About devcorner</h1><p>devcorner is a community of software developers getting together to help one another out. Read <a href="%s">a popular post</a>.</p>' % D3.url))
    s.put("/robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /enter\nSitemap: %s\n" % s.url("/sitemap.xml"))
    s.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (x.url, x.z) for x in SERIES + [cp]))


# ------------------------------------------------------ 3 Hashnode-like blog
def hashnode():
    s = SITES["hashnode"]
    BLOG = "Data Desk Notes"
    posts = [H3, H2, H1]
    series = [H1, H2]

    def shell(title, main, data, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<meta property="og:site_name" content="%s">%s<link rel="alternate" type="application/rss+xml" title="%s" href="%s"></head>'
                '<body><div id="__next"><header class="blog-header"><a href="/" class="blog-title"><span>%s</span></a>'
                '<nav><a href="/">Home</a> <a href="/series/postgres-in-production/">Postgres in Production</a> <a href="/newsletter/">Newsletter</a> <a href="/archive/">Archive</a></nav>'
                '<button class="subscribe">Subscribe</button></header>%s<footer class="blog-footer"><p>©2025 %s</p><a href="/archive/">Archive</a> · <a href="https://hashnode.com/privacy">Privacy policy</a> · <a href="https://hashnode.com/terms">Terms</a>'
                '<p>Powered by Hashnode - Build your developer hub.</p></footer></div>'
                '<script id="__NEXT_DATA__" type="application/json">%s</script></body></html>') % (
            E(title), E(BLOG), head, E(BLOG), s.url("/rss.xml"), E(BLOG), main, E(BLOG), json.dumps(data))

    for st in posts:
        tags = {H1: ["postgresql", "migration", "journalism"], H2: ["postgresql", "search"], H3: ["backup", "devops"]}[st]
        ser = ""
        if st in series:
            ser = ('<div class="series-card"><p>Part of series</p><a href="/series/postgres-in-production/"><h3>Postgres in Production</h3></a><ol>%s</ol></div>'
                   % "".join('<li><a href="%s">%s</a></li>' % (x.url, E(x.title)) for x in series))
        sub = '<h2 class="post-subtitle">%s</h2>' % E(st.sub) if st.sub else ""
        main = ('<main class="blog-post"><article><div class="cover"><img src="/cover-%d.png" alt="%s"></div><h1 class="post-title">%s</h1>%s'
                '<div class="post-meta"><a href="/@tomwrona/" class="author"><img alt="Tomasz Wrona" src="/avatar.png"><span>Tomasz Wrona</span></a>'
                '<span class="dot">·</span><a href="%s" class="date">%s</a><span class="dot">·</span><span>%d min read</span></div>%s'
                '<div class="prose">%s</div><div class="tags">%s</div></article>'
                '<div class="post-author"><h3>Written by</h3><a href="/@tomwrona/">Tomasz Wrona</a><p>Data engineer at the Harlow Springs Courier. I keep the archive alive.</p></div>'
                '<div class="newsletter-box"><h3>Subscribe to our newsletter</h3><p>Read articles from Data Desk Notes directly inside your inbox. Subscribe to the newsletter, and don\'t miss out.</p><input placeholder="Enter your email address"><button>Subscribe</button></div>'
                '<div class="comments"><button>Write a comment</button><p>Sandra Okafor: We went through the same byline mess in 2022. Forty spellings sounds about right.</p></div>'
                '<div class="more"><h2>More articles</h2>%s</div></main>') % (
            st.t.day, E(st.title), E(st.title), sub, st.url, st.mdy(), st.read, ser, P(st.ps),
            " ".join('<a href="/tag/%s/">#%s</a>' % (t, t) for t in tags), lis([x for x in posts if x is not st]))
        data = {"props": {"pageProps": {"publication": {"title": BLOG, "url": s.url("/")}, "post": {
            "title": st.title, "subtitle": st.sub, "slug": st.path.strip("/"), "publishedAt": st.t.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "updatedAt": None, "readTimeInMinutes": st.read, "author": {"name": "Tomasz Wrona", "username": "tomwrona"},
            "tags": [{"slug": t, "name": t} for t in tags], "url": st.url}}}, "page": "/[slug]", "buildId": "hUY2kz0VqL"}
        head = ('<meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:type" content="article">'
                '<link rel="canonical" href="%s">') % (E(st.sub or st.ps[0][:150]), E(st.title), st.url)
        st.publish(shell("%s" % st.title, main, data, head), instant=False, must_not=["Subscribe to our newsletter", "Forty spellings sounds about right"])

    def card(st):
        return '<div class="post-card"><a href="%s"><h2>%s</h2></a><p>%s</p><span>%s</span> · <span>%d min read</span></div>' % (
            st.url, E(st.title), E(st.ps[0][:160]) + "…", st.mdy(), st.read)
    pdata = {"props": {"pageProps": {"publication": {"title": BLOG}}}, "page": "/", "buildId": "hUY2kz0VqL"}
    s.non("/", shell(BLOG, '<main class="home"><div class="about"><h1>%s</h1><p>Notes from the data desk of a local newspaper: archives, search and keeping old stories alive.</p></div>%s</main>' % (E(BLOG), "".join(card(x) for x in posts)), pdata))
    s.non("/series/postgres-in-production/", shell("Postgres in Production - %s" % BLOG, '<main><h1>Postgres in Production</h1><p>How a four-person data desk moved two million stories into Postgres.</p><p>2 articles</p>%s</main>' % "".join(card(x) for x in series), pdata))
    s.non("/tag/postgresql/", shell("postgresql - %s" % BLOG, '<main><h1>#postgresql</h1>%s</main>' % "".join(card(x) for x in series), pdata))
    s.non("/archive/", shell("Archive - %s" % BLOG, '<main><h1>Archive</h1><h2>March 2025</h2>%s<h2>February 2025</h2>%s</main>' % (card(H3), card(H2) + card(H1)), pdata))
    s.non("/newsletter/", shell("Newsletter - %s" % BLOG, '<main><h1>Subscribe to %s</h1><p>Get new posts in your inbox. No spam, one email per post. Latest: <a href="%s">%s</a></p></main>' % (E(BLOG), H3.url, E(H3.title)), pdata))
    s.non("/@tomwrona/", shell("Tomasz Wrona - %s" % BLOG, '<main><h1>Tomasz Wrona</h1><p>Data engineer at the Harlow Springs Courier.</p>%s</main>' % "".join(card(x) for x in posts), pdata))
    s.put("/rss.xml", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (
        E(BLOG), s.url("/"), "".join("<item><title>%s</title><link>%s</link><pubDate>%s</pubDate></item>" % (E(x.title), x.url, x.t.strftime("%a, %d %b %Y %H:%M:%S GMT")) for x in posts)))


# ------------------------------------------------------ 4 WordPress.com, Twenty Ten
def wp():
    s = SITES["wp"]
    BLOG = "Millbrook Local"
    posts = [W1, W2, W3]
    logins = {"editor": "editor", "mkowalski": "mkowalski", "Maria Kowalski": "mkowalski"}

    def shell(title, content, head="", cls="home blog"):
        side = ('<div id="primary" class="widget-area" role="complementary"><ul class="xoxo">'
                '<li id="search-2" class="widget-container widget_search"><form role="search" method="get" id="searchform" action="/"><input type="text" name="s" id="s"><input type="submit" value="Search"></form></li>'
                '<li id="recent-posts-2" class="widget-container widget_recent_entries"><h3 class="widget-title">Recent Posts</h3><ul>%s</ul></li>'
                '<li id="archives-2" class="widget-container widget_archive"><h3 class="widget-title">Archives</h3><ul><li><a href="/2025/03/">March 2025</a></li><li><a href="/2025/02/">February 2025</a></li></ul></li>'
                '<li id="categories-2" class="widget-container widget_categories"><h3 class="widget-title">Categories</h3><ul><li class="cat-item"><a href="/category/town-news/">Town News</a></li><li class="cat-item"><a href="/category/schools/">Schools</a></li><li class="cat-item"><a href="/category/community/">Community</a></li></ul></li>'
                '</ul></div>') % "".join('<li><a href="%s">%s</a></li>' % (p.url, E(p.title)) for p in posts)
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>%s</title><link rel="profile" href="https://gmpg.org/xfn/11">'
                '<link rel="alternate" type="application/rss+xml" title="%s &raquo; Feed" href="%s">%s'
                '<link rel="stylesheet" id="twentyten-style" href="https://s0.wp.com/wp-content/themes/pub/twentyten/style.css" media="all"></head>'
                '<body class="%s"><div id="wrapper" class="hfeed"><div id="header"><div id="masthead"><div id="branding" role="banner">'
                '<%s id="site-title"><span><a href="/" title="%s" rel="home">%s</a></span></%s><div id="site-description">News from Millbrook and the Ashby valley</div>'
                '<img src="/wp-content/themes/pub/twentyten/images/headers/path.jpg" width="940" height="198" alt=""></div>'
                '<div id="access" role="navigation"><div class="menu"><ul><li><a href="/">Home</a></li><li class="page_item"><a href="/about/">About</a></li><li class="page_item"><a href="/contact/">Contact</a></li></ul></div></div></div></div>'
                '<div id="main"><div id="container"><div id="content" role="main">%s</div></div>%s</div>'
                '<div id="footer" role="contentinfo"><div id="colophon"><div id="site-info"><a href="/" rel="home">%s</a></div>'
                '<div id="site-generator"><a href="https://wordpress.com/?ref=footer_blog" rel="nofollow">Blog at WordPress.com.</a></div></div></div></div>'
                '<div id="actionbar"><ul><li class="actnbr-btn actnbr-hidden"><a class="actnbr-action actnbr-actn-follow" href=""><span>Follow</span></a>'
                '<div class="actnbr-popover"><div class="actnbr-content"><div class="actnbr-follow-bubble"><ul><li class="actnbr-sitename"><a href="/">%s</a></li>'
                '<li><p>Join 412 other subscribers</p><input type="email" placeholder="Type your email…"><button>Subscribe</button></li></ul></div></div></div></li></ul></div></body></html>') % (
            E(title), E(BLOG), s.url("/feed/"), head, cls, "h1" if "home" in cls else "div", E(BLOG), E(BLOG), "h1" if "home" in cls else "div",
            content, side, E(BLOG), E(BLOG))

    def meta(p):
        login = logins[p.authors[0]]
        return ('<div class="entry-meta"><span class="meta-prep meta-prep-author">Posted on</span> <a href="%s" title="%s" rel="bookmark"><span class="entry-date">%s</span></a> '
                '<span class="meta-sep">by</span> <span class="author vcard"><a class="url fn n" href="/author/%s/" title="View all posts by %s">%s</a></span></div>') % (
            p.url, p.hm().lower(), p.mdy(False), login, E(p.authors[0]), E(p.authors[0]))

    def util(p):
        return ('<div class="entry-utility">This entry was posted in <a href="/category/%s/" rel="category tag">%s</a>. Bookmark the <a href="%s" title="Permalink to %s" rel="bookmark">permalink</a>.</div>') % (
            p.cat.lower().replace(" ", "-"), p.cat, p.url, E(p.title))

    for i, p in enumerate(posts):
        rel = [x for x in posts if x is not p]
        flair = ('<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing">'
                 '<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a class="share-twitter sd-button" href="%s?share=twitter"><span>Twitter</span></a></li>'
                 '<li class="share-facebook"><a class="share-facebook sd-button" href="%s?share=facebook"><span>Facebook</span></a></li></ul></div></div></div>'
                 '<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div></div>'
                 '<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-minimal">%s</div></div></div>') % (
            p.url, p.url, "".join('<p class="jp-relatedposts-post"><span class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="%s">%s</a></span> <span class="jp-relatedposts-post-date">%s</span> <span class="jp-relatedposts-post-context">In &quot;%s&quot;</span></p>' % (
                x.url, E(x.title), x.mdy(False), x.cat) for x in rel))
        nav = '<div id="nav-below" class="navigation"><div class="nav-previous">%s</div><div class="nav-next">%s</div></div>' % (
            '<a href="%s" rel="prev"><span class="meta-nav">&larr;</span> %s</a>' % (posts[i + 1].url, E(posts[i + 1].title)) if i + 1 < len(posts) else "",
            '<a href="%s" rel="next">%s <span class="meta-nav">&rarr;</span></a>' % (posts[i - 1].url, E(posts[i - 1].title)) if i else "")
        comments = ('<div id="comments"><h3 id="comments-title">2 Responses to <em>%s</em></h3><ol class="commentlist"><li class="comment"><div class="comment-author vcard"><cite class="fn">Bev Tallman</cite> <span class="says">says:</span></div>'
                    '<div class="comment-meta commentmetadata"><a href="%s#comment-88">%s at 8:02 am</a></div><div class="comment-body"><p>Thank you for covering this. Nobody else does anymore since the Transcript closed.</p></div></li></ol>'
                    '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a comment</h3><form action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div>') % (E(p.title), p.url, p.mdy(False))
        content = ('%s<div id="post-%d" class="post-%d post type-post status-publish format-standard hentry category-%s"><h1 class="entry-title">%s</h1>%s'
                   '<div class="entry-content">%s%s</div>%s</div>%s') % (
            nav, 4100 + i, 4100 + i, p.cat.lower().replace(" ", "-"), E(p.title), meta(p), P(p.ps), flair, util(p), comments)
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s">'
                '<meta property="og:description" content="%s"><meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">'
                '<meta property="og:site_name" content="%s"><meta name="twitter:site" content="@wordpressdotcom">') % (
            p.url, E(p.title), p.url, E(p.ps[0][:150]), p.t.astimezone(UTC).isoformat(), p.t.astimezone(UTC).isoformat(), E(BLOG))
        p.publish(shell("%s | %s" % (p.title, BLOG), content, head, "single single-post postid-%d single-format-standard" % (4100 + i)),
                  must_not=["Share this:", "Thank you for covering this", rel[0].title, "Join 412 other subscribers"])

    def loop(ps):
        return "".join('<div class="post hentry"><h2 class="entry-title"><a href="%s" rel="bookmark">%s</a></h2>%s<div class="entry-summary"><p>%s</p></div>%s</div>' % (
            p.url, E(p.title), meta(p), E(p.ps[0]), util(p)) for p in ps)
    s.non("/", shell("%s | News from Millbrook and the Ashby valley" % BLOG, loop(posts)))
    s.non("/2025/03/", shell("March 2025 | %s" % BLOG, '<h1 class="page-title">Monthly Archives: <span>March 2025</span></h1>' + loop([W1]), cls="archive date"))
    s.non("/2025/02/", shell("February 2025 | %s" % BLOG, '<h1 class="page-title">Monthly Archives: <span>February 2025</span></h1>' + loop([W2, W3]), cls="archive date"))
    for c in ["Town News", "Schools", "Community"]:
        s.non("/category/%s/" % c.lower().replace(" ", "-"), shell("%s | %s" % (c, BLOG), '<h1 class="page-title">Category Archives: <span>%s</span></h1>' % c + loop([p for p in posts if p.cat == c]), cls="archive category"))
    s.non("/author/editor/", shell("editor | %s" % BLOG, '<h1 class="page-title author">Author Archives: <span class="vcard">editor</span></h1>' + loop([W1]), cls="archive author"))
    s.non("/author/mkowalski/", shell("mkowalski | %s" % BLOG, '<h1 class="page-title author">Author Archives: <span class="vcard">Maria Kowalski</span></h1>' + loop([W2, W3]), cls="archive author"))
    s.non("/about/", shell("About | %s" % BLOG, '<div class="page hentry"><h1 class="entry-title">About</h1><div class="entry-content"><p>Millbrook Local is a volunteer news blog started in 2019 after the Millbrook Transcript stopped printing. We cover select board, school board and library meetings. Most posts are written by Maria Kowalski; notices go up under the editor account.</p></div></div>', cls="page"))
    s.non("/contact/", shell("Contact | %s" % BLOG, '<div class="page hentry"><h1 class="entry-title">Contact</h1><div class="entry-content"><p>Send tips and meeting notices to millbrooklocal@example.org. Latest: <a href="%s">%s</a></p></div></div>' % (W1.url, E(W1.title)), cls="page"))
    s.put("/feed/index.html", '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>%s</title><link>%s</link>%s</channel></rss>' % (
        E(BLOG), s.url("/"), "".join("<item><title>%s</title><link>%s</link><dc:creator><![CDATA[%s]]></dc:creator><pubDate>%s</pubDate></item>" % (
            E(p.title), p.url, logins[p.authors[0]], p.t.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")) for p in posts)))


# ------------------------------------------------------ 5 Blogger political blog
def blogger():
    s = SITES["blogger"]
    BLOG = "The Capitol Bellwether"
    posts = [B1, B2, B3]
    prof = {"Ray Dunmore": "04471952238110485512", "Lucille Park": "17230984561102938847"}

    def dayhead(p):
        return "%s, %s" % (p.t.strftime("%A"), p.mdy(False))

    def shell(title, content, head=""):
        side = ('<div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><a href="https://www.blogger.com/profile/%s"><img src="/img/ray.jpg" alt="My photo"></a>'
                '<dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/%s" rel="author">Ray Dunmore</a></dt><dd class="profile-textblock">Twenty years in the statehouse press gallery, now retired and blogging about it.</dd></dl></div></div>'
                '<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate expanded"><a class="toggle"><span class="zippy toggle-open">▼&nbsp;</span></a><a class="post-count-link" href="/2025/">2025</a> <span class="post-count" dir="ltr">(3)</span>'
                '<ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="/2025/03/">March</a> <span class="post-count">(2)</span><ul class="posts">%s</ul></li>'
                '<li class="archivedate collapsed"><a class="post-count-link" href="/2025/02/">February</a> <span class="post-count">(1)</span></li></ul></li></ul></div></div>'
                '<div class="widget Label" id="Label1"><h2>Labels</h2><div class="widget-content list-label-widget-content"><ul>%s</ul></div></div></div>') % (
            prof["Ray Dunmore"], prof["Ray Dunmore"], "".join('<li><a href="%s">%s</a></li>' % (p.url, E(p.title)) for p in [B1, B2]),
            "".join('<li><a dir="ltr" href="/search/label/%s/">%s</a></li>' % (l, l) for l in ["Budget", "House", "Redistricting", "Taxes", "Transportation"]))
        return ('<!DOCTYPE html><html class="v2" dir="ltr" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b"><head>'
                '<meta content="width=1100" name="viewport"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"><meta content="blogger" name="generator">'
                '<link href="%s" rel="alternate" title="%s - Atom" type="application/atom+xml"><title>%s</title>%s</head>'
                '<body class="loading"><div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner"><div class="titlewrapper">'
                '<h1 class="title"><a href="/">%s</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Notes on the legislature, the budget and the people who write it.</span></p></div></div></div></div></header>'
                '<div class="main-outer"><div class="columns fauxcolumns"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">%s</div></div></div></div>'
                '<div class="column-right-outer">%s</div></div></div>'
                '<footer><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">Simple theme. Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></footer></div></div></body></html>') % (
            s.url("/feeds/posts/default"), E(BLOG), E(title), head, E(BLOG), content, side)

    def post(p, full=True):
        u = prof[p.authors[0]]
        body = P(p.ps) if full else P(p.ps[:1]) + '<a name="more"></a>'
        return ('<div class="post-outer"><div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">'
                '<meta content="%s" itemprop="url"><a name="%s"></a><h3 class="post-title entry-title" itemprop="name"><a href="%s">%s</a></h3><div class="post-header"><div class="post-header-line-1"></div></div>'
                '<div class="post-body entry-content" id="post-body-%s" itemprop="description articleBody">%s<div style="clear: both;"></div></div>'
                '<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">'
                '<meta content="https://www.blogger.com/profile/%s" itemprop="url"><a class="g-profile" href="https://www.blogger.com/profile/%s" rel="author" title="author profile"><span itemprop="name">%s</span></a></span></span> '
                '<span class="post-timestamp">at <meta content="%s" itemprop="url"><a class="timestamp-link" href="%s" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="%s">%s</abbr></a></span> '
                '<span class="post-comment-link"><a class="comment-link" href="%s#comment-form">%d comments</a></span></div>'
                '<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: %s</span></div></div></div>') % (
            p.url, u[-6:], p.url, E(p.title), u[-8:], body, u, u, E(p.authors[0]), p.url, p.url, p.t.isoformat(), p.hm(), p.url, 3,
            ", ".join('<a href="/search/label/%s/" rel="tag">%s</a>' % (l, l) for l in p.labels))

    def days(ps, full=True):
        out, last = "", None
        for p in ps:
            if p.t.date() != last:
                out += ('</div></div>' if last else "") + '<div class="date-outer"><h2 class="date-header"><span>%s</span></h2><div class="date-posts">' % dayhead(p)
                last = p.t.date()
            out += post(p, full)
        return out + '</div></div>'

    for p in posts:
        comments = ('<div class="comments" id="comments"><a name="comments"></a><h4>3 comments:</h4><div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent" id="comments-block">'
                    '<dt class="comment-author" id="c1"><a name="c1"></a>Anonymous said...</dt><dd class="comment-body" id="Blog1_cmt-1"><p>You are giving the Senate too much credit. The crime lab line was cut in committee last year too and nobody noticed until the audit.</p></dd>'
                    '<dd class="comment-footer"><span class="comment-timestamp"><a href="%s?showComment=1#c1" title="comment permalink">%s at 8:02 AM</a></span></dd>'
                    '<dt class="comment-author"><a href="https://www.blogger.com/profile/0999">Hank Ordway</a> said...</dt><dd class="comment-body"><p>Spot on as always. Keep it up, Ray.</p></dd></dl></div>'
                    '<p class="comment-footer"><a href="https://www.blogger.com/comment/fullpage/post/1/2">Post a Comment</a></p></div>') % (
            p.url, "%s %s" % (MON[(p.t + datetime.timedelta(days=1)).month - 1], (p.t + datetime.timedelta(days=1)).strftime("%-d, %Y")))
        i = posts.index(p)
        pager = '<div class="blog-pager" id="blog-pager">%s%s<a class="home-link" href="/">Home</a></div>' % (
            '<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="%s" title="Newer Post">Newer Post</a></span>' % posts[i - 1].url if i else "",
            '<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="%s" title="Older Post">Older Post</a></span>' % posts[i + 1].url if i + 1 < len(posts) else "")
        head = '<link rel="canonical" href="%s"><meta content="%s" property="og:url"><meta content="%s" property="og:title"><meta content="%s" property="og:description">' % (
            p.url, p.url, E(p.title), E(p.ps[0][:140]))
        p.publish(shell("%s: %s" % (BLOG, p.title), days([p]) + comments + pager, head), must_not=["Anonymous said", "Keep it up, Ray", "Twenty years in the statehouse"])
    s.non("/", shell(BLOG, days(posts) + '<div class="blog-pager"><a class="blog-pager-older-link" href="/2025/02/">Older Posts</a></div>'))
    s.non("/2025/03/", shell("%s: March 2025" % BLOG, days([B1, B2])))
    s.non("/2025/02/", shell("%s: February 2025" % BLOG, days([B3])))
    s.non("/2025/", shell("%s: 2025" % BLOG, days(posts, False)))
    for l in ["Budget", "House", "Redistricting", "Taxes", "Transportation"]:
        s.non("/search/label/%s/" % l, shell("%s: %s" % (BLOG, l), '<div class="status-msg-wrap"><div class="status-msg-body">Showing posts with label <b>%s</b>. <a href="/">Show all posts</a></div></div>' % l + days([p for p in posts if l in p.labels])))


# ------------------------------------------------------ 6 Tumblr-like newsroom
def tumblr():
    s = SITES["tumblr"]
    BLOG = "The Quad Wire"
    posts = [T1, T2, T3]

    def ordinal(d):
        return "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))

    def shell(title, content, head=""):
        return ('<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<link rel="alternate" type="application/rss+xml" href="%s"><meta name="tumblr-theme" content="42">%s</head><body class="index-page">'
                '<div id="tumblr_controls" class="tmblr-iframe"><a href="https://www.tumblr.com/follow/quadwire">Follow</a> <a href="https://www.tumblr.com/register">Sign up</a></div>'
                '<header id="header"><div class="avatar"><img src="/avatar_128.pnj" alt=""></div><h1 class="blog-title"><a href="/">%s</a></h1>'
                '<p class="description">Student-run news from Westbrook College. Tips: quadwire@westbrook.example</p>'
                '<nav><a href="/about/">About</a> <a href="/archive/">Archive</a> <a href="/ask/">Ask us anything</a> <a href="/submit/">Submit a tip</a></nav></header>'
                '<main id="posts">%s</main><footer><a href="/archive/">Archive</a> · Theme by Tumblr</footer></body></html>') % (
            E(title), s.url("/rss/"), head, E(BLOG), content)

    def card(p, perma):
        names = " and ".join(p.authors)
        body = P(["By " + names]) if perma else ""
        body = '<p><b>By %s</b></p>' % E(names) if perma else ""
        txt = P(p.ps) if perma else P(p.ps[:1]) + '<p><a class="read_more" href="%s">Keep reading</a></p>' % p.url
        notes = ('<section id="notes"><h3>%d notes</h3><ol class="notes"><li class="note like"><a href="https://westbrookdining.tumblr.com/">westbrookdining</a> liked this</li>'
                 '<li class="note reblog"><a href="https://wcstudentgov.tumblr.com/">wcstudentgov</a> reblogged this from <a href="/">quadwire</a> and added: <blockquote>proud of everyone who showed up for this!!</blockquote></li>'
                 '<li class="note"><a href="/">quadwire</a> posted this</li></ol></section>') % p.notes if perma else ""
        return ('<article class="post text" id="%s"><h2 class="title"><a href="%s">%s</a></h2><div class="body-text">%s%s</div>'
                '<footer class="post-meta"><a class="date permalink" href="%s">%s %s, %d</a> <a class="notes-count" href="%s#notes">%d notes</a>'
                '<ul class="tags">%s</ul><a class="reblog" href="https://www.tumblr.com/reblog/%s">Reblog</a> <a class="like" href="#">Like</a></footer>%s</article>') % (
            p.path.split("/")[2], p.url, E(p.title), body, txt, p.url, MON[p.t.month - 1][:3], ordinal(p.t.day), p.t.year, p.url, p.notes,
            "".join('<li><a href="/tagged/%s/">#%s</a></li>' % (t, t) for t in p.tags), p.path.split("/")[2], notes)

    for p in posts:
        head = ('<meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:url" content="%s"><meta property="og:description" content="%s">'
                '<link rel="canonical" href="%s"><meta name="twitter:card" content="summary">') % (E(p.title), p.url, E(p.ps[0][:140]), p.url)
        p.publish(shell("%s — %s" % (BLOG, p.title), card(p, True) + '<nav class="pagination"><a href="/">Home</a></nav>', head), instant=False,
                  must_not=["proud of everyone who showed up", "westbrookdining", "Student-run news from Westbrook"])
    s.non("/", shell(BLOG, "".join(card(p, False) for p in posts) + '<nav class="pagination"><a href="/page/2/">Older posts</a></nav>'))
    s.non("/page/2/", shell(BLOG + " — Page 2", card(T3, False)))
    for t in ["news", "labor", "housing"]:
        s.non("/tagged/%s/" % t, shell("%s — #%s" % (BLOG, t), '<h2 class="tag-title">#%s</h2>' % t + "".join(card(p, False) for p in posts if t in p.tags)))
    s.non("/archive/", shell("%s — Archive" % BLOG, '<section class="archive"><h2>February–March 2025</h2>%s</section>' % "".join(
        '<div class="archive-post"><a href="%s"><span class="title">%s</span><span class="date">%s</span></a></div>' % (p.url, E(p.title), p.mdy()) for p in posts)))
    s.non("/about/", shell("%s — About" % BLOG, '<article class="page"><h2>About The Quad Wire</h2><p>We are the student newsroom of Westbrook College, publishing on Tumblr since 2013. Editors: Ada Kim and Lena Ortiz. Read our <a href="%s">latest story</a>.</p></article>' % T1.url))


# ------------------------------------------------------ 7 LinkedIn-Pulse-like
def pulse():
    s = SITES["pulse"]
    arts = [L1, L2]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s</head>'
                '<body dir="ltr" class="pulse-article"><header class="header"><nav class="nav"><a class="nav__logo-link" href="/">Linkwork</a>'
                '<ul class="top-nav-menu"><li><a href="/pulse/topics/home/">Articles</a></li><li><a href="/people/">People</a></li><li><a href="/jobs/">Jobs</a></li></ul>'
                '<a class="nav__button-secondary" href="/signup/">Join now</a> <a class="nav__button-primary" href="/login/">Sign in</a></nav></header>%s'
                '<footer class="li-footer"><ul><li>© 2025</li><li><a href="/about/">About</a></li><li><a href="/legal/user-agreement/">User Agreement</a></li><li><a href="/legal/privacy-policy/">Privacy Policy</a></li></ul></footer></body></html>') % (
            E(title), head, main)

    def card(a):
        return '<li class="article-card"><a href="%s"><h3>%s</h3><p>%s</p></a><span class="article-card__date">%s</span></li>' % (a.url, E(a.title), E(a.authors[0]), a.mdy())

    for a in arts:
        name = a.authors[0]
        other = [x for x in arts if x is not a]
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta name="description" content="%s">'
                '<meta name="twitter:creator" content="%s">%s') % (
            a.url, E(a.title), E(a.ps[0][:150]), E(name),
            jl({"@context": "http://schema.org", "@type": "Article", "name": a.title, "headline": a.title, "url": a.url,
                "author": {"@type": "Person", "name": name, "url": s.url("/in/%s/" % a.slug)}, "datePublished": a.t.strftime("%Y-%m-%dT%H:%M:%S.000+00:00"),
                "publisher": {"@type": "Organization", "name": "Linkwork"}, "interactionStatistic": [{"@type": "InteractionCounter", "interactionType": "http://schema.org/LikeAction", "userInteractionCount": 142}]}))
        main = ('<main class="main" role="main"><section class="core-rail"><article class="article-main"><div class="cover-img"><img alt="" src="/dms/image/cover.jpg"></div>'
                '<h1 class="pulse-title">%s</h1>'
                '<div class="base-main-card flex flex-wrap"><a class="base-card__full-link" href="/in/%s/"><span class="sr-only">%s</span></a>'
                '<img class="base-main-card__media" alt="%s"><div class="base-main-card__info"><h3 class="base-main-card__title">%s</h3><h4 class="base-main-card__subtitle">%s</h4>'
                '<div class="base-main-card__metadata"><span class="body-text">Published %s</span></div></div>'
                '<a class="follow-button" href="/login/?session_redirect=%s">+ Follow</a></div>'
                '<div class="article-main__content" data-test-id="publishing-text-block">%s</div>'
                '<div class="social-action-bar"><span class="social-counts-reactions">142</span> · <a href="#comments">18 Comments</a> <button>Like</button> <button>Comment</button> <button>Share</button></div>'
                '<section id="comments" class="comments-section"><div class="comment"><a href="/in/mariel-santos/">Mariel Santos</a><p class="comment__subtitle">Planning Director, City of Elmira Falls</p>'
                '<p class="comment__text">We rewrote our use tables in 2018 and it is the best thing we ever did. Happy to share the ordinance language.</p></div></section>'
                '</article><section class="more-articles"><h2>More articles by %s</h2><ul>%s</ul><a href="/in/%s/recent-activity/articles/">See all articles</a></section>'
                '<section class="explore-topics"><h2>Explore topics</h2><ul><li><a href="/pulse/topics/home/">Sales</a></li><li><a href="/pulse/topics/home/">Marketing</a></li><li><a href="/pulse/topics/home/">Economics</a></li></ul></section>'
                '</section><aside class="right-rail"><h2>Others also viewed</h2><ul>%s</ul></aside></main>') % (
            E(a.title), a.slug, E(name), E(name), E(name), E(a.role), a.mdy(), a.slug, P(a.ps),
            E(name), '<li class="article-card"><a href="/pulse/why-small-cities-should-stop-chasing-headquarters-%s-a1/"><h3>Why small cities should stop chasing headquarters</h3></a><span>Nov 4, 2024</span></li>' % a.slug, a.slug,
            "".join(card(x) for x in other))
        a.publish(shell("%s" % a.title, main, head), must_not=["Happy to share the ordinance language", "Others also viewed", "Why small cities should stop"])
        s.non("/in/%s/" % a.slug, shell("%s - %s | Linkwork" % (name, a.role.split(" at ")[1]), '<main><section class="top-card"><h1>%s</h1><h2>%s</h2><p>Harlow Springs · 500+ connections</p><a class="follow" href="/login/">+ Follow</a></section><section class="articles"><h2>Articles by %s</h2><ul>%s</ul></section></main>' % (
            E(name), E(a.role), E(name), card(a))))
        s.non("/in/%s/recent-activity/articles/" % a.slug, shell("Articles by %s | Linkwork" % name, '<main><h1>%s’s articles</h1><ul>%s</ul></main>' % (E(name), card(a))))
    s.non("/", shell("Linkwork: Log In or Sign Up", '<main><h1>Welcome to your professional community</h1><section><h2>Explore collaborative articles and top content</h2><ul>%s</ul></section></main>' % "".join(card(x) for x in arts)))
    s.non("/pulse/topics/home/", shell("Top Content on Linkwork", '<main><h1>Top content</h1><ul>%s</ul></main>' % "".join(card(x) for x in arts)))


# ------------------------------------------------------ 8 French Ghost blog
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def ghost():
    s = SITES["ghost"]
    BLOG = "Carnets du Bocage"
    posts = [F1, F2, F3]
    slugs = {"Élodie Marchand": "elodie", "Yann Le Goff": "yann"}

    def fr(p):
        return "%d %s %d" % (p.t.day, MOIS[p.t.month - 1], p.t.year)

    def shell(title, main, head="", cls="home-template"):
        return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>%s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/assets/built/screen.css?v=a1b2">%s'
                '<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="%s" href="%s"></head>'
                '<body class="%s is-head-left-logo has-cover"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner">'
                '<div class="gh-head-brand"><a class="gh-head-logo" href="/">%s</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-accueil"><a href="/">Accueil</a></li>'
                '<li class="nav-environnement"><a href="/tag/environnement/">Environnement</a></li><li class="nav-vie-locale"><a href="/tag/vie-locale/">Vie locale</a></li><li class="nav-a-propos"><a href="/a-propos/">À propos</a></li></ul></nav>'
                '<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Connexion</a> <a class="gh-head-button" href="#/portal/signup" data-portal="signup">S\'abonner</a></div></div></header>'
                '<div class="site-content">%s</div><footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">%s</a> &copy; 2025</section>'
                '<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Propulsé par Ghost</a></div></div></footer></div></body></html>') % (
            E(title), head, E(BLOG), s.url("/rss/"), cls, E(BLOG), main, E(BLOG))

    def card(p):
        return ('<article class="post-card post"><a class="post-card-image-link" href="%s"><img class="post-card-image" alt="%s" src="/content/images/2025/%02d/%s.jpg"></a>'
                '<div class="post-card-content"><a class="post-card-content-link" href="%s"><header class="post-card-header"><div class="post-card-tags"><span class="post-card-primary-tag">%s</span></div>'
                '<h2 class="post-card-title">%s</h2></header><div class="post-card-excerpt">%s</div></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="%s">%s</time>'
                '<span class="post-card-meta-length">%d min de lecture</span></footer></div></article>') % (
            p.url, E(p.title), p.t.month, p.path.strip("/")[:20], p.url, p.tag, E(p.title), E(p.excerpt), p.t.date().isoformat(), fr(p), p.read)

    for p in posts:
        others = [x for x in posts if x is not p][:2]
        auth = ", ".join('<a href="/author/%s/">%s</a>' % (slugs[a], E(a)) for a in p.authors)
        avatars = "".join('<li class="author-list-item"><a href="/author/%s/" class="author-avatar" aria-label="%s"><img class="author-profile-image" src="/content/images/%s.jpg" alt="%s"></a></li>' % (
            slugs[a], E(a), slugs[a], E(a)) for a in p.authors)
        z = p.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        head = ('<link rel="canonical" href="%s"><meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="%s"><meta property="og:type" content="article">'
                '<meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="article:published_time" content="%s"><meta property="article:modified_time" content="%s">'
                '<meta property="article:tag" content="%s"><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="%s"><meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="%s">%s') % (
            p.url, E(BLOG), E(p.title), E(p.excerpt), z, z, p.tag, E(p.authors[0]), p.tag,
            jl({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": BLOG, "url": s.url("/")},
                "author": {"@type": "Person", "name": p.authors[0], "url": s.url("/author/%s/" % slugs[p.authors[0]])},
                "headline": p.title, "url": p.url, "datePublished": z, "dateModified": z, "description": p.excerpt, "mainEntityOfPage": p.url}))
        main = ('<main id="site-main" class="site-main"><article class="article post tag-%s"><header class="article-header gh-canvas">'
                '<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/%s/">%s</a></span></div>'
                '<h1 class="article-title">%s</h1><p class="article-excerpt">%s</p><div class="article-byline"><section class="article-byline-content">'
                '<ul class="author-list">%s</ul><div class="article-byline-meta"><h4 class="author-name">%s</h4><div class="byline-meta-content">'
                '<time class="byline-meta-date" datetime="%s">%s</time><span class="byline-reading-time"><span class="bull">&bull;</span> %d min de lecture</span></div></div></section></div>'
                '<figure class="article-image"><img src="/content/images/2025/%02d/cover.jpg" alt="%s"><figcaption>Photo : Yann Le Goff</figcaption></figure></header>'
                '<section class="gh-content gh-canvas">%s</section>'
                '<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Inscrivez-vous à %s</h2><p>Recevez les nouveaux articles directement dans votre boîte mail.</p>'
                '<a class="footer-cta-button" href="#/portal" data-portal>Votre adresse e-mail <span>S\'abonner</span></a></div></section></article></main>'
                '<aside class="read-more-wrap outer"><div class="read-more inner"><h3>Vous pourriez aussi aimer</h3>%s</div></aside>') % (
            slugs.get(p.tag, p.tag.lower()), p.tag.lower().replace(" ", "-"), p.tag, E(p.title), E(p.excerpt), avatars, auth,
            p.t.date().isoformat(), fr(p), p.read, p.t.month, E(p.title), P(p.ps), E(BLOG), "".join(card(x) for x in others))
        p.publish(shell("%s" % p.title, main, head, "post-template tag-%s" % p.tag.lower().replace(" ", "-")),
                  must_not=["Recevez les nouveaux articles", others[0].excerpt])
    feed = '<main id="site-main" class="site-main outer"><div class="inner posts"><div class="post-feed">%s</div></div></main>'
    s.non("/", shell(BLOG, '<div class="site-header-content"><h1 class="site-title">%s</h1><p class="site-description">Nature, agriculture et vie locale entre Rennes et Laval.</p></div>' % E(BLOG) + feed % "".join(card(p) for p in posts)))
    for tag in ["Environnement", "Vie locale"]:
        slug = tag.lower().replace(" ", "-")
        s.non("/tag/%s/" % slug, shell("%s - %s" % (tag, BLOG), '<section class="post-card post-card-large"><h1 class="post-card-title">%s</h1><div class="post-card-excerpt">Un recueil de 2 articles</div></section>' % tag + feed % "".join(card(p) for p in posts if p.tag == tag), cls="tag-template"))
    for name, slug in slugs.items():
        s.non("/author/%s/" % slug, shell("%s - %s" % (name, BLOG), '<section class="post-card post-card-large"><h1 class="author-profile-name">%s</h1><p class="author-profile-bio">Journaliste indépendant·e en Bretagne.</p></section>' % E(name) + feed % "".join(card(p) for p in posts if name in p.authors), cls="author-template"))
    s.non("/a-propos/", shell("À propos - %s" % BLOG, '<main id="site-main" class="site-main"><article class="article page"><header class="article-header gh-canvas"><h1 class="article-title">À propos</h1></header><section class="gh-content gh-canvas"><p>Carnets du Bocage est un blog indépendant tenu par deux journalistes, Élodie Marchand et Yann Le Goff. Nous écrivons sur les haies, les marchés et les oiseaux de Haute-Bretagne. Dernier article : <a href="%s">%s</a>.</p></section></article></main>' % (F1.url, E(F1.title)), cls="page-template"))
    s.put("/robots.txt", "User-agent: *\nSitemap: %s\nDisallow: /ghost/\n" % s.url("/sitemap.xml"))
    s.put("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % "".join(
        "<url><loc>%s</loc><lastmod>%s</lastmod></url>" % (p.url, p.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")) for p in posts))


# ------------------------------------------------------ 9 Portuguese Substack-like
MES = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]


def substack():
    s = SITES["substack"]
    BLOG = "Boletim do Cerrado"
    posts = [S2, S1, S3]

    def pt(p):
        return "%d de %s de %d" % (p.t.day, MES[p.t.month - 1], p.t.year)

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">%s'
                '<link rel="alternate" type="application/rss+xml" href="%s" title="%s"></head><body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">'
                '<div class="main-menu"><div class="topbar-content"><a href="/" class="navbar-title-link">%s</a><div class="navbar-buttons"><a class="button primary" href="/subscribe/">Assinar</a> <a class="button" href="/account/login/">Entrar</a></div></div>'
                '<div class="tabs"><a href="/">Início</a> <a href="/archive/">Arquivo</a> <a href="/about/">Sobre</a></div></div>%s'
                '<div class="footer-wrap"><div class="footer"><p>© 2025 Luísa Fernandes</p><a href="https://substack.com/privacy">Privacidade</a> ∙ <a href="https://substack.com/tos">Termos</a> ∙ <a href="https://substack.com/ccpa#personal-data-collected">Aviso de coleta</a>'
                '<p><a href="https://substack.com/signup">Comece a escrever</a> <a href="https://substack.com/app">Baixe o app</a></p><p>Substack é o lar da grande cultura</p></div></div></div></div></body></html>') % (
            E(title), head, s.url("/feed.xml"), E(BLOG), E(BLOG), main)

    def box():
        return ('<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>O Boletim do Cerrado é uma publicação apoiada pelos leitores. Para receber novos posts e apoiar meu trabalho, considere tornar-se um assinante gratuito ou pago.</p></div>'
                '<form class="form" action="/api/v1/free?nojs=true" method="post"><input type="email" name="email" placeholder="Digite seu e-mail..."><button type="submit">Assinar</button></form></div></div>')

    def card(p):
        return ('<div class="post-preview portable-archive-post"><a class="post-preview-title newsletter" href="%s">%s</a><a class="post-preview-description" href="%s">%s</a>'
                '<div class="post-preview-byline"><time datetime="%s">%s</time> ∙ %s</div><div class="like-count">%d</div></div>') % (
            p.url, E(p.title), p.url, E(p.sub), p.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), pt(p), " e ".join(p.authors), p.likes)

    for p in posts:
        z = p.t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        names = "".join('<div class="profile-hover-card-target"><a href="https://substack.com/@%s" class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">%s</a></div>' % (
            a.split()[0].lower(), E(a)) for a in p.authors)
        head = ('<link rel="canonical" href="%s"><meta property="og:type" content="article"><meta property="og:title" content="%s"><meta property="og:description" content="%s">'
                '<meta name="author" content="%s"><meta name="twitter:label1" value="Likes"><meta name="twitter:data1" value="%d">%s') % (
            p.url, E(p.title), E(p.sub), E(p.authors[0]), p.likes,
            jl({"@context": "https://schema.org", "@type": "NewsArticle", "url": p.url, "mainEntityOfPage": p.url, "headline": p.title, "description": p.sub,
                "datePublished": z, "dateModified": z, "isAccessibleForFree": True,
                "author": [{"@type": "Person", "name": a, "url": "https://substack.com/@%s" % a.split()[0].lower()} for a in p.authors],
                "publisher": {"@type": "Organization", "name": BLOG, "url": s.url("/")}}))
        main = ('<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post">'
                '<div class="post-header"><h1 class="post-title published">%s</h1><h3 class="subtitle">%s</h3>'
                '<div class="post-meta"><div class="byline-wrapper">%s<div class="pencraft pc-reset color-pub-secondary-text meta-EgzBVA">%s</div></div>'
                '<div class="post-ufi"><a class="post-ufi-button like-button" href="#">♥ %d</a> <a class="post-ufi-comment-button" href="%scomments/">12</a> <a class="share" href="#">Compartilhar</a></div></div></div>'
                '<div class="available-content"><div class="body markup" dir="auto">%s%s%s</div></div>'
                '<div class="post-footer"><a href="#">♥ %d Curtidas</a> <a href="%scomments/">12 Comentários</a> <button>Compartilhar</button></div></article>'
                '<div class="comments-section"><h4>Comentários</h4><div class="comment"><a href="https://substack.com/@joaoborges">João Borges</a> <span>%s</span><p>Excelente texto. Aqui no oeste da Bahia a gente vê isso todo dia.</p></div>'
                '<a href="%scomments/">Ver todos os comentários</a></div><div class="post-end-cta"><h3>Pronto para mais?</h3>%s</div></div></div></div>') % (
            E(p.title), E(p.sub), names, pt(p), p.likes, p.url, P(p.ps[:2]), box(), P(p.ps[2:]), p.likes, p.url, pt(p), p.url, box())
        p.publish(shell("%s - by %s" % (p.title, " - ".join(p.authors)), main, head),
                  must_not=["publicação apoiada pelos leitores", "Aqui no oeste da Bahia"])
    s.non(S1.path + "comments/", shell("Comentários - %s" % S1.title, '<div class="container"><div class="comments-page"><div class="post-header"><a href="%s"><h1 class="post-title">%s</h1></a><h3 class="subtitle">%s</h3><div class="byline">Luísa Fernandes ∙ %s</div></div>'
                                        '<h2>12 Comentários</h2><div class="comment"><a>João Borges</a><p>Excelente texto. Aqui no oeste da Bahia a gente vê isso todo dia, caminhões de soja e rios cada vez mais baixos.</p></div>'
                                        '<div class="comment"><a>Marina Teles</a><p>Seria ótimo ver os dados por município. Vocês pretendem publicar a planilha?</p></div></div></div>' % (S1.url, E(S1.title), E(S1.sub), pt(S1))))
    s.non("/", shell(BLOG, '<div class="homepage"><div class="publication-header"><h1>%s</h1><p>Reportagens sobre o bioma que abastece os rios do Brasil. Uma edição a cada duas semanas.</p>%s</div><div class="portable-archive-list">%s</div></div>' % (E(BLOG), box(), "".join(card(p) for p in posts))))
    s.non("/archive/", shell("Arquivo - %s" % BLOG, '<div class="archive-page"><h1>Arquivo</h1><div class="tabs"><a>Mais recentes</a> <a>Principais</a> <a>Discussões</a></div>%s</div>' % "".join(card(p) for p in posts)))
    s.non("/about/", shell("Sobre - %s" % BLOG, '<div class="about-page"><h1>Sobre o %s</h1><p>Escrito por Luísa Fernandes, jornalista em Brasília, com colaborações de Rafael Moura. Comece pela edição <a href="%s">%s</a>.</p>%s</div>' % (E(BLOG), S1.url, E(S1.title), box())))


# ------------------------------------------------------ 10 Techmeme-like river
SRC = {M1: "Signal & Noise", M2: "Signal & Noise", M3: "Signal & Noise", H1: "Data Desk Notes", H2: "Data Desk Notes", H3: "Data Desk Notes",
       D1: "devcorner", D2: "devcorner", D3: "devcorner", W1: "Millbrook Local", W3: "Millbrook Local", B1: "The Capitol Bellwether",
       B2: "The Capitol Bellwether", T1: "The Quad Wire", L1: "Linkwork", L2: "Linkwork", F1: "Carnets du Bocage", S1: "Boletim do Cerrado"}
DOM = {"medium": "signalnoise.pub", "hashnode": "datadesk.dev", "dev": "devcorner.to", "wp": "millbrooklocal.wordpress.com", "blogger": "capitolbellwether.blogspot.com",
       "tumblr": "quadwire.tumblr.com", "pulse": "linkwork.com", "ghost": "carnetsdubocage.fr", "substack": "boletimdocerrado.substack.com"}


def river():
    s = SITES["river"]
    clusters = [("250325/p12", D3, [D1, H2], "6:45 PM ET, March 24, 2025"), ("250303/p31", M1, [L1, W1], "10:20 AM ET, March 3, 2025"),
                ("250226/p19", H2, [H1, H3], "9:05 AM ET, February 26, 2025"), ("250224/p8", L2, [M3], "11:30 AM ET, February 24, 2025")]

    def shell(title, main):
        return ('<!DOCTYPE html><html><head><meta charset="UTF-8"><title>%s</title><link rel="stylesheet" href="/css/tr.css"><meta name="viewport" content="width=device-width"></head>'
                '<body><div id="topbar"><a href="/"><img src="/img/trlogo.png" alt="TechRiver"></a><div class="nav"><a href="/river/">River</a> | <a href="/leaderboard/">Leaderboard</a> | <a href="/about/">About</a> | <a href="/events/">Events</a></div></div>'
                '<div id="page">%s</div><div id="footer"><a href="/about/">About TechRiver</a> · <a href="/about/#sponsor">Sponsor posts</a> · TechRiver is a curated river of tech and media news.</div></body></html>') % (E(title), main)

    def clus(pl, st, more, when, full=False):
        def cite(x):
            return "%s / %s" % (x.authors[0], SRC[x])
        disc = ('<div class="drhed">Discussion:</div><div class="dbpt"><span class="di"><cite><a href="%s">Hacker Digest</a></cite></span>, <span class="di"><cite><a href="%s">r/localnews</a></cite></span>, '
                '<span class="di"><cite><a href="https://bsky.app/profile/priyanair.dev">@priyanair.dev</a></cite></span></div>') % (SITES["hd"].url("/item/43298871/"), SITES["threadit"].url("/r/localnews/"))
        return ('<div class="clus"><a name="a%s"></a><div class="itc1"><div class="ii"><cite>%s:</cite><br><strong class="L3"><a class="ourh" href="%s">%s</a></strong>&nbsp; — &nbsp;%s</div>'
                '<div class="dbpt"><span class="drhed">More:</span> %s</div>%s<div class="ts">%s<a href="/%s/#a%s">Permalink</a></div></div></div>') % (
            pl.replace("/", ""), E(cite(st)), st.url, E(st.title), E(" ".join(st.ps[0].split()[:38]) + " …" if full else " ".join(st.ps[0].split()[:22]) + " …"),
            ", ".join('<cite>%s:</cite> <a href="%s">%s</a>' % (E(SRC[m]), m.url, E(m.title)) for m in more), disc, "<span>%s</span> · " % when if full else "", pl, pl.replace("/", ""))
    s.non("/", shell("TechRiver", '<div id="tn"><div class="rhed">Top News</div>%s</div><div id="sp"><div class="rhed">Sponsor Posts</div><p><b>Crawlfast:</b> Scrape any site at scale. <a href="https://example.com/">Learn more</a></p></div>' % "".join(
        clus(*c) for c in clusters)))
    for c in clusters:
        s.non("/%s/" % c[0], shell("TechRiver: %s" % c[1].title, '<div class="permalink"><div class="rhed">TechRiver permalink</div><div class="when">%s</div>%s</div><p><a href="/">Back to the front page</a> · <a href="/river/">River</a></p>' % (
            c[3], clus(*c, full=True))))
    rows = "".join('<tr><td class="rtm">%s</td><td><cite>%s / %s:</cite> <a href="%s">%s</a></td></tr>' % (c[3], E(c[1].authors[0]), E(SRC[c[1]]), c[1].url, E(c[1].title)) for c in clusters)
    s.non("/river/", shell("TechRiver River", '<h1>River</h1><p>All headlines as they appeared, newest first.</p><table class="rtable">%s</table>' % rows))
    s.non("/leaderboard/", shell("TechRiver Leaderboard", '<h1>Top sources</h1><ol>%s</ol>' % "".join('<li><a href="%s">%s</a> — %d headlines</li>' % (SITES[k].url("/"), DOM[k], n) for k, n in [("dev", 14), ("medium", 11), ("hashnode", 9), ("pulse", 4)])))
    s.non("/about/", shell("About TechRiver", '<h1>About</h1><p>TechRiver arranges the links that matter to newsroom technologists on a single page, updated around the clock by editors and algorithms. See the <a href="/river/">River</a>.</p>'))


# ------------------------------------------------------ 11 Reddit-like
def threadit():
    s = SITES["threadit"]
    posts = [("localnews", "1j2k3lm", M1, "civicnerd", 1840, [("housing_hawk", 412, "This is so true. Our council passed a parking minimum reduction on the consent agenda at 11:40 pm and I only found out because a neighbor was still watching the stream. By the time the local paper wrote about it the appeal window had closed, and nobody could even say which members had asked for it to be on consent in the first place."), ("mod_localnews", 3, "Reminder: comments that attack individual council members by name will be removed.")]),
             ("golang", "1jhq2zz", D3, "pnair", 612, [("gopher_grump", 188, "The bit about templates printing today's date in the header got me. I once spent a full day debugging why every story from a regional paper was dated the day I crawled it. The real date was only in the URL, and only for stories after 2019, when they changed their CMS."), ("kubectl_kate", 41, "Great writeup, is the robots parser in the first part on GitHub?")]),
             ("statepolitics", "1j2m9xq", B1, "bellwether_fan", 233, [("roadwarrior77", 97, "Indexing to inflation is exactly what passed in two neighboring states, and in both cases the bill only moved after a bridge closure made the evening news. Nothing happens in that building without a crisis, and I say that as someone who worked there for twelve years.")]),
             ("Professors", "1j5ttq0", T1, "quadwire_eds", 121, [("adjunct_again", 60, "Good for them. Dining workers organized at my campus in 2022 and the first contract took almost two years to negotiate, so settle in.")])]
    subs = {}
    for p in posts:
        subs.setdefault(p[0], []).append(p)

    def shell(title, main, side=""):
        return ('<!DOCTYPE html><html lang="en" xml:lang="en"><head><title>%s</title><meta name="viewport" content="width=1024"><link rel="stylesheet" href="/static/threadit.css"></head>'
                '<body class="listing-page"><div id="header"><div id="sr-header-area"><a href="/r/localnews/">localnews</a> - <a href="/r/golang/">golang</a> - <a href="/r/statepolitics/">statepolitics</a> - <a href="/r/Professors/">Professors</a></div>'
                '<div id="header-bottom-left"><a href="/" id="header-img" class="default-header">threadit.com</a><ul class="tabmenu"><li class="selected"><a href="/">hot</a></li><li><a href="/new/">new</a></li><li><a href="/top/">top</a></li></ul></div>'
                '<div id="header-bottom-right"><span class="user">Want to join? <a href="/login/">Log in or sign up</a> in seconds.</span></div></div>'
                '<div class="side"><div class="spacer"><form action="/search" id="search"><input type="text" name="q" placeholder="search"></form></div>%s</div><a name="content"></a><div class="content" role="main">%s</div>'
                '<div class="footer-parent"><div class="footer"><a href="/help/useragreement/">User Agreement</a> · <a href="/help/privacypolicy/">Privacy Policy</a> · &copy; 2025 threadit inc. All rights reserved.</div></div></body></html>') % (E(title), side, main)

    def thing(p, rank=""):
        sub, pid, st, user, score, _ = p
        slug = "_".join(st.title.lower().replace("’", "").replace(",", "").replace(".", "").split()[:8])
        return ('<div class="thing link" id="thing_t3_%s" data-fullname="t3_%s" data-url="%s" data-domain="%s" data-author="%s" data-subreddit="%s" data-timestamp="%d">'
                '<span class="rank">%s</span><div class="midcol unvoted"><div class="arrow up"></div><div class="score unvoted" title="%d">%d</div><div class="arrow down"></div></div>'
                '<div class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank outbound" href="%s">%s</a> <span class="domain">(<a href="/domain/%s/">%s</a>)</span></p>'
                '<p class="tagline">submitted <time title="%s" datetime="%s" class="live-timestamp">9 months ago</time> by <a href="/user/%s/" class="author">%s</a> to <a href="/r/%s/" class="subreddit">r/%s</a></p>'
                '<ul class="flat-list buttons"><li class="first"><a href="/r/%s/comments/%s/%s/" class="bylink comments" rel="nofollow">%d comments</a></li><li><a href="#">share</a></li><li><a href="#">save</a></li></ul></div></div></div>') % (
            pid, pid, st.url, DOM[st.site.name], user, sub, int(st.t.timestamp() * 1000) + 3600000, rank, score, score, st.url, E(st.title), DOM[st.site.name], DOM[st.site.name],
            (st.t + datetime.timedelta(hours=1)).astimezone(UTC).strftime("%a %b %-d %H:%M:%S %Y UTC"), (st.t + datetime.timedelta(hours=1)).astimezone(UTC).isoformat(),
            user, user, sub, sub, sub, pid, slug, 40 + score // 10), "/r/%s/comments/%s/%s/" % (sub, pid, slug)

    for p in posts:
        html_thing, path = thing(p)
        cs = "".join('<div class="thing comment" id="thing_t1_c%d"><div class="entry"><p class="tagline"><a href="/user/%s/" class="author">%s</a> <span class="score unvoted">%d points</span> '
                     '<time class="live-timestamp">9 months ago</time></p><form class="usertext"><div class="usertext-body"><div class="md"><p>%s</p></div></div></form>'
                     '<ul class="flat-list buttons"><li><a href="#">permalink</a></li><li><a href="#">reply</a></li></ul></div></div>' % (k, u, u, sc, E(t)) for k, (u, sc, t) in enumerate(p[5]))
        main = ('<div class="sitetable linklisting" id="siteTable">%s</div><div class="commentarea"><div class="panestack-title"><span class="title">all %d comments</span></div>'
                '<div class="menuarea"><span>sorted by:</span> <a href="#">best</a></div><div class="sitetable nestedlisting">%s</div></div>') % (html_thing, 40 + p[4] // 10, cs)
        side = '<div class="titlebox"><h1 class="redditname"><a href="/r/%s/">%s</a></h1><span class="subscribers"><span class="number">48,211</span> readers</span><div class="md"><p>News and discussion. Link to the original source, not to blogspam.</p></div></div>' % (p[0], p[0])
        s.non(path, shell("%s : %s" % (p[2].title, p[0]), main, side))
    s.non("/", shell("threadit: the front page of the internet", '<div class="sitetable linklisting">%s</div><div class="nav-buttons"><a href="/new/" rel="next">next ›</a></div>' % "".join(
        thing(p, str(i + 1))[0] for i, p in enumerate(posts))))
    s.non("/new/", shell("newest submissions : threadit", '<div class="sitetable linklisting">%s</div>' % "".join(thing(p)[0] for p in posts[::-1])))
    for sub, ps in subs.items():
        s.non("/r/%s/" % sub, shell(sub, '<div class="sitetable linklisting">%s</div>' % "".join(thing(p)[0] for p in ps),
                                    '<div class="titlebox"><h1 class="redditname"><a href="/r/%s/">%s</a></h1></div>' % (sub, sub)))
    for p in posts:
        s.non("/user/%s/" % p[3], shell("overview for %s" % p[3], '<div class="sitetable">%s</div>' % thing(p)[0], '<div class="titlebox"><h1>%s</h1><span class="karma">%d</span> post karma</div>' % (p[3], p[4] * 3)))


# ------------------------------------------------------ 13 Flipboard-like magazine
def fslug(st):
    t = unicodedata.normalize("NFKD", st.title.lower()).encode("ascii", "ignore").decode()
    return "-".join(t.replace("'", "").replace(".", "").replace(",", "").replace(":", "").split()[:9])


def flip():
    s = SITES["flip"]
    MAG = "/@harlowreader/local-government-watch-v2kq1c7ez/"
    items = [(M1, "a-Kq3vZrYpTfa8c1N0bWl2xg"), (W3, "a-7sHh0JmQRj6Y2u9gdLkPzA"), (B1, "a-Zm1pQx8rT0aYwVb3nC4dEf"), (L1, "a-3fGhJkLqWe2RtYu8IoPaSd"), (S1, "a-Qw9ErTy6UiOp1AsDfGhJ2k")]

    def shell(title, main, head=""):
        return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><meta name="viewport" content="width=device-width,initial-scale=1">%s</head>'
                '<body><div id="app"><header class="header"><a href="/" class="logo">Flipbook</a><nav><a href="/section/news/">News</a> <a href="/section/technology/">Technology</a> <a href="/section/politics/">Politics</a></nav>'
                '<a class="button--primary" href="/signup/">Sign up</a> <a href="/login/">Log in</a></header><main>%s</main>'
                '<footer><a href="/about/">About</a> · <a href="/publishers/">Publishers</a> · © 2025 Flipbook</footer></div></body></html>') % (E(title), head, main)

    def tile(st, aid):
        return ('<li class="item"><a href="%s%s/%s/" class="item__link"><div class="item__image"><img alt=""></div><h3 class="item__title">%s</h3></a>'
                '<p class="item__excerpt">%s</p><div class="item__attribution"><a class="publisher" href="%s">%s</a> · <span class="author">%s</span></div>'
                '<div class="item__flipped">Flipped into <a href="%s">Local Government Watch</a></div></li>') % (
            MAG, fslug(st), aid, E(st.title), E(st.ps[0][:160] + "…"),
            st.site.url("/"), DOM[st.site.name], E(", ".join(st.authors)), MAG)
    s.non(MAG, shell("Local Government Watch | Flipbook", '<section class="magazine-header"><h1>Local Government Watch</h1><p>Curated by <a href="/@harlowreader/">Harlow Reader</a> · 2.3K followers · 412 stories</p><button>Follow</button></section><ul class="masonry">%s</ul>' % "".join(tile(*i) for i in items)))
    for st, aid in items:
        path = "%s%s/%s/" % (MAG, fslug(st), aid)
        head = '<meta property="og:type" content="website"><meta property="og:title" content="%s"><meta property="og:site_name" content="Flipbook"><link rel="canonical" href="%s">' % (E(st.title), s.url(path))
        s.non(path, shell("%s | Flipbook" % st.title, ('<section class="item-preview"><div class="preview__publisher"><a href="%s">%s</a></div><h1 class="preview__title">%s</h1>'
                                                     '<p class="preview__byline">%s · %s</p><div class="preview__image"><img alt=""></div><p class="preview__excerpt">%s</p>'
                                                     '<a class="button--primary preview__read" href="%s">Read on %s</a><p class="preview__flipped">Flipped by <a href="/@harlowreader/">Harlow Reader</a> into <a href="%s">Local Government Watch</a></p>'
                                                     '<p class="preview__comment">“Everyone in town should read this before the next budget hearing.”</p></section>'
                                                     '<section class="more"><h2>More from Local Government Watch</h2><ul>%s</ul></section>') % (
            st.site.url("/"), DOM[st.site.name], E(st.title), E(", ".join(st.authors)), st.mdy(False), E(" ".join(st.ps[0].split()[:45]) + "…"), st.url, DOM[st.site.name], MAG,
            "".join(tile(*i) for i in items if i[0] is not st)[:2000]), head))
    s.non("/@harlowreader/", shell("Harlow Reader (@harlowreader) | Flipbook", '<section class="profile"><h1>Harlow Reader</h1><p>Civic nerd. I flip what my city council should be reading.</p><h2>Magazines</h2><a href="%s">Local Government Watch</a></section>' % MAG))
    s.non("/", shell("Flipbook: Your Personalized News", '<section class="hero"><h1>Your Personalized News</h1><p>Flipbook curates the stories that matter to you.</p></section><h2>Featured magazines</h2><ul><li><a href="%s">Local Government Watch</a></li></ul><ul class="masonry">%s</ul>' % (MAG, "".join(tile(*i) for i in items[:3]))))
    s.non("/section/news/", shell("News | Flipbook", '<h1>News</h1><ul class="masonry">%s</ul>' % "".join(tile(*i) for i in items)))


# ------------------------------------------------------ 14 Google-News-like topic page
def gnews():
    s = SITES["gnews"]
    TOP = "/topics/CAAqIggKIhxDQkFTRHdvSkwyMHZNREZ6TW5RU0FtVnVLQUFQAQ/"
    TECH = "/topics/CAAqKggKIiRDQkFTRlFvSUwyMHZNRGRqTVhZU0JXVnVMVWRDR2dKSFFpZ0FQAQ/"
    FULL = "/stories/CAAqNggKIjBDQklTSGpvSmMzUnZjbmt0TXpZd1NoRUtEd2pqeGFxU0NSRTNvMDJYOXJOdHFTZ0FQAQ/"

    def shell(title, main):
        return ('<!doctype html><html lang="en-US" dir="ltr"><head><meta charset="utf-8"><base href="/"><title>%s</title><meta name="viewport" content="width=device-width, initial-scale=1">'
                '<meta name="referrer" content="origin"></head><body jscontroller="Yjr5Zb" class="EIlDfe"><header class="gb_Ja"><a href="./" class="gb_Ad" aria-label="NewsLens">NewsLens</a>'
                '<form class="gb_Se"><input aria-label="Search for topics, locations &amp; sources" name="q"></form></header>'
                '<nav class="EctEBd"><a class="brSCsc" href="./">Home</a> <a class="brSCsc" href="/foryou/">For you</a> <a class="brSCsc" href="%s">Local news</a> <a class="brSCsc" href="%s">Technology</a></nav>'
                '<main class="HKt8rc">%s</main><footer class="RKkZHe"><a href="/about/">About NewsLens</a> · <a href="https://policies.example.com/privacy">Privacy</a> · <a href="https://policies.example.com/terms">Terms</a></footer></body></html>') % (
            E(title), TOP, TECH, main)

    def art(st):
        return ('<article class="IBr9hb" jslog="85008"><figure class="K0q4G"><img class="Quavad" alt=""></figure><div class="oovtQ"><img class="qEdqNd" alt=""><div class="vr1PYe">%s</div></div>'
                '<a class="gPFEn" href="%s" target="_blank">%s</a><div class="UOVeFe"><time class="hvbAAd" datetime="%s">%s</time><div class="bInasb"><span class="PJK1m">By %s</span></div></div>'
                '<div class="MCAGUe"><button aria-label="More - %s">⋮</button></div></article>') % (
            E(SRC.get(st, DOM[st.site.name])), st.url, E(st.title), st.z, st.mdy(), E(" & ".join(st.authors)), E(st.title))

    def cluster(lead, rest, full=True):
        return '<c-wiz class="PO9Zff"><div class="W8yrY">%s<div class="UiDffd">%s</div>%s</div></c-wiz>' % (
            art(lead), "".join(art(r) for r in rest), '<a class="jKHa4e" href="%s">Full coverage</a>' % FULL if full else "")
    s.non(TOP, shell("NewsLens - Local news - Latest", '<h2 class="eGzQsf">Local news</h2><button>Follow</button><div class="n3GXRc"><h3>Latest</h3></div>%s%s%s' % (
        cluster(M1, [L1, W1]), cluster(B1, [B2], False), cluster(T1, [W2], False))))
    s.non(TECH, shell("NewsLens - Technology - Latest", '<h2 class="eGzQsf">Technology</h2>%s%s' % (cluster(D3, [D1, D2], False), cluster(H2, [H1, H3], False))))
    s.non(FULL, shell("NewsLens - Full coverage - Council agendas and housing", '<h2 class="eGzQsf">Full coverage</h2><h3>Top news</h3>%s<h3>Opinion</h3>%s<h3>All coverage</h3>%s' % (
        art(M1), art(L1), "".join(art(x) for x in [W1, M2, M3]))))
    s.non("/", shell("NewsLens", '<h2 class="eGzQsf">Your briefing</h2><div class="Weather">Harlow Springs 4°C</div><h3><a href="%s">Top stories</a></h3>%s%s<h3><a href="%s">Technology</a></h3>%s' % (
        TOP, cluster(M1, [L1]), cluster(S1, [F1], False), TECH, cluster(D3, [H2], False))))
    s.non("/foryou/", shell("NewsLens - For you", '<h2 class="eGzQsf">For you</h2><p>Recommended based on your interests</p>%s' % "".join(art(x) for x in [L2, T2, F2, S2, B3])))


# ------------------------------------------------------ 12 Hacker-News-like
def hd():
    s = SITES["hd"]
    items = [(43120012, H2, "datadesk.dev", 412, "tomwrona", 187), (43298871, D3, "devcorner.to", 296, "pnair", 142),
             (43241107, M1, "signalnoise.pub", 188, "civicnerd", 96)]
    comments = {
        H2: [("jsmith_pg", "We did almost the same thing for a legal archive. The tip about the simple dictionary for names is underrated: the English stemmer turned half our judges' surnames into verbs. One thing I would add is to keep an unaccented copy of the text, because people never type diacritics in a search box, and you want both Łódź and Lodz to find the same documents without a second query."),
             ("throwaway_db", "38ms median for two million rows with ts_rank_cd is good but I would be curious about the p99. Ranking is where GIN stops helping you, since every matching row has to be scored. For very common terms we ended up capping the candidate set with a LIMIT in a subquery and ranking only those, which cut our worst cases by an order of magnitude.")],
        D3: [("dang_not", "Dates are the worst. I maintained a scraper for a court records site whose only date was in the PDF's metadata, and the metadata was the date the PDF was regenerated, not the filing date. We ended up trusting the docket number sequence more than any date on the page, which tells you everything about the state of public web data."),
             ("kpetrov", "Prefer structured data that agrees with something visible is a nice heuristic. JSON-LD alone is wrong surprisingly often because CMS plugins fill it with the modification time.")],
        M1: [("urbanist42", "The consent agenda is where everything happens in my town too. Our local paper started printing the consent agenda in full every week and attendance at meetings went up noticeably within a year. Turns out people care when they can see what is about to happen, not after.")],
    }

    def shell(title, main):
        return ('<html lang="en" op="news"><head><meta name="referrer" content="origin"><meta name="viewport" content="width=device-width, initial-scale=1.0">'
                '<link rel="stylesheet" type="text/css" href="/news.css"><title>%s</title></head><body><center><table id="hnmain" border="0" cellpadding="0" cellspacing="0" width="85%%" bgcolor="#f6f6ef">'
                '<tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%%" style="padding:2px"><tr><td style="width:18px;padding-right:4px"><a href="/"><img src="/y18.svg" width="18" height="18"></a></td>'
                '<td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a href="/news/">Hacker Digest</a></b> <a href="/newest/">new</a> | <a href="/front/">past</a> | <a href="/newcomments/">comments</a> | <a href="/ask/">ask</a> | <a href="/submit/">submit</a></span></td>'
                '<td style="text-align:right;padding-right:4px;"><span class="pagetop"><a href="/login/">login</a></span></td></tr></table></td></tr>'
                '<tr id="pagespace" title="" style="height:10px"></tr><tr><td>%s</td></tr>'
                '<tr><td><table width="100%%" cellspacing="0" cellpadding="1"><tr><td bgcolor="#ff6600"></td></tr></table><br><center><span class="yclinks"><a href="/newsguidelines/">Guidelines</a> | <a href="/newsfaq/">FAQ</a> | <a href="/lists/">Lists</a> | <a href="/security/">Security</a> | <a href="/legal/">Legal</a> | <a href="/apply/">Apply to YC</a> | <a href="/contact/">Contact</a></span></center></td></tr></table></center></body></html>') % (
            E(title), main)

    def row(rank, iid, st, site, pts, user, nc):
        ts = st.t + datetime.timedelta(hours=2)
        return ('<tr class="athing submission" id="%d"><td align="right" valign="top" class="title"><span class="rank">%s</span></td>'
                '<td valign="top" class="votelinks"><center><a id="up_%d" href="/vote/%d/"><div class="votearrow" title="upvote"></div></a></center></td>'
                '<td class="title"><span class="titleline"><a href="%s">%s</a><span class="sitebit comhead"> (<a href="/from/%s/"><span class="sitestr">%s</span></a>)</span></span></td></tr>'
                '<tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score" id="score_%d">%d points</span> by <a href="/user/%s/" class="hnuser">%s</a> '
                '<span class="age" title="%s %d"><a href="/item/%d/">on %s</a></span> | <a href="/hide/%d/">hide</a> | <a href="/item/%d/">%d&nbsp;comments</a></span></td></tr>') % (
            iid, rank, iid, iid, st.url, E(st.title), site, site, iid, pts, user, user, ts.strftime("%Y-%m-%dT%H:%M:%S"), int(ts.timestamp()), iid, st.mdy(), iid, iid, nc)

    for iid, st, site, pts, user, nc in items:
        cs = "".join('<tr class="athing comtr" id="%d"><td><table border="0"><tr><td class="ind" indent="0"><img src="/s.gif" height="1" width="0"></td>'
                     '<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead"><a href="/user/%s/" class="hnuser">%s</a> <span class="age"><a href="/item/%d/">on %s</a></span></span></div><br>'
                     '<div class="comment"><div class="commtext c00">%s</div><div class="reply"><p><font size="1"><u><a href="/reply/%d/">reply</a></u></font></p></div></div></td></tr></table></td></tr>' % (
                         iid + k + 1, u, u, iid + k + 1, st.mdy(), E(t), iid + k + 1) for k, (u, t) in enumerate(comments[st]))
        main = ('<table class="fatitem" border="0">%s<tr style="height:10px"></tr><tr><td colspan="2"></td><td><form action="/comment" method="post"><textarea name="text" rows="8" cols="80"></textarea><br><br><input type="submit" value="add comment"></form></td></tr></table><br><br>'
                '<table border="0" class="comment-tree">%s</table>') % (row("", iid, st, site, pts, user, nc), cs)
        s.non("/item/%d/" % iid, shell("%s | Hacker Digest" % st.title, main))
    front = '<table border="0" cellpadding="0" cellspacing="0" class="itemlist">%s<tr class="morespace" style="height:10px"></tr><tr><td colspan="2"></td><td class="title"><a href="/news/2/" class="morelink" rel="next">More</a></td></tr></table>' % "".join(
        row("%d." % (i + 1), *it) for i, it in enumerate(items))
    s.non("/", shell("Hacker Digest", front))
    s.non("/news/", shell("Hacker Digest", front))
    s.non("/front/", shell("2025-03-25 front | Hacker Digest", '<div>Stories from March 25, 2025 (UTC)</div>' + front))
    s.non("/newest/", shell("New Links | Hacker Digest", front))
    for iid, st, site, pts, user, nc in items:
        s.non("/user/%s/" % user, shell("Profile: %s | Hacker Digest" % user, '<table><tr><td>user:</td><td><a href="/user/%s/" class="hnuser">%s</a></td></tr><tr><td>created:</td><td>March 3, 2019</td></tr><tr><td>karma:</td><td>%d</td></tr><tr><td></td><td><a href="/submitted/%s/">submissions</a></td></tr></table>' % (user, user, pts * 7, user)))
        s.non("/from/%s/" % site, shell("Submissions from %s | Hacker Digest" % site, '<table class="itemlist">%s</table>' % row("1.", iid, st, site, pts, user, nc)))


if __name__ == "__main__":
    for f in [medium, dev, hashnode, wp, blogger, tumblr, pulse, ghost, substack, river, threadit, hd, flip, gnews]:
        f()
    with open(os.path.join(sys.argv[1], "truth.json"), "w") as fp:
        json.dump(truth, fp, ensure_ascii=False, indent=1)
