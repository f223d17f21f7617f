package extract

// This file filters the rendered lines of the body: related-story lists,
// promotions, bylines, captions, repeated and boilerplate lines.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/atom"
)

// filterLines drops boilerplate lines (bylines, date lines, share prompts,
// captions) and trailing headings.
func (p *page) filterLines(in []line) []line {
	out := in[:0]
	titleAt := -1
	for _, l := range in {
		if l.title || (p.normTitle != "" && len(l.text) < 2*len(p.normTitle)+8 && len(l.text)*2+8 > len(p.normTitle) && normTitle(l.text) == p.normTitle) {
			if titleAt < 0 {
				titleAt = len(out)
			}
			continue
		}
		if p.boilerLine(l) || p.besideForm(l.owner) {
			continue
		}
		out = append(out, l)
		p.keptLines++
		p.keptChars += len(l.text)
	}
	out = dropMidPitches(out)
	// Lines before the headline inside the container (tickers, teasers,
	// kickers) are not part of the article.
	if titleAt > 0 && titleAt*2 <= len(out) && !p.headlineAbove() {
		before, total := 0, 0
		for i, l := range out {
			if i < titleAt {
				before += len(l.text)
			}
			total += len(l.text)
		}
		if before*10 < total*4 {
			out = out[titleAt:]
		}
	}
	out = p.dropRepeats(out)
	out = cutRelated(out, p.nodes)
	out = cutComments(out, p.nodes)
	out = cutReleaseTail(out, p.issuer())
	if p.isStandfirst(out) {
		out = out[1:]
	}
	for range 2 {
		// (A reaction row may stand above the pitches trimmed first.)
		for len(out) > 0 && (out[len(out)-1].heading || promoLine(out[len(out)-1].text) || paywallTail(out)) {
			out = out[:len(out)-1]
		}
		out = cutReactions(out)
	}
	return out
}

// reactionPrompts ask the reader how a story made them feel, above a row
// of moods to click ("Happy", "Sad", "Angry" …).
var reactionPrompts = []string{"how does this make you feel", "what's your reaction", "what is your reaction", "how do you feel about this",
	"apa reaksi anda", "bagaimana reaksi anda", "bagaimana perasaan anda", "wie fühlen sie sich", "qu'en pensez-vous",
	"¿qué te pareció", "cosa ne pensi"}

// maxMoodLine is the longest line read as one mood of a reaction row.
const maxMoodLine = 24

// cutReactions drops a reaction row after the story: a reactionPrompts
// line among the last lines, followed only by short mood words.
func cutReactions(out []line) []line {
	for i := len(out) - 1; i >= 0 && i >= len(out)-16; i-- {
		lt := strings.ToLower(out[i].text)
		if len(lt) > 80 || !containsAny(lt, reactionPrompts) {
			continue
		}
		for _, l := range out[i+1:] {
			if len(l.text) > maxMoodLine {
				return out
			}
		}
		return out[:i]
	}
	return out
}

// paywallTails are the phrases of a paywall's prompt after a story's free
// paragraphs ("Il vous reste 78 % de cet article à lire", "The rest of this
// article is for subscribers"), besides midPitches.
var paywallTails = []string{"il vous reste", "de cet article à lire", "réservée aux abonnés", "réservé aux abonnés",
	"se connecter", "rest of this article", "for subscribers only", "subscribers only", "continue reading with",
	"exclusive to subscribers", "exklusiv für abonnenten", "nur für abonnenten", "riservato agli abbonati",
	"exclusivo para suscriptores", "exclusivo para assinantes", "alleen voor abonnees", "log in to continue", "sign in to continue"}

// paywallTail reports whether the last of lines is a paywall's prompt
// after at least two paragraphs' worth of story (a page that is only the
// prompt stays a paywall's stub, for the gate rule to see).
func paywallTail(lines []line) bool {
	last := lines[len(lines)-1].text
	if len(last) > 200 {
		return false
	}
	before := 0
	for _, l := range lines[:len(lines)-1] {
		before += len(l.text)
	}
	lt := strings.ToLower(last)
	return before >= 300 && (containsAny(lt, paywallTails) || containsAny(lt, midPitches))
}

// commentHeadings are the headings of a thread of readers' comments, in
// the languages of the news, as read by commentHeading.
var commentHeadings = wordSetLines(`comments
reader comments
readers' comments
join the conversation
kommentare
leserkommentare
kommentar
commentaires
réactions
commenti
comentarios
comentários
reacciones
reações
reacties
komentarze
komentáře
komentáre
diskuse
diskusia
hozzászólások
kommentarer
kommentit
yorumlar
σχόλια
комментарии
коментарі
التعليقات
تعليقات
نظرات
תגובות
评论
評論
留言
コメント
댓글
bình luận
ý kiến bạn đọc
ý kiến
komentar`)

// commentHeading reports whether t heads a comment thread: one of
// commentHeadings with or without a count ("Kommentare (2)", "12
// Comments", "Comments: 4").
func commentHeading(t string) bool {
	if len(t) > 60 {
		return false
	}
	lt := strings.TrimFunc(strings.ToLower(t), func(r rune) bool {
		return unicode.IsDigit(r) || unicode.IsSpace(r) || strings.ContainsRune("()[]:·|", r)
	})
	return commentHeadings[lt]
}

