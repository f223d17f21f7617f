package extract

import (
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
)

// ldArticle is what the JSON-LD blocks of a page say about its article.
type ldArticle struct {
	found     bool
	types     []string // all @type values seen on the page
	headline  string
	authors   []string
	published string
	modified  string
	body      string
	// paywalled: the article declares isAccessibleForFree false; its
	// articleBody is for search engines, not for the crawl.
	paywalled     bool
	section       string
	keywords      []string
	image         string
	publisher     string
	lang          string
	url           string
	isArticleType bool
	// pagePublished and pageAuthors come from the first node of another
	// type (WebPage, a graph's page node) that has them: a fallback for
	// pages whose JSON-LD declares no article.
	pagePublished string
	pageAuthors   []string
	// people are the squashed names of authors declared with @type
	// Person.
	people map[string]bool
	// authorRefs are the @id of author objects that carry no name
	// ({"@id": ".../#/schema/person/1"}); named maps the @id of the
	// graph's named nodes to their names, to resolve them.
	authorRefs []string
	named      map[string]string
	// authorsByRef reports that authors came from resolved references
	// (as WordPress SEO plugins write the account that posted).
	authorsByRef bool
	// events are the names of the Event nodes (a conference, a fair,
	// an awards night, a webinar) the page declares.
	events []string
}

// maxLDEvents caps the Event names remembered.
const maxLDEvents = 8

// pageEventTypes are the schema.org Event types of a page given to an
// event: a conference, a fair, a festival, a show. (A match report
// declares its SportsEvent, a live story its BroadcastEvent.)
var pageEventTypes = map[string]bool{"event": true, "businessevent": true, "educationevent": true, "exhibitionevent": true,
	"festival": true, "socialevent": true, "musicevent": true, "theaterevent": true, "literaryevent": true, "foodevent": true,
	"comedyevent": true, "childrensevent": true, "danceevent": true, "screeningevent": true, "visualartsevent": true,
	"hackathon": true, "saleevent": true}

// articleTypes are schema.org types that denote an article page.
var articleTypes = map[string]bool{
	"article": true, "newsarticle": true, "blogposting": true, "reportagenewsarticle": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "askpublicnewsarticle": true, "livebloggosting": true,
	"liveblogposting": true, "socialmediaposting": true, "techarticle": true, "scholarlyarticle": true,
	"report": true, "posting": true, "blog": false, "satiricalarticle": true, "medicalscholarlyarticle": true,
	// A fact-check: the review is the story (its itemReviewed, the claim,
	// has a date and an author of its own, which are not the story's).
	"claimreview": true,
}

// parseJSONLD decodes the page's JSON-LD blocks and picks the article.
func (p *page) parseJSONLD() ldArticle {
	var out ldArticle
	for _, n := range p.ldjson {
		if n.FirstChild == nil || n.FirstChild.Type != html.TextNode {
			continue
		}
		raw := strings.TrimSpace(n.FirstChild.Data)
		if raw == "" || len(raw) > 2<<20 {
			continue
		}
		var v any
		if err := json.Unmarshal([]byte(raw), &v); err != nil {
			// Some sites put trailing semicolons or HTML comments around.
			raw = strings.Trim(raw, "; \n\t<!->")
			if err := json.Unmarshal([]byte(raw), &v); err != nil {
				continue
			}
		}
		walkLD(v, &out, 0)
	}
	if len(out.authors) == 0 {
		for _, id := range out.authorRefs {
			if n := out.named[id]; n != "" {
				out.authors = append(out.authors, splitAuthors(n)...)
				out.authorsByRef = true
			}
		}
	}
	return out
}

// maxLDNamed caps the named JSON-LD nodes remembered to resolve @id
// references.
const maxLDNamed = 64

