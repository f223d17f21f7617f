"""Web cn: old and minimal templates that small, long-lived news sites still
run. Twelve sites on 127.0.8.21-32 (port 18163) in English (US, UK,
Australia), Spanish (Argentina), Russian, German, Italian, Greek, Turkish,
Brazilian Portuguese, Dutch and Romanian, each on one such stack, with the
pages these sites carry around their stories: print versions, "e-mail this
story" forms, guestbooks, polls, monthly archives, today's weather,
classified ads, obituary and death-notice lists, photo galleries, about and
contact pages. Several pages are in legacy charsets declared only in a
<meta http-equiv>; none of the sites but two has a sitemap.

 1 The Millbrook Sentinel (en-US, Ohio) - a 2000s table-layout weekly on
   classic ASP (/news/1184.asp, served without a type as the server does not
   know .asp): no doctype, upper-case tags, <FONT> everywhere, the headline
   a <B> in a <FONT> (no h1), unclosed <P>s, windows-1252 (curly quotes and
   dashes as 0x93/0x94/0x97), "Posted: 3/4/2025 9:15:00 AM" (US order; one
   at 9:48 PM, the next day in UTC), "By Hank Dawson" over "Sentinel Staff
   Writer", a "Staff report" (authors []). Print pages (real copies: synd),
   e-mail-this-story forms, obituaries, classifieds, today's weather, poll
   results, guestbook, the March archive, about, contact; a poll and weather
   box on every page.
 2 Wexcombe & District Online (en-GB) - PHP-Nuke 7 with GoogleTap-style
   rewritten addresses (article57.html), ISO-8859-1, meta AUTHOR the site's
   name, "Posted by admin on Tuesday, March 04 @ 10:15:32 GMT (112 reads)"
   (no year: the weekday fixes 2025), the submitter in the text ("Margaret
   Hale writes"), one story with no writer (authors []), Related Links,
   Article Rating and Options blocks, the comments notice. Printer-friendly
   pages (the Nuke print.php: title only the site's name; real copies:
   synd), send-to-a-friend forms, the Stories Archive and its March page,
   surveys, topics, web links, top 10, your account, an about page.
 3 Kerrigan Valley Chronicle (en-AU, NSW) - ColdFusion with search-engine-
   safe addresses (/news/story.cfm/ID/4561), the title "Site :: News ::
   Headline", the masthead's edition date (Wednesday, 12 March 2025) on
   every page, "Posted 05/03/2025 8:10 AM" (day first; AEDT, so the day
   before in UTC), "By Liam O'Connor and Jess Tran". Email-this-story forms,
   news index, today's weather, classifieds, death notices, a photo
   gallery, about, contact, subscribe; a sitemap.
 4 La Voz del Salado (es-AR) - Joomla 1.5 rhuk_milkyway: the headline in
   td.contentheading, "Escrito por Mariana Quiroga", createdate "Martes, 04
   de Marzo de 2025 10:15", "Última actualización el ...", meta author, the
   title only the headline; a story "Escrito por Administrador" (authors
   []), one at 22:30 (the next day in UTC). PDF/print/e-mail icons to
   /index.php?... (not served). Category blog, poll results, classifieds,
   necrológicas, el tiempo, a photo gallery, archive, about, contact.
 5 Вести Приозерья (ru) - DataLife Engine 8 in windows-1251: "Headline »
   Site" title, h3.btl headline, "Автор: admin от 4-03-2025, 10:15" (the
   admin account; the reporter signs at the end of the text, "Ольга
   Смирнова": authors her), a story by a user named as a person, one by
   admin ending with the district press office (authors []). DLE print
   pages (/print:page,1,345-....html) behind rel="nofollow" links: copies a
   crawler need not fetch, left out of truth. Category and monthly
   archive, last news, classifieds category, weather and photo static
   pages, user profile, about.
 6 Ohmtal-Blog (de) - Movable Type 3.35: the blog's name in h1, the date
   header h2 "Dienstag, 04. März 2025" above the entry's h3, "Veröffentlicht
   von Jens Köhler um 10:15", MT's 15-character basenames, comments with
   their own names and dates, trackback box; an entry by "Redaktion"
   (authors []) at 23:10. Monthly and category archives, Über dieses Blog,
   Impressum, Termine, Fotoalbum; an RSS feed.
 7 Valfredda Notizie (it) - Blogger classic (Minima): date-header h2
   "martedì 4 marzo 2025", h3 post-title, "pubblicato da Giulia Ferri alle
   10:15", comments ("Anonimo ha detto..."); a post by "Redazione" (authors
   []). Home with the full posts, Blogger archive pages (2025_03_01_archive).
 8 Η Ηχώ του Λαγκαδά (el) - Mambo 4.5 in ISO-8859-7 with Mambo SEF
   addresses (/content/view/214/2/, /component/option,com_poll/...), an XML
   prolog, "Γράφτηκε από Νίκος Παπαδόπουλος", "Τρίτη, 04 Μαρτίου 2025
   10:15" (genitive month), "Τελευταία Ενημέρωση"; an "Administrator" story
   (authors []). Static content items for the weather and about, poll
   results, contact, zOOm gallery, guestbook, classifieds, section and
   category blog.
 9 Ege Ekspres (tr) - an old PHP table site in ISO-8859-9: title "Site ::
   Gündem :: Headline", td.haberbaslik headline, "Yayın Tarihi: 04.03.2025 -
   10:15 | Güncelleme: 05.03.2025 - 09:40", "Muhabir: Ahmet Korkmaz", a
   "Haber Merkezi" story at 01:20 (the day before in UTC; authors []), a
   column "Yazar: Selin Aydın". Print pages (Yazdır, real copies: synd),
   send-to-a-friend forms, columnists, vefat edenler, seri ilanlar, hava
   durumu, anket, foto galeri, künye, iletişim.
10 Correio do Vale Online (pt-BR) - ISO-8859-1, the home page a vBulletin
   3.8 + vBadvanced CMPS portal (non-article), the forum home and a forum
   thread (vBSEO address); news pages in the same skin with the headline in
   a bold div, "Publicado em 04/03/2025 às 10h15", "Por Carla Mendes", "Da
   Redação" (authors []), "Por Rafael Siqueira e Luana Prates". Indique
   esta notícia forms, news list, classificados, fotos, tempo, enquete,
   fale conosco.
11 De Vaartbode (nl) - TYPO3 4.2 with tt_news and RealURL, <base href> and
   relative links, "De Vaartbode: Headline", the tt_news rightbox "04-03-25
   10:15" (two-digit year, day first), "Auteur: Joost de Vries", "Auteur:
   redactie" (authors []). Archive by month, agenda, fotoalbum, het weer,
   familieberichten, kleintjes, tip een vriend, contact, colofon; a
   sitemap.
12 Monitorul de Făgăraş (ro) - an old PHP site in ISO-8859-2 with the old
   cedilla letters (ş ţ, not ș ț) in names, titles and text, "Publicat:
   marţi, 4 martie 2025, 10:15 | Autor: Andrei Popescu", "Autori: Ioana
   Mureşan şi Radu Ştefănescu", "Autor: Redacţia" at 00:40 (the day before
   in UTC; authors []). Send-to-a-friend forms, category, monthly archive,
   anunţuri, decese, vremea, sondaj, galerie foto, contact, despre noi.

Truth: 36 articles, 129 non-articles; the print pages that repeat a
story's full text and are linked plainly are syndicated copies of it (9).
Dates are the day the page shows in its own local time; titles the
headline as shown (cedilla letters kept); authors the writers named on
the page (admin accounts, "Administrator", "Redaktion", "Redazione",
"redactie", "Redacţia", "Da Redação", "Haber Merkezi", "Staff report", a
press office are not).

First run (newsroom built from the tree at 897143e plus the uncommitted
authors work): stories 36: title 18, date 23, authors 20 right;
non-articles stored 17 of 129; bodies checked 9: 0 wrong; syndicated
copies 9: original kept for 6. Titles: the site name kept in front where
the headline is not in an h1 or is under the blog's h1 (Sentinel " - ",
Nuke " - ", MT and Blogger ": ", Ege Ekspres " :: Gündem :: "); the MT
March archive (full entries) stored as the story with the first entry's
page as its duplicate. Dates: the Nuke stamp without a year left empty,
the Australian 05/03/2025 read month first, the Romanian masthead date
taken for all three stories, a date in the Dutch text ("2 april") taken
over the tt_news rightbox. Authors: Nuke's meta AUTHOR ("Wexcombe") over
"X writes", "Administrador" and "Redacţia" kept, "Игорь Лебедев от",
the Blogger, MT, Mambo and "Autori: ... şi ..." bylines not read. The
pt-BR news pages in the vBulletin skin all taken for forum pages (3
stories not stored); the Nuke print copies not kept as duplicates.
"""
import html
import json
import os
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
from common import links  # noqa: E402

OUT = os.path.join(sys.argv[1], "sites")
PORT = 18163
E = html.escape
truth = {"articles": [], "nonarticles": [], "synd": []}


class Site(common.Site):
    """A site whose pages are written in its own charset (feeds, sitemaps
    and robots.txt in UTF-8)."""

    def __init__(self, n, enc="utf-8"):
        super().__init__(OUT, "127.0.8.%d" % (20 + n), PORT, truth)
        self.enc = enc

    def put(self, path, doc):
        last = path.rsplit("/", 1)[-1]
        if last and "." not in last:
            path += "/"
        enc = "utf-8" if path.endswith((".xml", ".txt")) else self.enc
        common.write(self.out, self.host, path, doc, enc, "xmlcharrefreplace")

    def copy(self, path, doc, orig):
        """A print version that repeats the story at orig."""
        self.put(path, doc)
        self.truth["synd"].append(dict(copy=self.url(path), orig=self.url(orig)))

    def story(self, a, doc):
        self.art(a["path"], doc, a["title"], a["date"], a["authors"], must=a.get("must"), must_not=a.get("must_not"))


def P(paras):
    """Old-style paragraphs: upper-case, never closed."""
    return "".join("<P>%s\n" % E(p) for p in paras)


def BR(paras):
    """Paragraphs as text separated by two line breaks."""
    return "<br /><br />\n".join(E(p) for p in paras)


def ps(paras, cls=""):
    c = ' class="%s"' % cls if cls else ""
    return "".join("<p%s>%s</p>\n" % (c, E(p)) for p in paras)


# ====================================================================== 1 The Millbrook Sentinel (en-US, classic ASP)
def sentinel():
    s = Site(1, "windows-1252")
    NAME = "The Millbrook Sentinel"
    A = [dict(id=1184, title="School board puts levy back on May ballot", posted="3/4/2025 9:15:00 AM", by="By Hank Dawson", role="Sentinel Staff Writer",
              date="2025-03-04", authors=["Hank Dawson"],
              paras=["MILLBROOK \u2014 The Millbrook Local Schools board of education voted 4-1 Monday night to place a 4.9-mill operating levy on the May 6 ballot, three months after voters turned down a larger request by fewer than 300 votes.",
                     "Treasurer Donna Keefer told the board the district will run a deficit of about $1.2 million next school year without new money. She said the smaller levy would raise roughly $2.1 million a year and cost the owner of a $150,000 home about $257 a year.",
                     "Board member Rick Sayers cast the lone no vote. \u201cPeople told us loud and clear in November that they can\u2019t afford it,\u201d Sayers said. \u201cI don\u2019t think four months changes that.\u201d",
                     "Superintendent Dr. Angela Moss said the district has already cut two bus routes and will not replace three retiring teachers. A community forum on the levy is set for 7 p.m. March 18 in the high school cafeteria."],
              must=["they can\u2019t afford it", "Treasurer Donna Keefer told the board"], must_not=["second stop sign on Walnut Street"]),
         dict(id=1187, title="Fire destroys barn on Route 9; no one hurt", posted="3/6/2025 9:48:00 PM", by="By Carol Ann Pruitt", role="Sentinel Correspondent",
              date="2025-03-06", authors=["Carol Ann Pruitt"],
              paras=["A fire Thursday evening destroyed a 100-year-old barn on the Lentz family farm along State Route 9, about two miles north of the village. No people or animals were hurt.",
                     "Millbrook Fire Chief Dale Hostetler said the call came in at 6:52 p.m. and the barn was fully involved when the first truck arrived. Crews from Harlan Township and Cedar Falls helped bring water in tankers because there are no hydrants on that stretch of road.",
                     "\u201cWe couldn\u2019t save the barn, but we kept it off the house and the machine shed, and that\u2019s what mattered,\u201d Hostetler said. Firefighters stayed on the scene until nearly 10 p.m.",
                     "The state fire marshal\u2019s office was called to help find the cause. Hostetler said an electrical problem is suspected. Owner Jim Lentz said about 400 bales of hay were lost."]),
         dict(id=1190, title="Lions Club to mark 75 years with pancake breakfast", posted="3/10/2025 11:02:00 AM", by="Staff report", role="",
              date="2025-03-10", authors=[],
              paras=["The Millbrook Lions Club will celebrate its 75th anniversary with an all-you-can-eat pancake breakfast from 7 to 11 a.m. Saturday, March 22, at the Millbrook Community Center on Main Street.",
                     "Tickets are $8 for adults and $4 for children under 12, and can be bought at the door or from any Lions member. Proceeds go to the club\u2019s eyeglass program and the scholarship fund at Millbrook High School.",
                     "The club was chartered in March 1950 with 31 members. Over the years it has built the shelter house at Memorial Park, paid for the village\u2019s first ambulance and collected thousands of used eyeglasses for people overseas.",
                     "Club president Gary Whitacre said several charter members\u2019 children and grandchildren plan to attend. Old photographs and the original charter will be on display. For more information call 555-0147."])]
    for a in A:
        a["path"] = "/news/%d.asp" % a["id"]
    nav = [("/", "Home"), ("/news/default.asp", "Local News"), ("/obituaries.asp", "Obituaries"), ("/classifieds.asp", "Classifieds"), ("/weather.asp", "Weather"),
           ("/archive/march2025.asp", "Archives"), ("/guestbook.asp", "Guestbook"), ("/poll.asp", "Poll Results"), ("/about.asp", "About Us"), ("/contact.asp", "Contact Us")]
    navh = "".join('<FONT FACE="Verdana,Arial" SIZE=2><B>&middot; <A HREF="%s">%s</A></B></FONT><BR>\n' % (p, E(t)) for p, t in nav)
    right = ('<TABLE WIDTH=150 BORDER=1 CELLPADDING=3 CELLSPACING=0 BORDERCOLOR="#003366"><TR><TD BGCOLOR="#003366"><FONT FACE="Arial" SIZE=2 COLOR="#FFFFFF"><B>Today\u2019s Weather</B></FONT></TD></TR>'
             '<TR><TD><FONT FACE="Arial" SIZE=1><IMG SRC="/images/wx/pcloudy.gif" WIDTH=40 HEIGHT=40><BR>Partly cloudy<BR>High 48 / Low 31<BR><A HREF="/weather.asp">5-day forecast</A></FONT></TD></TR></TABLE><BR>\n'
             '<TABLE WIDTH=150 BORDER=1 CELLPADDING=3 CELLSPACING=0 BORDERCOLOR="#003366"><TR><TD BGCOLOR="#003366"><FONT FACE="Arial" SIZE=2 COLOR="#FFFFFF"><B>Sentinel Poll</B></FONT></TD></TR>'
             '<TR><TD><FORM ACTION="/poll.asp" METHOD=POST><FONT FACE="Arial" SIZE=1>Should the village add a second stop sign on Walnut Street?<BR>'
             '<INPUT TYPE=RADIO NAME=vote VALUE=1> Yes<BR><INPUT TYPE=RADIO NAME=vote VALUE=2> No<BR><INPUT TYPE=RADIO NAME=vote VALUE=3> Not sure<BR>'
             '<INPUT TYPE=SUBMIT VALUE="Vote"><BR><A HREF="/poll.asp">View results</A></FONT></FORM></TD></TR></TABLE><BR>\n'
             '<CENTER><IMG SRC="/ads/hartman-ford.gif" WIDTH=150 HEIGHT=150 BORDER=0 ALT="Hartman Ford"></CENTER>')

    def shell(title, main):
        return ('<HTML>\n<HEAD>\n<TITLE>' + E(title) + '</TITLE>\n'
                '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">\n'
                '<META NAME="keywords" CONTENT="Millbrook, Harlan Township, Ohio, news, Sentinel, weekly newspaper">\n'
                '</HEAD>\n<BODY BGCOLOR="#FFFFFF" LEFTMARGIN=0 TOPMARGIN=0 MARGINWIDTH=0 MARGINHEIGHT=0 LINK="#003366" VLINK="#663366">\n'
                '<TABLE WIDTH=760 BORDER=0 CELLPADDING=0 CELLSPACING=0 ALIGN=CENTER>\n'
                '<TR><TD COLSPAN=3><A HREF="/"><IMG SRC="/images/masthead.gif" WIDTH=760 HEIGHT=90 BORDER=0 ALT="The Millbrook Sentinel"></A></TD></TR>\n'
                '<TR><TD COLSPAN=3 BGCOLOR="#003366"><FONT FACE="Arial" SIZE=1 COLOR="#FFFFFF">&nbsp;Serving Millbrook and Harlan Township since 1887</FONT></TD></TR>\n'
                '<TR><TD WIDTH=140 VALIGN=TOP BGCOLOR="#E8E8E8"><BR>\n' + navh + '<BR><FONT FACE="Arial" SIZE=1>Subscribe: $32/yr<BR>Call 555-0100</FONT></TD>\n'
                '<TD WIDTH=470 VALIGN=TOP><TABLE WIDTH=100% CELLPADDING=8><TR><TD>\n' + main + '\n</TD></TR></TABLE></TD>\n'
                '<TD WIDTH=150 VALIGN=TOP><BR>' + right + '</TD></TR>\n'
                '<TR><TD COLSPAN=3 ALIGN=CENTER><HR SIZE=1><FONT FACE="Arial" SIZE=1>Copyright &copy; 1998-2025 Millbrook Sentinel Publishing Co. All rights reserved.<BR>'
                '112 N. Main St., Millbrook, OH 44899 &middot; 555-0100<BR>Site by CountyNet Web Design</FONT></TD></TR>\n</TABLE>\n</BODY>\n</HTML>\n')

    def byline(a):
        return '<FONT FACE="Arial" SIZE=2><B>%s</B>%s</FONT><BR>\n' % (E(a["by"]), ("<BR><I>%s</I>" % E(a["role"])) if a["role"] else "")

    for a in A:
        others = "".join('<FONT FACE="Arial" SIZE=2>&middot; <A HREF="%s">%s</A></FONT><BR>\n' % (o["path"], E(o["title"])) for o in A if o is not a)
        main = ('<FONT FACE="Arial" SIZE=1 COLOR="#999999"><A HREF="/">Home</A> &gt; <A HREF="/news/default.asp">Local News</A></FONT><BR><BR>\n'
                '<FONT FACE="Georgia,Times New Roman" SIZE=5><B>%s</B></FONT><BR>\n'
                '<FONT FACE="Arial" SIZE=1 COLOR="#666666">Posted: %s</FONT><BR><BR>\n%s'
                '<FONT FACE="Georgia,Times New Roman" SIZE=3>\n%s</FONT>\n'
                '<BR><TABLE CELLPADDING=2><TR><TD><IMG SRC="/images/print.gif" WIDTH=16 HEIGHT=16> <FONT FACE="Arial" SIZE=1><A HREF="/news/print/%d.asp" TARGET="_blank">Print this story</A></FONT></TD>'
                '<TD><IMG SRC="/images/email.gif" WIDTH=16 HEIGHT=16> <FONT FACE="Arial" SIZE=1><A HREF="/news/email/%d.asp">E-mail this story</A></FONT></TD></TR></TABLE>\n'
                '<HR SIZE=1><FONT FACE="Arial" SIZE=2><B>Other Local News</B></FONT><BR>\n%s') % (E(a["title"]), a["posted"], byline(a), P(a["paras"]), a["id"], a["id"], others)
        s.story(a, shell("%s - %s" % (NAME, a["title"]), main))
        s.copy("/news/print/%d.asp" % a["id"],
               ('<HTML>\n<HEAD>\n<TITLE>Print Story - The Millbrook Sentinel</TITLE>\n<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1252">\n</HEAD>\n'
                '<BODY BGCOLOR="#FFFFFF" onLoad="window.print()">\n<FONT FACE="Arial" SIZE=2><B>The Millbrook Sentinel</B><BR>www.millbrooksentinel.com</FONT><HR SIZE=1>\n'
                '<FONT FACE="Georgia" SIZE=4><B>%s</B></FONT><BR>\n<FONT FACE="Arial" SIZE=1>Posted: %s</FONT><BR>\n%s<FONT FACE="Georgia" SIZE=3>\n%s</FONT>\n'
                '<HR SIZE=1><FONT FACE="Arial" SIZE=1>Copyright &copy; 2025 Millbrook Sentinel Publishing Co. &middot; <A HREF="javascript:window.close()">Close Window</A></FONT>\n</BODY>\n</HTML>\n')
               % (E(a["title"]), a["posted"], byline(a), P(a["paras"])), a["path"])
        s.non("/news/email/%d.asp" % a["id"], shell("%s - E-mail this story" % NAME,
              '<FONT FACE="Arial" SIZE=4><B>E-mail this story to a friend</B></FONT><BR><BR>'
              '<FONT FACE="Arial" SIZE=2>You are sending: <B>%s</B><BR><BR>'
              '<FORM ACTION="/news/email/%d.asp" METHOD=POST>Your name: <INPUT NAME=fromname SIZE=30><BR>Your e-mail: <INPUT NAME=fromemail SIZE=30><BR>'
              'Friend\u2019s e-mail: <INPUT NAME=toemail SIZE=30><BR>Message:<BR><TEXTAREA NAME=msg ROWS=4 COLS=40></TEXTAREA><BR><INPUT TYPE=SUBMIT VALUE="Send"></FORM>'
              'We do not keep or share the addresses you enter.</FONT>' % (E(a["title"]), a["id"])))

    def teaser(a):
        return ('<FONT FACE="Georgia" SIZE=4><B><A HREF="%s">%s</A></B></FONT><BR><FONT FACE="Arial" SIZE=1 COLOR="#666666">Posted: %s</FONT><BR>'
                '<FONT FACE="Georgia" SIZE=2>%s <A HREF="%s">more&gt;&gt;</A></FONT><BR><BR>\n') % (a["path"], E(a["title"]), a["posted"], E(a["paras"][0]), a["path"])
    s.non("/", shell("The Millbrook Sentinel - Millbrook, Ohio - Online Edition",
                     '<FONT FACE="Arial" SIZE=1>Updated Monday, March 10, 2025</FONT><BR><BR>' + "".join(teaser(a) for a in reversed(A)) +
                     '<FONT FACE="Arial" SIZE=2><B>Also this week:</B> <A HREF="/obituaries.asp">Obituaries</A> | <A HREF="/classifieds.asp">Classifieds</A> | <A HREF="/guestbook.asp">Sign our guestbook</A></FONT>'))
    s.non("/news/default.asp", shell("The Millbrook Sentinel - Local News",
                                     '<FONT FACE="Arial" SIZE=4><B>Local News</B></FONT><BR><BR>' + "".join(
                                         '<FONT FACE="Arial" SIZE=2><A HREF="%s"><B>%s</B></A> &nbsp;<FONT SIZE=1 COLOR="#666666">%s</FONT></FONT><BR>\n' % (a["path"], E(a["title"]), a["posted"].split()[0]) for a in reversed(A))))
    s.non("/obituaries.asp", shell("The Millbrook Sentinel - Obituaries",
                                   '<FONT FACE="Arial" SIZE=4><B>Obituaries</B></FONT><BR><BR><FONT FACE="Georgia" SIZE=2>'
                                   '<P><B>Mildred R. Yoder</B>, 91, of Millbrook, died Sunday, March 9, 2025, at Harlan Manor. She was a retired teacher at Millbrook Elementary. Services will be held 11 a.m. Thursday at Lindsey-Graham Funeral Home.'
                                   '<P><B>Earl \u201cButch\u201d Kessler</B>, 77, of Harlan Township, died Friday, March 7, 2025, at home. He farmed on Township Road 104 for 50 years. Calling hours 4-7 p.m. Tuesday at Baird Funeral Home.'
                                   '<P><B>Dorothy J. Shultz</B>, 84, formerly of Millbrook, died Tuesday, March 4, 2025, in Mesa, Ariz. Arrangements are pending.'
                                   '<P>Obituaries are published free of charge. Funeral homes may e-mail notices to obits@millbrooksentinel.com by noon Monday.</FONT>'))
    s.non("/classifieds.asp", shell("The Millbrook Sentinel - Classifieds",
                                    '<FONT FACE="Arial" SIZE=4><B>Classified Ads</B></FONT><BR><BR><FONT FACE="Arial" SIZE=2>'
                                    '<B>FOR SALE</B><BR>Round bales, mixed hay, stored inside, $45 each. 555-0182.<BR>1998 Ford F-150, 4x4, runs good, $3,200 OBO. 555-0139.<BR><BR>'
                                    '<B>HELP WANTED</B><BR>Part-time cook, Main Street Diner. Apply in person.<BR><BR><B>FOR RENT</B><BR>2 BR upstairs apartment, downtown, no pets, $575/mo plus utilities. 555-0164.<BR><BR>'
                                    'To place an ad call 555-0100. 20 words for $6.</FONT>'))
    s.non("/weather.asp", shell("The Millbrook Sentinel - Weather",
                                '<FONT FACE="Arial" SIZE=4><B>Today\u2019s Weather for Millbrook, Ohio</B></FONT><BR><BR>'
                                '<TABLE BORDER=1 CELLPADDING=4 CELLSPACING=0><TR><TD><FONT FACE="Arial" SIZE=2><B>Today</B></FONT></TD><TD><FONT FACE="Arial" SIZE=2>Partly cloudy. High 48. Low 31.</FONT></TD></TR>'
                                '<TR><TD><FONT FACE="Arial" SIZE=2><B>Tuesday</B></FONT></TD><TD><FONT FACE="Arial" SIZE=2>Rain likely. High 52.</FONT></TD></TR>'
                                '<TR><TD><FONT FACE="Arial" SIZE=2><B>Wednesday</B></FONT></TD><TD><FONT FACE="Arial" SIZE=2>Showers ending. High 45.</FONT></TD></TR></TABLE>'
                                '<BR><FONT FACE="Arial" SIZE=1>Forecast courtesy of the National Weather Service.</FONT>'))
    s.non("/poll.asp", shell("The Millbrook Sentinel - Poll Results",
                             '<FONT FACE="Arial" SIZE=4><B>Sentinel Poll Results</B></FONT><BR><BR><FONT FACE="Arial" SIZE=2>Should the village add a second stop sign on Walnut Street?<BR><BR>'
                             'Yes - 62% (148 votes)<BR>No - 31% (74 votes)<BR>Not sure - 7% (17 votes)<BR><BR>Total votes: 239<BR><I>This is not a scientific poll.</I></FONT>'))
    s.non("/guestbook.asp", shell("The Millbrook Sentinel - Guestbook",
                                  '<FONT FACE="Arial" SIZE=4><B>Guestbook</B></FONT><BR><BR><FONT FACE="Arial" SIZE=2>'
                                  '<B>Name:</B> Linda (Kessler) Moore<BR><B>From:</B> Tucson, AZ<BR><B>Date:</B> 2/27/2025<BR>Love reading the Sentinel online since we moved out west. Say hi to everyone at First Methodist!<HR SIZE=1>'
                                  '<B>Name:</B> Bob Harter<BR><B>From:</B> Millbrook<BR><B>Date:</B> 2/11/2025<BR>Great coverage of the Christmas parade. Keep up the good work.<HR SIZE=1>'
                                  '<A HREF="/guestbook.asp">Sign the guestbook</A></FONT>'))
    s.non("/archive/march2025.asp", shell("The Millbrook Sentinel - Archive - March 2025",
                                          '<FONT FACE="Arial" SIZE=4><B>Archive: March 2025</B></FONT><BR><BR>' + "".join(
                                              '<FONT FACE="Arial" SIZE=2>%s - <A HREF="%s">%s</A></FONT><BR>\n' % (a["posted"].split()[0], a["path"], E(a["title"])) for a in A) +
                                          '<BR><FONT FACE="Arial" SIZE=2>Other months: February 2025 | January 2025 | December 2024</FONT>'))
    s.non("/about.asp", shell("The Millbrook Sentinel - About Us",
                              '<FONT FACE="Arial" SIZE=4><B>About The Sentinel</B></FONT><BR><BR><FONT FACE="Georgia" SIZE=2>'
                              '<P>The Millbrook Sentinel has been published every Thursday since 1887. It is owned by the Pruitt family and printed in Wooster.'
                              '<P>Publisher: Walter Pruitt<BR>Editor: Hank Dawson<BR>Advertising: Sue Kettering</FONT>'))
    s.non("/contact.asp", shell("The Millbrook Sentinel - Contact Us",
                                '<FONT FACE="Arial" SIZE=4><B>Contact Us</B></FONT><BR><BR><FONT FACE="Arial" SIZE=2>112 N. Main St.<BR>Millbrook, OH 44899<BR>Phone 555-0100 &middot; Fax 555-0101<BR>'
                                'News: news@millbrooksentinel.com<BR>Office hours: Mon-Fri 8:30-4:30</FONT>'))