// cutComments drops a thread of readers' comments that the container kept:
// from a line that heads one (in a heading element or a short line of its
// own) after the story's first 400 characters or two fifths of the text,
// to the end.
func cutComments(lines []line, nodes []nodeInfo) []line {
	return lines[:tailFrom(lines, func(l line) bool {
		return commentHeading(l.text) && (nodes[l.owner].flags&fHeading != 0 || len(l.text) < 30)
	})]
}

// tailFrom returns the index of the first line, after the story's first
// 400 characters or two fifths of its text, at which a tail the story
// does not own begins (at reports it); len(lines) when none does.
func tailFrom(lines []line, at func(line) bool) int {
	total := 0
	for _, l := range lines {
		total += len(l.text)
	}
	seen := 0
	for i, l := range lines {
		if i > 0 && (seen*5 >= total*2 || seen >= 400) && at(l) {
			return i
		}
		seen += len(l.text)
	}
	return len(lines)
}

// releaseEnds are the lines a press release ends its text with, before
// the notes to editors and the press contacts.
var releaseEnds = wordSetLines(`###
# # #
-30-
- 30 -
ends
-ends-
- ends -
– ends –
— ends —
- fin -
– fin –
-fin-
- ende -
-ende-`)

// contactHeadings head a press release's contacts and notes to editors,
// alone on their line or before the details ("Media contact: Tom Hale").
var contactHeadings = []string{"media contact", "media contacts", "press contact", "press contacts", "media enquiries",
	"media inquiries", "press enquiries", "press inquiries", "notes to editors", "note to editors", "notes for editors",
	"pressekontakt", "pressekontakte", "medienkontakt", "rückfragen bitte an", "rückfragehinweis", "kontakt für medien",
	"contact presse", "contacts presse", "contact médias", "contact media", "contacto de prensa", "contactos de prensa",
	"contacto para medios", "contatti stampa", "contatto stampa", "contatto media", "ufficio stampa", "perscontact",
	"noot voor de redactie", "noot voor redactie", "kontakt för media"}

// aboutLabels open a press release's boilerplate on its issuer ("About
// Northlink", "Sobre Grupo Levante Salud:").
var aboutLabels = []string{"about ", "über ", "à propos de ", "a propos de ", "acerca de ", "sobre ", "informazioni su ",
	"over ", "om "}

// contactHeading reports whether line t heads a press release's contacts:
// a contactHeadings entry alone (a colon allowed) or before details.
func contactHeading(t string) bool {
	lt := strings.ToLower(strings.TrimSpace(t))
	for _, h := range contactHeadings {
		if rest, ok := strings.CutPrefix(lt, h); ok {
			rest = strings.TrimLeft(rest, " ")
			if rest == "" || rest[0] == ':' || rest[0] == '(' {
				return true
			}
		}
	}
	return false
}

// aboutLine reports whether line t opens the issuer's boilerplate: an
// aboutLabels label and a name, alone or before a colon.
func aboutLine(t string) bool {
	lt := strings.ToLower(t)
	for _, l := range aboutLabels {
		if rest, ok := strings.CutPrefix(lt, l); ok {
			head, _, colon := strings.Cut(rest, ":")
			if colon && len(head) < 60 || !colon && len(rest) < 60 && !strings.HasSuffix(rest, ".") {
				return r1Upper(t[len(l):])
			}
		}
	}
	return false
}

// r1Upper reports whether s starts with an upper-case letter (a name).
func r1Upper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// cutReleaseTail drops what follows a press release's text: from its end
// mark ("###", "- Ends -", "- Fin -") or its contacts' heading, and the
// issuer's boilerplate just above them, to the end, once the story's
// first 400 characters or two fifths of the text have gone by.
func cutReleaseTail(lines []line, issuer string) []line {
	i := tailFrom(lines, func(l line) bool {
		return len(l.text) < 200 && (releaseEnds[strings.ToLower(strings.TrimSpace(l.text))] || contactHeading(l.text))
	})
	// The issuer's boilerplate may come just before.
	for k := i - 1; i < len(lines) && k > 0 && k >= i-3; k-- {
		if aboutLine(lines[k].text) {
			i = k
			break
		}
	}
	if i == len(lines) && issuer != "" {
		// No end mark: an "About Northlink" heading that names the site
		// itself, among the last lines, opens the issuer's boilerplate;
		// so does the last line, "Sobre Grupo Levante Salud: …", when
		// the contacts before it went as boilerplate of their own.
		for k := len(lines) - 1; k > 0 && k >= len(lines)-3; k-- {
			if l := lines[k]; (l.heading || k == len(lines)-1) && aboutLine(l.text) && aboutIssuer(l.text, issuer) {
				i = k
				break
			}
		}
	}
	return lines[:i]
}

// aboutIssuer reports whether an "About X" heading names the issuer (the
// site's name or its host's, squashed): "About Northlink" on
// northlink.example.
func aboutIssuer(t, issuer string) bool {
	words := strings.Fields(t)
	if len(words) < 2 {
		return false
	}
	x := squashName(strings.Join(words[1:], " "))
	return len(x) >= 3 && (strings.Contains(issuer, x) || strings.Contains(x, issuer))
}

// issuer is the site's own name as cutReleaseTail compares it: og:site_name
// or the host's registered name, squashed.
func (p *page) issuer() string {
	if n := squashName(p.meta["og:site_name"]); len(n) >= 3 {
		return n
	}
	if p.base != nil {
		return hostLabel(strings.ToLower(strings.TrimPrefix(p.base.Hostname(), "www.")))
	}
	return ""
}

