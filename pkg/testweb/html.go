package testweb

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"html"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

func esc(s string) string { return html.EscapeString(s) }

// pageRand is a deterministic random source for the boilerplate of one page.
func (w *Web) pageRand(s *site, salt string) *rand.Rand {
	h := fnv.New64a()
	_, _ = io.WriteString(h, salt) // a hash.Hash never fails to write
	return rand.New(rand.NewPCG(uint64(w.cfg.Seed)^h.Sum64(), uint64(s.index)))
}

// pullQuote returns the first quoted passage of the story, or "".
func pullQuote(paras []string) string {
	for _, p := range paras {
		if i := strings.Index(p, "“"); i >= 0 {
			if j := strings.Index(p[i:], "”"); j > 0 {
				return p[i : i+j+len("”")]
			}
		}
	}
	return ""
}

func teaser(st *story) string {
	p := st.paras[0]
	if i := strings.Index(p, ". "); i > 0 {
		return p[:i+1]
	}
	return p
}

// date formats t for display in the site's zone and date style.
func (s *site) date(t time.Time) string {
	if s.lang != "" {
		return localDate(s.lang, s.local(t))
	}
	return s.local(t).Format(s.dateFmt)
}

// localMonths are month names as non-English publishers print them.
var localMonths = map[string][12]string{
	"de": {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
	"ru": {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"},
	"fr": {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
}

// localDate writes a date and time the way a publisher in lang does, with
// the zone's abbreviation: "3. März 2025, 18:24 MEZ", "3 марта 2025, 18:24
// МСК", "Publié le 3 mars 2025 à 18:24 CET".
func localDate(lang string, t time.Time) string {
	zone, _ := t.Zone()
	m := localMonths[lang][t.Month()-1]
	switch lang {
	case "de":
		return fmt.Sprintf("%d. %s %d, %02d:%02d Uhr %s", t.Day(), m, t.Year(), t.Hour(), t.Minute(), zone)
	case "ru":
		return fmt.Sprintf("%d %s %d, %02d:%02d %s", t.Day(), m, t.Year(), t.Hour(), t.Minute(), zone)
	}
	return fmt.Sprintf("Publié le %d %s %d à %02d:%02d %s", t.Day(), m, t.Year(), t.Hour(), t.Minute(), zone)
}

// bylineWords are the label and the "and" of a labelled byline.
var bylineWords = map[string][2]string{"de": {"Von ", " und "}, "ru": {"Автор: ", " и "}, "fr": {"Par ", " et "}}

// bylineLabel is what a site's byline starts with.
func (s *site) bylineLabel(lower bool) string {
	if s.bylineStyle == 3 {
		return ""
	}
	if lower {
		return "by "
	}
	return "By "
}

// css writes an inline style sheet with the site's class prefix.
func css(b *strings.Builder, p string) {
	b.WriteString("<style>\n")
	rules := []string{"header", "nav", "nav__item", "logo", "main", "sidebar", "card", "card__title", "teaser",
		"byline", "date", "share", "share__btn", "newsletter", "newsletter__form", "related", "related__item",
		"comments", "comment", "comment__meta", "footer", "footer__col", "cookie", "cookie__btn", "ad", "kicker",
		"most-read", "tagline", "breaking", "pagination"}
	for i, r := range rules {
		fmt.Fprintf(b, ".%s-%s{margin:%dpx %dpx;padding:%dpx;font-size:%.2frem;color:#%06x;line-height:1.%d}\n",
			p, r, i%4*4, i%3*8, i%5*2, 0.8+float64(i%6)/10, (i*0x1f3a7b)&0xffffff, 3+i%5)
	}
	fmt.Fprintf(b, "@media (max-width:720px){.%s-sidebar{display:none}.%s-main{width:100%%}}\n</style>\n", p, p)
}

func analytics(b *strings.Builder, s *site, pageType string) {
	fmt.Fprintf(b, `<script>
window.dataLayer = window.dataLayer || [];
window.dataLayer.push({"event":"pageview","site":%q,"pageType":%q,"consent":"pending","ab":"variant-%d"});
(function(d,s){var e=d.createElement(s);e.async=true;e.src="/static/js/metrics.%d.js";
var f=d.getElementsByTagName(s)[0];f.parentNode.insertBefore(e,f);})(document,"script");
function toggleMenu(){var n=document.querySelector(".%s-nav");n.classList.toggle("open");return false;}
</script>
`, s.name, pageType, s.index%3, 20240000+s.index, s.prefix)
}

// head writes the document start up to and including <body>.
func (w *Web) head(b *strings.Builder, s *site, title, pageType string, extra func(*strings.Builder)) {
	b.WriteString("<!DOCTYPE html>\n")
	if s.lang != "" {
		fmt.Fprintf(b, "<html lang=\"%s\">\n", s.lang)
	} else if s.layout%3 == 1 && s.kind == KindPublisher {
		b.WriteString("<html lang=\"en-GB\" class=\"no-js\">\n")
	} else {
		b.WriteString("<html lang=\"en\">\n")
	}
	b.WriteString("<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(b, "<title>%s</title>\n", esc(title))
	fmt.Fprintf(b, "<link rel=\"stylesheet\" href=\"/static/css/%s.min.css?v=%d\">\n", s.prefix, 7+s.index)
	if fp := s.feedPath(); fp != "" {
		typ := "application/rss+xml"
		if strings.HasSuffix(fp, "atom.xml") {
			typ = "application/atom+xml"
		}
		fmt.Fprintf(b, "<link rel=\"alternate\" type=\"%s\" title=\"%s\" href=\"%s\">\n", typ, esc(s.name), w.origin(s)+fp)
	}
	if extra != nil {
		extra(b)
	}
	css(b, s.prefix)
	analytics(b, s, pageType)
	fmt.Fprintf(b, "</head>\n<body class=\"%s %s-%s\">\n", pageType, s.prefix, pageType)
	fmt.Fprintf(b, `<div id="%[1]s-cookie" class="%[1]s-cookie" role="dialog" aria-label="Cookie consent">
<p>We and our %[2]d partners use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic. You can change your choice at any time in the privacy settings.</p>
<button class="%[1]s-cookie__btn" data-consent="all">Accept all</button> <button class="%[1]s-cookie__btn" data-consent="none">Reject</button> <a href="/privacy#cookies">Manage preferences</a>
</div>
`, s.prefix, 120+s.index*17)
}

// masthead writes the site header and navigation.
func (w *Web) masthead(b *strings.Builder, s *site) {
	p := s.prefix
	fmt.Fprintf(b, "<header class=\"%s-header\">\n<a class=\"%s-logo\" href=\"/\">%s</a>\n", p, p, esc(s.name))
	fmt.Fprintf(b, "<p class=\"%s-tagline\">Independent journalism since %d</p>\n", p, 1890+s.index*7)
	if s.lang != "" {
		// A masthead "today" date, which is not any article's date.
		fmt.Fprintf(b, "<span class=\"%s-today date\">%s</span>\n", p, s.date(w.cfg.Base))
	}
	fmt.Fprintf(b, "<nav class=\"%s-nav\" aria-label=\"Main\"><button onclick=\"return toggleMenu()\">Menu</button>\n<ul>\n", p)
	if s.kind == KindPublisher {
		for _, sec := range s.sections {
			fmt.Fprintf(b, "<li class=\"%s-nav__item\"><a href=\"%s\">%s</a></li>\n", p, s.sectionPath(sec), capFirst(sec))
		}
	} else {
		fmt.Fprintf(b, "<li class=\"%s-nav__item\"><a href=\"/\">Latest</a></li>\n<li class=\"%s-nav__item\"><a href=\"/archive\">Archive</a></li>\n", p, p)
	}
	for _, x := range []string{"Newsletters", "Podcasts", "Opinion", "Puzzles"} {
		fmt.Fprintf(b, "<li class=\"%s-nav__item %s-nav__item--extra\"><a href=\"/%s\">%s</a></li>\n", p, p, strings.ToLower(x), x)
	}
	b.WriteString("</ul>\n</nav>\n")
	if s.kind == KindPublisher {
		fmt.Fprintf(b, "<form class=\"%s-search\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" placeholder=\"Search\"><button>Go</button></form>\n", p)
		fmt.Fprintf(b, "<a class=\"%s-subscribe\" href=\"/subscribe?ref=header\">Subscribe from £1</a>\n", p)
	} else {
		fmt.Fprintf(b, "<a class=\"%s-login\" href=\"/user/login\">Sign in</a>\n", p)
	}
	b.WriteString("</header>\n")
}

// footer writes the site footer and closes the document.
func (w *Web) footer(b *strings.Builder, s *site) {
	p := s.prefix
	fmt.Fprintf(b, "<footer class=\"%s-footer\">\n", p)
	cols := [][]string{
		{"About us", "Contact", "Careers", "Advertise with us", "Press office"},
		{"Terms of use", "Privacy policy", "Cookie settings", "Accessibility", "Corrections"},
		{"Help centre", "Subscriptions", "Gift a subscription", "Student offer", "Archive"},
	}
	for _, col := range cols {
		fmt.Fprintf(b, "<div class=\"%s-footer__col\"><ul>\n", p)
		for _, x := range col {
			fmt.Fprintf(b, "<li><a href=\"/%s\">%s</a></li>\n", slugify(x, 4), x)
		}
		b.WriteString("</ul></div>\n")
	}
	fmt.Fprintf(b, "<div class=\"%s-social\">", p)
	for _, n := range []string{"facebook", "x", "instagram", "youtube", "linkedin"} {
		fmt.Fprintf(b, "<a href=\"https://%s.example/%s\" rel=\"noopener\">%s</a> ", n, slugify(s.name, 4), capFirst(n))
	}
	b.WriteString("</div>\n")
	if fp := s.feedPath(); fp != "" {
		fmt.Fprintf(b, "<a class=\"%s-rss\" href=\"%s\">Feeds</a>\n", p, fp)
	}
	fmt.Fprintf(b, "<p>&copy; %d %s. All rights reserved. Registered in England and Wales no. %08d.</p>\n</footer>\n</body>\n</html>\n",
		w.cfg.Base.Year(), esc(s.name), 1234567+s.index*1111)
}

func (w *Web) bylineHTML(s *site, st *story) string {
	var names []string
	for _, a := range st.authors {
		shown := esc(a)
		if s.bylineStyle == 1 {
			shown = strings.ToUpper(shown)
		}
		names = append(names, fmt.Sprintf("<a class=\"%s-author\" rel=\"author\" href=\"%s\">%s</a>", s.prefix, s.authorPath(a), shown))
	}
	switch s.bylineStyle {
	case 3:
		var plain []string
		for _, a := range st.authors {
			plain = append(plain, esc(a))
		}
		words := bylineWords[s.lang]
		return fmt.Sprintf("<span class=\"athr\">%s%s</span>", words[0], strings.Join(plain, words[1]))
	case 1:
		role := ", Staff Writer"
		if len(names) > 1 {
			role += "s"
		}
		return strings.Join(names, ", ") + role
	case 2:
		return strings.Join(names, " | ") + " | " + capFirst(st.section) + " correspondent"
	}
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func (w *Web) paraHTML(s *site, st *story, i int, para string) string {
	t := esc(para)
	if s.layout%3 == 1 {
		t = w.v.ents.Replace(t)
	}
	if i == 0 && s.layout%3 == 0 && strings.Contains(t, esc(st.ev.place)) {
		pl := esc(st.ev.place)
		t = strings.Replace(t, pl, fmt.Sprintf("<a href=\"%s\">%s</a>", s.tagPath(slugify(st.ev.place, 4)), pl), 1)
	}
	if i == 1 && s.layout%3 == 2 {
		t = strings.Replace(t, esc(st.ev.org), "<strong>"+esc(st.ev.org)+"</strong>", 1)
	}
	return "<p>" + t + "</p>\n"
}

func (w *Web) jsonLD(b *strings.Builder, s *site, st *story, graph bool) {
	o := w.origin(s)
	var authors []map[string]string
	for _, a := range st.authors {
		authors = append(authors, map[string]string{"@type": "Person", "name": a, "url": o + s.authorPath(a)})
	}
	art := map[string]any{
		"@type":            "NewsArticle",
		"headline":         st.title,
		"datePublished":    s.local(st.published).Format(time.RFC3339),
		"dateModified":     s.local(st.modified).Format(time.RFC3339),
		"author":           authors,
		"articleSection":   capFirst(st.section),
		"keywords":         strings.Join(st.tags, ","),
		"mainEntityOfPage": o + st.path,
		"image":            []string{fmt.Sprintf("%s/img/%d.jpg", o, st.seq)},
		"publisher": map[string]any{"@type": "NewsMediaOrganization", "name": s.name,
			"logo": map[string]string{"@type": "ImageObject", "url": o + "/static/logo.png"}},
	}
	var doc any
	if graph {
		doc = map[string]any{"@context": "https://schema.org", "@graph": []any{art,
			map[string]any{"@type": "BreadcrumbList", "itemListElement": []any{
				map[string]any{"@type": "ListItem", "position": 1, "name": "Home", "item": o + "/"},
				map[string]any{"@type": "ListItem", "position": 2, "name": capFirst(st.section), "item": o + s.sectionPath(st.section)},
			}}}}
	} else {
		art["@context"] = "https://schema.org"
		doc = art
	}
	j, _ := json.Marshal(doc)
	b.WriteString("<script type=\"application/ld+json\">")
	b.Write(j)
	b.WriteString("</script>\n")
}

func (w *Web) related(s *site, st *story, n int) []*story {
	var out []*story
	for _, o := range s.sortedStories() {
		if o != st && o.section == st.section && len(out) < n {
			out = append(out, o)
		}
	}
	for _, o := range s.sortedStories() {
		if o != st && !slices.Contains(out, o) && len(out) < n {
			out = append(out, o)
		}
	}
	return out
}

func (w *Web) shareBar(b *strings.Builder, s *site, url, title string) {
	fmt.Fprintf(b, "<div class=\"%s-share\" aria-label=\"Share this article\"><span>Share</span>\n", s.prefix)
	for _, n := range []string{"facebook", "x", "whatsapp", "linkedin", "reddit"} {
		fmt.Fprintf(b, "<a class=\"%s-share__btn\" href=\"https://%s.example/share?url=%s&amp;text=%s\" target=\"_blank\" rel=\"noopener\">%s</a>\n",
			s.prefix, n, url, slugify(title, 6), capFirst(n))
	}
	fmt.Fprintf(b, "<a class=\"%s-share__btn\" href=\"mailto:?subject=%s\">Email</a> <button class=\"%s-share__btn\" data-copy=\"%s\">Copy link</button>\n</div>\n",
		s.prefix, slugify(title, 6), s.prefix, url)
}

func (w *Web) newsletter(b *strings.Builder, s *site) {
	fmt.Fprintf(b, `<div class="%[1]s-newsletter">
<h3>Get the %[2]s morning briefing</h3>
<p>The day's most important stories, explained, in your inbox before breakfast. Free for everyone; unsubscribe at any time.</p>
<form class="%[1]s-newsletter__form" action="/newsletters/subscribe" method="post"><input type="email" name="email" placeholder="Your email address"><button type="submit">Sign up</button></form>
<small>By signing up you agree to our terms and privacy policy. This site is protected by reCAPTCHA.</small>
</div>
`, s.prefix, esc(strings.TrimPrefix(s.name, "The ")))
}

func (w *Web) comments(b *strings.Builder, s *site, st *story) {
	r := w.pageRand(s, "comments"+st.id)
	wr := &writer{v: w.v, r: r}
	n := 2 + r.IntN(5)
	fmt.Fprintf(b, "<section class=\"%s-comments\" id=\"comments\">\n<h3>%d comments</h3>\n", s.prefix, n)
	for i := range n {
		who := wr.pick(w.v.commenters)
		ago := 1 + r.IntN(40)
		body := wr.sentence(wr.newEvent(-1))
		openers := []string{"", "", "I don't buy it. ", "Finally some reporting on this. ", "Same story every year. ",
			"Can anyone confirm this? ", "Great piece. ", "Who is paying for all this? "}
		body = openers[r.IntN(len(openers))] + body
		fmt.Fprintf(b, "<div class=\"%s-comment\" id=\"c%d\"><div class=\"%s-comment__meta\"><b>%s</b> &middot; %d hours ago</div><p>%s</p><a href=\"#c%d\">Reply</a> &middot; <span>%d likes</span></div>\n",
			s.prefix, i+1, s.prefix, who, ago, esc(body), i+1, r.IntN(90))
	}
	fmt.Fprintf(b, "<form action=\"/comments/post\" method=\"post\"><textarea name=\"body\"></textarea><button>Post comment</button></form>\n</section>\n")
}

func (w *Web) mostRead(b *strings.Builder, s *site, skip *story) {
	r := w.pageRand(s, "mostread")
	all := s.sortedStories()
	fmt.Fprintf(b, "<aside class=\"%s-sidebar %s-most-read\"><h3>Most read</h3>\n<ol>\n", s.prefix, s.prefix)
	for i, k := range r.Perm(len(all)) {
		if i >= 6 {
			break
		}
		if all[k] == skip {
			continue
		}
		fmt.Fprintf(b, "<li><a href=\"%s\">%s</a></li>\n", all[k].path, esc(all[k].title))
	}
	b.WriteString("</ol>\n</aside>\n")
}

// articlePage renders an original story under the site's template.
func (w *Web) articlePage(s *site, st *story) []byte {
	var b strings.Builder
	b.Grow(24 << 10)
	o := w.origin(s)
	url := o + st.path
	p := s.prefix
	lay := s.layout % 3
	docTitle := st.title + s.sep + s.name
	switch {
	case s.titlePrefix:
		docTitle = s.name + s.sep + st.title
	case lay == 2:
		docTitle = st.title + s.sep + capFirst(st.section) + s.sep + s.name
	}
	w.head(&b, s, docTitle, "article", func(b *strings.Builder) {
		fmt.Fprintf(b, "<link rel=\"canonical\" href=\"%s\">\n", url)
		fmt.Fprintf(b, "<meta name=\"description\" content=\"%s\">\n", esc(teaser(st)))
		if lay != 0 && !s.bare {
			fmt.Fprintf(b, "<meta property=\"og:type\" content=\"article\">\n<meta property=\"og:title\" content=\"%s\">\n<meta property=\"og:url\" content=\"%s\">\n<meta property=\"og:site_name\" content=\"%s\">\n<meta property=\"og:image\" content=\"%s/img/%d.jpg\">\n<meta property=\"article:published_time\" content=\"%s\">\n<meta property=\"article:section\" content=\"%s\">\n",
				esc(st.title), url, esc(s.name), o, st.seq, s.local(st.published).Format(time.RFC3339), capFirst(st.section))
			for _, t := range st.tags {
				fmt.Fprintf(b, "<meta property=\"article:tag\" content=\"%s\">\n", t)
			}
		}
		if lay == 1 && !s.bare {
			fmt.Fprintf(b, "<meta name=\"author\" content=\"%s\">\n", esc(strings.Join(st.authors, ", ")))
		}
		if lay == 0 && !s.bare {
			w.jsonLD(b, s, st, false)
		}
		if lay == 2 && !s.bare {
			w.jsonLD(b, s, st, true)
			fmt.Fprintf(b, "<meta name=\"twitter:card\" content=\"summary_large_image\">\n<meta name=\"twitter:title\" content=\"%s\">\n", esc(st.title))
		}
	})
	w.masthead(&b, s)
	rel := w.related(s, st, 5)
	switch lay {
	case 0:
		fmt.Fprintf(&b, "<div id=\"page\" class=\"site\"><div id=\"content\" class=\"%s-main site-content\">\n", p)
		fmt.Fprintf(&b, "<article id=\"post-%d\" class=\"post type-post status-publish format-standard category-%s\">\n<header class=\"entry-header\">\n", 4000+st.seq, st.section)
		fmt.Fprintf(&b, "<div class=\"cat-links\"><a href=\"%s\" rel=\"category tag\">%s</a></div>\n", s.sectionPath(st.section), capFirst(st.section))
		fmt.Fprintf(&b, "<h1 class=\"%s\">%s</h1>\n", s.titleClass, esc(st.title))
		fmt.Fprintf(&b, "<div class=\"entry-meta\"><span class=\"byline\">%s%s</span> <span class=\"posted-on\">%s</span>", s.bylineLabel(false), w.bylineHTML(s, st), s.date(st.published))
		if st.modified.After(st.published) {
			fmt.Fprintf(&b, " <span class=\"updated\">Updated %s</span>", s.date(st.modified))
		}
		b.WriteString("</div>\n</header>\n")
		w.shareBar(&b, s, url, st.title)
		fmt.Fprintf(&b, "<figure class=\"wp-block-image\"><img src=\"/img/%d.jpg\" alt=\"%s\" width=\"1200\" height=\"675\"><figcaption>%s. Photograph: %s/Agency</figcaption></figure>\n",
			st.seq, esc(st.ev.place), esc(st.ev.place)+", "+s.date(st.published), esc(st.authors[0]))
		fmt.Fprintf(&b, "<div class=\"%s\">\n", s.bodyClass)
		for i, para := range st.paras {
			b.WriteString(w.paraHTML(s, st, i, para))
		}
		b.WriteString("</div>\n<footer class=\"entry-footer\"><span class=\"tags-links\">Tagged ")
		for _, t := range st.tags {
			fmt.Fprintf(&b, "<a href=\"%s\" rel=\"tag\">%s</a> ", s.tagPath(t), t)
		}
		b.WriteString("</span></footer>\n</article>\n")
		w.newsletter(&b, s)
		fmt.Fprintf(&b, "<section class=\"%s-related\"><h2>Related posts</h2>\n<ul>\n", p)
		for _, r := range rel {
			fmt.Fprintf(&b, "<li class=\"%s-related__item\"><a href=\"%s\">%s</a> <span>%s</span></li>\n", p, r.path, esc(r.title), s.date(r.published))
		}
		b.WriteString("</ul></section>\n")
		w.comments(&b, s, st)
		b.WriteString("</div>\n")
		w.mostRead(&b, s, st)
		b.WriteString("</div>\n")
	case 1:
		fmt.Fprintf(&b, "<div class=\"%s-main\"><div class=\"breadcrumb\"><a href=\"/\">Home</a> &rsaquo; <a href=\"%s\">%s</a></div>\n", p, s.sectionPath(st.section), capFirst(st.section))
		fmt.Fprintf(&b, "<div class=\"story\" data-id=\"%s\">\n<div class=\"story__kicker\">%s</div>\n", st.id, esc(capFirst(st.ev.head)))
		fmt.Fprintf(&b, "<h1 class=\"%s\">%s</h1>\n", s.titleClass, w.v.ents.Replace(esc(st.title)))
		fmt.Fprintf(&b, "<div class=\"story__meta\"><span class=\"story__author\">%s</span> &middot; <span class=\"story__date\">%s</span></div>\n", w.bylineHTML(s, st), s.date(st.published))
		fmt.Fprintf(&b, "<div class=\"story__media\"><img src=\"/img/%d.jpg\" alt=\"\"><span class=\"story__credit\">Photo: Agency</span></div>\n", st.seq)
		fmt.Fprintf(&b, "<div class=\"%s\">\n", s.bodyClass)
		for i, para := range st.paras {
			b.WriteString(w.paraHTML(s, st, i, para))
			if i == 2 {
				fmt.Fprintf(&b, "<div class=\"%s-ad ad-slot\" data-ad=\"mpu-1\"><span>Advertisement</span></div>\n", p)
			}
			if i == 4 && len(rel) > 0 {
				fmt.Fprintf(&b, "<p class=\"story__also\"><b>Also read:</b> <a href=\"%s\">%s</a></p>\n", rel[0].path, esc(rel[0].title))
			}
		}
		b.WriteString("</div>\n")
		w.shareBar(&b, s, url, st.title)
		fmt.Fprintf(&b, "<div class=\"story__topics\">Topics: ")
		for _, t := range st.tags {
			fmt.Fprintf(&b, "<a href=\"%s\">%s</a> ", s.tagPath(t), t)
		}
		b.WriteString("</div>\n</div>\n")
		w.comments(&b, s, st)
		fmt.Fprintf(&b, "<div class=\"%s-related\"><h2>More on this topic</h2>\n", p)
		for _, r := range rel {
			fmt.Fprintf(&b, "<div class=\"%s-related__item teaser\"><a href=\"%s\"><span class=\"teaser__title\">%s</span></a><p>%s</p></div>\n", p, r.path, esc(r.title), esc(teaser(r)))
		}
		b.WriteString("</div>\n")
		w.newsletter(&b, s)
		b.WriteString("</div>\n")
		w.mostRead(&b, s, st)
	default:
		fmt.Fprintf(&b, "<main id=\"main\" class=\"%s-main\">\n<article class=\"c-article\" itemscope itemtype=\"https://schema.org/NewsArticle\">\n", p)
		fmt.Fprintf(&b, "<header class=\"c-article__header\"><a class=\"c-article__section\" href=\"%s\">%s</a>\n", s.sectionPath(st.section), capFirst(st.section))
		fmt.Fprintf(&b, "<h1 class=\"%s\" itemprop=\"headline\">%s</h1>\n", s.titleClass, esc(st.title))
		fmt.Fprintf(&b, "<address class=\"c-byline\">%s%s</address>\n", s.bylineLabel(true), w.bylineHTML(s, st))
		if s.bare {
			fmt.Fprintf(&b, "<span class=\"c-article__date\">%s</span>\n", s.date(st.published))
		} else {
			fmt.Fprintf(&b, "<time class=\"c-article__date\" datetime=\"%s\" itemprop=\"datePublished\">%s</time>\n", s.local(st.published).Format(time.RFC3339), s.date(st.published))
		}
		if st.modified.After(st.published) && !s.bare {
			fmt.Fprintf(&b, "<time datetime=\"%s\" itemprop=\"dateModified\">Updated %s</time>\n", s.local(st.modified).Format(time.RFC3339), s.date(st.modified))
		}
		b.WriteString("</header>\n")
		w.shareBar(&b, s, url, st.title)
		fmt.Fprintf(&b, "<section class=\"%s\" itemprop=\"articleBody\">\n", s.bodyClass)
		for i, para := range st.paras {
			b.WriteString(w.paraHTML(s, st, i, para))
			if i == 1 && len(rel) > 1 {
				fmt.Fprintf(&b, "<aside class=\"c-inline-related\"><h4>Read also</h4><a href=\"%s\">%s</a></aside>\n", rel[1].path, esc(rel[1].title))
			}
			if i == 2 {
				if q := pullQuote(st.paras); q != "" {
					fmt.Fprintf(&b, "<blockquote class=\"%s-pullquote\"><p>%s</p></blockquote>\n", p, esc(q))
				}
			}
			if i == 3 {
				fmt.Fprintf(&b, "<figure class=\"c-figure\"><img src=\"/img/%d.jpg\" alt=\"\" loading=\"lazy\"><figcaption>Residents in %s. (Agency)</figcaption></figure>\n", st.seq, esc(st.ev.place))
			}
		}
		b.WriteString("</section>\n<ul class=\"c-tags\">")
		for _, t := range st.tags {
			fmt.Fprintf(&b, "<li><a href=\"%s\">#%s</a></li>", s.tagPath(t), t)
		}
		b.WriteString("</ul>\n</article>\n")
		fmt.Fprintf(&b, "<section class=\"%s-related\"><h2>You might also like</h2>\n", p)
		for _, r := range rel {
			fmt.Fprintf(&b, "<div class=\"%s-card\"><a href=\"%s\"><img src=\"/img/%d.jpg\" alt=\"\"><h3 class=\"%s-card__title\">%s</h3></a><time datetime=\"%s\">%s</time></div>\n",
				p, r.path, r.seq, p, esc(r.title), s.local(r.published).Format(time.RFC3339), s.date(r.published))
		}
		b.WriteString("</section>\n")
		w.newsletter(&b, s)
		w.comments(&b, s, st)
		b.WriteString("</main>\n")
		w.mostRead(&b, s, st)
	}
	w.footer(&b, s)
	return []byte(b.String())
}