# ====================================================================== 2 Wexcombe & District Online (en-GB, PHP-Nuke)
def wexcombe():
    s = Site(2, "iso-8859-1")
    NAME = "Wexcombe & District Online"
    A = [dict(sid=57, title="Parish council backs new crossing outside the primary school", when="Tuesday, March 04 @ 10:15:32 GMT", reads=112, topic=("news-topic-2.html", "Local Council"),
              writer=("Margaret Hale", "m.hale@wexcombe-online.example"), date="2025-03-04", authors=["Margaret Hale"],
              paras=["Wexcombe Parish Council has voted unanimously to support a zebra crossing on Church Lane outside St Aldhelm's Primary School, after a petition signed by more than 400 parents and residents.",
                     "The council will now ask the county highways department to fund the crossing from its road safety budget. Councillor Peter Amery said traffic on Church Lane had doubled since the new houses at Orchard Rise were finished, and that lorries use the lane as a short cut to the industrial estate.",
                     "Headteacher Mrs Jane Colley told the meeting that lollipop lady Brenda Foot, who has helped children across for 22 years, is retiring at Easter and the school has been unable to find a replacement.",
                     "The county council said it would consider the request at its April meeting. A traffic survey will be carried out later this month."],
              must_not=["The comments are owned by the poster"]),
         dict(sid=58, title="Flood warning lifted for the River Wex", when="Thursday, March 06 @ 18:40:05 GMT", reads=240, topic=("news-topic-5.html", "Weather & Environment"),
              writer=None, date="2025-03-06", authors=[],
              paras=["The Environment Agency has lifted the flood warning for the River Wex at Wexcombe Mill and Lower Street, after river levels fell steadily through Thursday afternoon.",
                     "The warning was issued on Monday evening following two days of heavy rain across the Downs. Sandbags were handed out at the village hall and several families in Lower Street moved furniture upstairs as a precaution, but no homes were flooded.",
                     "A flood alert remains in place for the wider Wex valley because the ground is still saturated and more rain is forecast for the weekend. Residents can check the latest levels on the Agency's website or by calling Floodline.",
                     "The parish council thanked the volunteers who staffed the village hall and the farmers who cleared the blocked culvert under the Mill Road bridge."]),
         dict(sid=61, title="Wexcombe Rovers through to county cup semi-final", when="Monday, March 10 @ 21:05:47 GMT", reads=87, topic=("news-topic-4.html", "Sport"),
              writer=("Dave Pennock", "dave.pennock@wexcombe-online.example"), date="2025-03-10", authors=["Dave Pennock"],
              paras=["Wexcombe Rovers reached the semi-final of the County Intermediate Cup for the first time in 18 years with a 3-1 win over Stourford Athletic at the Rec on Saturday.",
                     "Rovers went behind after ten minutes when Stourford's captain headed in a corner, but Liam Dyer equalised before half-time with a shot from the edge of the box. Second-half goals from Sam Whitlock and substitute Kieran Moss sealed the win.",
                     "Manager Trevor Nash said the players had earned a night out. \"We were second best for twenty minutes and then we took over,\" he said. \"The lads never stopped running.\"",
                     "The semi-final draw will be made on Thursday. Rovers will play either Castle Barton or Holt Town in early April. Supporters' club coaches will run if the tie is away."])]
    for a in A:
        a["path"] = "/article%d.html" % a["sid"]

    def block(title, inner):
        return ('<table border="0" cellpadding="0" cellspacing="0" width="160" bgcolor="#324e68"><tr><td><table border="0" cellpadding="3" cellspacing="1" width="100%%">'
                '<tr><td bgcolor="#5b84a8"><font class="block-title"><b>%s</b></font></td></tr><tr><td bgcolor="#ffffff"><font class="content">%s</font></td></tr></table></td></tr></table><br>\n') % (E(title), inner)
    mods = [("/", "Home"), ("/stories-archive.html", "Stories Archive"), ("/surveys.html", "Surveys"), ("/topics.html", "Topics"), ("/web-links.html", "Web Links"),
            ("/top.html", "Top 10"), ("/your-account.html", "Your Account"), ("/content-2.html", "About Wexcombe Online")]
    left = block("Modules", "".join('<strong><big>&middot;</big></strong>&nbsp;<a href="%s">%s</a><br>' % (p, E(t)) for p, t in mods)) + \
        block("Who's Online", "There are currently, 7 guest(s) and 0 member(s) that are online.<br><br>You are Anonymous user. You can register for free by clicking <a href=\"/your-account.html\">here</a>")
    survey = block("Survey", '<form action="/surveys.html" method="post"><b>What should the old library building become?</b><br><br>'
                   '<input type="radio" name="voteID" value="1"> Community cafe<br><input type="radio" name="voteID" value="2"> Youth club<br><input type="radio" name="voteID" value="3"> Sell it<br><br>'
                   '<input type="submit" value="Vote"></form><center>[ <a href="/surveys.html"><b>Results</b></a> | <a href="/surveys.html"><b>Polls</b></a> ]<br>Votes: <b>58</b></center>')
    old = block("Old Articles", '<b>Wednesday, February 26</b><br><strong><big>&middot;</big></strong>&nbsp;Village hall roof appeal reaches target<br>'
                '<b>Monday, February 17</b><br><strong><big>&middot;</big></strong>&nbsp;Half-term activities at the library<br><a href="/stories-archive.html"><b>Older Articles</b></a>')

    def shell(title, center, right):
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n<title>' + E(title) + '</title>\n'
                '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=ISO-8859-1">\n<META HTTP-EQUIV="EXPIRES" CONTENT="0">\n'
                '<META NAME="RESOURCE-TYPE" CONTENT="DOCUMENT">\n<META NAME="DISTRIBUTION" CONTENT="GLOBAL">\n<META NAME="AUTHOR" CONTENT="Wexcombe &amp; District Online">\n'
                '<META NAME="COPYRIGHT" CONTENT="Copyright (c) by Wexcombe &amp; District Online">\n<META NAME="KEYWORDS" CONTENT="Wexcombe, village, news, parish, Wex valley">\n'
                '<META NAME="DESCRIPTION" CONTENT="News and views from Wexcombe and the Wex valley">\n<META NAME="ROBOTS" CONTENT="INDEX, FOLLOW">\n<META NAME="REVISIT-AFTER" CONTENT="1 DAYS">\n'
                '<META NAME="GENERATOR" CONTENT="PHP-Nuke Copyright (c) 2005 by Francisco Burzi. This is free software, and you may redistribute it under the GPL (http://phpnuke.org/files/gpl.txt). PHP-Nuke comes with absolutely no warranty, for details, see the license (http://phpnuke.org/files/gpl.txt).">\n'
                '<link rel="StyleSheet" href="/themes/DeepBlue/style/style.css" type="text/css">\n</head>\n\n'
                '<body bgcolor="#ffffff" text="#000000" link="#363636" vlink="#363636" alink="#d5ae83">\n'
                '<table border="0" cellpadding="0" cellspacing="0" width="100%" bgcolor="#324e68"><tr><td><a href="/"><img src="/themes/DeepBlue/images/logo.gif" border="0" alt="Welcome to Wexcombe &amp; District Online"></a></td>'
                '<td align="right"><form action="/search.html" method="post"><font class="content" color="#ffffff">Search <input type="text" name="query" size="14"></font></form></td></tr></table>\n'
                '<table cellpadding="0" cellspacing="0" width="100%" border="0" align="center" bgcolor="#ffffff"><tr><td bgcolor="#ffffff" valign="top" width="160">\n' + left +
                '</td><td><img src="/themes/DeepBlue/images/pixel.gif" width="10" height="1" border="0" alt=""></td><td width="100%" valign="top">\n' + center +
                '</td><td><img src="/themes/DeepBlue/images/pixel.gif" width="10" height="1" border="0" alt=""></td><td valign="top" width="160">\n' + right +
                '</td></tr></table>\n<br><center><font class="footmsg">All logos and trademarks in this site are property of their respective owner. The comments are property of their posters, all the rest &copy; 2003-2025 by Wexcombe &amp; District Online<br>'
                'You can syndicate our news using the file <a href="/backend.php">backend.php</a><br>Web site powered by <a href="http://phpnuke.org">PHP-Nuke</a><br><br>Page Generation: 0.21 Seconds</font></center>\n</body>\n</html>\n')

    def text(a):
        paras = [E(p) for p in a["paras"]]
        if a["writer"]:
            paras[0] = '<a href="mailto:%s">%s</a> writes "<i>%s</i>"' % (a["writer"][1], E(a["writer"][0]), paras[0])
        return "<br><br>".join(paras)

    for i, a in enumerate(A):
        center = ('<table border="0" cellpadding="0" cellspacing="0" width="100%%" bgcolor="#324e68"><tr><td><table border="0" cellpadding="3" cellspacing="1" width="100%%">'
                  '<tr><td bgcolor="#efefef"><font class="option"><b>%s</b></font><br><font class="content">Posted by <a href="/your-account-userinfo-admin.html">admin</a> on %s (%d reads)<br>'
                  'Topic <a href="/%s">%s</a></font></td></tr><tr><td bgcolor="#ffffff"><a href="/%s"><img src="/images/topics/t%s.gif" border="0" alt="%s" align="right" hspace="10" vspace="10"></a>'
                  '<font class="content">%s</font></td></tr></table></td></tr></table><br>\n'
                  '<table width="100%%" border="0" cellspacing="1" cellpadding="2"><tr><td bgcolor="#efefef" align="center"><font class="content">'
                  '<a href="/your-account.html">Login/Create an Account</a> | 2 comments</font></td></tr>'
                  '<tr><td bgcolor="#ffffff" align="center"><font class="tiny">The comments are owned by the poster. We aren\'t responsible for their content.</font></td></tr></table>\n'
                  '<table width="99%%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#efefef"><font class="content"><b>Re: %s</b> (Score: 1)<br>by Anonymous on %s</font></td></tr>'
                  '<tr><td><font class="content">Good to see something finally happening. Well done to everyone involved.</font></td></tr></table>\n') % (
            E(a["title"]), a["when"], a["reads"], a["topic"][0], E(a["topic"][1]), a["topic"][0], a["sid"], E(a["topic"][1]), text(a), E(a["title"]), a["when"])
        right = block("Related Links", '<strong><big>&middot;</big></strong>&nbsp;<a href="/%s">More about %s</a><br><strong><big>&middot;</big></strong>&nbsp;<a href="/stories-archive.html">News by admin</a><br><br>'
                      '<center><b>Most read story about %s:</b><br><br><a href="%s">%s</a></center>' % (a["topic"][0], E(a["topic"][1]), E(a["topic"][1]), A[(i + 1) % 3]["path"], E(A[(i + 1) % 3]["title"]))) + \
            block("Article Rating", '<center>Average Score: <b>4.5</b><br>Votes: <b>6</b><br><br><form action="/article%d.html" method="post">Please take a second and vote for this article:<br>'
                  '<input type="radio" name="score" value="5">Excellent<br><input type="radio" name="score" value="4">Very Good<br><input type="radio" name="score" value="3">Good<br>'
                  '<input type="radio" name="score" value="2">Regular<br><input type="radio" name="score" value="1">Bad<br><input type="submit" value="Cast my Vote!"></form></center>' % a["sid"]) + \
            block("Options", '<img src="/images/print.gif" border="0" alt="Printer Friendly Page">&nbsp;&nbsp;<a href="/print-article%d.html">Printer Friendly Page</a><br><br>'
                  '<img src="/images/friend.gif" border="0" alt="Send to a Friend">&nbsp;&nbsp;<a href="/friend-article%d.html">Send to a Friend</a>' % (a["sid"], a["sid"]))
        s.story(a, shell("%s - %s" % (NAME, a["title"]), center, right))
        s.copy("/print-article%d.html" % a["sid"],
               ('<html>\n<head><title>Wexcombe &amp; District Online</title></head>\n<body bgcolor="#ffffff" text="#000000">\n<table border="0"><tr><td>\n'
                '<table border="0" width="640" cellpadding="0" cellspacing="1" bgcolor="#000000"><tr><td>\n<table border="0" width="640" cellpadding="20" cellspacing="1" bgcolor="#ffffff"><tr><td>\n'
                '<center><img src="/images/logo.gif" border="0" alt=""><br><br>\n<font class="content"><b>%s</b></font><br>\n'
                '<font class="tiny"><b>Date:</b> %s<br><b>Topic:</b> %s<br><br></font></center>\n<font class="content">%s<br><br></font>\n'
                '</td></tr></table></td></tr></table>\n<br><br><center>\n<font class="content">This article comes from Wexcombe &amp; District Online<br><a href="%s">%s</a><br><br>'
                'The URL for this story is:<br><a href="%s">%s</a></font>\n</center>\n</td></tr></table>\n</body>\n</html>\n') % (
                   E(a["title"]), a["when"], E(a["topic"][1]), text(a), s.url("/"), s.url("/"), s.url(a["path"]), s.url(a["path"])), a["path"])
        s.non("/friend-article%d.html" % a["sid"], shell("%s - Send to a Friend" % NAME,
              '<center><font class="title"><b>Send Story to a Specified Friend</b></font></center><br><br><font class="content">You\'ll send the story <b>%s</b> to a specified friend:<br><br>'
              '<form action="/friend-article%d.html" method="post"><b>Your Name: </b> <input type="text" name="yname" size="25"><br><br><b>Your Email: </b> <input type="text" name="ymail" size="25"><br><br><br>'
              '<b>Friend Name: </b> <input type="text" name="fname" size="25"><br><br><b>Friend Email: </b> <input type="text" name="fmail" size="25"><br><br><input type="submit" value="Send"></form></font>' % (E(a["title"]), a["sid"]),
              block("Information", "Only registered users can rate articles and post comments.") + survey))

    def index_story(a):
        return ('<table border="0" cellpadding="0" cellspacing="0" width="100%%" bgcolor="#324e68"><tr><td><table border="0" cellpadding="3" cellspacing="1" width="100%%">'
                '<tr><td bgcolor="#efefef"><font class="option"><b>%s</b></font><br><font class="content">Posted by <a href="/your-account-userinfo-admin.html">admin</a> on %s (%d reads)</font></td></tr>'
                '<tr><td bgcolor="#ffffff"><font class="content">%s</font></td></tr><tr><td bgcolor="#efefef" align="right"><font class="content">'
                '<a href="%s"><b>Read More...</b></a> | %d bytes more | <a href="%s">2 comments</a> | <a href="/print-article%d.html"><img src="/images/print.gif" border="0" alt="Printer Friendly Page"></a>'
                ' <a href="/friend-article%d.html"><img src="/images/friend.gif" border="0" alt="Send to a Friend"></a></font></td></tr></table></td></tr></table><br>\n') % (
            E(a["title"]), a["when"], a["reads"], ('<a href="mailto:%s">%s</a> writes "<i>%s</i>"' % (a["writer"][1], E(a["writer"][0]), E(a["paras"][0]))) if a["writer"] else E(a["paras"][0]),
            a["path"], len(" ".join(a["paras"][1:])), a["path"], a["sid"], a["sid"])
    s.non("/", shell("%s - News and views from the Wex valley" % NAME,
                     '<table width="100%" border="0" cellspacing="1" cellpadding="8" bgcolor="#efefef"><tr><td><font class="content"><center><b>Welcome to Wexcombe &amp; District Online</b></center><br>'
                     'The village website run by volunteers since 2003. Send us your news using <a href="/submit-news.html">Submit News</a>.</font></td></tr></table><br>\n' +
                     "".join(index_story(a) for a in reversed(A)), survey + old))
    s.non("/stories-archive.html", shell("%s - Stories Archive" % NAME,
                                         '<center><font class="title"><b>Stories Archive</b></font><br><br><font class="content">Please select a month from the list below:</font><br><br>'
                                         '<a href="/stories-archive-2025-3.html">March, 2025</a><br><a href="/stories-archive-2025-2.html">February, 2025</a><br><a href="/stories-archive-2025-1.html">January, 2025</a><br><br>'
                                         '<a href="/stories-archive.html">Show all Stories</a></center>', survey))
    s.non("/stories-archive-2025-3.html", shell("%s - Stories Archive" % NAME,
                                                '<center><font class="title"><b>Stories Archive</b></font><br><br><b>March, 2025</b></center><br>'
                                                '<table border="0" width="100%"><tr><td bgcolor="#efefef"><b>Article</b></td><td bgcolor="#efefef" align="center"><b>Comments</b></td><td bgcolor="#efefef" align="center"><b>Reads</b></td><td bgcolor="#efefef" align="center"><b>Date</b></td></tr>' +
                                                "".join('<tr><td><a href="%s">%s</a></td><td align="center">2</td><td align="center">%d</td><td align="center">%s</td></tr>' % (
                                                    a["path"], E(a["title"]), a["reads"], {57: "04-03-2025", 58: "06-03-2025", 61: "10-03-2025"}[a["sid"]]) for a in reversed(A)) + '</table>', survey))
    s.non("/surveys.html", shell("%s - Surveys" % NAME,
                                 '<center><font class="title"><b>Current Survey Voting Results</b></font></center><br><b>What should the old library building become?</b><br><br>'
                                 '<table><tr><td>Community cafe</td><td><img src="/themes/DeepBlue/images/mainbar.gif" height="12" width="120"> 55.17 % (32)</td></tr>'
                                 '<tr><td>Youth club</td><td><img src="/themes/DeepBlue/images/mainbar.gif" height="12" width="70"> 31.03 % (18)</td></tr>'
                                 '<tr><td>Sell it</td><td><img src="/themes/DeepBlue/images/mainbar.gif" height="12" width="30"> 13.79 % (8)</td></tr></table><br><center>Total Votes: 58<br>We have 1 comments</center>', survey))
    s.non("/topics.html", shell("%s - Topics" % NAME,
                                '<center><font class="title"><b>Current Active Topics</b></font><br>Click to list all articles in selected topic</center><br><table><tr>'
                                '<td><a href="/news-topic-2.html"><img src="/images/topics/council.gif" border="0"><br>Local Council</a></td>'
                                '<td><a href="/news-topic-4.html"><img src="/images/topics/sport.gif" border="0"><br>Sport</a></td>'
                                '<td><a href="/news-topic-5.html"><img src="/images/topics/weather.gif" border="0"><br>Weather &amp; Environment</a></td></tr></table>', survey))
    s.non("/web-links.html", shell("%s - Web Links" % NAME,
                                   '<center><font class="title"><b>Web Links</b></font></center><br><font class="content"><b>Local</b> (12)<br>Clubs, churches and businesses in the parish<br><br>'
                                   '<b>Council</b> (5)<br>Parish, district and county<br><br>There are 31 Links and 4 Categories in our database</font>', survey))
    s.non("/top.html", shell("%s - Top 10" % NAME,
                             '<center><font class="title"><b>Top 10 at Wexcombe &amp; District Online</b></font></center><br><b>10 most read stories</b><br>' +
                             "".join('%d: <a href="%s">%s</a> - (%d reads)<br>' % (n + 1, a["path"], E(a["title"]), a["reads"]) for n, a in enumerate(sorted(A, key=lambda x: -x["reads"]))), survey))
    s.non("/your-account.html", shell("%s - Your Account" % NAME,
                                      '<center><font class="title"><b>User Registration/Login</b></font></center><br><form action="/your-account.html" method="post"><b>Nickname:</b> <input type="text" name="username" size="15"><br>'
                                      '<b>Password:</b> <input type="password" name="user_password" size="15"><br><input type="submit" value="Login"></form><br>Don\'t have an account yet? You can <a href="/your-account.html">create one</a>.', survey))
    s.non("/content-2.html", shell("%s - About Wexcombe Online" % NAME,
                                   '<font class="title"><b>About Wexcombe Online</b></font><br><br><font class="content">Wexcombe &amp; District Online was set up in 2003 by a group of villagers with a borrowed computer and a grant from the parish council. '
                                   'It is run entirely by volunteers. News items are submitted by residents and checked by the site team before they go live.<br><br>Contact the team: team@wexcombe-online.example</font>', survey))