// leadLabelChars is the longest line (in bytes) that may stand before a
// byline that opens a story: a label such as "Guest essay".
const leadLabelChars = 40

// noteByline keeps a byline line taken out of the body, and whether it was
// the first: before any of the body's lines ("By JANE DOE" opening the
// story), or after only a short label.
func (p *page) noteByline(by string, owner int32) {
	if len(p.bylines) == 0 {
		// (After a label at most: "Guest essay", "Analysis".)
		p.leadByline = p.keptLines == 0 || p.keptLines == 1 && p.keptChars <= leadLabelChars
	}
	p.bylines = append(p.bylines, by)
	p.lastBylineAt, p.lastBylineOwner = p.keptLines, owner
	for k, up := owner, 0; k >= 0 && up < 3; k, up = p.nodes[k].parent, up+1 {
		if p.nodes[k].flags&fListItem != 0 {
			p.lastBylineAt, p.lastBylineOwner = -1, -1 // an item of a list ("by John Roe" under a book), no credit of the story
			break
		}
	}
}

// trailingByline returns the names of the byline line that closed the
// body ("Tekst: Daan Mulder" after the last paragraph), nil if the body
// went on after its last byline line. Lines kept after it that the later
// passes dropped (a "more by this reporter" link, a related-stories list)
// do not count: the byline comes after the body's last line.
func (p *page) trailingByline() []string {
	if len(p.bylines) == 0 || p.keptLines == 0 || p.lastBylineAt < 0 {
		return nil
	}
	if p.lastBylineAt != p.keptLines && !(p.lastLineOwner >= 0 && p.lastBylineOwner > p.lastLineOwner && p.lastBylineOwner >= p.nodes[p.lastLineOwner].end) {
		return nil
	}
	return cleanAuthors(splitAuthors(p.bylines[len(p.bylines)-1]))
}

// relatedHeadings open the "more stories" part of a page.
var relatedHeadings = []string{"related", "more stories", "more great", "more from", "more on this", "more news",
	"read more", "read next", "recommended", "you may also", "you might also", "popular", "trending", "top stories",
	"latest news", "latest stories", "see also", "also read", "further reading", "most read", "don't miss", "editor's picks",
	"weitere artikel", "mehr zum thema", "das könnte sie auch", "das könnte dich auch", "lies auch", "lesen sie auch", "à lire aussi", "lire aussi",
	"leia também", "leia mais", "veja também", "te puede interesar", "más noticias", "noticias relacionadas", "potrebbe interessarti",
	"читайте также", "похожие", "about the author", "about me", "meet the author", "other ways to connect", "more ways to connect",
	"suggested videos", "suggested stories", "suggested for you", "more videos", "related videos"}

// cutRelated handles a short "related stories" style heading in the
// second half of the text: the heading goes, and so do the list items and
// short lines after it, up to the next real paragraph.
func cutRelated(lines []line, nodes []nodeInfo) []line {
	total := 0
	for _, l := range lines {
		total += len(l.text)
	}
	seen := 0
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		seen += len(l.text)
		if len(l.text) > 60 || !isRelatedHeading(l.text) {
			continue
		}
		if seen*2 < total {
			// An inline "related" box in the first half: only its heading goes.
			if nodes[l.owner].flags&fHeading != 0 || len(l.text) < 30 {
				lines = append(lines[:i], lines[i+1:]...)
				i--
			}
			continue
		}
		j := i + 1
		for j < len(lines) && (nodes[lines[j].owner].flags&(fListItem|fHeading) != 0 || len(lines[j].text) < 60) {
			j++
		}
		lines = append(lines[:i], lines[j:]...)
		i--
	}
	return lines
}

func isRelatedHeading(t string) bool {
	lt := strings.ToLower(t)
	for _, h := range relatedHeadings {
		if strings.HasPrefix(lt, h) {
			return true
		}
	}
	return false
}

// promoWords mark trailing self-promotion: newsletters, social follows,
// contact lines of the author.
var promoWords = []string{"subscribe now", "subscribe here", "sign up now", "follow us", "follow him on", "follow her on", "follow me on", "find us on", "like us on",
	"join our", "may be reached at", "can be reached at", "click here",
	"download our app", "download the app", "have a tip", "send us a tip", "email us",
	"news agencies", "subject to copyright", "without the written permission",
	"without written permission", "provided for information purposes", "like to hear what you think", "letters to the editor",
	// The same pitches in the languages of the news: subscribe, support
	// us, become a member, get it by email.
	"abonnez-vous", "soutenez-nous", "unterstützen sie", "abonnieren sie", "werde mitglied", "mitglied werden", "pro-mitglied",
	"suscríbete", "suscríbase", "apóyanos", "hazte socio", "iscriviti", "abbonati", "sostienici", "assine já", "apoie o",
	"abonneer", "steun ons", "word lid", "prenumerera", "stöd oss", "we will email you", "we'll email you", "i mejlen",
	// Follow us on Google News (Indonesian, English), get the news by
	// email (Slovak, Latvian), send us a story, rate the story's mood
	// (Rappler's "How does this make you feel?"), a station's playlist.
	"ikuti berita", "ikuti kami di", "on google news", "di google news", "dostávajte", "odoberajte", "piesakies",
	"got a story?", "have a story idea", "how does this make you feel", "suggested videos"}

