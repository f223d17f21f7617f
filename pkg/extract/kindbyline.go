package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page's "author" is evidence of a story only when it names a person or
// a newsroom's desk. Site builders fill the author field with the
// organisation itself ("Acme", "acme.com") and theme widgets leave
// button labels where a byline would be ("Request Demo"): neither is a
// byline, and a company's service or shop page that carries one is not
// made a story by it.

// ctaVerbs are the imperative first words of calls to action that sites
// put where a byline widget expects a name.
var ctaVerbs = map[string]bool{
	"request": true, "get": true, "sign": true, "book": true, "schedule": true, "start": true, "try": true,
	"buy": true, "shop": true, "download": true, "subscribe": true, "join": true, "contact": true, "call": true,
	"learn": true, "register": true, "order": true, "apply": true, "explore": true, "discover": true,
}

// groupWords name a firm's team or department rather than a person
// ("Enrollment Team", "Toptal Research", "Admissions Office"): such a
// credit is the organisation speaking, not a byline. A newsroom's desk
// ("Staff", "Editorial Board", "Redaktion", "La rédaction", "編集部") is
// not among them: desks sign stories (wire copy, unsigned reports).
var groupWords = wordSet(`team teams crew research department dept office admissions enrollment
	marketing support équipe equipe equipo squadra zespół ekipa команда`)

// groupName reports whether one of the words of a would-be name is a
// group word.
func groupName(a string) bool {
	for _, w := range strings.Fields(strings.ToLower(a)) {
		if groupWords[strings.Trim(w, ",.;:()")] {
			return true
		}
	}
	return false
}

// reviewSignature reports whether the words f are a first name and the
// initial of a surname ("Lance S.", "Tom K."): the way shops and service
// sites sign their customers' reviews and testimonials, not a writer's
// byline.
func reviewSignature(f []string) bool {
	if len(f) != 2 || utf8.RuneCountInString(f[0]) < 2 {
		return false
	}
	r, size := utf8.DecodeRuneInString(f[1])
	return unicode.IsUpper(r) && f[1][size:] == "." && unicode.IsLower([]rune(f[0])[1])
}

// bylineAuthors reports whether one of the page's authors is a byline:
// neither the site's own one-word name nor a call to action. The owner of
// a personal site, named for want of a byline (siteOwner), is none.
func (p *page) bylineAuthors() bool {
	if p.res.Provenance["authors"] == provSiteOwner {
		return false
	}
	for _, a := range p.res.Authors {
		if !p.orgAuthor(a) {
			return true
		}
	}
	return false
}

// orgAuthor reports whether author a is the site's own name written as
// one word ("Acme", "Acme.com", as og:site_name or the host names it) or
// a call to action ("Request Demo"), a team's credit ("Enrollment
// Team", groupWords) or a review's signature ("Lance S."). A person's name, also on a personal
// site named after them, has a space.
func (p *page) orgAuthor(a string) bool {
	f := strings.Fields(a)
	if len(f) == 0 {
		return true
	}
	if len(f) <= 3 && ctaVerbs[strings.ToLower(f[0])] {
		return true
	}
	if groupName(a) || reviewSignature(f) {
		return true
	}
	if len(f) > 1 {
		return false
	}
	k := siteKey(a)
	if len(k) < 3 {
		return false
	}
	if sk := siteKey(p.res.SiteName); sk != "" && k == sk {
		return true
	}
	return p.base != nil && k == siteKey(hostName(p.base.Hostname()))
}