# ====================================================================== 3 Kerrigan Valley Chronicle (en-AU, ColdFusion)
def kerrigan():
    s = Site(3)
    NAME = "Kerrigan Valley Chronicle"
    A = [dict(id=4561, title="Council approves $2.4m upgrade for Kerrigan pool", posted="05/03/2025 8:10 AM", by="By Kylie Brennan", date="2025-03-05", authors=["Kylie Brennan"],
              paras=["Kerrigan Shire Council has approved a $2.4 million upgrade of the Kerrigan Memorial Swimming Pool, which has been losing thousands of litres of water a day through cracks in its 1962 concrete shell.",
                     "Councillors voted 7-2 at Tuesday night's meeting to accept a tender from Riverina Aquatic Builders. Work will start after the pool closes for the season at Easter and is due to finish before the first hot weekend in November.",
                     "Mayor Deb Fairweather said the pool was one of the few places in town where children could cool off in summer. \"We've patched it for years. It was time to fix it properly,\" she said.",
                     "The State Government's regional sport fund is paying $1.5 million, with the rest coming from council reserves. Councillors Ian Grigg and Sue Ballantyne voted against the tender, saying the shire should first fix its rural roads."]),
         dict(id=4566, title="Magpies hold on for a thriller against Wattle Creek", posted="09/03/2025 6:05 PM", by="By Pete Harland", date="2025-03-09", authors=["Pete Harland"],
              paras=["Kerrigan Magpies survived a late fightback from Wattle Creek to win by three points in the opening round of the Valley Football League pre-season cup at Victoria Park on Saturday.",
                     "The Magpies led by 25 points at three-quarter time after a five-goal third quarter, with full-forward Josh Keane kicking four of his six goals in the term. Wattle Creek kicked the first four goals of the last quarter to close the gap to a goal.",
                     "A desperate smother by ruckman Brodie Lang in the final minute stopped a shot that would have given the visitors the lead. Coach Matt Deverell said the win would do wonders for a young side.",
                     "The Magpies play Yarran at home next Saturday. The reserves and under-17s also won, and the netball A-grade side went down by four goals."]),
         dict(id=4570, title="Fruit fly outbreak prompts new rules for backyard growers", posted="11/03/2025 2:45 PM", by="By Liam O'Connor and Jess Tran", date="2025-03-11", authors=["Liam O'Connor", "Jess Tran"],
              paras=["Backyard fruit growers in Kerrigan and Wattle Creek have been told not to move home-grown fruit out of town after Queensland fruit fly was found in traps in two suburban streets last week.",
                     "Biosecurity officers have set up a 1.5km control zone around the finds. Residents inside the zone must pick up fallen fruit, put it in sealed bags in the sun for a week and then put it in the red bin.",
                     "Local orchardist Tony Marchetti said the outbreak was a worry for commercial growers who sell stone fruit interstate. \"If it gets into the orchards we lose access to markets overnight,\" he said.",
                     "Officers will be door-knocking streets in the zone over the next fortnight and handing out free traps. Information sessions will be held at the Kerrigan Library on Thursday and Saturday mornings."])]
    for a in A:
        a["path"] = "/news/story.cfm/ID/%d" % a["id"]
    nav = [("/", "Home"), ("/news/index.cfm", "News"), ("/weather.cfm", "Weather"), ("/classifieds/index.cfm", "Classifieds"), ("/notices/deaths.cfm", "Death Notices"),
           ("/photos/gallery.cfm/GalleryID/12", "Photos"), ("/subscribe.cfm", "Subscribe"), ("/about.cfm", "About Us"), ("/contact.cfm", "Contact")]

    def shell(title, main):
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<title>' + E(title) + '</title>\n<link rel="stylesheet" href="/css/kvc.css" type="text/css">\n<script language="JavaScript" src="/js/popup.js"></script>\n</head>\n'
                '<body>\n<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">\n'
                '<tr><td class="masthead"><a href="/"><img src="/images/kvc_logo.gif" width="420" height="70" border="0" alt="Kerrigan Valley Chronicle"></a></td>'
                '<td class="mastdate" align="right" valign="bottom">Wednesday, 12 March 2025<br>Kerrigan NSW</td></tr>\n'
                '<tr><td colspan="2" class="navbar">' + " | ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav) + '</td></tr>\n'
                '<tr><td valign="top" class="maincol">\n' + main + '\n</td>\n<td valign="top" width="180" class="sidecol">'
                '<div class="sidebox"><b>Latest News</b><br>' + "".join('<a href="%s">%s</a><br>' % (a["path"], E(a["title"])) for a in reversed(A)) + '</div>'
                '<div class="sidebox"><b>Today in Kerrigan</b><br>Fine and sunny, 31&deg;<br><a href="/weather.cfm">Full forecast</a></div>'
                '<div class="sidebox"><a href="/subscribe.cfm"><img src="/images/subscribe_btn.gif" border="0" alt="Subscribe to the Chronicle"></a></div></td></tr>\n'
                '<tr><td colspan="2" class="footer">&copy; Kerrigan Valley Chronicle Pty Ltd 2025. ABN 12 345 678 901. Published Wednesdays and Saturdays.</td></tr>\n</table>\n</body>\n</html>\n')

    for a in A:
        main = ('<table width="100%%" cellpadding="0" cellspacing="0"><tr><td class="crumbs"><a href="/">Home</a> &gt; <a href="/news/index.cfm">News</a></td></tr></table>\n'
                '<h2 class="headline">%s</h2>\n<p class="storydate">Posted %s</p>\n<p class="byline">%s</p>\n<div class="storytext">\n%s</div>\n'
                '<p class="tools"><a href="/news/sendstory.cfm/ID/%d">Email this story</a> | <a href="javascript:window.print()">Print</a></p>') % (
            E(a["title"]), a["posted"], E(a["by"]), ps(a["paras"]), a["id"])
        s.story(a, shell("%s :: News :: %s" % (NAME, a["title"]), main))
        s.non("/news/sendstory.cfm/ID/%d" % a["id"], shell("%s :: Email this story" % NAME,
              '<h2>Email this story</h2><p>Story: <b>%s</b></p><form action="/news/sendstory.cfm/ID/%d" method="post"><p>Your name <input name="sendername"></p>'
              '<p>Your email <input name="senderemail"></p><p>Recipient\'s email <input name="recipient"></p><p><input type="submit" value="Send"></p></form>' % (E(a["title"]), a["id"])))
    s.non("/", shell("%s - Serving Kerrigan, Wattle Creek and Yarran since 1879" % NAME,
                     '<h3 class="section">Top Stories</h3>' + "".join('<p class="teaser"><a href="%s"><b>%s</b></a><br>%s</p>' % (a["path"], E(a["title"]), E(a["paras"][0])) for a in reversed(A)) +
                     '<h3 class="section">Community</h3><p><a href="/notices/deaths.cfm">Death notices</a> | <a href="/classifieds/index.cfm">Classifieds</a> | <a href="/photos/gallery.cfm/GalleryID/12">Show and Shine 2025 photos</a></p>'))
    s.non("/news/index.cfm", shell("%s :: News" % NAME,
                                   '<h2>News</h2><ul>' + "".join('<li><a href="%s">%s</a> <span class="date">%s</span></li>' % (a["path"], E(a["title"]), a["posted"].split()[0]) for a in reversed(A)) + '</ul>'))
    s.non("/weather.cfm", shell("%s :: Weather" % NAME,
                                '<h2>Today\'s weather</h2><table class="wx"><tr><th>Today</th><td>Fine and sunny. Max 31, min 14. Light winds.</td></tr><tr><th>Thursday</th><td>Mostly sunny. Max 33.</td></tr>'
                                '<tr><th>Friday</th><td>Possible afternoon storm. Max 29.</td></tr></table><p>River height at Kerrigan weir: 1.42m (steady). Source: Bureau of Meteorology.</p>'))
    s.non("/classifieds/index.cfm", shell("%s :: Classifieds" % NAME,
                                          '<h2>Classifieds</h2><h4>Livestock</h4><p>20 Angus weaner steers, 240kg avg, ph 0412 555 018.</p><h4>For Sale</h4><p>Ride-on mower, Rover 42in, goes well, $1,100. Ph 0428 555 441.</p>'
                                          '<h4>Positions Vacant</h4><p>Casual farmhand, harvest season, own transport essential. Ph 02 6955 0123.</p>'))
    s.non("/notices/deaths.cfm", shell("%s :: Death Notices" % NAME,
                                       '<h2>Death Notices</h2><p><b>McINTYRE, Joan Margaret.</b> Passed away peacefully at Kerrigan Hospital on 8 March 2025, aged 88 years. Loved wife of the late Ron. Funeral details to be announced.</p>'
                                       '<p><b>BATES, Kevin John.</b> 3 March 2025, aged 71. Dearly loved father of Tracey and Mark. A service will be held at St Paul\'s Anglican Church, Kerrigan, on Friday at 11am.</p>'))
    s.non("/photos/gallery.cfm/GalleryID/12", shell("%s :: Photos :: Show and Shine 2025" % NAME,
                                                    '<h2>Show and Shine 2025</h2><p>Photos: Chronicle staff</p><table><tr><td><img src="/photos/12/01.jpg" width="160"><br>A 1968 Monaro drew a crowd.</td>'
                                                    '<td><img src="/photos/12/02.jpg" width="160"><br>Judges at work.</td><td><img src="/photos/12/03.jpg" width="160"><br>Best in show went to a 1956 FJ Holden.</td></tr></table>'))
    s.non("/subscribe.cfm", shell("%s :: Subscribe" % NAME, '<h2>Subscribe</h2><p>Home delivery in Kerrigan township: $2.80 a week. Posted subscriptions: $180 a year. Call the office on 02 6955 0100.</p>'))
    s.non("/about.cfm", shell("%s :: About Us" % NAME,
                              '<h2>About the Chronicle</h2><p>The Kerrigan Valley Chronicle was founded in 1879 and has been owned by the Deverell family since 1954. It is published every Wednesday and Saturday.</p>'
                              '<p>Editor: Kylie Brennan. Sport: Pete Harland.</p>'))
    s.non("/contact.cfm", shell("%s :: Contact" % NAME, '<h2>Contact</h2><p>44 Sturt Street, Kerrigan NSW 2711<br>Phone 02 6955 0100<br>news@kvchronicle.example</p>'))
    s.sitemap(["/", "/news/index.cfm"] + [a["path"] for a in A] + ["/weather.cfm", "/classifieds/index.cfm", "/notices/deaths.cfm", "/about.cfm", "/contact.cfm"], "/admin/")


# ====================================================================== 4 La Voz del Salado (es-AR, Joomla 1.5)
def salado():
    s = Site(4)
    A = [dict(id=112, cat=("locales", "Locales"), slug="el-municipio-licita-el-asfalto-de-40-cuadras", title="El Municipio licita el asfalto de 40 cuadras en barrio San Martín",
              by="Mariana Quiroga", created="Martes, 04 de Marzo de 2025 10:15", modified="Miércoles, 05 de Marzo de 2025 09:02", date="2025-03-04", authors=["Mariana Quiroga"],
              paras=["La Municipalidad abrió este lunes la licitación para pavimentar 40 cuadras del barrio San Martín, un reclamo que los vecinos vienen haciendo desde hace más de una década. Se presentaron cuatro empresas y la oferta más baja fue de 1.850 millones de pesos.",
                     "El secretario de Obras Públicas, Gustavo Larrea, explicó que la obra se financia con el Fondo de Infraestructura Municipal y que los trabajos comenzarían en mayo si no hay impugnaciones. \"Calculamos ocho meses de obra, siempre que el clima acompañe\", dijo.",
                     "Los vecinos de la calle Moreno, una de las más afectadas por el barro en días de lluvia, siguieron la apertura de sobres desde el hall del Palacio Municipal. \"Las ambulancias no pueden entrar cuando llueve\", contó Norma Ibáñez, que vive en el barrio desde 1987.",
                     "El proyecto incluye cordón cuneta, desagües pluviales y la iluminación LED de todas las calles pavimentadas."],
              must_not=["¿Cuál debería ser la obra prioritaria"]),
         dict(id=115, cat=("campo", "Campo"), slug="la-sequia-recorta-la-cosecha-de-soja", title="La sequía recorta la cosecha de soja en el partido",
              by="Administrador", created="Viernes, 07 de Marzo de 2025 19:40", modified=None, date="2025-03-07", authors=[],
              paras=["La falta de lluvias de enero y febrero dejó su marca en los lotes de soja de primera del partido. Según el último informe de la Sociedad Rural local, el rinde promedio esperado cayó de 32 a 24 quintales por hectárea.",
                     "Los productores consultados coincidieron en que los lotes sembrados en fecha temprana resistieron mejor, mientras que la soja de segunda, implantada después del trigo, es la más comprometida. En algunos campos del sur del partido directamente no se cosechará.",
                     "La entidad pidió al Gobierno provincial que declare la emergencia agropecuaria para la zona, lo que permitiría postergar el pago del impuesto inmobiliario rural y acceder a créditos blandos del Banco Provincia.",
                     "El informe completo puede consultarse en la sede de la Sociedad Rural, en avenida Lastra 455, de lunes a viernes por la mañana."]),
         dict(id=118, cat=("deportes", "Deportes"), slug="atletico-salado-gano-el-clasico", title="Atlético Salado ganó el clásico y es único puntero",
              by="Diego Ferreyra", created="Lunes, 10 de Marzo de 2025 22:30", modified=None, date="2025-03-10", authors=["Diego Ferreyra"],
              paras=["Atlético Salado venció 2 a 0 a Independiente en el clásico de la Liga Regional jugado el domingo ante más de dos mil personas en el estadio Juan Carlos Benítez, y quedó como único líder del torneo Apertura.",
                     "El primer gol llegó a los 23 minutos del primer tiempo, cuando el delantero Franco Ledesma aprovechó un rebote del arquero tras un tiro libre. En el complemento, el juvenil Tomás Aguirre sentenció el partido con un remate cruzado.",
                     "El técnico Raúl Peralta destacó el trabajo defensivo de su equipo. \"Sabíamos que Independiente iba a presionar arriba y lo supimos aguantar\", afirmó en conferencia de prensa.",
                     "En la próxima fecha Atlético visitará a Sportivo Lezama, mientras que Independiente recibirá a Unión de Ranchos en el estadio del barrio La Loma."])]
    for a in A:
        a["path"] = "/noticias/%s/%d-%s.html" % (a["cat"][0], a["id"], a["slug"])
    menu = [("/", "Inicio"), ("/noticias/locales.html", "Locales"), ("/archivo.html", "Archivo"), ("/clasificados.html", "Clasificados"), ("/necrologicas.html", "Necrológicas"),
            ("/el-tiempo.html", "El tiempo"), ("/galeria-de-fotos.html", "Galería de fotos"), ("/quienes-somos.html", "Quiénes somos"), ("/contacto.html", "Contacto")]

    def module(title, inner):
        return '<div class="module"><div><div><div><h3>%s</h3>%s</div></div></div></div>\n' % (E(title), inner)
    poll = module("Encuesta", '<form action="/index.php" method="post" name="form2"><table width="95%" border="0" cellspacing="0" cellpadding="1" align="center" class="poll"><thead><tr><td style="font-weight: bold;">¿Cuál debería ser la obra prioritaria para 2025?</td></tr></thead>'
                  '<tr><td><input type="radio" name="voteid" value="1" /> Asfalto</td></tr><tr><td><input type="radio" name="voteid" value="2" /> Cloacas</td></tr><tr><td><input type="radio" name="voteid" value="3" /> Iluminación</td></tr>'
                  '<tr><td><input type="submit" name="task_button" class="button" value="Votar" /> &nbsp;<a href="/component/poll/3-obra-prioritaria.html">Resultados</a></td></tr></table></form>')
    online = module("Quién está en línea", "Tenemos 14&nbsp;invitados&nbsp;en línea")

    def shell(title, main, author=None, desc=""):
        meta = '<meta name="author" content="%s" />\n  ' % E(author) if author else ""
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="es-es" lang="es-es" >\n<head>\n'
                '  <meta http-equiv="content-type" content="text/html; charset=utf-8" />\n  <meta name="robots" content="index, follow" />\n'
                '  <meta name="keywords" content="noticias, partido, salado, campo, deportes" />\n  <meta name="title" content="' + E(title) + '" />\n  ' + meta +
                '<meta name="description" content="' + E(desc or "La Voz del Salado - Noticias del partido") + '" />\n'
                '  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />\n  <title>' + E(title) + '</title>\n'
                '  <link href="/templates/rhuk_milkyway/favicon.ico" rel="shortcut icon" type="image/x-icon" />\n'
                '  <script type="text/javascript" src="/media/system/js/mootools.js"></script>\n  <script type="text/javascript" src="/media/system/js/caption.js"></script>\n'
                '<link rel="stylesheet" href="/templates/rhuk_milkyway/css/template.css" type="text/css" />\n</head>\n'
                '<body id="page_bg" class="color_blue bg_blue width_fmax">\n<a name="up" id="up"></a>\n<div class="center" align="center">\n<div id="wrapper"><div id="wrapper_r"><div id="header"><div id="header_l"><div id="header_r">'
                '<div id="logo"></div></div></div></div>\n<div id="tabarea"><div id="tabarea_l"><div id="tabarea_r"><div id="tabmenu"><table cellpadding="0" cellspacing="0" class="pill"><tr><td class="pill_l">&nbsp;</td><td class="pill_m"><div id="pillmenu">'
                '<ul id="mainlevel-nav">' + "".join('<li><a href="%s" class="mainlevel-nav">%s</a></li>' % (p, E(t)) for p, t in menu[:5]) + '</ul></div></td><td class="pill_r">&nbsp;</td></tr></table></div></div></div></div>\n'
                '<div id="search"></div><div id="pathway"><span class="breadcrumbs pathway"><a href="/" class="pathway">Inicio</a></span></div><div class="clr"></div>\n'
                '<div id="whitebox"><div id="whitebox_t"><div id="whitebox_tl"><div id="whitebox_tr"></div></div></div><div id="whitebox_m"><div id="area">\n'
                '<div id="leftcolumn">' + module("Menú principal", '<ul class="menu">' + "".join('<li><a href="%s"><span>%s</span></a></li>' % (p, E(t)) for p, t in menu) + '</ul>') + poll + online + '</div>\n'
                '<div id="maincolumn"><table class="nopad"><tr valign="top"><td>\n' + main + '\n</td></tr></table></div>\n'
                '<div class="clr"></div></div><div class="clr"></div></div></div>\n<div id="footerspacer"></div></div>\n'
                '<div id="footer"><div id="footer_l"><div id="footer_r"><p id="syndicate"></p><p id="power_by">Desarrollado por <a href="http://www.joomla.org">Joomla!</a>. <a href="http://validator.w3.org/check/referer">XHTML</a> y <a href="http://jigsaw.w3.org/css-validator/check/referer">CSS</a> válidos.</p></div></div></div>\n'
                '</div></div>\n</body>\n</html>\n')

    def q(a, extra):
        return "/index.php?view=article&amp;catid=%d%%3A%s&amp;id=%d%%3A%s&amp;%s&amp;option=com_content&amp;Itemid=2" % ({"locales": 1, "campo": 3, "deportes": 4}[a["cat"][0]], a["cat"][0], a["id"], a["slug"], extra)
    for a in A:
        pop = "window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;"
        main = ('<table class="contentpaneopen">\n<tr>\n\t\t<td class="contentheading" width="100%%">\n\t\t\t\t\t%s\t\t\t</td>\n'
                '\t\t\t\t\t\t<td align="right" width="100%%" class="buttonheading">\n\t\t<a href="%s" title="PDF" onclick="%s" rel="nofollow"><img src="/images/M_images/pdf_button.png" alt="PDF"  /></a>\t\t</td>\n'
                '\t\t\t\t\t\t<td align="right" width="100%%" class="buttonheading">\n\t\t<a href="%s" title="Imprimir" onclick="%s" rel="nofollow"><img src="/images/M_images/printButton.png" alt="Imprimir"  /></a>\t\t</td>\n'
                '\t\t\t\t\t\t<td align="right" width="100%%" class="buttonheading">\n\t\t<a href="/index.php?option=com_mailto&amp;tmpl=component&amp;link=%s" title="E-mail" onclick="window.open(this.href,\'win2\',\'width=400,height=350,menubar=yes,resizable=yes\'); return false;"><img src="/images/M_images/emailButton.png" alt="E-mail"  /></a>\t\t</td>\n'
                '\t\t\t\t\t</tr>\n</table>\n\n<table class="contentpaneopen">\n\n<tr>\n\t<td valign="top">\n\t\t<span class="small">\n\t\t\tEscrito por %s\t\t</span>\n\t\t&nbsp;&nbsp;\n\t</td>\n</tr>\n'
                '<tr>\n\t<td valign="top" class="createdate">\n\t\t%s\t</td>\n</tr>\n\n<tr>\n<td valign="top">\n%s</td>\n</tr>\n%s</table>\n<span class="article_separator">&nbsp;</span>\n') % (
            E(a["title"]), q(a, "format=pdf"), pop, q(a, "tmpl=component&amp;print=1&amp;layout=default&amp;page="), pop, "aHR0cDovL2xhdm96", E(a["by"]), a["created"], ps(a["paras"]),
            ('<tr>\n\t<td colspan="2" class="modifydate">\n\t\tÚltima actualización el %s\t</td>\n</tr>\n' % a["modified"]) if a["modified"] else "")
        s.story(a, shell(a["title"], main, a["by"], a["paras"][0][:150]))

    def blogitem(a):
        return ('<table class="contentpaneopen"><tr><td class="contentheading" width="100%%"><a href="%s" class="contentpagetitle">%s</a></td></tr></table>'
                '<table class="contentpaneopen"><tr><td valign="top"><span class="small">Escrito por %s</span></td></tr><tr><td valign="top" class="createdate">%s</td></tr>'
                '<tr><td valign="top"><p>%s</p></td></tr><tr><td colspan="2"><a href="%s" class="readon">Leer más...</a></td></tr></table><span class="article_separator">&nbsp;</span>') % (
            a["path"], E(a["title"]), E(a["by"]), a["created"], E(a["paras"][0]), a["path"])
    s.non("/", shell("Inicio", '<div class="componentheading">Bienvenidos a La Voz del Salado</div><table class="blog" cellpadding="0" cellspacing="0"><tr><td valign="top">' +
                     "".join(blogitem(a) for a in reversed(A)) + '</td></tr><tr><td valign="top" align="center"><div class="blog_more"><strong>Más artículos...</strong><ul><li><a class="blogsection" href="/noticias/locales.html">Noticias locales</a></li></ul></div></td></tr></table>'))
    s.non("/noticias/locales.html", shell("Locales", '<div class="componentheading">Locales</div><table class="blog" cellpadding="0" cellspacing="0"><tr><td valign="top">' + blogitem(A[0]) +
                                          '</td></tr><tr><td align="center" class="pagenav">&lt;&lt; Inicio &lt; Anterior <span class="pagenav">1</span> <a href="/noticias/locales.html">2</a> Siguiente &gt; Fin &gt;&gt;</td></tr></table>'))
    s.non("/archivo.html", shell("Archivo", '<div class="componentheading">Archivo</div><form action="/archivo.html" method="post"><select name="month"><option value="03" selected="selected">Marzo</option><option value="02">Febrero</option></select>'
                                 '<select name="year"><option value="2025" selected="selected">2025</option></select><button class="button">Filtrar</button></form><ul id="archive-list" style="list-style: none;">' +
                                 "".join('<li class="row1"><h4><a href="%s">%s</a></h4><h5 class="metadata">Creado el %s | Sección: Noticias | Categoría: %s</h5></li>' % (a["path"], E(a["title"]), a["created"], a["cat"][1]) for a in A) + '</ul>'))
    s.non("/component/poll/3-obra-prioritaria.html", shell("Encuesta - ¿Cuál debería ser la obra prioritaria para 2025?",
                                                          '<div class="componentheading">Encuesta</div><h3>¿Cuál debería ser la obra prioritaria para 2025?</h3><table class="pollstableborder"><tr><td>Asfalto</td><td>241</td><td>48%</td></tr>'
                                                          '<tr><td>Cloacas</td><td>187</td><td>37%</td></tr><tr><td>Iluminación</td><td>74</td><td>15%</td></tr></table><p>Número de votantes: 502<br>Primer voto: Sábado, 01 de Febrero de 2025 08:12<br>Último voto: Martes, 11 de Marzo de 2025 21:47</p>'))
    s.non("/clasificados.html", shell("Clasificados", '<div class="componentheading">Clasificados</div><p><b>VENDO</b> Ford Falcon 1981, motor 3.0, papeles al día. Tel. 2241-555123.</p>'
                                      '<p><b>ALQUILO</b> departamento 2 ambientes, centro, apto profesional. Tel. 2241-555287.</p><p><b>SE OFRECE</b> señora para limpieza por horas, con referencias.</p>'))
    s.non("/necrologicas.html", shell("Necrológicas", '<div class="componentheading">Necrológicas</div><p><b>ROSA ELVIRA GAUNA VDA. DE PEREYRA</b> (q.e.p.d.) Falleció el 9 de marzo de 2025 a los 86 años. Sus hijos, nietos y bisnietos participan su fallecimiento. Sus restos fueron inhumados en el cementerio local.</p>'
                                      '<p><b>HÉCTOR OMAR BUSTOS</b> (q.e.p.d.) Falleció el 6 de marzo de 2025. Servicio: Cochería Del Salado.</p>'))
    s.non("/el-tiempo.html", shell("El tiempo", '<div class="componentheading">El tiempo en el partido</div><table><tr><td>Hoy</td><td>Parcialmente nublado. Máxima 29°, mínima 16°.</td></tr><tr><td>Mañana</td><td>Tormentas aisladas. Máxima 25°.</td></tr></table><p>Fuente: Servicio Meteorológico Nacional.</p>'))
    s.non("/galeria-de-fotos.html", shell("Galería de fotos", '<div class="componentheading">Galería de fotos</div><h3>Carnaval 2025</h3><div class="gallery"><img src="/images/stories/carnaval/01.jpg" width="150" /><img src="/images/stories/carnaval/02.jpg" width="150" /><img src="/images/stories/carnaval/03.jpg" width="150" /></div><p>Fotos: Prensa Municipal.</p>'))
    s.non("/quienes-somos.html", shell("Quiénes somos", '<div class="componentheading">Quiénes somos</div><p>La Voz del Salado es un periódico digital independiente fundado en 2006. Director: Eduardo Quiroga.</p>'))
    s.non("/contacto.html", shell("Contacto", '<div class="componentheading">Contacto</div><form action="/contacto.html" method="post"><p>Nombre <input name="name" /></p><p>E-mail <input name="email" /></p><p>Mensaje <textarea name="text"></textarea></p><button class="button">Enviar</button></form><p>Redacción: Belgrano 318. Tel. (02241) 555-100.</p>'))