// channelWords and messengers: a line that names a messaging app's channel
// ("Seguici sul nostro canale Telegram", "Entre no nosso canal do
// WhatsApp") is a pitch to follow the site there.
var (
	messengers   = []string{"telegram", "whatsapp", "signal"}
	channelWords = []string{"channel", "canal", "canale", "kanal", "kanaal", "频道", "頻道", "チャンネル", "채널", "saluran", "kênh", "ช่อง"}
)

// signUpWords invite the reader to subscribe when they open a sentence or
// address the reader (signUpCues).
var signUpWords = []string{"subscribe to", "subscribe for", "sign up for", "sign up to"}

// signUpCues address the reader of a sign-up line or name what it sells.
var signUpCues = []string{"you", " our ", "newsletter", "inbox", "free", "delivered", "straight to", "updates", "alerts"}

// sentenceStart reports whether the text before a phrase ends a sentence
// or a label ("… today. Sign up", "Newsletter: subscribe").
func sentenceStart(before string) bool {
	b := strings.TrimRight(before, " ")
	return b == "" || strings.HasSuffix(b, ".") || strings.HasSuffix(b, "!") || strings.HasSuffix(b, ":") ||
		strings.HasSuffix(b, "—") || strings.HasSuffix(b, "–") || strings.HasSuffix(b, "|") || strings.HasSuffix(b, ">")
}

// maxPromoMention is the longest line that naming a newsletter alone
// makes a promotion; a longer one must also address the reader
// (readerCues).
const maxPromoMention = 160

// readerCues are the words with which a promotion addresses its reader.
var readerCues = []string{"you", "our ", "sign up", "inbox", "free", "delivered", "straight to", "register"}

// promoLine reports whether a line looks like a trailing promotion.
func promoLine(t string) bool {
	if len(t) > 400 {
		return false
	}
	lt := strings.ToLower(t)
	for _, w := range promoWords {
		if strings.Contains(lt, w) {
			return true
		}
	}
	for _, w := range signUpWords {
		// "Sign up for our newsletter", "Subscribe to The Brief: ...";
		// a story's "fans who sign up to the band's mailing list" is no
		// promotion.
		if i := strings.Index(lt, w); i >= 0 && (i == 0 || sentenceStart(lt[:i]) || containsAny(lt, signUpCues)) {
			return true
		}
	}
	if strings.Contains(lt, "newsletter") && (len(t) <= maxPromoMention || containsAny(lt, readerCues)) {
		// "Get our morning newsletter"; a paragraph of a story about
		// newsletters, longer and not addressed to the reader, is none.
		return true
	}
	if containsAny(lt, messengers) && containsAny(lt, channelWords) {
		return true
	}
	// A source credit opens its line; an item that names its source
	// after its text ("Unemployment rate – ... Source: BLS.") is content.
	if strings.HasPrefix(lt, "source:") || strings.HasPrefix(lt, "sources:") {
		return true
	}
	// "Follow X on Twitter", "Reach the reporter on Twitter at @x".
	if strings.Contains(lt, "twitter") || strings.Contains(lt, "facebook") || strings.Contains(lt, "instagram") {
		for _, pre := range []string{"follow ", "reach ", "contact ", "find ", "like ", "connect "} {
			if strings.HasPrefix(lt, pre) {
				return true
			}
		}
		if strings.Contains(lt, "@") || strings.Contains(lt, "twitter.com/") {
			return true
		}
	}
	return false
}

// boilerLine reports whether a short line looks like page furniture.
func (p *page) boilerLine(l line) bool {
	t := l.text
	if len(t) > 200 {
		return false
	}
	lt := strings.ToLower(t)
	words := strings.Count(t, " ") + 1
	if captionCredit(lt) || (words <= 10 && photoAgency(lt)) {
		return true
	}
	if words <= 6 && p.isAuthorName(lt) {
		return true
	}
	if p.normTitle != "" && words <= 40 && len(t) < 2*len(p.normTitle)+8 && normTitle(t) == p.normTitle {
		return true
	}
	if words <= 30 && inboxPromo(lt) {
		return true
	}
	if words <= 16 && (playlistHeading(t) || numberedSources(lt)) {
		return true
	}
	if words <= 16 && !strings.HasSuffix(lt, ".") && metaLine(lt) {
		if len(p.dateLines) < 4 {
			p.dateLines = append(p.dateLines, t)
		}
		// "Posted by Jane Doe at December 16, 2025 11:15 AM": the
		// line gives the byline as well as the date.
		if by, ok := bylineNames(t); ok && len(p.bylines) < 4 {
			p.noteByline(by, l.owner)
		}
		return true
	}
	if words > 12 && words <= 24 {
		// A labelled byline of several authors with its date.
		if by, ok := bylineNames(t); ok && strings.ContainsAny(t, "0123456789") {
			if _, dated := parseDate(t, false); dated {
				p.noteByline(by, l.owner)
				return true
			}
		}
	}
	if words <= 12 {
		if by, ok := bylineNames(t); ok {
			p.noteByline(by, l.owner)
			return true
		}
		for _, pre := range boilerPrefixes {
			if strings.HasPrefix(lt, pre) {
				return true
			}
		}
		if looksLikeDateLine(lt) {
			p.dateLines = append(p.dateLines, t)
			return true
		}
	}
	if (words <= 4 || words <= 8 && strings.ContainsAny(lt, "0123456789")) && readingTime(lt) {
		return true
	}
	if words <= 4 {
		bare := strings.TrimRight(lt, ": ")
		for _, w := range boilerExact {
			if lt == w || bare == w {
				return true
			}
		}
	}
	return false
}