func walkLD(v any, out *ldArticle, depth int) {
	if depth > 6 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			walkLD(e, out, depth+1)
		}
	case map[string]any:
		types := ldTypes(x["@type"])
		out.types = append(out.types, types...)
		if id, ok := x["@id"].(string); ok && id != "" && len(out.named) < maxLDNamed {
			if n := ldString(x["name"]); n != "" {
				if out.named == nil {
					out.named = map[string]string{}
				}
				out.named[id] = n
				for _, t := range types {
					if t == "Person" {
						if out.people == nil {
							out.people = map[string]bool{}
						}
						out.people[squashName(n)] = true
					}
				}
			}
		}
		for _, t := range types {
			if pageEventTypes[strings.ToLower(t)] && len(out.events) < maxLDEvents {
				if n := ldString(x["name"]); n != "" {
					out.events = append(out.events, n)
				}
				break
			}
		}
		isArt := false
		for _, t := range types {
			if articleTypes[strings.ToLower(t)] {
				isArt = true
			}
			if t == "Review" && ldString(x["headline"]) != "" && x["itemReviewed"] != nil {
				// A critic's review published as a story (a game's, a
				// film's): a headline and the thing reviewed. Shoppers'
				// reviews of a product are named, not headlined.
				isArt = true
			}
		}
		if isArt && !out.isArticleType {
			out.isArticleType = true
			out.found = true
			out.headline = ldString(x["headline"])
			if out.headline == "" {
				out.headline = ldString(x["name"])
			}
			out.authors = ldNames(x["author"])
			if len(out.authors) == 0 {
				out.authors = ldNames(x["creator"])
			}
			out.notePeople(x["author"])
			out.authorRefs = ldRefs(x["author"])
			out.published = ldString(x["datePublished"])
			if out.published == "" {
				out.published = ldString(x["dateCreated"])
			}
			out.modified = ldString(x["dateModified"])
			out.body = ldString(x["articleBody"])
			if free, ok := x["isAccessibleForFree"]; ok {
				out.paywalled = free == false || strings.EqualFold(ldString(free), "false")
			}
			out.section = ldString(x["articleSection"])
			out.keywords = ldKeywords(x["keywords"])
			out.image = ldImage(x["image"])
			if pub := ldNames(x["publisher"]); len(pub) > 0 {
				out.publisher = pub[0]
			}
			out.lang = ldString(x["inLanguage"])
			out.url = ldString(x["url"])
		}
		if !isArt && out.pagePublished == "" && isPageType(types) {
			out.pagePublished = ldString(x["datePublished"])
			if a := ldNames(x["author"]); len(a) > 0 && len(out.pageAuthors) == 0 {
				out.pageAuthors = a
			}
		}
		if g, ok := x["@graph"]; ok {
			walkLD(g, out, depth+1)
		}
		if me, ok := x["mainEntity"]; ok {
			walkLD(me, out, depth+1)
		}
		if out.publisher == "" {
			for _, t := range types {
				if t == "Organization" || t == "NewsMediaOrganization" || t == "WebSite" {
					if n := ldString(x["name"]); n != "" && t != "WebSite" {
						out.publisher = n
					}
				}
			}
		}
	}
}

// isPageType reports whether a JSON-LD node describes the page itself
// (WebPage and its subtypes), whose dates are the page's.
func isPageType(types []string) bool {
	for _, t := range types {
		if t == "WebPage" || t == "ItemPage" || t == "MedicalWebPage" {
			return true
		}
	}
	return false
}

func ldTypes(v any) []string {
	if s, ok := v.(string); ok {
		return []string{s}
	}
	return ldStringList(v)
}

// ldStringList returns the strings of a JSON-LD array (nil for anything else).
func ldStringList(v any) []string {
	x, ok := v.([]any)
	if !ok {
		return nil
	}
	var out []string
	for _, e := range x {
		if s, ok := e.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(html.UnescapeString(x))
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			return s
		}
		return ldString(x["@value"])
	}
	return ""
}

func ldNames(v any) []string {
	switch x := v.(type) {
	case string:
		if s := strings.TrimSpace(x); s != "" && !strings.HasPrefix(s, "http") {
			return splitAuthors(s)
		}
	case []any:
		// A list that names people and also the publisher (an
		// Organization beside the Persons) is by the people.
		people := false
		for _, e := range x {
			if m, ok := e.(map[string]any); ok && ldTyped(m, "Person") {
				people = true
			}
		}
		var out []string
		for _, e := range x {
			if m, ok := e.(map[string]any); ok && people && ldOrganization(m) {
				continue
			}
			out = append(out, ldNames(e)...)
		}
		return out
	case map[string]any:
		if s := ldString(x["name"]); s != "" {
			if ldOrganization(x) {
				// "Scienza & Natura" is one name: an organisation's
				// name is not a list of people.
				return []string{s}
			}
			return splitAuthors(s)
		}
	}
	return nil
}

// ldTyped reports whether object m has the schema.org type t.
func ldTyped(m map[string]any, t string) bool {
	for _, mt := range ldTypes(m["@type"]) {
		if strings.EqualFold(mt, t) {
			return true
		}
	}
	return false
}

// ldOrganization reports whether object m is typed as an organisation
// (Organization, NewsMediaOrganization, Corporation, ...).
func ldOrganization(m map[string]any) bool {
	for _, t := range ldTypes(m["@type"]) {
		if lt := strings.ToLower(t); strings.Contains(lt, "organization") || lt == "corporation" {
			return true
		}
	}
	return false
}

func ldKeywords(v any) []string {
	if s, ok := v.(string); ok {
		return strings.Split(s, ",")
	}
	return ldStringList(v)
}

func ldImage(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		if len(x) > 0 {
			return ldImage(x[0])
		}
	case map[string]any:
		if s, ok := x["url"].(string); ok {
			return s
		}
		if s, ok := x["contentUrl"].(string); ok {
			return s
		}
	}
	return ""
}

// notePeople remembers the names of the author objects typed Person.
func (out *ldArticle) notePeople(v any) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			out.notePeople(e)
		}
	case map[string]any:
		for _, t := range ldTypes(x["@type"]) {
			if t == "Person" {
				if out.people == nil {
					out.people = map[string]bool{}
				}
				out.people[squashName(ldString(x["name"]))] = true
			}
		}
	}
}

// ldRefs returns the @id of the author objects that have no name.
func ldRefs(v any) []string {
	switch x := v.(type) {
	case []any:
		var out []string
		for _, e := range x {
			out = append(out, ldRefs(e)...)
		}
		return out
	case map[string]any:
		if id, ok := x["@id"].(string); ok && id != "" && ldString(x["name"]) == "" {
			return []string{id}
		}
	}
	return nil
}