# ====================================================================== 5 Вести Приозерья (ru, DataLife Engine, windows-1251)
def priozerye():
    s = Site(5, "windows-1251")
    NAME = "Вести Приозерья"
    A = [dict(id=345, cat=("news", "Новости"), slug="v-priozerskom-otkroyut-novuyu-ambulatoriyu", title="В Приозерском откроют новую врачебную амбулаторию", login="admin", shown="4-03-2025, 10:15",
              views=312, date="2025-03-04", authors=["Ольга Смирнова"], sign="Ольга Смирнова",
              paras=["В посёлке Приозерский до конца года откроется новая врачебная амбулатория. Здание бывшего детского сада на улице Лесной уже передано на баланс районной больницы, сейчас там идёт капитальный ремонт.",
                     "Как рассказал главный врач районной больницы Андрей Колесников, в амбулатории будут работать терапевт, педиатр и стоматолог, а также процедурный кабинет и дневной стационар на шесть коек. До сих пор жителям посёлка приходилось ездить к врачу за тридцать километров.",
                     "На ремонт и оборудование из областного бюджета выделено 48 миллионов рублей. Подрядчик обещает закончить работы к октябрю. Вакансии врачей пока не закрыты, но, по словам Колесникова, двое выпускников медицинского университета уже согласились приехать по программе «Земский доктор».",
                     "В районной администрации уточнили, что к амбулатории проложат новую дорогу с тротуаром и освещением, а рядом оборудуют площадку для машин скорой помощи.",
                     "Жители посёлка встретили новость с осторожным оптимизмом: обещания открыть амбулаторию звучали и раньше."],
              must=["по программе «Земский доктор»"]),
         dict(id=349, cat=("news", "Новости"), slug="ledokhod-na-shuyke-nachalsya-ranshe-obychnogo", title="Ледоход на Шуйке начался раньше обычного", login="Игорь Лебедев", shown="7-03-2025, 18:20",
              views=521, date="2025-03-07", authors=["Игорь Лебедев"], sign=None,
              paras=["На реке Шуйке в районе Приозерского начался ледоход — почти на три недели раньше, чем обычно. Причиной стала аномально тёплая погода первой недели марта, когда днём воздух прогревался до плюс восьми градусов.",
                     "Специалисты районного управления по делам ГО и ЧС ведут ежедневный мониторинг уровня воды у моста на трассе и в деревнях Заречье и Пески. Пока уровень ниже критической отметки на полтора метра, угрозы подтопления жилых домов нет.",
                     "Спасатели напоминают, что выход на лёд сейчас смертельно опасен. На прошлой неделе двоих рыбаков уже пришлось снимать с оторвавшейся льдины недалеко от устья.",
                     "По прогнозу синоптиков, в ближайшие дни потепление продолжится, а по ночам ожидаются лишь небольшие заморозки.",
                     "Родителей просят объяснить детям, почему нельзя подходить к кромке воды и играть на льдинах у берега. Телефон единой дежурно-диспетчерской службы района — 112."]),
         dict(id=352, cat=("obshchestvo", "Общество"), slug="rayonnaya-biblioteka-poluchila-600-novykh-knig", title="Районная библиотека получила 600 новых книг", login="admin", shown="11-03-2025, 09:05",
              views=148, date="2025-03-11", authors=[], sign="По информации пресс-службы администрации района",
              paras=["Центральная районная библиотека получила более 600 новых книг в рамках областной программы комплектования муниципальных библиотек. Среди новинок — современная проза, детская литература, книги по истории края и справочники для школьников.",
                     "Часть изданий будет передана в сельские филиалы в Заречье, Песках и Крутом Бору. Заведующая библиотекой Наталья Рябова отметила, что читатели давно просили обновить фонд детской литературы: многие книги выдавались так часто, что пришли в негодность.",
                     "В апреле библиотека планирует провести день открытых дверей для школьников и презентацию книги местного краеведа об истории Приозерского района. Новые книги уже доступны на абонементе, а запись на экскурсии принимается по телефону.",
                     "Кроме того, в читальном зале установлены два новых компьютера с доступом к Национальной электронной библиотеке. Пользоваться ими могут все записанные читатели бесплатно, в часы работы библиотеки со вторника по субботу."])]
    for a in A:
        a["path"] = "/%s/%d-%s.html" % (a["cat"][0], a["id"], a["slug"])
        a["print"] = "/print:page,1,%d-%s.html" % (a["id"], a["slug"])
        a["ulink"] = urllib.parse.quote(a["login"], encoding="cp1251")
    menu = [("/", "Главная"), ("/news/", "Новости"), ("/obshchestvo/", "Общество"), ("/obyavleniya/", "Объявления"), ("/lastnews/", "Последние новости"),
            ("/pogoda.html", "Погода"), ("/fotogalereya.html", "Фотогалерея"), ("/o-gazete.html", "О газете")]

    def shell(title, inner):
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />\n<title>' + E(title) + '</title>\n'
                '<meta name="description" content="Новости Приозерского района" />\n<meta name="keywords" content="Приозерский район, новости, Шуйка, администрация" />\n'
                '<meta name="generator" content="DataLife Engine (http://dle-news.ru)" />\n<link rel="search" type="application/opensearchdescription+xml" href="/engine/opensearch.php" title="' + E(NAME) + '" />\n'
                '<script type="text/javascript" src="/engine/classes/js/jquery.js"></script>\n<script type="text/javascript" src="/engine/classes/js/dle_js.js"></script>\n'
                '<link media="screen" href="/templates/Default/style/styles.css" type="text/css" rel="stylesheet" />\n</head>\n<body>\n'
                '<div id="loading-layer" style="display:none">Загрузка. Пожалуйста, подождите...</div>\n'
                '<div class="wwide pagebg"><div class="wrapper"><div class="header"><h1><a class="thide" href="/" title="' + E(NAME) + '">' + E(NAME) + '</a></h1>'
                '<p class="slogan">Общественно-политическая газета Приозерского района. Выходит с 1931 года</p></div>\n'
                '<div class="mbar"><ul class="reset">' + "".join('<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in menu) + '</ul></div>\n'
                '<div class="shadlr"><div class="container"><div class="vsep"><div class="vsep">\n<div id="midside" class="rcol">\n' + inner + '\n</div>\n'
                '<div id="sidebar" class="lcol"><div class="block"><div class="dtop"><h4 class="btl">Опрос</h4></div><div class="dcont"><div class="vtitle">Как вы оцениваете работу общественного транспорта в районе?</div>'
                '<form method="post" name="vote" action=""><div class="vlist"><input type="radio" name="vote_check" value="0" /> Хорошо<br /><input type="radio" name="vote_check" value="1" /> Удовлетворительно<br />'
                '<input type="radio" name="vote_check" value="2" /> Плохо</div><button class="fbutton" type="submit">Голосовать</button></form></div></div>'
                '<div class="block"><div class="dtop"><h4 class="btl">Календарь</h4></div><div class="dcont"><table id="calendar" class="calendar"><tr><th colspan="7" class="monthselect">Март 2025</th></tr></table></div></div>'
                '<div class="block"><div class="dtop"><h4 class="btl">Архив новостей</h4></div><div class="dcont"><a href="/2025/03/">Март 2025 (3)</a><br /><a href="/2025/02/">Февраль 2025 (11)</a></div></div></div>\n'
                '</div></div></div></div>\n<div class="footbox"><div class="rcol">&copy; 2008-2025 МУП «Редакция газеты «Вести Приозерья». При использовании материалов ссылка на сайт обязательна. 16+</div>'
                '<div class="lcol"><a href="/o-gazete.html">О газете</a> | <a href="/index.php?do=feedback">Обратная связь</a></div></div>\n</div></div>\n</body>\n</html>\n')

    def text(a):
        t = BR(a["paras"])
        if a["sign"]:
            t += '<br /><br />\n<div align="right"><b>%s</b></div>' % E(a["sign"])
        return t
    for a in A:
        inner = ('<div id=\'dle-content\'><div class="base fullstory">\n<div class="dpad">\n<h3 class="btl">%s</h3>\n'
                 '<div class="bhinfo"><span class="baseinfo radial">Автор: <a onclick="ShowProfile(\'%s\', \'/user/%s/\', \'0\'); return false;" href="/user/%s/">%s</a> от %s</span>'
                 ' <a href="%s" rel="nofollow"><img src="/templates/Default/dleimages/print.png" alt="Версия для печати" title="Версия для печати" /></a></div>\n'
                 '<div class="maincont">\n%s\n<div class="clr"></div></div>\n<div class="storenumber"></div>\n</div>\n'
                 '<div class="mlink"><span class="argback"><a href="javascript:history.go(-1)"><b>Вернуться назад</b></a></span><span class="argviews"><span title="Просмотров: %d"><b>%d</b></span></span>'
                 '<span class="argcoms"><a href="#comment"><b>Комментариев: 0</b></a></span><div class="mlarrow">&nbsp;</div><p class="lcol argcat">Категория: <a href="/%s/">%s</a></p></div>\n'
                 '<div class="related"><div class="dtop"><h2><span>Похожие публикации</span></h2></div><div class="dcont"><ul class="reset">%s</ul></div></div>\n'
                 '</div>\n<div class="pheading"><h2>Информация</h2></div><div class="basecont"><div class="infoblock">Посетители, находящиеся в группе <b>Гости</b>, не могут оставлять комментарии к данной публикации.</div></div>\n</div>') % (
            E(a["title"]), a["login"], a["ulink"], a["ulink"], E(a["login"]), a["shown"], a["print"], text(a), a["views"], a["views"], a["cat"][0], a["cat"][1],
            "".join('<li><a href="%s">%s</a></li>' % (o["path"], E(o["title"])) for o in A if o is not a))
        s.story(a, shell("%s » %s" % (a["title"], NAME), inner))
        # the print link is rel="nofollow": a crawler need not fetch it, so the
        # copy is left out of truth
        s.put(a["print"], ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
                            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />\n<title>%s » %s » Версия для печати</title>\n<link media="screen" href="/templates/Default/style/print.css" type="text/css" rel="stylesheet" />\n</head>\n'
                            '<body><h1>%s</h1>\n<p>Автор: %s от %s</p>\n<div>%s</div>\n<p>Вернуться назад</p>\n</body>\n</html>\n') % (E(a["title"]), E(NAME), E(a["title"]), E(a["login"]), a["shown"], text(a)))

    def short(a):
        return ('<div class="base shortstory"><div class="dpad"><h3 class="btl"><a href="%s">%s</a></h3><div class="bhinfo"><span class="baseinfo radial">Автор: <a href="/user/%s/">%s</a> от %s</span></div>'
                '<div class="maincont">%s<div class="clr"></div></div></div><div class="mlink"><span class="argmore"><a href="%s"><b>Подробнее</b></a></span><span class="argviews"><b>%d</b></span>'
                '<p class="lcol argcat">Категория: <a href="/%s/">%s</a></p></div></div>\n') % (a["path"], E(a["title"]), a["ulink"], E(a["login"]), a["shown"], E(a["paras"][0]), a["path"], a["views"], a["cat"][0], a["cat"][1])
    nav = '<div class="basenavi"><div class="bnnavi"><div class="navigation"><span>1</span> <a href="/page/2/">2</a> <a href="/page/3/">3</a> ... <a href="/page/47/">47</a></div></div></div>'
    s.non("/", shell("%s - новости Приозерского района" % NAME, "<div id='dle-content'>" + "".join(short(a) for a in reversed(A)) + nav + "</div>"))
    s.non("/news/", shell("Новости » %s" % NAME, "<div id='dle-content'>" + "".join(short(a) for a in reversed(A) if a["cat"][0] == "news") + "</div>"))
    s.non("/obshchestvo/", shell("Общество » %s" % NAME, "<div id='dle-content'>" + short(A[2]) + "</div>"))
    s.non("/lastnews/", shell("Последние новости » %s" % NAME, '<div class="pheading"><h2>Последние новости</h2></div><table class="userstop">' +
                              "".join('<tr><td>%s</td><td><a href="%s">%s</a></td><td>%s</td></tr>' % (a["shown"], a["path"], E(a["title"]), a["cat"][1]) for a in reversed(A)) + '</table>'))
    s.non("/2025/03/", shell("Архив новостей за март 2025 года » %s" % NAME, "<div id='dle-content'>" + "".join(short(a) for a in reversed(A)) + "</div>"))
    s.non("/obyavleniya/", shell("Объявления » %s" % NAME,
                                 "<div id='dle-content'><div class=\"base shortstory\"><div class=\"dpad\"><h3 class=\"btl\">Продам дом в Заречье</h3><div class=\"maincont\">Дом 60 кв. м, участок 15 соток, баня, газ по улице. Тел. 8-921-555-12-34.</div></div></div>"
                                 "<div class=\"base shortstory\"><div class=\"dpad\"><h3 class=\"btl\">Куплю дрова</h3><div class=\"maincont\">Берёза, колотые, с доставкой. Тел. 8-911-555-40-02.</div></div></div></div>"))
    s.non("/pogoda.html", shell("Погода » %s" % NAME, '<div class="base"><div class="dpad"><h1>Погода в Приозерском</h1><p>Сегодня: облачно с прояснениями, днём +6, ночью -2. Ветер юго-западный, 3-5 м/с.</p><p>Завтра: небольшой дождь, +4.</p></div></div>'))
    s.non("/fotogalereya.html", shell("Фотогалерея » %s" % NAME, '<div class="base"><div class="dpad"><h1>Фотогалерея</h1><p>Масленица на центральной площади</p><img src="/uploads/foto/maslenica1.jpg" /><img src="/uploads/foto/maslenica2.jpg" /><p>Фото Ольги Смирновой</p></div></div>'))
    s.non("/o-gazete.html", shell("О газете » %s" % NAME, '<div class="base"><div class="dpad"><h1>О газете</h1><p>Газета «Вести Приозерья» выходит с 1931 года. Учредитель — администрация Приозерского района. Главный редактор — Т. В. Орлова.</p><p>Адрес редакции: пос. Приозерский, ул. Советская, 12.</p></div></div>'))
    s.non("/user/admin/", shell("Пользователь: admin » %s" % NAME, '<div class="base"><div class="dpad"><h2>Пользователь: admin</h2><ul><li>Группа: Администраторы</li><li>Дата регистрации: 12 января 2008</li><li>Количество публикаций: 2841</li></ul></div></div>'))


# ====================================================================== 6 Ohmtal-Blog (de, Movable Type 3)
def ohmtal():
    s = Site(6)
    NAME = "Ohmtal-Blog"
    A = [dict(id=412, base="schulbus_fahrt_", title="Schulbus fährt wieder über die Ortsumgehung", header="Dienstag, 04. März 2025", by="Jens Köhler", time="10:15", iso="2025-03-04T10:15:00+01:00",
              cat="Lokales", date="2025-03-04", authors=["Jens Köhler"],
              paras=["Seit Montag fährt der Schulbus der Linie 38 wieder über die Ortsumgehung von Kirtorf. Die Strecke war seit den Herbstferien wegen der Sanierung der Brücke über die Ohm gesperrt, die Kinder aus Gleimenhain und Ober-Gleen mussten deshalb jeden Morgen eine Viertelstunde früher an der Haltestelle stehen.",
                     "Hessen Mobil hatte die Fertigstellung ursprünglich für Weihnachten angekündigt. Wegen des Frosts im Januar konnten die Abdichtungsarbeiten aber erst Mitte Februar abgeschlossen werden. Die Kosten liegen nach Angaben der Behörde bei rund 1,3 Millionen Euro.",
                     "„Endlich wieder eine normale Uhrzeit“, sagte eine Mutter aus Gleimenhain, die ihre beiden Kinder am Montagmorgen zur Haltestelle brachte. Der Busbetreiber bestätigte, dass ab sofort wieder der alte Fahrplan gilt.",
                     "Für Autofahrer bleibt die Brücke noch bis Ende März einspurig, weil die Geländer erneuert werden. Eine Ampel regelt den Verkehr."],
              comments=[("Petra W.", "04.03.2025 14:22", "Danke für die Info! Hatte schon gar nicht mehr damit gerechnet."), ("Bernd", "04.03.2025 19:05", "Die Ampel steht aber schon wieder seit zwei Wochen auf Dauerrot, das sollte mal jemand prüfen.")],
              must_not=["Die Ampel steht aber schon wieder seit zwei Wochen"]),
         dict(id=415, base="gemeindevertret", title="Gemeindevertretung streitet über Windpark am Hohen Berg", header="Freitag, 07. März 2025", by="Redaktion", time="23:10", iso="2025-03-07T23:10:00+01:00",
              cat="Politik", date="2025-03-07", authors=[],
              paras=["Die geplanten fünf Windräder am Hohen Berg haben am Donnerstagabend in der Stadtverordnetenversammlung Homberg für eine hitzige Debatte gesorgt. Mehr als achtzig Zuhörer waren ins Bürgerhaus gekommen, so viele wie seit Jahren nicht mehr.",
                     "Der Projektierer, eine Tochter der Oberhessischen Versorgungsbetriebe, stellte seine Pläne vor: Die Anlagen sollen eine Nabenhöhe von 166 Metern haben und rechnerisch den Strom für rund 14.000 Haushalte erzeugen. Die Stadt würde über die Pacht für die Waldflächen jährlich etwa 180.000 Euro einnehmen.",
                     "Eine Bürgerinitiative kritisierte die Nähe zu den Ortsteilen Dannenrod und Appenrod und den Verlust von Wald. Der Bürgermeister warb dagegen für das Projekt und verwies auf die leere Stadtkasse. Eine Entscheidung fiel nicht; der Bauausschuss soll sich im April erneut mit dem Thema befassen.",
                     "Die Unterlagen liegen bis zum 4. April im Rathaus zur Einsicht aus."],
              comments=[("Anwohner Appenrod", "08.03.2025 09:40", "166 Meter Nabenhöhe, das sind mit Rotor über 240 Meter. Das sieht man bis nach Alsfeld.")]),
         dict(id=418, base="backerei_lenz_s", title="Bäckerei Lenz schließt nach 112 Jahren", header="Montag, 10. März 2025", by="Anke Schäfer", time="08:45", iso="2025-03-10T08:45:00+01:00",
              cat="Lokales", date="2025-03-10", authors=["Anke Schäfer"],
              paras=["Nach 112 Jahren schließt die Bäckerei Lenz in der Homberger Altstadt Ende des Monats ihre Türen. Bäckermeister Karl-Heinz Lenz, der den Betrieb in vierter Generation führt, findet keinen Nachfolger und geht mit 67 Jahren in den Ruhestand.",
                     "Sein Urgroßvater hatte die Backstube 1913 am Marktplatz eröffnet. Noch heute stehen die Bleche jeden Morgen um drei Uhr im Ofen, und an Samstagen bildet sich vor dem Laden eine Schlange bis zum Brunnen. Besonders der Streuselkuchen und das Ohmtaler Landbrot haben Stammkunden aus der ganzen Umgebung.",
                     "„Ich hätte mir gewünscht, dass es weitergeht“, sagt Lenz. Zwei Gesellen hätten Interesse gezeigt, sich am Ende aber gegen die Selbstständigkeit entschieden. Die Energiepreise und die Bürokratie hätten die Sache nicht leichter gemacht.",
                     "Am letzten Verkaufstag, dem 29. März, lädt die Familie ihre Kunden zu Kaffee und Kuchen ein."],
              comments=[])]
    for a in A:
        a["path"] = "/archives/2025/03/%s.html" % a["base"]
    cats = [("/archives/lokales/", "Lokales"), ("/archives/politik/", "Politik")]

    def shell(title, body, cls, head=""):
        side = ('<div id="beta"><div id="beta-inner" class="pkg">'
                '<div class="module-search module"><h2 class="module-header">Suchen</h2><div class="module-content"><form method="get" action="/mt/mt-search.cgi"><input id="search" name="search" size="20" /><input type="submit" value="Suchen" /></form></div></div>'
                '<div class="module-categories module"><h2 class="module-header">Kategorien</h2><div class="module-content"><ul class="module-list">' +
                "".join('<li class="module-list-item"><a href="%s" title="">%s</a></li>' % (p, t) for p, t in cats) + '</ul></div></div>'
                '<div class="module-archives module"><h2 class="module-header">Archiv</h2><div class="module-content"><ul class="module-list"><li class="module-list-item"><a href="/archives/2025/03/">März 2025</a></li>'
                '<li class="module-list-item"><a href="/archives/2025/02/">Februar 2025</a></li></ul></div></div>'
                '<div class="module-recent module"><h2 class="module-header">Neueste Einträge</h2><div class="module-content"><ul class="module-list">' +
                "".join('<li class="module-list-item"><a href="%s">%s</a></li>' % (a["path"], E(a["title"])) for a in reversed(A)) + '</ul></div></div>'
                '<div class="module-about module"><h2 class="module-header">Über dieses Blog</h2><div class="module-content"><a href="/about.html">Wer wir sind</a> &middot; <a href="/impressum.html">Impressum</a> &middot; '
                '<a href="/termine.html">Termine</a> &middot; <a href="/fotos.html">Fotoalbum</a></div></div>'
                '<div class="module-syndicate module"><div class="module-content"><a href="/index.xml">Feed abonnieren</a></div></div>'
                '<div class="module-powered module"><div class="module-content">Powered by<br /><a href="http://www.sixapart.com/movabletype/">Movable Type 3.35</a></div></div></div></div>\n')
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard">\n<head>\n   <meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
                '   <meta name="generator" content="Movable Type 3.35" />\n   <link rel="stylesheet" href="/styles-site.css" type="text/css" />\n'
                '   <link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="/index.xml" />\n   <title>' + E(title) + '</title>\n' + head +
                '</head>\n<body class="layout-two-column-right ' + cls + '">\n   <div id="container">\n      <div id="container-inner" class="pkg">\n'
                '         <div id="banner">\n            <div id="banner-inner" class="pkg">\n               <h1 id="banner-header"><a href="/" accesskey="1">' + NAME + '</a></h1>\n'
                '               <h2 id="banner-description">Nachrichten aus Homberg, Kirtorf und dem Ohmtal</h2>\n            </div>\n         </div>\n'
                '         <div id="pagebody">\n            <div id="pagebody-inner" class="pkg">\n               <div id="alpha">\n                  <div id="alpha-inner" class="pkg">\n' + body +
                '\n                  </div>\n               </div>\n' + side + '            </div>\n         </div>\n      </div>\n   </div>\n</body>\n</html>\n')

    def entry(a, full):
        foot = '<span class="post-footers">Veröffentlicht von %s um %s </span> <span class="separator">|</span> <a class="permalink" href="%s">Permalink</a>' % (E(a["by"]), a["time"], a["path"])
        if not full:
            foot += ' <span class="separator">|</span> <a href="%s#comments">Kommentare (%d)</a> <span class="separator">|</span> <a href="%s#trackback">TrackBacks (0)</a>' % (a["path"], len(a["comments"]), a["path"])
        return ('<h2 class="date-header">%s</h2>\n<a id="a000%d"></a>\n<div class="entry" id="entry-%d">\n   <h3 class="entry-header">%s</h3>\n   <div class="entry-content">\n      <div class="entry-body">\n%s      </div>\n   </div>\n'
                '   <p class="entry-footer">\n      %s\n   </p>\n</div>\n') % (a["header"], a["id"], a["id"], E(a["title"]), ps(a["paras"]), foot)
    for i, a in enumerate(A):
        nav = '<p class="content-nav">%s<a href="/">Hauptseite</a>%s</p>\n' % (
            ('<a href="%s">&laquo; %s</a> | ' % (A[i - 1]["path"], E(A[i - 1]["title"]))) if i else "",
            (' | <a href="%s">%s &raquo;</a>' % (A[i + 1]["path"], E(A[i + 1]["title"]))) if i + 1 < len(A) else "")
        comments = "".join('<div class="comment" id="comment-%d"><div class="comment-content"><p>%s</p></div><p class="comment-footer">Verfasst von: %s | %s</p></div>\n' % (
            a["id"] * 10 + k, E(t), E(n), d) for k, (n, d, t) in enumerate(a["comments"]))
        body = nav + entry(a, True) + (
            '<div class="trackbacks"><h3 id="trackback" class="trackbacks-header">TrackBack</h3><div class="trackbacks-info"><p>TrackBack-URL für diesen Eintrag:<br />http://127.0.8.26:18163/mt/mt-tb.cgi/%d</p></div></div>\n'
            '<div class="comments"><a id="comments"></a><h3 class="comments-header">Kommentare</h3><div class="comments-content">%s</div>\n'
            '<form method="post" action="/mt/mt-comments.cgi" name="comments_form"><h2 class="comments-open-header">Kommentar schreiben</h2><input type="hidden" name="entry_id" value="%d" />'
            '<label for="comment-author">Name:</label><input id="comment-author" name="author" size="30" /><label for="comment-text">Kommentare:</label><textarea id="comment-text" name="text" rows="10" cols="30"></textarea>'
            '<input type="submit" name="post" value="Abschicken" /></form></div>\n') % (a["id"], comments, a["id"])
        s.story(a, shell("%s: %s" % (NAME, a["title"]), body, "individual-entry-archive",
                         '   <link rel="start" href="/" title="Home" />\n' + ('   <link rel="prev" href="%s" title="%s" />\n' % (A[i - 1]["path"], E(A[i - 1]["title"])) if i else "")))
    s.non("/", shell(NAME, "".join(entry(a, False) for a in reversed(A)), "main-index"))
    s.non("/archives/2025/03/", shell("%s: März 2025 Archiv" % NAME, '<p class="content-nav"><a href="/archives/2025/02/">&laquo; Februar 2025</a> | <a href="/">Hauptseite</a></p>\n' +
                                      "".join(entry(a, False) for a in A), "date-based-archive"))
    s.non("/archives/2025/02/", shell("%s: Februar 2025 Archiv" % NAME, '<p class="content-nav"><a href="/">Hauptseite</a> | <a href="/archives/2025/03/">März 2025 &raquo;</a></p>\n'
                                      '<h2 class="date-header">Freitag, 28. Februar 2025</h2><div class="entry"><h3 class="entry-header"><a href="/archives/2025/02/fastnachtsumzu.html">Fastnachtsumzug in Kirtorf</a></h3>'
                                      '<div class="entry-content"><div class="entry-body"><p>Der Umzug startet am Sonntag um 14.11 Uhr am Sportplatz.</p></div></div></div>', "date-based-archive"))
    s.non("/archives/lokales/", shell("%s: Lokales" % NAME, "".join(entry(a, False) for a in reversed(A) if a["cat"] == "Lokales"), "category-archive"))
    s.non("/archives/politik/", shell("%s: Politik" % NAME, "".join(entry(a, False) for a in reversed(A) if a["cat"] == "Politik"), "category-archive"))
    s.non("/about.html", shell("%s: Wer wir sind" % NAME, '<h2 class="page-header">Wer wir sind</h2><p>Das Ohmtal-Blog wurde 2005 von zwei ehemaligen Redakteuren der Lokalzeitung gegründet. Heute schreiben hier Jens Köhler, Anke Schäfer und eine Handvoll freier Mitarbeiter über das, was im Ohmtal passiert.</p>', "page"))
    s.non("/impressum.html", shell("%s: Impressum" % NAME, '<h2 class="page-header">Impressum</h2><p>Verantwortlich nach § 55 RStV: Jens Köhler, Marktplatz 4, 35315 Homberg (Ohm). E-Mail: redaktion@ohmtal-blog.example</p>', "page"))
    s.non("/termine.html", shell("%s: Termine" % NAME, '<h2 class="page-header">Termine</h2><ul><li>14.03. Jahreshauptversammlung Feuerwehr Kirtorf, 19.30 Uhr, Gerätehaus</li><li>22.03. Frühjahrsbasar, Bürgerhaus Homberg, 14 Uhr</li><li>29.03. Letzter Verkaufstag Bäckerei Lenz</li></ul>', "page"))
    s.non("/fotos.html", shell("%s: Fotoalbum" % NAME, '<h2 class="page-header">Fotoalbum</h2><p>Fastnachtsumzug Kirtorf 2025</p><img src="/fotos/umzug1.jpg" width="200" /><img src="/fotos/umzug2.jpg" width="200" /><p>Fotos: Jens Köhler</p>', "page"))
    import datetime
    s.rss("/index.xml", NAME, [(a["path"], a["title"], datetime.datetime.fromisoformat(a["iso"]).strftime("%a, %d %b %Y %H:%M:%S +0100")) for a in reversed(A)])