var boilerPrefixes = []string{
	"advertisement", "sponsored", "read more", "read also", "related:", "related articles", "related stories",
	"see also", "share this", "share on", "follow us", "sign up for", "sign up to", "sign up now", "sign up:",
	"subscribe to", "subscribe now", "subscribe for", "subscribe:", "click here",
	"photo:", "image:", "credit:", "photograph:", "(photo", "(image", "getty images", "©", "copyright ",
	"courtesy of", "photo courtesy", "photos courtesy", "image courtesy", "images courtesy",
	"all rights reserved", "published:", "updated:", "last updated", "posted on", "posted:", "published on",
	"updated on", "reading time", "min read", "listen to this", "download the app", "updated at",
	"this slideshow requires", "publicado", "publicada", "veröffentlicht", "aktualisiert", "publié le", "mis à jour",
	"actualizado", "pubblicato", "aggiornato", "опубликовано", "обновлено",
	"letzte änderung", "zuletzt aktualisiert", "ultima modifica", "last modified", "dernière mise à jour", "última actualización",
	"gefällt mir", "like this:", "mehr zum thema", "weiterführende informationen", "weitere informationen",
	"quelle:", "quellen:", "źródło:", "fuente:", "fonte:", "titelbild:", "bildquelle", "foto:", "fotos:", "crédits photos",
	"crédit photo", "kategorie:", "category:", "categories:", "filed under", "tags:", "schlagworte:", "schlagwörter:",
	"pour lire la suite", "pour accéder", "to continue reading", "continue reading", "weiterlesen", "jetzt abonnieren",
	"if you enjoyed", "we want to hear", "war der artikel", "möchten sie den artikel", "den artikel teilen", "artikel teilen",
	"teilen sie", "share this article", "share this story", "print this", "drucken", "leserbrief",
	"explore further", "citation:", "like this story", "like this article", "enjoyed this article", "this document is subject to copyright", "more information:", "journal information:",
}

var boilerExact = []string{
	"share", "tweet", "email", "print", "comments", "comment", "advertisement", "ad", "menu", "close",
	"facebook", "twitter", "linkedin", "whatsapp", "reddit", "pinterest", "more", "loading", "loading...", "loading ...", "loading…",
	"cargando...", "carregando...", "wird geladen...", "lädt...", "chargement...", "caricamento...", "subscribe", "sign up",
	"skip to content", "back to top", "top", "next", "previous", "home", "related", "recommended", "advert",
	"advertising", "anzeige", "publicidad", "publicité", "pubblicità", "реклама", "order reprints", "reprints",
	"print article", "text size", "save article", "gift this article", "listen to article", "font size",
	"table of contents", "contents", "in this article", "on this page", "jump to", "reply", "like loading...", "like loading…",
	"previous article", "next article", "previous post", "next post", "tags",
	// Iranian agencies close each story with "end of message".
	"انتهای پیام", "انتهای پیام/",
}

// captionCredit reports whether a line ends with a photo credit in
// parentheses, as image captions do: "... (AP Photo/Evan Vucci)".
func captionCredit(lt string) bool {
	if !strings.HasSuffix(lt, ")") {
		return false
	}
	i := strings.LastIndexByte(lt, '(')
	if i < 0 || len(lt)-i > 80 {
		return false
	}
	in := lt[i:]
	for _, w := range lowerTokens(in, 12) {
		switch w {
		case "photo", "photos", "getty", "file", "image", "images", "credit", "pictured",
			"shutterstock", "istock", "courtesy", "foto", "bild", "illustration":
			return true
		case "ap", "reuters", "afp", "epa", "dpa", "xinhua", "ansa", "efe":
			if strings.ContainsAny(in, "/") {
				return true
			}
		}
	}
	return false
}

// isAuthorName reports whether a short lower-case line is just an author
// or agency name from the page's metadata.
func (p *page) isAuthorName(lt string) bool {
	lt = strings.TrimPrefix(lt, "by ")
	for _, a := range p.ld.authors {
		if strings.ToLower(a) == lt {
			return true
		}
	}
	if a := p.meta["author"]; a != "" && strings.ToLower(a) == lt {
		return true
	}
	return wireAgencyLower[lt] || strings.HasPrefix(lt, "the ") && wireAgencyLower[lt[len("the "):]]
}

// wireAgencyLower holds the names of wireAgencies lower-cased, for
// isAuthorName.
var wireAgencyLower = func() map[string]bool {
	m := make(map[string]bool, len(wireAgencies))
	for _, name := range wireAgencies {
		m[strings.ToLower(name)] = true
	}
	return m
}()

// lowerTokens returns up to n lower-cased word tokens of s: runs of
// letters, digits and '_'.
func lowerTokens(s string, n int) []string {
	out := make([]string, 0, min(n, 16))
	for w := range strings.FieldsFuncSeq(s, notWordRune) {
		if len(out) == n {
			break
		}
		out = append(out, strings.ToLower(w))
	}
	return out
}

func notWordRune(r rune) bool { return r != '_' && !unicode.IsLetter(r) && !unicode.IsNumber(r) }