# ====================================================================== 7 Valfredda Notizie (it, Blogger classic)
def valfredda():
    s = Site(7)
    NAME = "Valfredda Notizie"
    A = [dict(pid="6418223574519038211", slug="frana-sulla-provinciale-valfredda", title="Frana sulla provinciale, Valfredda isolata per due giorni", header="martedì 4 marzo 2025", by="Giulia Ferri", time="10:15",
              date="2025-03-04", authors=["Giulia Ferri"],
              paras=["Una frana di circa duecento metri cubi è scesa nella notte tra domenica e lunedì sulla strada provinciale 27, all'altezza del tornante dei Castagneti, bloccando l'unico collegamento tra Valfredda e il fondovalle.",
                     "I tecnici della Provincia hanno lavorato per tutta la giornata di lunedì per mettere in sicurezza il versante, mentre i vigili del fuoco hanno accompagnato a piedi oltre lo smottamento una decina di persone che dovevano raggiungere il posto di lavoro. Lo scuolabus non ha potuto salire e le scuole del paese sono rimaste chiuse.",
                     "Il sindaco Renato Bonfanti ha firmato un'ordinanza di chiusura della strada fino a mercoledì mattina. «Chiediamo da anni le reti paramassi su quel tratto», ha detto, «speriamo che questa sia la volta buona».",
                     "Per le emergenze sanitarie è stato predisposto l'elisoccorso, con una piazzola provvisoria nel campo sportivo."],
              comments=[("Anonimo", "4 marzo 2025 12:31", "Era ora che qualcuno ne parlasse, quella curva è pericolosa da vent'anni."), ("Luca B.", "4 marzo 2025 18:02", "Grazie ai vigili del fuoco, sempre presenti.")],
              must_not=["quella curva è pericolosa da vent'anni"]),
         dict(pid="2283640931875520497", slug="il-consiglio-comunale-approva-il", title="Il consiglio comunale approva il bilancio: più fondi per le scuole", header="venerdì 7 marzo 2025", by="Redazione", time="22:40",
              date="2025-03-07", authors=[],
              paras=["Il consiglio comunale di Valfredda ha approvato giovedì sera il bilancio di previsione 2025 con i voti della maggioranza e l'astensione dei due consiglieri di minoranza. Il documento pareggia su 4,2 milioni di euro.",
                     "La voce che cresce di più è quella dell'istruzione: 180 mila euro per il rifacimento del tetto della scuola primaria e per il servizio di mensa, che da settembre sarà gestito direttamente dal Comune. Confermate le aliquote dell'IMU e dell'addizionale Irpef, che non aumentano per il quinto anno consecutivo.",
                     "La minoranza ha criticato lo scarso impegno sul fronte della manutenzione delle strade comunali, definite «un colabrodo» dal consigliere Alberto Rota. L'assessore al bilancio ha replicato che un piano asfalti sarà finanziato con l'avanzo di amministrazione in estate.",
                     "Il prossimo consiglio è convocato per il 28 marzo."],
              comments=[]),
         dict(pid="8830157264401925563", slug="derby-alla-polisportiva", title="Derby alla Polisportiva: 3-1 al Sanpellegrino", header="lunedì 10 marzo 2025", by="Marco Bassi", time="19:05",
              date="2025-03-10", authors=["Marco Bassi"],
              paras=["La Polisportiva Valfredda vince il derby con il Sanpellegrino per 3 a 1 e sale al terzo posto nel girone B di Prima Categoria. Davanti a quasi quattrocento spettatori, i ragazzi di mister Locatelli hanno disputato la migliore partita della stagione.",
                     "Dopo il vantaggio ospite su rigore al quarto d'ora, la Polisportiva ha pareggiato con un colpo di testa di Gritti su calcio d'angolo. Nella ripresa la doppietta di Pesenti, con un diagonale e un pallonetto, ha chiuso i conti.",
                     "«È una vittoria che dedichiamo a tutto il paese», ha detto a fine gara il presidente Giacomo Milesi. Domenica prossima la squadra sarà impegnata in trasferta a Zogno.",
                     "Nel settore giovanile, buone notizie anche dagli Allievi, che hanno battuto 2 a 0 l'Oratorio San Giovanni e restano in testa alla classifica."],
              comments=[("Anonimo", "10 marzo 2025 21:14", "Forza Pol! Pesenti il migliore in campo.")])]
    for a in A:
        a["path"] = "/2025/03/%s.html" % a["slug"]
    U = s.url

    def shell(title, main):
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n\n'
                '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="it" lang="it">\n<head>\n  <title>' + E(title) + '</title>\n\n'
                '  <script type="text/javascript">(function() { var a=window;function f(e){this.t={};this.tick=function(d,b,c){var e=c?c:(new Date).getTime();this.t[d]=[e,b]};this.tick("start",null,e)} })();</script>'
                '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n<meta name="MSSmartTagsPreventParsing" content="true" />\n<meta name="generator" content="Blogger" />\n'
                '<link rel="icon" type="image/vnd.microsoft.icon" href="https://www.blogger.com/favicon.ico"/>\n<link rel="alternate" type="application/atom+xml" title="' + NAME + ' - Atom" href="' + U("/feeds/posts/default") + '" />\n'
                '<link rel="service.post" type="application/atom+xml" title="' + NAME + ' - Atom" href="https://www.blogger.com/feeds/5521807334412298811/posts/default" />\n'
                '<link rel="EditURI" type="application/rsd+xml" title="RSD" href="https://www.blogger.com/rsd.g?blogID=5521807334412298811" />\n'
                '  <style type="text/css">\n@import url("https://www.blogger.com/css/blog_controls.css");\n@import url("https://www.blogger.com/dyn-css/authorization.css?targetBlogID=5521807334412298811");\n</style>\n'
                '  <style type="text/css">\nbody { background:#fff; margin:0; padding:40px 20px; font:x-small Georgia,Serif; text-align:center; color:#333; font-size/* */:/**/small; font-size: /**/small; }\n'
                'a:link { color:#58a; text-decoration:none; }\n#header { width:660px; margin:0 auto 10px; border:1px solid #ccc; }\n.date-header { margin:1.5em 0 .5em; }\n.post { margin:.5em 0 1.5em; border-bottom:1px dotted #ccc; padding-bottom:1.5em; }\n</style>\n\n</head>\n\n<body>\n'
                '<div id="navbar-iframe-container"><iframe src="https://www.blogger.com/navbar.g?targetBlogID=5521807334412298811&amp;blogName=Valfredda+Notizie" height="30px" width="100%" marginwidth="0" marginheight="0" scrolling="no" id="navbar-iframe" frameborder="0"></iframe></div>\n'
                '<div id="header">\n  <h1 id="blog-title">\n    <a href="' + U("/") + '">\n\t' + NAME + '\n\t</a>\n  </h1>\n  <p id="description">Cronaca, politica e sport dalla Valfredda e dai suoi paesi</p>\n</div>\n\n'
                '<!-- Begin #content -->\n<div id="content">\n\n<!-- Begin #main -->\n<div id="main"><div id="main2">\n\n' + main + '\n\n</div></div>\n<!-- End #main -->\n\n\n'
                '<!-- Begin #sidebar -->\n<div id="sidebar"><div id="sidebar2">\n  <h2 class="sidebar-title">Chi siamo</h2>\n  <p id="profile-container">Un gruppo di volontari racconta la valle dal 2006. Segnalazioni: valfreddanotizie@gmail.example</p>\n'
                '  <h2 class="sidebar-title">Post precedenti</h2>\n  <ul id="recently">\n' + "".join('    <li><a href="%s">%s</a></li>\n' % (U(a["path"]), E(a["title"])) for a in reversed(A)) + '  </ul>\n'
                '  <h2 class="sidebar-title">Archivio</h2>\n  <ul class="archive-list">\n    <li><a href="' + U("/2025_03_01_archive.html") + '">marzo 2025</a></li>\n    <li><a href="' + U("/2025_02_01_archive.html") + '">febbraio 2025</a></li>\n'
                '    <li><a href="' + U("/2025_01_01_archive.html") + '">gennaio 2025</a></li>\n  </ul>\n\n  <p id="powered-by"><a href="https://www.blogger.com"><img src="https://buttons.blogger.com/bloggerbutton1.gif" alt="Powered by Blogger" /></a></p>\n'
                '</div></div>\n<!-- End #sidebar -->\n\n</div>\n<!-- End #content -->\n</body>\n</html>\n')

    def post(a, item):
        head = '<h3 class="post-title">\n\t \n\t %s\n\t \n    </h3>' % E(a["title"]) if item else '<h3 class="post-title">\n\t <a href="%s">%s</a>\n    </h3>' % (U(a["path"]), E(a["title"]))
        foot = '<p class="post-footer">\n      <em>pubblicato da %s alle <a href="%s" title="permanent link">%s</a></em>\n        %s <span class="item-control blog-admin pid-1188305021"><a style="border:none;" href="https://www.blogger.com/post-edit.g?blogID=5521807334412298811&amp;postID=%s" title="Modifica post"><img class="icon-action" alt="" src="https://resources.blogblog.com/img/icon18_edit_allbkg.gif" height="18" width="18"></a></span>\n    </p>' % (
            E(a["by"]), U(a["path"]), a["time"], "" if item else '<a class="comment-link" href="%s#comments">%d commenti</a>' % (U(a["path"]), len(a["comments"])), a["pid"])
        return ('<h2 class="date-header">%s</h2>\n\n  \n  <div class="post"><a name="%s"></a>\n     %s\n\t \n    <div class="post-body">\n\t<div>\n      <div style="clear:both;"></div>%s<div style="clear:both; padding-bottom:0.25em"></div>\n    </div>\n    </div>\n    \n    %s\n  \n  </div>\n') % (
            a["header"], a["pid"], head, BR(a["paras"]), foot)
    for a in A:
        cm = "".join('      <dt class="comment-poster" id="c%s%d"><a name="c%s%d"></a>\n\t<span style="line-height:16px" class="comment-icon anon-comment-icon"><img src="https://resources.blogblog.com/img/anon16-rounded.gif" alt="Anonymous" style="display:inline;" />&nbsp;</span>&nbsp;%s ha detto...\n      </dt>\n'
                     '      <dd class="comment-body">\n\t<p>%s</p>\n      </dd>\n      <dd class="comment-timestamp"><a href="#c%s%d" title="comment permalink">%s</a>\n\t</dd>\n' % (
                         a["pid"][:6], k, a["pid"][:6], k, E(n), E(t), a["pid"][:6], k, d) for k, (n, d, t) in enumerate(a["comments"]))
        main = post(a, True) + ('\n  <div id="comments">\n\n    <h4>%d commenti:</h4>\n\n    <dl id="comments-block">\n%s    </dl>\n\t\t<p class="comment-timestamp">\n    '
                                '<a class="comment-link" href="https://www.blogger.com/comment.g?blogID=5521807334412298811&amp;postID=%s">Posta un commento</a>\n    </p>\n\n\t<p class="comment-timestamp">\n\t<a href="%s">&lt;&lt; Home page</a>\n    </p>\n    </div>\n') % (
            len(a["comments"]), cm, a["pid"], U("/"))
        s.story(a, shell("%s: %s" % (NAME, a["title"]), main))
    s.non("/", shell(NAME, "".join(post(a, False) for a in reversed(A))))
    s.non("/2025_03_01_archive.html", shell("%s: marzo 2025" % NAME, "".join(post(a, False) for a in reversed(A))))
    s.non("/2025_02_01_archive.html", shell("%s: febbraio 2025" % NAME,
                                            '<h2 class="date-header">venerdì 28 febbraio 2025</h2>\n<div class="post"><a name="4401"></a><h3 class="post-title"><a href="%s">Carnevale dei bambini in piazza</a></h3>'
                                            '<div class="post-body"><div>Sabato pomeriggio sfilata dei carri e frittelle per tutti offerte dagli alpini.</div></div><p class="post-footer"><em>pubblicato da Redazione alle 18:00</em></p></div>' % U("/2025/02/carnevale-dei-bambini-in-piazza.html")))
    s.non("/2025_01_01_archive.html", shell("%s: gennaio 2025" % NAME,
                                            '<h2 class="date-header">lunedì 13 gennaio 2025</h2>\n<div class="post"><a name="4402"></a><h3 class="post-title"><a href="%s">Auguri e ringraziamenti</a></h3>'
                                            '<div class="post-body"><div>Grazie a tutti i lettori: nel 2024 il blog ha superato le centomila visite.</div></div><p class="post-footer"><em>pubblicato da Redazione alle 09:30</em></p></div>' % U("/2025/01/auguri-e-ringraziamenti.html")))


# ====================================================================== 8 Η Ηχώ του Λαγκαδά (el, Mambo 4.5, ISO-8859-7)
def lagkadas():
    s = Site(8, "iso-8859-7")
    NAME = "Η Ηχώ του Λαγκαδά"
    A = [dict(id=214, item=2, title="Νέος παιδικός σταθμός στον Λαγκαδά από τον Σεπτέμβριο", by="Νίκος Παπαδόπουλος", created="Τρίτη, 04 Μαρτίου 2025 10:15", modified="Τετάρτη, 05 Μαρτίου 2025",
              date="2025-03-04", authors=["Νίκος Παπαδόπουλος"],
              paras=["Έναν νέο δημοτικό παιδικό σταθμό θα αποκτήσει ο Λαγκαδάς από τον Σεπτέμβριο. Το κτίριο, στην οδό Αγίου Γεωργίου, κατασκευάζεται με χρήματα του ΕΣΠΑ και θα φιλοξενεί έως εξήντα παιδιά βρεφικής και προσχολικής ηλικίας.",
                     "Ο δήμαρχος επισκέφθηκε το εργοτάξιο τη Δευτέρα μαζί με τον αντιδήμαρχο Τεχνικών Υπηρεσιών και δήλωσε ότι οι εργασίες προχωρούν σύμφωνα με το χρονοδιάγραμμα. «Κάθε χρόνο απορρίπτουμε αιτήσεις γονέων επειδή δεν έχουμε θέσεις. Με τον νέο σταθμό η λίστα αναμονής θα μηδενιστεί», είπε.",
                     "Το έργο έχει προϋπολογισμό 1,4 εκατομμύρια ευρώ και περιλαμβάνει αύλειο χώρο με παιδική χαρά, κουζίνα και φωτοβολταϊκά στη στέγη. Οι αιτήσεις εγγραφής θα ξεκινήσουν τον Μάιο μέσω της ιστοσελίδας του δήμου.",
                     "Παράλληλα, ο δήμος σχεδιάζει την ανακαίνιση του παλιού σταθμού στην πλατεία, ο οποίος θα μετατραπεί σε κέντρο δημιουργικής απασχόλησης παιδιών."],
              must=["η λίστα αναμονής θα μηδενιστεί"]),
         dict(id=217, item=5, title="Διακοπή νερού σε τρεις συνοικίες την Πέμπτη", by="Administrator", created="Πέμπτη, 06 Μαρτίου 2025 08:30", modified=None,
              date="2025-03-06", authors=[],
              paras=["Διακοπή υδροδότησης θα γίνει την Πέμπτη από τις 9 το πρωί έως τις 3 το μεσημέρι στις συνοικίες Αγία Παρασκευή, Προφήτης Ηλίας και Νέα Ζωή, λόγω εργασιών αντικατάστασης του κεντρικού αγωγού στην οδό Βενιζέλου.",
                     "Σύμφωνα με τη ΔΕΥΑ Λαγκαδά, ο αγωγός από αμιαντοτσιμέντο έχει υποστεί δεκάδες βλάβες τα τελευταία δύο χρόνια, με αποτέλεσμα συχνές διακοπές και μεγάλες απώλειες νερού. Ο νέος αγωγός από πολυαιθυλένιο έχει μήκος 1.200 μέτρων.",
                     "Η επιχείρηση ζητά από τους κατοίκους να κάνουν αποθέματα νερού και να κλείσουν τους θερμοσίφωνες κατά τη διάρκεια της διακοπής. Μετά την αποκατάσταση ενδέχεται το νερό να είναι θολό για λίγη ώρα.",
                     "Η ΔΕΥΑ ζητά συγγνώμη από τους καταναλωτές για την ταλαιπωρία και ευχαριστεί για την κατανόηση.",
                     "Για πληροφορίες οι πολίτες μπορούν να επικοινωνούν με το τηλεφωνικό κέντρο βλαβών της ΔΕΥΑ όλο το εικοσιτετράωρο."]),
         dict(id=220, item=2, title="Νίκη στο ντέρμπι για τον Απόλλωνα Λαγκαδά", by="Ελένη Σταματίου", created="Δευτέρα, 10 Μαρτίου 2025 11:20", modified=None,
              date="2025-03-10", authors=["Ελένη Σταματίου"],
              paras=["Σημαντική νίκη με 2-1 πέτυχε την Κυριακή ο Απόλλων Λαγκαδά απέναντι στον Ηρακλή Σοχού, στο ντέρμπι της 18ης αγωνιστικής του τοπικού πρωταθλήματος, μπροστά σε περισσότερους από οκτακόσιους φιλάθλους στο δημοτικό στάδιο.",
                     "Οι φιλοξενούμενοι προηγήθηκαν στο 12ο λεπτό με κεφαλιά μετά από κόρνερ, όμως ο Απόλλων ισοφάρισε πριν από το ημίχρονο με σουτ του Γιάννη Τσολάκη έξω από την περιοχή. Το νικητήριο γκολ σημείωσε στο 78ο λεπτό ο νεαρός Στέλιος Καραγιάννης.",
                     "«Τα παιδιά έδωσαν ό,τι είχαν και άξιζαν τη νίκη», δήλωσε μετά τον αγώνα ο προπονητής της ομάδας. Με το αποτέλεσμα αυτό ο Απόλλων ανεβαίνει στη δεύτερη θέση της βαθμολογίας, τρεις βαθμούς πίσω από την πρωτοπόρο.",
                     "Στον αγώνα των νέων, η ομάδα Κ-19 του Απόλλωνα επικράτησε με 3-0 και παραμένει αήττητη στο πρωτάθλημα.",
                     "Την επόμενη Κυριακή η ομάδα αγωνίζεται εκτός έδρας στη Βόλβη."])]
    for a in A:
        a["path"] = "/content/view/%d/%d/" % (a["id"], a["item"])
    menu = [("/", "Αρχική"), ("/content/blogcategory/1/2/", "Τοπικά"), ("/content/section/1/5/", "Ανακοινώσεις"), ("/content/view/12/30/", "Ο καιρός"),
            ("/component/option,com_zoom/Itemid,29/", "Φωτογραφίες"), ("/content/view/13/31/", "Μικρές αγγελίες"), ("/component/option,com_easygb/Itemid,32/", "Βιβλίο επισκεπτών"),
            ("/content/view/5/27/", "Ποιοι είμαστε"), ("/component/option,com_contact/Itemid,3/", "Επικοινωνία")]
    H = s.url("/")

    def shell(title, main):
        return ('<?xml version="1.0" encoding="iso-8859-7"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<title>' + E(title) + '</title>\n<meta name="description" content="Ειδήσεις από τον Λαγκαδά και τα χωριά του" />\n'
                '<meta name="keywords" content="Λαγκαδάς, ειδήσεις, δήμος, αθλητικά" />\n<meta name="Generator" content="Mambo - Copyright 2000 - 2005 Miro International Pty Ltd.  All rights reserved." />\n'
                '<meta name="robots" content="index, follow" />\n<base href="' + H + '" />\n\t\t\t<link rel="shortcut icon" href="' + H + 'images/favicon.ico" />\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-7" />\n<link href="' + H + 'templates/rhuk_solarflare_ii/css/template_css.css" rel="stylesheet" type="text/css"/>\n</head>\n'
                '<body>\n<div align="center"><table border="0" cellpadding="0" cellspacing="0" width="808"><tr><td class="outline">\n'
                '<div id="buttons_outer"><div id="buttons_inner"><div id="buttons"><ul id="mainlevel-nav">' + "".join('<li><a href="%s" class="mainlevel-nav">%s</a></li>' % (H + p.lstrip("/"), E(t)) for p, t in menu[:4]) + '</ul></div></div></div>\n'
                '<div id="header_outer"><div id="header"></div><div id="top_outer"><div id="top_inner"><div class="moduletable"><h3>Σήμερα</h3>Τετάρτη, 12 Μαρτίου 2025</div></div></div></div>\n'
                '<div id="left_outer"><div id="left_inner"><div class="moduletable"><h3>Κεντρικό Μενού</h3><table width="100%" border="0" cellpadding="0" cellspacing="0">' +
                "".join('<tr align="left"><td><a href="%s" class="mainlevel">%s</a></td></tr>' % (H + p.lstrip("/"), E(t)) for p, t in menu) + '</table></div>'
                '<div class="moduletable"><h3>Δημοσκόπηση</h3><form action="' + H + 'index.php" method="post" name="pollxtd"><table width="95%" border="0" cellspacing="0" cellpadding="1" align="center"><tr><td colspan="2" class="poll"><b>Πώς κρίνετε την καθαριότητα της πόλης;</b></td></tr>'
                '<tr><td valign="top"><input type="radio" name="voteid" value="1" /></td><td class="poll">Καλή</td></tr><tr><td valign="top"><input type="radio" name="voteid" value="2" /></td><td class="poll">Μέτρια</td></tr>'
                '<tr><td valign="top"><input type="radio" name="voteid" value="3" /></td><td class="poll">Κακή</td></tr><tr><td colspan="2" align="center"><input type="submit" name="task_button" class="button" value="Ψηφίστε" />&nbsp;&nbsp;'
                '<input type="button" name="option" class="button" value="Αποτελέσματα" onclick="document.location.href=\'' + H + 'component/option,com_poll/task,results/id,14/\';" /></td></tr></table></form>'
                '<a href="' + H + 'component/option,com_poll/task,results/id,14/">Αποτελέσματα</a></div>'
                '<div class="moduletable"><h3>Ποιος είναι online</h3>Έχουμε 9 επισκέπτες σε σύνδεση</div></div></div>\n'
                '<div id="content_outer"><div id="content_inner"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="content_table"><tr><td>\n' + main +
                '\n</td></tr></table></div></div>\n'
                '<div id="footer" align="center"><div align="center">&copy; 2025 Η Ηχώ του Λαγκαδά</div>\n<div align="center"><a href="http://www.mamboserver.com">Mambo</a> is Free Software released under the GNU/GPL License.</div></div>\n'
                '</td></tr></table></div>\n</body>\n</html>\n')

    def icons(a):
        return ('<td align="right" width="100%%" class="buttonheading"><a href="%sindex2.php?option=com_content&amp;do_pdf=1&amp;id=%d" target="_blank" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no\'); return false;" title="PDF">'
                '<img src="%simages/M_images/pdf_button.png" alt="PDF" name="PDF" align="middle" border="0" /></a></td>'
                '<td align="right" width="100%%" class="buttonheading"><a href="javascript:void window.open(\'%sindex2.php?option=com_content&amp;task=view&amp;id=%d&amp;pop=1&amp;page=0&amp;Itemid=%d\', \'win2\', \'status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no\');" title="Εκτύπωση">'
                '<img src="%simages/M_images/printButton.png" alt="Εκτύπωση" name="Εκτύπωση" align="middle" border="0" /></a></td>'
                '<td align="right" width="100%%" class="buttonheading"><a href="javascript:void window.open(\'%sindex2.php?option=com_emailform&amp;id=%d\', \'win2\', \'status=no,toolbar=no,scrollbars=no,titlebar=no,menubar=no,resizable=yes,width=400,height=250,directories=no,location=no\');" title="E-mail">'
                '<img src="%simages/M_images/emailButton.png" alt="E-mail" name="E-mail" align="middle" border="0" /></a></td>') % (H, a["id"], H, H, a["id"], a["item"], H, H, a["id"], H)
    for i, a in enumerate(A):
        main = ('\t\t\t<table class="contentpaneopen">\n\t\t\t<tr>\n\t\t\t\t\t\t\t<td class="contentheading" width="100%%">\n\t\t\t\t\t%s\t\t\t\t\t\t\t\t</td>\n\t\t\t\t\t\t\t%s\n\t\t\t\t\t</tr>\n\t\t\t</table>\n\t\t\t\n'
                '\t\t<table class="contentpaneopen">\n\t\t\t\t<tr>\n\t\t\t<td width="70%%" align="left" valign="top" colspan="2">\n\t\t\t\t<span class="small">\n\t\t\t\tΓράφτηκε από %s\t\t\t\t</span>\n\t\t\t\t&nbsp;&nbsp;\n\t\t\t</td>\n\t\t</tr>\n'
                '\t\t\t\t<tr>\n\t\t\t<td valign="top" colspan="2" class="createdate">\n\t\t\t\t%s\t\t\t</td>\n\t\t</tr>\n\t\t\t\t<tr>\n\t\t\t<td valign="top" colspan="2">\n%s\t\t\t</td>\n\t\t</tr>\n%s'
                '\t\t\t\t</table>\n\n\t\t<span class="article_seperator">&nbsp;</span>\n\n\t\t<table align="center" style="margin-top: 25px;"><tr>%s<td width="50">&nbsp;</td>%s</tr></table>\n') % (
            E(a["title"]), icons(a), E(a["by"]), a["created"], ps(a["paras"]),
            ('\t\t\t\t<tr>\n\t\t\t<td colspan="2" align="left" class="modifydate">\n\t\t\t\tΤελευταία Ενημέρωση ( %s )\t\t\t</td>\n\t\t</tr>\n' % a["modified"]) if a["modified"] else "",
            ('<th class="pagenav_prev"><a href="%s">&lt; Προηγούμενο</a></th>' % (H + A[i - 1]["path"].lstrip("/"))) if i else "",
            ('<th class="pagenav_next"><a href="%s">Επόμενο &gt;</a></th>' % (H + A[i + 1]["path"].lstrip("/"))) if i + 1 < len(A) else "")
        s.story(a, shell("%s - %s" % (NAME, a["title"]), main))

    def blog(a):
        return ('<table class="contentpaneopen"><tr><td class="contentheading" width="100%%"><a href="%s" class="contentpagetitle">%s</a></td></tr></table>'
                '<table class="contentpaneopen"><tr><td><span class="small">Γράφτηκε από %s</span></td></tr><tr><td class="createdate">%s</td></tr><tr><td><p>%s</p></td></tr>'
                '<tr><td align="left" colspan="2"><a href="%s" class="readon">Περισσότερα...</a></td></tr></table><span class="article_seperator">&nbsp;</span>') % (
            H + a["path"].lstrip("/"), E(a["title"]), E(a["by"]), a["created"], E(a["paras"][0]), H + a["path"].lstrip("/"))

    def static(t, inner):
        return '<table class="contentpaneopen"><tr><td class="contentheading" width="100%%">%s</td></tr></table><table class="contentpaneopen"><tr><td valign="top">%s</td></tr></table>' % (E(t), inner)
    s.non("/", shell("%s - Αρχική" % NAME, '<div class="componentheading">Τελευταία νέα</div><table class="blog" cellpadding="0" cellspacing="0"><tr><td valign="top">' + "".join(blog(a) for a in reversed(A)) + '</td></tr></table>'))
    s.non("/content/blogcategory/1/2/", shell("%s - Τοπικά" % NAME, '<div class="componentheading">Τοπικά</div>' + blog(A[2]) + blog(A[0])))
    s.non("/content/section/1/5/", shell("%s - Ανακοινώσεις" % NAME, '<div class="componentheading">Ανακοινώσεις</div><table width="100%%"><tr><td><a href="%s">%s</a></td><td>%s</td></tr></table>' % (
        H + A[1]["path"].lstrip("/"), E(A[1]["title"]), A[1]["created"])))
    s.non("/content/view/12/30/", shell("%s - Ο καιρός σήμερα" % NAME, static("Ο καιρός σήμερα", '<p>Λαγκαδάς: Συννεφιά με τοπικές βροχές. Θερμοκρασία από 6 έως 14 βαθμούς. Άνεμοι βορειοδυτικοί 3 με 4 μποφόρ.</p><p>Αύριο: Βελτίωση του καιρού, 15 βαθμοί.</p>')))
    s.non("/content/view/13/31/", shell("%s - Μικρές αγγελίες" % NAME, static("Μικρές αγγελίες", '<p><b>Πωλείται</b> αγροτεμάχιο 4 στρεμμάτων στο Κολχικό. Τηλ. 6944 555 123.</p><p><b>Ενοικιάζεται</b> διαμέρισμα 70 τ.μ. στο κέντρο. Τηλ. 23940 55512.</p>')))
    s.non("/content/view/5/27/", shell("%s - Ποιοι είμαστε" % NAME, static("Ποιοι είμαστε", '<p>Η Ηχώ του Λαγκαδά κυκλοφορεί από το 1978 ως εβδομαδιαία τοπική εφημερίδα και από το 2004 και στο διαδίκτυο.</p><p>Εκδότης: Γιώργος Παπαδόπουλος</p>')))
    s.non("/component/option,com_poll/task,results/id,14/", shell("%s - Αποτελέσματα δημοσκόπησης" % NAME,
                                                                  '<div class="componentheading">Δημοσκόπηση - Αποτελέσματα</div><table class="pollstableborder"><tr><th colspan="3">Πώς κρίνετε την καθαριότητα της πόλης;</th></tr>'
                                                                  '<tr><td>Καλή</td><td>21</td><td>18%</td></tr><tr><td>Μέτρια</td><td>52</td><td>44%</td></tr><tr><td>Κακή</td><td>45</td><td>38%</td></tr></table><p>Αριθμός ψηφοφόρων: 118</p>'))
    s.non("/component/option,com_contact/Itemid,3/", shell("%s - Επικοινωνία" % NAME, '<div class="componentheading">Επικοινωνία</div><p>Η Ηχώ του Λαγκαδά, Οδός Βενιζέλου 22, 572 00 Λαγκαδάς. Τηλ. 23940 55500</p><form action="' + H + 'index.php" method="post"><input name="email" /><textarea name="text"></textarea><input type="submit" value="Αποστολή" /></form>'))
    s.non("/component/option,com_zoom/Itemid,29/", shell("%s - Φωτογραφίες" % NAME, '<div class="componentheading">Φωτογραφίες</div><h4>Καρναβάλι 2025</h4><img src="' + H + 'images/zoom/karnavali/01.jpg" width="120" /><img src="' + H + 'images/zoom/karnavali/02.jpg" width="120" /><p>zOOm Media Gallery</p>'))
    s.non("/component/option,com_easygb/Itemid,32/", shell("%s - Βιβλίο επισκεπτών" % NAME, '<div class="componentheading">Βιβλίο επισκεπτών</div><table><tr><td><b>Μαρία από Θεσσαλονίκη</b> - 02.03.2025</td></tr><tr><td>Συγχαρητήρια για τη σελίδα σας, μας φέρνει κοντά στο χωριό μας.</td></tr></table><a href="#">Υπογράψτε το βιβλίο επισκεπτών</a>'))


# ====================================================================== 9 Ege Ekspres (tr, ISO-8859-9)
def egeekspres():
    s = Site(9, "iso-8859-9")
    NAME = "Ege Ekspres"
    A = [dict(id=10452, sec=("gundem", "Gündem"), slug="belediye-yeni-otobus-hatlarini-acikladi", title="Belediye yeni otobüs hatlarını açıkladı", spot="Kent içi toplu taşımada üç yeni hat 17 Mart'ta hizmete giriyor",
              by=("Muhabir", "Ahmet Korkmaz"), pub="04.03.2025 - 10:15", upd="05.03.2025 - 09:40", reads="1.245", date="2025-03-04", authors=["Ahmet Korkmaz"],
              paras=["Çamlıova Belediyesi, kent içi toplu taşımada üç yeni otobüs hattının 17 Mart Pazartesi günü hizmete gireceğini açıkladı. Yeni hatlar özellikle son yıllarda hızla büyüyen Yenikent ve Konak mahallelerini şehir merkezine ve devlet hastanesine bağlayacak.",
                     "Belediye Başkanı yaptığı açıklamada, mahalle sakinlerinden uzun süredir bu yönde talep geldiğini belirterek, \"Vatandaşlarımız hastaneye gitmek için iki otobüs değiştirmek zorunda kalıyordu. Artık tek araçla ulaşabilecekler\" dedi. Hatlarda çalışacak dört yeni otobüsün engelli rampalı ve klimalı olduğu bildirildi.",
                     "Seferler hafta içi sabah 06.30 ile akşam 22.00 arasında yarım saatte bir yapılacak. Öğrenci ve 65 yaş üstü yolcular için indirimli tarife uygulanacak.",
                     "Belediye, yeni hatlarla birlikte mevcut 4 numaralı hattın güzergahında da küçük bir değişiklik yapılacağını, otobüslerin bundan sonra Sanayi Sitesi'ne de uğrayacağını duyurdu. Ayrıca akıllı kart dolum noktalarının sayısının artırılacağı belirtildi.",
                     "Güzergah haritaları belediyenin internet sitesinde ve duraklarda yayımlanacak."]),
         dict(id=10467, sec=("gundem", "Gündem"), slug="gece-yarisi-cikan-yangin-korkuttu", title="Gece yarısı çıkan yangın korkuttu", spot="Mobilya atölyesi kullanılamaz hale geldi",
              by=None, pub="08.03.2025 - 01:20", upd=None, reads="2.031", date="2025-03-08", authors=[],
              paras=["Çamlıova'nın Cumhuriyet Mahallesi'nde gece saatlerinde bir mobilya atölyesinde çıkan yangın, mahalle sakinlerini sokağa döktü. Yangın, itfaiye ekiplerinin yaklaşık iki saat süren çalışmasıyla kontrol altına alındı.",
                     "Edinilen bilgiye göre, saat 23.30 sıralarında atölyeden yükselen dumanları gören komşular durumu 112 Acil Çağrı Merkezi'ne bildirdi. Olay yerine çok sayıda itfaiye aracı ile polis ve sağlık ekibi sevk edildi. Alevlerin bitişikteki binalara sıçramaması için yoğun çaba harcandı.",
                     "Yangında yaralanan ya da hayatını kaybeden olmadı. Atölyede bulunan makineler ve mobilyalar ise tamamen yandı. Yangının elektrik kontağından çıktığı tahmin ediliyor.",
                     "Mahalle sakinleri, bölgedeki atölyelerin denetlenmesi gerektiğini belirterek daha önce de benzer olayların yaşandığını söyledi. İtfaiye yetkilileri ise iş yerlerinde yangın söndürme cihazı bulundurulmasının önemine dikkat çekti. Soğutma çalışmaları sabaha kadar sürdü.",
                     "Polis, yangının çıkış nedenini belirlemek için soruşturma başlattı."],
              must=["ekiplerinin yaklaşık iki saat süren çalışmasıyla"]),
         dict(id=10471, sec=("yazarlar", "Yazarlar"), slug="bahar-geldi-peki-ya-parklar", title="Bahar geldi, peki ya parklar?", spot="",
              by=("Yazar", "Selin Aydın"), pub="10.03.2025 - 08:00", upd=None, reads="864", date="2025-03-10", authors=["Selin Aydın"],
              paras=["Mart ayının ilk güneşli günlerinde çocuklarımızla parka çıktığımızda hepimiz aynı manzarayla karşılaştık: kırık salıncaklar, çamur içinde kalmış oyun alanları ve kışın devrilen ama hâlâ kaldırılmayan ağaçlar.",
                     "Belediyenin geçen yıl açıkladığı park yenileme programında kent genelinde on iki parkın elden geçirileceği söylenmişti. Aradan bir yıl geçti, yenilenen park sayısı yalnızca üç. Üstelik bunların ikisi şehir merkezinde, zaten en bakımlı olan alanlar.",
                     "Mahalle parkları, özellikle bahçesi olmayan apartmanlarda yaşayan aileler için tek nefes alma alanı. Yaşlılarımızın oturup sohbet ettiği, çocukların ilk arkadaşlıklarını kurduğu yerler buralar. Bu alanların ihmal edilmesi, kentin geleceğinin ihmal edilmesi demektir.",
                     "Çocuklarımızın güvenle oynayabileceği, yaşlılarımızın gölgesinde dinlenebileceği parklar lüks değil, bir kentin en temel ihtiyaçlarından biridir. Bu konuda mahalle muhtarlarımızın da sesini yükseltmesini bekliyoruz.",
                     "Belediyeden beklentimiz açık: program takvimiyle birlikte yeniden açıklansın ve önceliği mahalle parklarına versin."])]
    for a in A:
        a["path"] = ("/yazar/selin-aydin/%d/%s.html" if a["sec"][0] == "yazarlar" else "/haber/%d/%s.html") % (a["id"], a["slug"])
    nav = [("/", "Ana Sayfa"), ("/gundem/", "Gündem"), ("/yazarlar/", "Yazarlar"), ("/vefat-edenler/", "Vefat Edenler"), ("/seri-ilanlar/", "Seri İlanlar"),
           ("/hava-durumu/", "Hava Durumu"), ("/foto-galeri/", "Foto Galeri"), ("/anket/", "Anket"), ("/kunye/", "Künye"), ("/iletisim/", "İletişim")]

    def shell(title, main):
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n<title>' + E(title) + '</title>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-9">\n<meta name="keywords" content="çamlıova, haber, gazete, yerel, son dakika">\n'
                '<meta name="description" content="Çamlıova ve çevresinin haber sitesi">\n<link href="/stil.css" rel="stylesheet" type="text/css">\n</head>\n'
                '<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n<table width="990" border="0" align="center" cellpadding="0" cellspacing="0">\n'
                '<tr><td colspan="3"><a href="/"><img src="/resimler/logo.gif" width="300" height="80" border="0" alt="Ege Ekspres"></a></td></tr>\n'
                '<tr><td colspan="3" class="menu">' + " | ".join('<a href="%s" class="menulink">%s</a>' % (p, E(t)) for p, t in nav) + '</td></tr>\n'
                '<tr><td width="180" valign="top" class="solkolon"><table width="100%" class="kutu"><tr><td class="kutubaslik">Bugün Hava</td></tr><tr><td>Çamlıova: Güneşli, 19°C<br><a href="/hava-durumu/">Detaylı hava durumu</a></td></tr></table>'
                '<table width="100%" class="kutu"><tr><td class="kutubaslik">Namaz Vakitleri</td></tr><tr><td>İmsak 05:38 Öğle 12:46 Akşam 18:42</td></tr></table>'
                '<table width="100%" class="kutu"><tr><td class="kutubaslik">Anket</td></tr><tr><td>Kentte en büyük sorun nedir?<br><input type="radio" name="a"> Trafik<br><input type="radio" name="a"> İşsizlik<br><input type="radio" name="a"> Altyapı<br><a href="/anket/">Sonuçlar</a></td></tr></table></td>\n'
                '<td width="630" valign="top" class="ortakolon">\n' + main + '\n</td>\n'
                '<td width="180" valign="top" class="sagkolon"><table width="100%" class="kutu"><tr><td class="kutubaslik">Son Haberler</td></tr>' +
                "".join('<tr><td><a href="%s">%s</a></td></tr>' % (a["path"], E(a["title"])) for a in reversed(A)) + '</table>'
                '<table width="100%" class="kutu"><tr><td class="kutubaslik">Döviz</td></tr><tr><td>Dolar 36,52<br>Euro 39,71<br>Altın 3.498</td></tr></table></td></tr>\n'
                '<tr><td colspan="3" class="altbilgi" align="center">Copyright &copy; 2002-2025 Ege Ekspres Gazetesi. Tüm hakları saklıdır. Sitemizdeki haberlerin kaynak gösterilmeden kullanılması yasaktır.<br>Basın Ahlak Esaslarına uymaya söz veriyoruz.</td></tr>\n</table>\n</body>\n</html>\n')

    def info(a):
        return 'Yayın Tarihi: %s%s' % (a["pub"], (' &nbsp;|&nbsp; Güncelleme: %s' % a["upd"]) if a["upd"] else "")
    for a in A:
        byl = ('<tr><td class="habermuhabir">%s: <b>%s</b></td></tr>' % (a["by"][0], E(a["by"][1]))) if a["by"] else '<tr><td class="habermuhabir"><b>Haber Merkezi</b></td></tr>'
        pic = '<tr><td><img src="/resimler/yazar/selin-aydin.jpg" width="80" height="80" align="left" alt="Selin Aydın"> <span class="kose">KÖŞE YAZISI</span></td></tr>' if a["sec"][0] == "yazarlar" else ""
        main = ('<table width="100%%" cellpadding="4" cellspacing="0">\n<tr><td class="kategori"><a href="/">Ana Sayfa</a> &raquo; <a href="/%s/">%s</a></td></tr>\n%s'
                '<tr><td class="haberbaslik">%s</td></tr>\n%s<tr><td class="habertarih">%s</td></tr>\n%s\n<tr><td class="habermetin">%s</td></tr>\n'
                '<tr><td class="haberaraclar"><a href="/yazdir/%d.html" target="_blank"><img src="/resimler/yazdir.gif" border="0"> Yazdır</a> | <a href="/arkadasina-gonder/%d.html">Arkadaşına Gönder</a> | Okunma: %s</td></tr>\n</table>') % (
            a["sec"][0], a["sec"][1], pic, E(a["title"]), ('<tr><td class="haberspot"><b>%s</b></td></tr>\n' % E(a["spot"])) if a["spot"] else "", info(a), byl, BR(a["paras"]).replace("<br />", "<br>"), a["id"], a["id"], a["reads"])
        s.story(a, shell("%s :: %s :: %s" % (NAME, a["sec"][1], a["title"]), main))
        s.copy("/yazdir/%d.html" % a["id"], ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n<title>Ege Ekspres - Yazdır</title>\n'
                                              '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-9">\n</head>\n<body onload="window.print()">\n<table width="600"><tr><td><img src="/resimler/logo_kucuk.gif"></td></tr>'
                                              '<tr><td><b><font size="4">%s</font></b></td></tr><tr><td><font size="1">%s</font></td></tr><tr><td>%s</td></tr><tr><td>%s</td></tr>'
                                              '<tr><td><font size="1">Bu haber %s adresinden yazdırılmıştır.</font></td></tr></table>\n</body>\n</html>\n') % (
            E(a["title"]), info(a), ("%s: %s" % (a["by"][0], E(a["by"][1]))) if a["by"] else "Haber Merkezi", BR(a["paras"]).replace("<br />", "<br>"), s.url(a["path"])), a["path"])
        s.non("/arkadasina-gonder/%d.html" % a["id"], shell("%s :: Arkadaşına Gönder" % NAME,
              '<table width="100%%"><tr><td class="haberbaslik">Haberi Arkadaşına Gönder</td></tr><tr><td>Gönderilecek haber: <b>%s</b></td></tr>'
              '<tr><td><form method="post" action="/arkadasina-gonder/%d.html">Adınız: <input name="ad"><br>E-posta adresiniz: <input name="eposta"><br>Arkadaşınızın e-posta adresi: <input name="alici"><br><input type="submit" value="Gönder"></form></td></tr></table>' % (E(a["title"]), a["id"])))
    s.non("/", shell("%s - Çamlıova'nın Sesi" % NAME,
                     '<table width="100%"><tr><td class="mansetbaslik">MANŞET</td></tr>' + "".join(
                         '<tr><td><a href="%s" class="mansetlink"><b>%s</b></a><br>%s</td></tr>' % (a["path"], E(a["title"]), E(a["spot"] or a["paras"][0][:120])) for a in reversed(A)) + '</table>'))
    s.non("/gundem/", shell("%s :: Gündem" % NAME, '<table width="100%"><tr><td class="haberbaslik">Gündem</td></tr>' + "".join(
        '<tr><td><a href="%s">%s</a> <font size="1">%s</font></td></tr>' % (a["path"], E(a["title"]), a["pub"]) for a in reversed(A) if a["sec"][0] == "gundem") + '</table>'))
    s.non("/yazarlar/", shell("%s :: Yazarlar" % NAME, '<table width="100%%"><tr><td class="haberbaslik">Köşe Yazarlarımız</td></tr><tr><td><img src="/resimler/yazar/selin-aydin.jpg" width="60"> <b>Selin Aydın</b><br><a href="%s">%s</a></td></tr>'
                                                    '<tr><td><img src="/resimler/yazar/hasan-yurt.jpg" width="60"> <b>Hasan Yurt</b><br>Esnafın derdi</td></tr></table>' % (A[2]["path"], E(A[2]["title"]))))
    s.non("/vefat-edenler/", shell("%s :: Vefat Edenler" % NAME, '<table width="100%"><tr><td class="haberbaslik">Vefat Edenler</td></tr><tr><td>Hatice Demirci (82) - 09.03.2025 - Cenazesi Merkez Camii\'nde kılınan öğle namazının ardından Asri Mezarlık\'ta toprağa verildi.</td></tr>'
                                                            '<tr><td>Mustafa Eren (69) - 07.03.2025 - Yenikent Mezarlığı</td></tr><tr><td>Allah rahmet eylesin.</td></tr></table>'))
    s.non("/seri-ilanlar/", shell("%s :: Seri İlanlar" % NAME, '<table width="100%"><tr><td class="haberbaslik">Seri İlanlar</td></tr><tr><td><b>SATILIK</b> Konak Mah. 3+1 daire, 130 m2, doğalgazlı. Tel: 0256 555 12 12</td></tr>'
                                                           '<tr><td><b>KİRALIK</b> Çarşı içinde dükkan. Tel: 0532 555 44 33</td></tr><tr><td><b>ELEMAN</b> Fırınımızda çalışacak tezgahtar aranıyor.</td></tr></table>'))
    s.non("/hava-durumu/", shell("%s :: Hava Durumu" % NAME, '<table width="100%"><tr><td class="haberbaslik">Hava Durumu</td></tr><tr><td>Bugün: Güneşli, en yüksek 19°C, en düşük 8°C</td></tr><tr><td>Yarın: Parçalı bulutlu, 17°C</td></tr><tr><td>Kaynak: Meteoroloji Genel Müdürlüğü</td></tr></table>'))
    s.non("/foto-galeri/", shell("%s :: Foto Galeri" % NAME, '<table width="100%"><tr><td class="haberbaslik">Foto Galeri</td></tr><tr><td><img src="/galeri/1.jpg" width="150"><img src="/galeri/2.jpg" width="150"><br>Çamlıova Çiçek Festivali\'nden kareler</td></tr></table>'))
    s.non("/anket/", shell("%s :: Anket Sonuçları" % NAME, '<table width="100%"><tr><td class="haberbaslik">Anket Sonuçları</td></tr><tr><td>Kentte en büyük sorun nedir?</td></tr><tr><td>Trafik: %41 (288 oy)<br>İşsizlik: %35 (246 oy)<br>Altyapı: %24 (169 oy)<br>Toplam: 703 oy</td></tr></table>'))
    s.non("/kunye/", shell("%s :: Künye" % NAME, '<table width="100%"><tr><td class="haberbaslik">Künye</td></tr><tr><td>Sahibi: Ege Ekspres Basın Yayın Ltd. Şti.<br>Genel Yayın Yönetmeni: Orhan Yıldız<br>Yazı İşleri Müdürü: Ahmet Korkmaz<br>Adres: Atatürk Cad. No: 41 Çamlıova</td></tr></table>'))
    s.non("/iletisim/", shell("%s :: İletişim" % NAME, '<table width="100%"><tr><td class="haberbaslik">İletişim</td></tr><tr><td>Telefon: 0256 555 00 00<br>Faks: 0256 555 00 01<br>E-posta: haber@egeekspres.example</td></tr></table>'))