// metaWords mark a line as a byline/date/category line when a date is
// also present: "05/10/2018 - Published by: Jane - Category: Health".
var metaWords = []string{"by ", "por ", "von ", "par ", "category", "categoria", "categoría", "kategorie", "catégorie",
	"updated", "published", "original", "modified", "aktualisiert", "veröffentlicht", "mis à jour",
	"tags:", "posted", "filed under", "autor", "author", "written", "redaktion", "reporter"}

func metaLine(lt string) bool {
	hit := false
	for _, w := range metaWords {
		if strings.Contains(lt, w) {
			hit = true
			break
		}
	}
	if !hit && strings.Count(lt, " | ") < 2 {
		// A line of three or more parts set apart by bars, one of
		// them a date, is a byline's ("On behalf of Doe Law | Apr
		// 21, 2017 | Products Liability").
		return false
	}
	_, ok := parseDate(lt, false)
	return ok
}

// photoAgency reports whether a short line names a photo agency, as
// caption credits do: "Jane Doe | Bloomberg | Getty Images".
func photoAgency(lt string) bool {
	for _, w := range []string{"getty images", "shutterstock", "ap photo", "istock", "afp via getty", "reuters/", "epa-efe", "imago images", "picture alliance", "/ap", "photo credit", "image credit", "photo:"} {
		if strings.Contains(lt, w) {
			return true
		}
	}
	return false
}

// headlineAbove reports whether the page shows its headline in a visible
// <h1> before the body container: a heading inside the container that
// repeats it is then a section heading, and the paragraphs above that
// are the article's opening, not a ticker.
func (p *page) headlineAbove() bool {
	for _, i := range p.h1s {
		if i >= p.mainIdx {
			break
		}
		if p.nodes[i].flags&fSkip == 0 && p.nodes[i].end <= p.mainIdx && p.isTitle(p.nodeText(p.nodes[i].n)) {
			return true
		}
	}
	return false
}

// isTitle reports whether t is the page's headline.
func (p *page) isTitle(t string) bool {
	return p.res.Title != "" && titleAgrees(collapse(t), p.titleShown())
}

// isStandfirst reports whether the first line is the article's dek: it
// repeats the page description word for word and sits in a different
// element from the body paragraphs that follow.
func (p *page) isStandfirst(lines []line) bool {
	if len(lines) < 3 {
		return false
	}
	first := lines[0]
	if len(first.text) > 400 {
		return false
	}
	desc := ""
	for _, d := range []string{p.meta["og:description"], p.meta["description"], p.meta["twitter:description"]} {
		if d != "" {
			desc = d
			break
		}
	}
	if desc == "" {
		return false
	}
	a, b := lowerTokens(first.text, 80), lowerTokens(desc, 80)
	if len(a) < 6 || len(b) < len(a) || !containsSeq(b, a) && !containsSeq(a, b) {
		return false
	}
	if len(a) != len(b) && !(len(b) > len(a) && containsSeq(b, a)) {
		return false
	}
	nodes := p.nodes
	if nodes[first.owner].parent == nodes[lines[1].owner].parent || nodes[lines[1].owner].parent != nodes[lines[2].owner].parent {
		return false
	}
	// The element (or its parent) must say it is a dek; one whose own
	// class names it the story's lead ("article-lead", "ingress") opens
	// the story, as the Nordic, German and Swiss press writes it.
	if leadClass(strings.ToLower(attr(nodes[first.owner].n, "class"))) {
		return false
	}
	for n, k := nodes[first.owner].n, 0; n != nil && k < 3; n, k = n.Parent, k+1 {
		if n.DataAtom == atom.Header {
			return true
		}
		c := strings.ToLower(attr(n, "class"))
		for _, w := range dekWords {
			if strings.Contains(c, w) {
				return true
			}
		}
	}
	return false
}

// dekWords are class fragments of standfirst elements.
var dekWords = []string{"standfirst", "dek", "lead", "intro", "summary", "excerpt", "abstract", "teaser", "subtitle",
	"subhead", "description", "chapo", "kicker", "head", "einleitung", "sapo"}