# ====================================================================== 10 Correio do Vale Online (pt-BR, vBulletin portal + news pages, ISO-8859-1)
def correio():
    s = Site(10, "iso-8859-1")
    NAME = "Correio do Vale Online"
    A = [dict(id=2311, slug="prefeitura-anuncia-recapeamento-da-avenida-brasil", sec="Cidade", title="Prefeitura anuncia recapeamento da Avenida Brasil", by="Por Carla Mendes",
              pub="Publicado em 04/03/2025 às 10h15", upd="Atualizado em 04/03/2025 às 16h02", date="2025-03-04", authors=["Carla Mendes"],
              paras=["A Prefeitura anunciou nesta terça-feira o recapeamento completo da Avenida Brasil, principal ligação entre o centro e os bairros da zona norte. A obra, orçada em R$ 6,8 milhões, será feita em três etapas e deve começar na segunda quinzena de abril.",
                     "Segundo o secretário de Obras, Everaldo Machado, o asfalto da avenida tem mais de vinte anos e já não suporta o tráfego de caminhões que seguem para o distrito industrial. \"Fazemos operação tapa-buraco toda semana e no mês seguinte está tudo igual\", admitiu.",
                     "Durante as obras, o trânsito será desviado pela Rua XV de Novembro e pela Rua Santos Dumont, e os ônibus terão pontos provisórios. Os comerciantes da avenida pediram que os trabalhos sejam feitos à noite para não afastar os clientes, o que a prefeitura prometeu estudar.",
                     "O edital de licitação será publicado ainda este mês no Diário Oficial do município."],
              must_not=["Quem está online"]),
         dict(id=2318, slug="chuva-de-granizo-danifica-telhados-no-bairro-santa-rita", sec="Cidade", title="Chuva de granizo danifica telhados no bairro Santa Rita", by="Da Redação",
              pub="Publicado em 06/03/2025 às 21h50", upd=None, date="2025-03-06", authors=[],
              paras=["Uma forte chuva de granizo atingiu a cidade no fim da tarde desta quinta-feira e causou estragos principalmente no bairro Santa Rita. Pedras do tamanho de bolas de gude quebraram telhas de dezenas de casas e derrubaram galhos de árvores sobre a fiação elétrica.",
                     "A Defesa Civil registrou 43 chamados até as 21h e distribuiu lonas para as famílias que tiveram as casas mais danificadas. Ninguém ficou ferido. Parte do bairro ficou sem energia por cerca de três horas, até que as equipes da distribuidora retirassem as árvores caídas.",
                     "De acordo com a meteorologia, o temporal foi provocado pela passagem de uma frente fria e novas pancadas de chuva forte podem ocorrer até sábado. A Defesa Civil orienta que a população evite se abrigar debaixo de árvores e não tente subir nos telhados durante a chuva.",
                     "Os pedidos de lonas podem ser feitos pelo telefone 199."],
              must=["registrou 43 chamados até as 21h"]),
         dict(id=2325, slug="festa-do-colono-deve-reunir-30-mil-pessoas", sec="Cultura", title="Festa do Colono deve reunir 30 mil pessoas em julho", by="Por Rafael Siqueira e Luana Prates",
              pub="Publicado em 11/03/2025 às 09h30", upd=None, date="2025-03-11", authors=["Rafael Siqueira", "Luana Prates"],
              paras=["A comissão organizadora da 38ª Festa do Colono apresentou nesta terça-feira a programação do evento, que será realizado de 17 a 20 de julho no Parque de Exposições. A expectativa é reunir 30 mil visitantes ao longo dos quatro dias.",
                     "Entre as atrações estão o tradicional desfile de carros alegóricos das comunidades do interior, a exposição de máquinas agrícolas e o concurso da rainha da festa, além de shows com bandas regionais. A gastronomia típica, com cuca, linguiça e chope, continua sendo o principal chamariz.",
                     "O presidente da comissão, Arno Kreutzfeld, disse que a entrada será gratuita durante o dia e que os ingressos para os shows noturnos custarão R$ 30. \"Queremos que as famílias do interior voltem a se sentir donas da festa\", afirmou.",
                     "As inscrições para expositores vão até 30 de abril na sede da Associação Comercial."])]
    for a in A:
        a["path"] = "/noticias/%d/%s.html" % (a["id"], a["slug"])
    nav = [("/", "Portal"), ("/noticias/", "Notícias"), ("/forum/", "Fórum"), ("/classificados/", "Classificados"), ("/fotos/", "Fotos"), ("/tempo/", "Previsão do tempo"), ("/enquete/", "Enquete"), ("/fale-conosco/", "Fale Conosco")]

    def shell(title, crumb, center, portal=False):
        left = ('<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%"><thead><tr><td class="tcat"><span class="smallfont"><strong>Navegação</strong></span></td></tr></thead><tbody><tr><td class="alt1"><div class="smallfont">' +
                "".join('<a href="%s">%s</a><br />' % (p, E(t)) for p, t in nav) + '</div></td></tr></tbody></table><br />'
                '<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%"><thead><tr><td class="tcat"><span class="smallfont"><strong>Enquete</strong></span></td></tr></thead><tbody><tr><td class="alt1"><div class="smallfont">'
                'Qual obra é mais urgente na cidade?<br /><input type="radio" name="optionnumber" value="1" /> Asfalto<br /><input type="radio" name="optionnumber" value="2" /> Saneamento<br /><input type="radio" name="optionnumber" value="3" /> Iluminação<br />'
                '<input type="submit" class="button" value="Votar" /> <a href="/enquete/">Ver resultado</a></div></td></tr></tbody></table><br />')
        right = ('<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%"><thead><tr><td class="tcat"><span class="smallfont"><strong>Quem está online</strong></span></td></tr></thead><tbody><tr><td class="alt1"><div class="smallfont">'
                 'Membros: 4<br />Visitantes: 37<br />Total: 41</div></td></tr></tbody></table><br />'
                 '<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%"><thead><tr><td class="tcat"><span class="smallfont"><strong>Estatísticas do Fórum</strong></span></td></tr></thead><tbody><tr><td class="alt1"><div class="smallfont">'
                 'Tópicos: 12.345<br />Mensagens: 98.765<br />Membros: 3.210<br />Bem-vindo ao nosso mais novo membro, <a href="/forum/members/joaozinho_sc.html">joaozinho_sc</a></div></td></tr></tbody></table>') if portal else ""
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="pt-br">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1" />\n<meta name="generator" content="vBulletin 3.8.4" />\n'
                '<meta name="keywords" content="correio do vale, notícias, fórum, classificados, jaraguá, vale do itapocu" />\n<meta name="description" content="O portal da comunidade do Vale" />\n'
                '<style type="text/css" id="vbulletin_css">\nbody { background: #E1E1E2; color: #000000; font: 10pt verdana, geneva, lucida, \'lucida grande\', arial, helvetica, sans-serif; margin: 5px 10px 10px 10px; padding: 0px; }\n.tcat { background: #869BBF; color: #FFFFFF; font: bold 10pt verdana; }\n.alt1 { background: #F5F5FF; }\n</style>\n'
                '<script type="text/javascript" src="/forum/clientscript/yui/yahoo-dom-event/yahoo-dom-event.js?v=384"></script>\n<script type="text/javascript" src="/forum/clientscript/vbulletin_global.js?v=384"></script>\n'
                '<title>' + E(title) + '</title>\n</head>\n<body>\n<a name="top"></a>\n<table border="0" width="100%" cellpadding="0" cellspacing="0" align="center">\n'
                '<tr><td align="left"><a href="/"><img src="/forum/images/misc/logo_correio.gif" border="0" alt="Correio do Vale Online" /></a></td><td align="right" id="header_right_cell">&nbsp;</td></tr>\n</table>\n'
                '<div class="page" style="width:100%; text-align:left"><div style="padding:0px 25px 0px 25px" align="left">\n<br />\n'
                '<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%" align="center"><tr><td class="alt1" width="100%"><table cellpadding="0" cellspacing="0" border="0"><tr valign="bottom">'
                '<td><a href="#" onclick="history.back(1); return false;"><img src="/forum/images/misc/navbits_start.gif" alt="Voltar" border="0" /></a></td><td>&nbsp;</td>'
                '<td width="100%"><span class="navbar"><a href="/" accesskey="1">Correio do Vale Online</a></span></td></tr><tr><td class="navbar" style="font-size:10pt; padding-top:1px" colspan="3">'
                '<img class="inlineimg" src="/forum/images/misc/navbits_finallink_ltr.gif" alt="Recarregar esta página" border="0" /> <strong>' + E(crumb) + '</strong></td></tr></table></td>'
                '<td class="alt2" nowrap="nowrap" style="padding:0px"><form action="/forum/login.php?do=login" method="post"><table cellpadding="0" cellspacing="3" border="0"><tr><td class="smallfont"><label for="navbar_username">Usuário</label></td>'
                '<td><input type="text" class="bginput" style="font-size: 11px" name="vb_login_username" id="navbar_username" size="10" value="Usuário" /></td></tr><tr><td class="smallfont"><label for="navbar_password">Senha</label></td>'
                '<td><input type="password" class="bginput" style="font-size: 11px" name="vb_login_password" id="navbar_password" size="10" /></td><td><input type="submit" class="button" value="Entrar" /></td></tr></table></form></td></tr></table>\n<br />\n'
                '<div class="tborder" style="padding:1px; border-top-width:0px"><table cellpadding="0" cellspacing="0" border="0" width="100%" align="center"><tr align="center">'
                '<td class="vbmenu_control"><a href="/forum/register.php">Registrar-se</a></td><td class="vbmenu_control"><a href="/forum/faq.php">Ajuda</a></td><td class="vbmenu_control"><a href="/forum/memberlist.php">Membros</a></td>'
                '<td class="vbmenu_control"><a href="/forum/calendar.php">Calendário</a></td><td class="vbmenu_control"><a href="/noticias/">Notícias</a></td></tr></table></div>\n<br />\n'
                '<table cellpadding="0" cellspacing="0" border="0" width="100%"><tr valign="top"><td width="175">' + left + '</td><td width="15"><img src="/forum/images/clear.gif" width="15" alt="" /></td><td>' + center +
                '</td>' + (('<td width="15"><img src="/forum/images/clear.gif" width="15" alt="" /></td><td width="175">' + right + '</td>') if portal else "") + '</tr></table>\n'
                '<br />\n<div class="smallfont" align="center">Horário GMT -3. Agora são <span class="time">11:42</span>.</div>\n<br />\n</div>\n</div>\n'
                '<div align="center"><div class="smallfont" align="center">Powered by vBulletin&reg; Versão 3.8.4<br />Copyright &copy;2000 - 2025, Jelsoft Enterprises Ltd.<br />Tradução: vBulletin-Brasil<br />vBadvanced CMPS v3.2.1</div>'
                '<div class="smallfont" align="center">Correio do Vale Online - O portal da comunidade desde 2004</div></div>\n</body>\n</html>\n')

    def box(title, inner):
        return '<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%%"><thead><tr><td class="tcat"><span class="smallfont"><strong>%s</strong></span></td></tr></thead><tbody><tr><td class="alt1">%s</td></tr></tbody></table><br />' % (E(title), inner)
    for a in A:
        center = ('<table class="tborder" cellpadding="6" cellspacing="1" border="0" width="100%%"><tr><td class="tcat">Notícias &raquo; %s</td></tr><tr><td class="alt1">\n'
                  '<div class="smallfont">%s%s</div>\n<div style="font-size:18pt; font-weight:bold; margin:8px 0px">%s</div>\n<div class="smallfont"><b>%s</b></div><hr size="1" />\n'
                  '<div style="font-size:11pt">%s</div>\n</td></tr><tr><td class="alt2 smallfont"><img src="/forum/images/buttons/sendtofriend.gif" alt="" /> <a href="/noticias/indicar/%d.html">Indique esta notícia</a> | '
                  '<img src="/forum/images/buttons/printer.gif" alt="" /> <a href="javascript:window.print()">Imprimir</a> | <a href="/forum/">Comente no fórum</a></td></tr></table><br />\n%s') % (
            a["sec"], a["pub"], (" - " + a["upd"]) if a["upd"] else "", E(a["title"]), E(a["by"]), BR(a["paras"]), a["id"],
            box("Outras notícias", "".join('<div class="smallfont"><a href="%s">%s</a></div>' % (o["path"], E(o["title"])) for o in A if o is not a)))
        s.story(a, shell("%s - %s" % (NAME, a["title"]), "Notícias", center))
        s.non("/noticias/indicar/%d.html" % a["id"], shell("%s - Indique esta notícia" % NAME, "Indique esta notícia",
              box("Indique esta notícia a um amigo", '<div class="smallfont">Notícia: <b>%s</b></div><form action="/noticias/indicar/%d.html" method="post">Seu nome: <input name="nome" /><br />Seu e-mail: <input name="email" /><br />'
                  'E-mail do amigo: <input name="amigo" /><br />Mensagem: <textarea name="msg"></textarea><br /><input type="submit" class="button" value="Enviar" /></form>' % (E(a["title"]), a["id"]))))
    news = "".join('<div style="margin-bottom:10px"><a href="%s"><strong>%s</strong></a><div class="smallfont">%s - %s</div><div>%s <a href="%s">Leia mais...</a></div></div>' % (
        a["path"], E(a["title"]), E(a["by"]), a["pub"].replace("Publicado em ", ""), E(a["paras"][0]), a["path"]) for a in reversed(A))
    topics = ('<table cellpadding="4" cellspacing="0" width="100%"><tr><td class="alt1"><a href="/forum/assuntos-gerais/45120-buracos-na-rua-xv.html">Buracos na Rua XV</a></td><td class="alt2 smallfont">por zeca_vale</td><td class="alt1 smallfont">Respostas: 23</td></tr>'
              '<tr><td class="alt1"><a href="/forum/assuntos-gerais/45117-onde-comprar-cuca-boa.html">Onde comprar cuca boa?</a></td><td class="alt2 smallfont">por mariana.k</td><td class="alt1 smallfont">Respostas: 41</td></tr></table>')
    s.non("/", shell("%s - Portal" % NAME, "Portal", box("Bem-vindo ao Correio do Vale Online", '<div class="smallfont">Notícias, fórum e classificados da nossa região. <a href="/forum/register.php">Registre-se</a> para participar!</div>') +
                     box("Notícias", news) + box("Últimos tópicos do fórum", topics), portal=True))
    s.non("/noticias/", shell("%s - Notícias" % NAME, "Notícias", box("Notícias", "".join('<div><a href="%s">%s</a> <span class="smallfont">%s</span></div>' % (a["path"], E(a["title"]), a["pub"].replace("Publicado em ", "")) for a in reversed(A)) +
                                                                     '<div class="smallfont">Página 1 de 214</div>')))
    s.non("/forum/", shell("%s - Fórum" % NAME, "Fórum", box("Fórum Correio do Vale", '<table cellpadding="6" cellspacing="1" width="100%"><tr><td class="tcat">Fórum</td><td class="tcat">Última mensagem</td><td class="tcat">Tópicos</td><td class="tcat">Mensagens</td></tr>'
                                                                '<tr><td class="alt1"><a href="/forum/assuntos-gerais/"><strong>Assuntos Gerais</strong></a><div class="smallfont">Converse sobre tudo o que acontece na cidade</div></td><td class="alt2 smallfont"><a href="/forum/assuntos-gerais/45120-buracos-na-rua-xv.html">Buracos na Rua XV</a><br />por zeca_vale Hoje 10:31</td><td class="alt1">4.512</td><td class="alt2">38.220</td></tr>'
                                                                '<tr><td class="alt1"><strong>Esportes</strong><div class="smallfont">Futebol amador, vôlei e bocha</div></td><td class="alt2 smallfont">Ontem 22:10</td><td class="alt1">1.203</td><td class="alt2">9.877</td></tr></table>')))
    s.non("/forum/assuntos-gerais/45120-buracos-na-rua-xv.html", shell("Buracos na Rua XV - %s" % NAME, "Buracos na Rua XV",
                                                                         '<table class="tborder" cellpadding="6" cellspacing="0" border="0" width="100%"><tr><td class="thead">10/03/2025, 08:14</td><td class="thead" align="right">#1</td></tr>'
                                                                         '<tr><td class="alt2" width="175"><a class="bigusername" href="/forum/members/zeca_vale.html">zeca_vale</a><div class="smallfont">Membro</div><div class="smallfont">Registro: 05/2009<br />Mensagens: 1.377</div></td>'
                                                                         '<td class="alt1"><div class="smallfont"><strong>Buracos na Rua XV</strong></div><hr size="1" /><div id="post_message_1">Alguém sabe quando vão arrumar a Rua XV? Ontem quase perdi a roda do carro na frente da padaria. Já liguei três vezes na prefeitura.</div></td></tr>'
                                                                         '<tr><td class="thead">10/03/2025, 09:02</td><td class="thead" align="right">#2</td></tr><tr><td class="alt2"><a class="bigusername" href="/forum/members/mariana.k.html">mariana.k</a></td>'
                                                                         '<td class="alt1"><div id="post_message_2">Saiu no Correio que vão recapear a Avenida Brasil, mas da XV ninguém falou nada...</div></td></tr></table>'))
    s.non("/classificados/", shell("%s - Classificados" % NAME, "Classificados", box("Classificados", '<div><b>Vendo</b> Gol 1.0 2008, completo, R$ 18.500. Tratar (47) 5555-1234.</div><div><b>Alugo</b> casa 2 quartos no bairro Santa Rita, R$ 1.100.</div><div><b>Procuro</b> diarista para 2x por semana.</div>')))
    s.non("/fotos/", shell("%s - Fotos" % NAME, "Fotos", box("Galeria de fotos", '<div>Festa do Colono 2024</div><img src="/fotos/colono2024/01.jpg" width="150" /><img src="/fotos/colono2024/02.jpg" width="150" /><div class="smallfont">Enviadas pelos membros do fórum</div>')))
    s.non("/tempo/", shell("%s - Previsão do tempo" % NAME, "Previsão do tempo", box("Previsão do tempo", '<div>Hoje: Sol com pancadas de chuva à tarde. Máx. 31°C Mín. 21°C</div><div>Amanhã: Nublado com chuva. Máx. 27°C</div><div class="smallfont">Fonte: Epagri/Ciram</div>')))
    s.non("/enquete/", shell("%s - Enquete" % NAME, "Enquete", box("Resultado da enquete", '<div>Qual obra é mais urgente na cidade?</div><div>Asfalto: 58% (312 votos)</div><div>Saneamento: 29% (156 votos)</div><div>Iluminação: 13% (70 votos)</div>')))
    s.non("/fale-conosco/", shell("%s - Fale Conosco" % NAME, "Fale Conosco", box("Fale Conosco", '<div>Redação: redacao@correiodovale.example - (47) 5555-0000</div><div>Rua Reinoldo Rau, 210 - Centro</div><form action="/fale-conosco/" method="post"><input name="nome" /><textarea name="msg"></textarea><input type="submit" class="button" value="Enviar" /></form>')))