func containsSeq(hay, needle []string) bool {
	for i := 0; i+len(needle) <= len(hay); i++ {
		ok := true
		for j := range needle {
			if hay[i+j] != needle[j] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// inboxPromos are the phrases of newsletter pitches, lower case: the
// site's own newsletter or the reader's inbox, in the languages of the
// news ("Abonnieren Sie unseren Newsletter", "Inscrivez-vous à notre
// newsletter", "Đăng ký nhận bản tin", "뉴스레터").
var inboxPromos = []string{"your inbox", "sign up for our", "subscribe to our", "our newsletter", "daily newsletter", "weekly newsletter",
	"iratkozzon fel", "hírlevelünk", "hírlevelére",
	"unseren newsletter", "unserem newsletter", "ins postfach", "in ihr postfach", "notre newsletter", "notre lettre d'information",
	"dans votre boîte", "nuestro boletín", "nuestra newsletter", "en tu bandeja", "la nostra newsletter", "nella tua casella",
	"nossa newsletter", "nosso boletim", "na sua caixa de entrada", "onze nieuwsbrief", "in je inbox", "in uw inbox",
	"naszego newslettera", "naszym newsletterze", "vårt nyhetsbrev", "vores nyhedsbrev", "i din inkorg", "náš newsletter",
	"našeho newsletteru", "bültenimize", "bültenimiz", "нашу рассылку", "нашу розсилку", "buletin kami", "nhận bản tin",
	"newsletterul nostru", "뉴스레터", "ニュースレター", "メールマガジン", "订阅我们的", "電子報"}

// midPitches are the phrases of a paywall's or a messaging channel's
// pitch that a template sets between a story's paragraphs ("Subscribe to
// continue reading. Already a subscriber? Sign in.", "Para seguir
// leyendo, suscribite"), lower case.
var midPitches = []string{"subscribe to continue reading", "already a subscriber", "channel on whatsapp", "whatsapp channel",
	"join our whatsapp", "para seguir leyendo", "suscribite", "suscríbete para", "ya sos suscriptor", "ya eres suscriptor",
	"pour lire la suite", "abonnez-vous pour", "déjà abonné", "jetzt weiterlesen mit", "bereits abonnent",
	"per continuare a leggere", "sei già abbonato", "para continuar lendo", "assine para", "já é assinante",
	// Sign-up boxes for the newsletter set between paragraphs (Slovak,
	// Czech, Polish, Latvian, Lithuanian).
	"prihláste sa na odber", "přihlaste se k odběru", "zapisz się do newslettera", "piesakies ziņu", "užsiprenumeruokite naujienlaiškį",
	// A feature kept for subscribers (a Spanish regional's box).
	"exclusiva para suscriptores", "exclusivo para suscriptores", "réservée aux abonnés", "riservata agli abbonati", "exklusiv für abonnenten"}

// dropMidPitches removes short lines holding a midPitches phrase when
// the story goes on after them (a page that is only the pitch stays a
// paywall's stub, for the gate rule to see). A rights line ("ⓒ …, 무단
// 전재 및 재배포 금지") stays: benchmarks count it as the story's.
func dropMidPitches(in []line) []line {
	after := 0 // the text after the line at hand
	for _, l := range in {
		after += len(l.text)
	}
	out := in[:0]
	for _, l := range in {
		after -= len(l.text)
		if after >= 200 && strings.Count(l.text, " ") < 40 && containsAny(strings.ToLower(l.text), midPitches) {
			continue
		}
		out = append(out, l)
	}
	return out
}

// inboxPromo reports newsletter pitches: "Let our news meet your inbox",
// "Sign up for our daily newsletter", and the same in other languages
// (inboxPromos).
func inboxPromo(lt string) bool { return containsAny(lt, inboxPromos) }

// dropRepeats removes pull quotes: a line set off as a quotation (inside
// a blockquote, q, aside or figure, in an element classed as a pull quote,
// or wrapped in quote marks) whose words
// appear again, in order, inside a longer plain body line. Equal plain
// lines stay: lists and recipes repeat lines on purpose.
func (p *page) dropRepeats(lines []line) []line {
	if len(lines) < 3 || len(lines) > repeatMaxLines {
		return lines
	}
	var norm []string
	var quote []bool
	dropped := false
	for i, l := range lines {
		if len(l.text) > repeatMaxChars || l.heading || !strings.Contains(l.text, " ") || !p.quoteLine(l) {
			continue
		}
		if norm == nil {
			norm = make([]string, len(lines))
			quote = make([]bool, len(lines))
			for j, o := range lines {
				norm[j] = wordsOnly(o.text)
				quote[j] = p.quoteLine(o)
			}
		}
		c := norm[i]
		if !strings.Contains(c, " ") {
			continue
		}
		for j, o := range norm {
			if j == i || quote[j] || len(o) <= len(c) {
				continue
			}
			if strings.Contains(" "+o+" ", " "+c+" ") {
				lines[i].owner = -1 // dropped below
				dropped = true
				break
			}
		}
	}
	if !dropped {
		return lines
	}
	out := lines[:0]
	for _, l := range lines {
		if l.owner >= 0 {
			out = append(out, l)
		}
	}
	return out
}

// quoteLine reports whether a line is set off as a quotation: wrapped in
// quote marks or inside a quote-like element.
func (p *page) quoteLine(l line) bool {
	r, _ := utf8.DecodeRuneInString(l.text)
	e, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l.text, ",.!?;: "))
	if isQuoteMark(r) && isQuoteMark(e) {
		return true
	}
	k := 0
	for n := p.nodes[l.owner].n; n != nil && k < 4; n, k = n.Parent, k+1 {
		switch n.DataAtom {
		case atom.Blockquote, atom.Q, atom.Aside, atom.Figure:
			return true
		}
		if c := attr(n, "class"); c != "" && (indexFoldStr(c, "pullquote") >= 0 || indexFoldStr(c, "pull-quote") >= 0 || indexFoldStr(c, "pull_quote") >= 0) {
			return true
		}
	}
	return false
}

func isQuoteMark(r rune) bool {
	switch r {
	case '"', '\'', '\u201c', '\u201d', '\u201e', '\u2018', '\u2019', '\u00ab', '\u00bb', '\u300c', '\u300d':
		return true
	}
	return false
}

// wordsOnly lower-cases s and keeps its letter and digit runs separated
// by single spaces.
func wordsOnly(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	sep := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if sep && b.Len() > 0 {
				b.WriteByte(' ')
			}
			sep = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		sep = true
	}
	return b.String()
}

// readingTime reports whether a short line gives the reading time ("9 min
// read", "17 minutes read", "| Reading Time: 7 minutes").
func readingTime(lt string) bool {
	for _, w := range []string{"min read", "mins read", "minute read", "minutes read", "min. read",
		// "3 Minuten Lesezeit", "Lecture : 4 min", "5 min de lectura",
		// "4 minuti di lettura", "6 min leestijd", "3 min läsning".
		"lesezeit", "lecture :", "min de lecture", "minutes de lecture", "de lectura", "di lettura", "de leitura",
		"leestijd", "min läsning", "lästid", "min czytania"} {
		if strings.Contains(lt, w) {
			return true
		}
	}
	return false
}