# ====================================================================== 11 De Vaartbode (nl, TYPO3 4.2 + tt_news)
def vaartbode():
    s = Site(11)
    NAME = "De Vaartbode"
    A = [dict(slug="brug-over-de-vaart-zes-weken-dicht", title="Brug over de Vaart zes weken dicht voor onderhoud", sub="Omleiding via de Dorpsstraat en de Kanaalweg", cat="Verkeer", when="04-03-25 10:15",
              by=("Joost de Vries", "j.devries@vaartbode.example"), date="2025-03-04", authors=["Joost de Vries"],
              paras=["De ophaalbrug over de Vaart bij Nieuw-Dalen gaat vanaf maandag 17 maart zes weken dicht voor groot onderhoud. De provincie vervangt het brugdek en de bewegingswerken, die na ruim veertig jaar aan het eind van hun levensduur zijn.",
                     "Autoverkeer wordt tijdens de werkzaamheden omgeleid via de Dorpsstraat en de Kanaalweg, een omweg van ongeveer vier kilometer. Fietsers en voetgangers kunnen gebruikmaken van een tijdelijke pontverbinding die van zes uur 's ochtends tot acht uur 's avonds vaart.",
                     "Ondernemers aan de Havenkade zijn niet blij met de timing. \"Het voorjaar is voor ons de drukste tijd van het jaar\", zegt Gerrit Bakker van de gelijknamige watersportwinkel. De provincie zegt dat het werk niet later kon, omdat de brug voor het vaarseizoen weer open moet.",
                     "De brug moet op 28 april weer open, ruim voor het begin van het vaarseizoen."]),
         dict(slug="ijsbaanvereniging-zoekt-nieuw-bestuur", title="IJsbaanvereniging zoekt nieuw bestuur", sub="Zonder opvolgers dreigt opheffing", cat="Verenigingen", when="07-03-25 09:30",
              by=("redactie", "redactie@vaartbode.example"), date="2025-03-07", authors=[],
              paras=["De IJsbaanvereniging Nieuw-Dalen dreigt zonder bestuur te komen. Voorzitter Hennie Smit en penningmeester Klaas Oosting stoppen na de jaarvergadering van 27 maart, en tot nu toe hebben zich geen opvolgers gemeld.",
                     "De vereniging beheert al bijna honderd jaar de natuurijsbaan achter de sporthal. In koude winters komen er honderden schaatsers op af, maar de laatste jaren kon de baan maar een paar dagen open. Het aantal leden daalde in tien jaar van 640 naar 410.",
                     "Smit hoopt dat jongere dorpsgenoten het stokje willen overnemen. \"Het is geen zware klus, maar er moet wel iemand zijn die de sleutel heeft en de vergunningen regelt\", zegt hij. Zonder bestuur moet de vereniging worden opgeheven en gaat het terrein terug naar de gemeente.",
                     "Belangstellenden kunnen zich melden bij het secretariaat of op de jaarvergadering in dorpshuis De Schakel."]),
         dict(slug="gemeente-wil-honderd-woningen-aan-de-oostrand", title="Gemeente wil honderd nieuwe woningen aan de oostrand", sub="Inloopavond op 2 april", cat="Gemeente", when="11-03-25 19:05",
              by=("Marieke Bos", "m.bos@vaartbode.example"), date="2025-03-11", authors=["Marieke Bos"],
              paras=["De gemeente wil aan de oostrand van Nieuw-Dalen ruimte maken voor ongeveer honderd nieuwe woningen. Dat staat in het voorontwerp-bestemmingsplan Oostrand dat het college dinsdag heeft vrijgegeven voor inspraak.",
                     "Het plan gaat uit van een mix van starterswoningen, rijwoningen en levensloopbestendige huizen voor ouderen. Ongeveer een derde van de woningen moet in de sociale huur vallen. Op het terrein liggen nu nog weilanden van twee boeren, met wie de gemeente al in gesprek is over de aankoop.",
                     "Wethouder Jan Hoekstra noemt het plan hard nodig. \"Jongeren uit het dorp vertrekken omdat er niets te huur of te koop is. Dat willen we keren.\" Omwonenden aan de Oosterweg maken zich zorgen over het verkeer en het uitzicht.",
                     "Op 2 april is er een inloopavond in het gemeentehuis waar de plannen worden toegelicht."])]
    for a in A:
        a["path"] = "/nieuws/bericht/article/%s/" % a["slug"]
    menu = [("", "Home"), ("nieuws/", "Nieuws"), ("agenda/", "Agenda"), ("fotoalbum/", "Fotoalbum"), ("het-weer/", "Het weer"), ("familieberichten/", "Familieberichten"),
            ("kleintjes/", "Kleintjes"), ("tip-een-vriend/", "Tip een vriend"), ("contact/", "Contact"), ("colofon/", "Colofon")]
    H = s.url("/")

    def shell(title, main):
        return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html\n     PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"\n     "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html xml:lang="nl" lang="nl" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
                '<!-- \n\tThis website is powered by TYPO3 - inspiring people to share!\n\tTYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.\n'
                '\tTYPO3 is copyright 1998-2009 of Kasper Skaarhoj. Extensions are copyright of their respective owners.\n\tInformation and contribution at http://typo3.com/ and http://typo3.org/\n-->\n\n'
                '<base href="' + H + '" />\n\n<link rel="stylesheet" type="text/css" href="typo3temp/stylesheet_3a5b9c2e1f.css" />\n<link rel="stylesheet" type="text/css" href="fileadmin/templates/vaartbode/css/main.css" media="all" />\n\n'
                '<title>' + E(title) + '</title>\n<meta name="generator" content="TYPO3 4.2 CMS" />\n\n<script type="text/javascript" src="typo3temp/javascript_93077bb238.js"></script>\n\n</head>\n<body>\n'
                '<div id="wrapper"><div id="kop"><a href="' + H + '"><img src="fileadmin/templates/vaartbode/img/logo.gif" width="380" height="90" border="0" alt="De Vaartbode" title="" /></a>'
                '<div id="datum">Weekblad voor Nieuw-Dalen, Oosterveen en omstreken</div></div>\n'
                '<div id="menu"><ul>' + "".join('<li><a href="%s" onfocus="blurLink(this);">%s</a></li>' % (p, E(t)) for p, t in menu) + '</ul></div>\n'
                '<div id="inhoud">\n<!--TYPO3SEARCH_begin-->\n' + main + '\n<!--TYPO3SEARCH_end-->\n</div>\n'
                '<div id="rechts"><div class="kader"><h3>Het weer</h3><p>Vandaag: bewolkt, 9 graden. <a href="het-weer/">Meer</a></p></div>'
                '<div class="kader"><h3>Adverteren?</h3><p>Bel 0591-555 200.</p></div></div>\n'
                '<div id="voet">&copy; 2025 De Vaartbode - Drukkerij Hoving B.V. | <a href="contact/">Contact</a> | <a href="colofon/">Colofon</a></div></div>\n</body>\n</html>\n')

    def rel(p):
        return p.lstrip("/")
    for a in A:
        main = ('\n\t<div class="news-single-item">\n\t\t<div class="news-single-rightbox">\n\t\t\t%s<br />\n\t\t\tCategorie: %s<br />\n\t\t\tAuteur: <a href="mailto:%s">%s</a>\n\t\t</div>\n'
                '\t\t<h1>%s</h1>\n\t\t<h2>%s</h2>\n\t\t%s\n\t\t<hr class="clearer" />\n\t\t<div class="news-single-links"><a href="tip-een-vriend/">Tip een vriend</a></div>\n'
                '\t\t<div class="news-single-backlink">\n\t\t\t<a href="nieuws/">&lt;- Terug naar: Nieuws</a>\n\t\t</div>\n\t\t<hr class="clearer cl-right" />\n\t</div>\n'
                '\t<div class="news-related"><h3>Ook in het nieuws</h3><ul>%s</ul></div>\n') % (
            a["when"], a["cat"], a["by"][1], E(a["by"][0]), E(a["title"]), E(a["sub"]), ps(a["paras"], "bodytext"),
            "".join('<li><a href="%s">%s</a></li>' % (rel(o["path"]), E(o["title"])) for o in A if o is not a))
        s.story(a, shell("%s: %s" % (NAME, a["title"]), main))

    def item(a):
        return ('<div class="news-list-item"><span class="news-list-date">%s</span><h3><a href="%s" title="%s">%s</a></h3><p class="bodytext">%s</p>'
                '<span class="news-list-morelink"><a href="%s">[meer]</a></span><hr class="clearer" /></div>') % (a["when"].split()[0], rel(a["path"]), E(a["title"]), E(a["title"]), E(a["sub"]), rel(a["path"]))
    s.non("/", shell("%s: Home" % NAME, '<div class="news-latest-container"><h2>Laatste nieuws</h2>' + "".join(item(a) for a in reversed(A)) + '</div>'
                     '<p class="bodytext">De Vaartbode verschijnt elke woensdag huis aan huis in Nieuw-Dalen en Oosterveen.</p>'))
    s.non("/nieuws/", shell("%s: Nieuws" % NAME, '<div class="news-list-container"><h1>Nieuws</h1>' + "".join(item(a) for a in reversed(A)) +
                            '<div class="news-list-browse"><span class="activeLinkWrap">Pagina 1</span> <a href="nieuws/archief/2025/maart/">Archief</a></div></div>'))
    s.non("/nieuws/archief/2025/maart/", shell("%s: Archief maart 2025" % NAME, '<div class="news-amenu-container"><h1>Archief</h1><ul><li><a href="nieuws/archief/2025/maart/">maart 2025</a> (3)</li><li>februari 2025 (14)</li></ul></div>' +
                                               '<div class="news-list-container">' + "".join(item(a) for a in A) + '</div>'))
    s.non("/agenda/", shell("%s: Agenda" % NAME, '<h1>Agenda</h1><table class="contenttable"><tr><td>15 maart</td><td>Oud papier ophalen, Nieuw-Dalen noord</td></tr><tr><td>27 maart</td><td>Jaarvergadering IJsbaanvereniging, dorpshuis De Schakel, 20.00 uur</td></tr><tr><td>2 april</td><td>Inloopavond plan Oostrand, gemeentehuis</td></tr></table>'))
    s.non("/fotoalbum/", shell("%s: Fotoalbum" % NAME, '<h1>Fotoalbum</h1><p class="bodytext">Carnaval Oosterveen 2025</p><div class="csc-textpic"><img src="uploads/pics/carnaval01.jpg" width="150" /><img src="uploads/pics/carnaval02.jpg" width="150" /></div><p class="bodytext">Foto\'s: Henk Lubbers</p>'))
    s.non("/het-weer/", shell("%s: Het weer" % NAME, '<h1>Het weer vandaag</h1><p class="bodytext">Bewolkt met af en toe wat regen. Middagtemperatuur rond 9 graden. Matige zuidwestenwind.</p><p class="bodytext">Morgen: droog en zonnig, 11 graden.</p>'))
    s.non("/familieberichten/", shell("%s: Familieberichten" % NAME, '<h1>Familieberichten</h1><p class="bodytext"><b>Geertruida (Trui) Hofstede-Lanting</b>, * Oosterveen 3 mei 1931, &dagger; Nieuw-Dalen 6 maart 2025. De uitvaart heeft in besloten kring plaatsgevonden.</p>'
                                      '<p class="bodytext"><b>Jan Willem Kuipers</b>, 74 jaar. Wij gedenken hem op maandag 10 maart om 14.00 uur in de Hervormde kerk.</p>'))
    s.non("/kleintjes/", shell("%s: Kleintjes" % NAME, '<h1>Kleintjes</h1><p class="bodytext">TE KOOP: damesfiets Gazelle, 7 versn., € 150. Tel. 06-55512345.</p><p class="bodytext">GEVRAAGD: oppas voor 2 kinderen, woensdagmiddag.</p><p class="bodytext">Een kleintje plaatsen? Tot 20 woorden € 7,50.</p>'))
    s.non("/tip-een-vriend/", shell("%s: Tip een vriend" % NAME, '<h1>Tip een vriend</h1><form action="tip-een-vriend/" method="post"><p>Uw naam <input name="TIPFORM[name]" /></p><p>Uw e-mail <input name="TIPFORM[email]" /></p><p>E-mail ontvanger <input name="TIPFORM[recipient]" /></p><p><input type="submit" value="Versturen" /></p></form>'))
    s.non("/contact/", shell("%s: Contact" % NAME, '<h1>Contact</h1><p class="bodytext">Redactie De Vaartbode<br />Havenkade 12<br />9411 AB Nieuw-Dalen<br />Tel. 0591-555 200<br />redactie@vaartbode.example</p><p class="bodytext">Kopij inleveren uiterlijk maandag 12.00 uur.</p>'))
    s.non("/colofon/", shell("%s: Colofon" % NAME, '<h1>Colofon</h1><p class="bodytext">Uitgave: Drukkerij Hoving B.V.<br />Hoofdredactie: Joost de Vries<br />Verslaggeving: Marieke Bos<br />Oplage: 9.800</p>'))
    s.sitemap(["/", "/nieuws/"] + [a["path"] for a in A] + ["/agenda/", "/familieberichten/", "/contact/"], "/typo3/")


# ====================================================================== 12 Monitorul de Făgăraş (ro, ISO-8859-2, cedilla letters)
def fagaras():
    s = Site(12, "iso-8859-2")
    NAME = "Monitorul de Făgăraş"
    A = [dict(id=1234, sec=("local", "Local"), slug="primaria-incepe-reabilitarea-strazii-republicii", title="Primăria începe reabilitarea străzii Republicii", pub="marţi, 4 martie 2025, 10:15",
              by=("Autor", "Andrei Popescu"), views="1.204", date="2025-03-04", authors=["Andrei Popescu"],
              paras=["Primăria Făgăraş a semnat contractul pentru reabilitarea străzii Republicii, una dintre cele mai circulate artere din oraş. Lucrările vor începe la jumătatea lunii aprilie şi ar urma să fie terminate până la sfârşitul verii.",
                     "Proiectul, în valoare de 9,6 milioane de lei, cuprinde înlocuirea reţelei de apă şi canalizare, refacerea carosabilului şi a trotuarelor, precum şi amenajarea unor locuri de parcare şi a unei piste pentru biciclişti. Banii provin din fonduri europene prin Programul Regional Centru.",
                     "Primarul a recunoscut că şantierul va aduce neplăceri şoferilor şi comercianţilor de pe stradă. «Vom lucra pe tronsoane, ca să nu blocăm tot oraşul deodată», a declarat edilul. Circulaţia va fi deviată pe străzile Tudor Vladimirescu şi Negru Vodă.",
                     "Locuitorii sunt rugaţi să urmărească anunţurile primăriei privind programul de lucru pe fiecare tronson."],
              must=["înlocuirea reţelei de apă şi canalizare"]),
         dict(id=1241, sec=("educatie", "Educaţie"), slug="scoala-din-beclean-primeste-un-microbuz-nou", title="Şcoala din Beclean primeşte un microbuz nou", pub="vineri, 7 martie 2025, 08:05",
              by=("Autori", "Ioana Mureşan şi Radu Ştefănescu"), views="688", date="2025-03-07", authors=["Ioana Mureşan", "Radu Ştefănescu"],
              paras=["Elevii din satele comunei Beclean vor merge de săptămâna viitoare la şcoală cu un microbuz nou, primit de la Ministerul Educaţiei prin programul naţional de dotare a unităţilor de învăţământ. Vehiculul are 17 locuri şi este adaptat pentru transportul copiilor.",
                     "Până acum, cei aproape 40 de elevi din Hurez şi Luţa erau duşi la şcoală cu un microbuz vechi de peste cincisprezece ani, care se defecta des, iar în zilele de iarnă mulţi copii ajungeau cu întârziere sau lipseau de la ore.",
                     "Directoarea şcolii a mulţumit autorităţilor locale pentru sprijin şi a spus că vechiul microbuz va fi folosit în continuare pentru excursii şi concursuri şcolare. Şoferul microbuzului va fi angajat al primăriei.",
                     "Primăria a anunţat că în toamnă va depune un nou proiect pentru un al doilea microbuz, destinat elevilor de la gimnaziu."]),
         dict(id=1246, sec=("sport", "Sport"), slug="as-fagaras-pierde-derby-ul-cu-victoria", title="AS Făgăraş pierde derby-ul cu Victoria la ultima fază", pub="marţi, 11 martie 2025, 00:40",
              by=("Autor", "Redacţia"), views="932", date="2025-03-11", authors=[],
              paras=["AS Făgăraş a pierdut luni seară, scor 1-2, derby-ul etapei a 18-a din Liga a IV-a Braşov, disputat pe stadionul municipal în faţa a peste o mie de spectatori. Golul decisiv al oaspeţilor de la Victoria a căzut în minutul 90, după o fază fixă.",
                     "Gazdele deschiseseră scorul în prima repriză prin Cristian Lupu, care a reluat cu capul o centrare de pe partea dreaptă. Oaspeţii au egalat la scurt timp după pauză dintr-un penalty contestat vehement de jucătorii făgărăşeni.",
                     "Antrenorul echipei a declarat la final că echipa a plătit pentru lipsa de concentrare din ultimele minute. «Am avut ocazii să închidem meciul şi nu le-am fructificat», a spus acesta. Făgăraşul coboară pe locul patru în clasament.",
                     "Etapa viitoare, echipa joacă în deplasare la Codlea, pe un teren unde nu a mai câştigat din 2019."])]
    for a in A:
        a["path"] = "/stiri/%s/%d-%s.html" % (a["sec"][0], a["id"], a["slug"])
    nav = [("/", "Acasă"), ("/stiri/local/", "Local"), ("/arhiva/2025/03/", "Arhivă"), ("/anunturi/", "Anunţuri"), ("/decese/", "Decese"), ("/vremea/", "Vremea"),
           ("/sondaj/", "Sondaj"), ("/galerie-foto/", "Galerie foto"), ("/despre-noi/", "Despre noi"), ("/contact/", "Contact")]

    def shell(title, main):
        return ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<html>\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">\n<title>' + E(title) + '</title>\n'
                '<meta name="keywords" content="Făgăraş, ştiri, Ţara Făgăraşului, monitorul">\n<meta name="description" content="Ştiri din Făgăraş şi Ţara Făgăraşului">\n'
                '<link rel="stylesheet" href="/css/stil.css" type="text/css">\n</head>\n<body>\n<table width="900" align="center" cellpadding="0" cellspacing="0" border="0">\n'
                '<tr><td colspan="2" class="antet"><a href="/"><img src="/img/sigla.gif" alt="Monitorul de Făgăraş" border="0"></a><span class="data">Miercuri, 12 martie 2025</span></td></tr>\n'
                '<tr><td colspan="2" class="meniu">' + " &middot; ".join('<a href="%s">%s</a>' % (p, E(t)) for p, t in nav) + '</td></tr>\n'
                '<tr><td valign="top" class="centru">\n' + main + '\n</td>\n<td valign="top" width="200" class="dreapta">'
                '<div class="caseta"><div class="titlucaseta">Cele mai citite</div>' + "".join('<a href="%s">%s</a><br>' % (a["path"], E(a["title"])) for a in A) + '</div>'
                '<div class="caseta"><div class="titlucaseta">Vremea azi</div>Făgăraş: 12&deg;C, înnorat<br><a href="/vremea/">Prognoza</a></div>'
                '<div class="caseta"><div class="titlucaseta">Curs valutar</div>EUR 4,9768<br>USD 4,5892</div></td></tr>\n'
                '<tr><td colspan="2" class="subsol">&copy; 2003-2025 Monitorul de Făgăraş. Toate drepturile rezervate. Reproducerea materialelor este permisă doar cu citarea sursei.</td></tr>\n</table>\n</body>\n</html>\n')
    for a in A:
        main = ('<table width="100%%" cellpadding="0" cellspacing="0"><tr><td class="cale"><a href="/">Acasă</a> &raquo; <a href="/stiri/%s/">%s</a></td></tr></table>\n'
                '<h2 class="titlu">%s</h2>\n<div class="info">Publicat: %s | %s: <b>%s</b> | Vizualizări: %s</div>\n<div class="continut">\n%s</div>\n'
                '<div class="unelte"><a href="javascript:window.print()">Printează</a> | <a href="/trimite/%d/">Trimite unui prieten</a></div>\n'
                '<div class="comentarii"><b>Comentarii (0)</b><br>Nu există comentarii. <a href="/trimite/%d/">Scrie un comentariu</a></div>') % (
            a["sec"][0], a["sec"][1], E(a["title"]), a["pub"], a["by"][0], E(a["by"][1]), a["views"], ps(a["paras"]), a["id"], a["id"])
        s.story(a, shell("%s - %s" % (NAME, a["title"]), main))
        s.non("/trimite/%d/" % a["id"], shell("%s - Trimite unui prieten" % NAME,
              '<h2 class="titlu">Trimite unui prieten</h2><p>Articol: <b>%s</b></p><form method="post" action="/trimite/%d/">Numele tău: <input name="nume"><br>E-mail prieten: <input name="email"><br><input type="submit" value="Trimite"></form>' % (E(a["title"]), a["id"])))

    def item(a):
        return '<div class="stire"><a href="%s" class="titlustire">%s</a><div class="info">%s</div><p>%s</p></div>' % (a["path"], E(a["title"]), a["pub"], E(a["paras"][0]))
    s.non("/", shell("%s - Ştiri din Ţara Făgăraşului" % NAME, '<div class="sectiune">Ultimele ştiri</div>' + "".join(item(a) for a in reversed(A))))
    s.non("/stiri/local/", shell("%s - Local" % NAME, '<div class="sectiune">Local</div>' + item(A[0]) + '<div class="paginare">Pagina 1 din 87</div>'))
    s.non("/arhiva/2025/03/", shell("%s - Arhiva martie 2025" % NAME, '<div class="sectiune">Arhiva: martie 2025</div><ul>' + "".join('<li>%s - <a href="%s">%s</a></li>' % (a["pub"], a["path"], E(a["title"])) for a in A) + '</ul>'))
    s.non("/anunturi/", shell("%s - Anunţuri" % NAME, '<div class="sectiune">Mica publicitate</div><p><b>VÂND</b> casă în Galaţi (Făgăraş), 3 camere, grădină 800 mp. Tel. 0745 555 123.</p><p><b>ÎNCHIRIEZ</b> garsonieră central, mobilată. Tel. 0722 555 456.</p>'))
    s.non("/decese/", shell("%s - Anunţuri de deces" % NAME, '<div class="sectiune">Decese</div><p>Cu adâncă durere anunţăm trecerea în nefiinţă a celui care a fost <b>Gheorghe Şerban</b>, în vârstă de 79 de ani. Înmormântarea va avea loc joi, 13 martie, la Biserica Sf. Ioan.</p>'
                                                                     '<p>Familia Bucur anunţă cu tristeţe decesul mamei, <b>Maria Bucur</b> (86 ani). Dumnezeu s-o odihnească!</p>'))
    s.non("/vremea/", shell("%s - Vremea" % NAME, '<div class="sectiune">Vremea în Făgăraş</div><p>Astăzi: cer mai mult noros, maxima 12 grade, minima 1 grad.</p><p>Mâine: ploi slabe, maxima 9 grade.</p><p>Sursa: ANM</p>'))
    s.non("/sondaj/", shell("%s - Sondaj" % NAME, '<div class="sectiune">Rezultate sondaj</div><p>Sunteţi mulţumiţi de transportul public din oraş?</p><p>Da: 22% (61 voturi)<br>Nu: 64% (177 voturi)<br>Nu folosesc: 14% (39 voturi)</p>'))
    s.non("/galerie-foto/", shell("%s - Galerie foto" % NAME, '<div class="sectiune">Galerie foto</div><p>Cetatea Făgăraşului sub zăpadă</p><img src="/galerie/cetate1.jpg" width="150"><img src="/galerie/cetate2.jpg" width="150">'))
    s.non("/despre-noi/", shell("%s - Despre noi" % NAME, '<div class="sectiune">Despre noi</div><p>Monitorul de Făgăraş apare din 2003 şi acoperă ştirile din municipiul Făgăraş şi din comunele Ţării Făgăraşului. Redactor-şef: Andrei Popescu.</p>'))
    s.non("/contact/", shell("%s - Contact" % NAME, '<div class="sectiune">Contact</div><p>Str. Republicii nr. 5, Făgăraş, jud. Braşov<br>Tel. 0268 555 000<br>redactie@monitorulfg.example</p>'))


for build_site in (sentinel, wexcombe, kerrigan, salado, priozerye, ohmtal, valfredda, lagkadas, egeekspres, correio, vaartbode, fagaras):
    build_site()
with open(os.path.join(sys.argv[1], "truth.json"), "w") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print("%d articles, %d non-articles, %d synd" % (len(truth["articles"]), len(truth["nonarticles"]), len(truth["synd"])))