// proseBlocks counts the children of element k that are paragraphs of
// prose: mostly not link text, and a sentence of 40 characters or more
// (Bengali or Chinese say in 40 what English says in 80) or any 80.
func (p *page) proseBlocks(k int32) int {
	n := 0
	for j := k + 1; j < p.nodes[k].end; j = p.nodes[j].end {
		if c := &p.nodes[j]; c.ownLink*2 < c.ownText && (c.ownText >= 80 || c.ownText >= 40 && c.punct > 0) {
			n++
		}
	}
	return n
}

// formInBox reports whether the form of block k sits in a child block of
// k that is not the form itself ("<div class=text><p>…</p><div
// class=newsletter-box>…<form>…</form></div><p>…</p></div>"), rather than
// among k's own lines.
func (p *page) formInBox(k int32) bool {
	for c := k + 1; c < p.nodes[k].end; c = p.nodes[c].end {
		n := p.nodes[c].n
		if n.DataAtom == atom.Form || n.DataAtom == atom.Input || n.DataAtom == atom.Textarea {
			return false // the form is k's own
		}
		for j := c + 1; j < p.nodes[c].end; j++ {
			if a := p.nodes[j].n.DataAtom; a == atom.Form || a == atom.Input || a == atom.Textarea {
				return true
			}
		}
	}
	return false
}

// besideForm reports whether element i sits in a small block that holds
// a form to fill in (a text, e-mail or phone field: a quote request, a
// contact or sign-up form), not one of buttons only: the block's
// heading and lines ("Get a free quote today. A pro will call you within
// 24 hours") go with the form, not with the article. The search stays
// inside the article's container: a sign-up form in the sidebar of a
// short story (a few hundred characters of Korean) is not beside its
// lines.
func (p *page) besideForm(i int32) bool {
	for k, up := p.nodes[i].parent, 0; k >= 0 && up < 4; k, up = p.nodes[k].parent, up+1 {
		nk := &p.nodes[k]
		if nk.text > 400 || p.mainIdx >= 0 && k < p.mainIdx {
			return false
		}
		v, ok := p.formBlocks[k]
		if !ok {
			v = p.formBlock(k)
			if p.formBlocks == nil {
				p.formBlocks = make(map[int32]uint8, 8)
			}
			p.formBlocks[k] = v
		}
		switch v {
		case formOwn:
			return true
		case formStory:
			return false
		}
	}
	return false
}

// What a small block holds, as formBlock reads it.
const (
	formNone  uint8 = iota // no field to fill in
	formOwn                // a field among its lines: the block is the form's
	formStory              // a field in a box of its own between two paragraphs of prose: a short story's body
)

// formBlock reads block k for besideForm: whether a <form> in it holds a
// text, e-mail or phone field or a text area, and whether the block is
// then a short story's body around the form's box rather than the form's
// box.
func (p *page) formBlock(k int32) uint8 {
	field := false
	inForm := int32(-1)
	for j := k + 1; j < p.nodes[k].end && !field; j++ {
		n := p.nodes[j].n
		switch {
		case n.DataAtom == atom.Form:
			inForm = p.nodes[j].end
		case j >= inForm:
		case n.DataAtom == atom.Textarea:
			field = true
		case n.DataAtom == atom.Input:
			switch strings.ToLower(attr(n, "type")) {
			case "", "text", "email", "tel":
				field = true
			}
		}
	}
	switch {
	case !field:
		return formNone
	case p.proseBlocks(k) >= 2 && p.formInBox(k):
		return formStory
	}
	return formOwn
}

// playlistLabels open the heading a Brazilian portal prints over the
// playlist of videos at a story's end ("VÍDEOS: mais assistidos do g1
// SP", "VÍDEOS: Tudo sobre o Vale"): set in capitals, it names the player,
// not a line of the story.
var playlistLabels = []string{"VÍDEOS:", "VIDEOS:", "VÍDEOS -", "VÍDEOS –"}

// playlistHeading reports whether t is such a heading: a playlist label
// and a few words without a sentence's end.
func playlistHeading(t string) bool {
	for _, l := range playlistLabels {
		if rest, ok := strings.CutPrefix(t, l); ok {
			rest = strings.TrimSpace(rest)
			return rest != "" && !strings.HasSuffix(rest, ".")
		}
	}
	return false
}

// numberedSourceLabels name the list of numbered links a story cites its sources
// with ("Source (1)", "Sources: (1) (2)"), lower case.
var numberedSourceLabels = []string{"sources", "source", "fuentes", "fuente", "fontes", "fonte", "quellen", "quelle"}

// numberedSources reports whether the lower-cased line lt is only a source
// label and the numbers of the links it cites: a widget of links, not a
// line of the story (a credit that names its source stays).
func numberedSources(lt string) bool {
	for _, l := range numberedSourceLabels {
		rest, ok := strings.CutPrefix(lt, l)
		if !ok {
			continue
		}
		digits := false
		for _, r := range rest {
			switch {
			case r >= '0' && r <= '9':
				digits = true
			case strings.ContainsRune(" ()[],:", r):
			default:
				return false
			}
		}
		return digits
	}
	return false
}
