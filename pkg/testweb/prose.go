package testweb

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
)

// event is a news event; several stories (on different sites) may cover the
// same event and then share its names and topic but not their text.
type event struct {
	id      int
	person  string
	role    string
	person2 string
	role2   string
	org     string
	place   string
	topic   string // e.g. "coastal flood barrier"
	head    string // topic head, e.g. "flood barrier"
	number  int
	section string
}

// writer generates prose with one random source.
type writer struct {
	v *vocab
	r *rand.Rand
}

func (w *writer) pick(list []string) string { return list[w.r.IntN(len(list))] }

func (w *writer) name() string { return w.pick(w.v.first) + " " + w.pick(w.v.last) }

func (w *writer) newEvent(id int) *event {
	mod, head := w.pick(w.v.topicMods), w.pick(w.v.topicHeads)
	return &event{
		id:      id,
		person:  w.name(),
		role:    w.pick(w.v.roles),
		person2: w.name(),
		role2:   w.pick(w.v.roles),
		org:     w.pick(w.v.orgs),
		place:   w.pick(w.v.places),
		topic:   mod + " " + head,
		head:    head,
		number:  3 + w.r.IntN(900),
		section: w.pick(w.v.sections),
	}
}

func lastName(full string) string {
	if i := strings.LastIndexByte(full, ' '); i >= 0 {
		return full[i+1:]
	}
	return full
}

func headlineTemplates() []string {
	return []string{
		"{O} {hv} {T} in {C}",
		"{C} {T}: {L} {hv} plan after {a} {n} talks",
		"What the {T} means for {C}",
		"{L} says {T} will {vb} the {n}",
		"{N} {n}s affected as {T} stalls in {C}",
		"Inside the {a} fight over {C}’s {T}",
		"{O} and {C} officials clash over {T}",
		"{Tc} {v} after {a} {n} in {C}",
		"{C} braces for {a} {T} decision",
		"‘{q}’: {L} on the {T}",
	}
}

func headlineVerbs() []string {
	return []string{"backs", "rejects", "delays", "unveils", "probes", "scraps", "expands", "defends", "revives", "pauses"}
}

func sentenceTemplates() []string {
	return []string{
		"{Pc} {v} the {a} {n} {D}, according to {O}.",
		"The {n} in {C} was {adv} {v} {D} after weeks of {a} debate.",
		"Officials said about {N} {n}s had been {v} since the {T} began.",
		"{L}, the {R}, said the {n} would be {v} before the end of the year.",
		"Critics argue that the {T} leaves the {n} {a} and the {n2} {a2}.",
		"{O} {v} a {a} report on the {n}, which {L} described as {a2}.",
		"“{q},” {L} told reporters {D}.",
		"“{q},” said {P2}, the {R2}, who has followed the {T} for years.",
		"In {C}, residents {v} the {a} {n} outside the {n2}.",
		"The figures, first {v} by {O}, suggest the {n} may cost {N} million.",
		"{P2} — the {R2} — {v} the claim, calling it {a}.",
		"At least {N} {n}s were {v} {D}, a {a} increase on last year.",
		"Neither {O} nor the {R} would say when the {n} might {vb} again.",
		"The dispute over the {n} has {adv} shifted attention away from the {n2}.",
		"A {a} {n} near the {n2} was {v} as a precaution.",
		"{L} later {v} that the {n} had been {a} from the start.",
		"Analysts at {O} {v} the {a} timetable, warning of a {a2} {n}.",
		"For many in {C}, the {T} is less about the {n} than about the {n2}.",
		"The {R} is expected to {vb} the {n} when the {n2} meets {D}.",
		"Records seen by this newspaper show the {n} was {v} twice before.",
		"It is the {a} such {n} since the {n2} was {v} {N} years ago.",
		"“We are still waiting for the {n},” said a {n2} worker who asked not to be named.",
		"Local groups have {v} a petition that now carries {N} signatures.",
		"Behind the {a} numbers lies a simpler question: who pays for the {n}?",
		"Documents released under freedom-of-information rules show {O} was warned about the {n} in {C}.",
		"By the time the {n2} was {v}, the {n} had already been {adv} {v}.",
		"Several {n}s interviewed in {C} said they had not been consulted.",
		"{L} has denied any wrongdoing and says the {n} was handled by the book.",
		"The last comparable {n}, in {N2}, took almost a decade to resolve.",
		"Opposition figures called the {T} “a {a} mess” and demanded a full inquiry.",
		"Supporters counter that the {n} will pay for itself within {N} years.",
		"Shops along the {n2} closed early as crowds gathered near the {n}.",
		"According to a leaked memo, the {R2} had asked for the {n} to be {v} months ago.",
		"It remains unclear whether the {a} {n} will survive a legal challenge.",
		"{P2} said the mood in {C} had turned from {a} to {a2} within days.",
		"Independent experts said the {n} figures were broadly {a} but incomplete.",
		"The row comes at an awkward moment for {O}, which is already facing questions over its {n}.",
		"Elsewhere in the region, the {n} has been {v} without incident.",
		"Insurers have {adv} raised premiums for every {n} near the {n2}.",
		"The {T} has become a {a} test for {L}, whose term ends next spring.",
	}
}

func closingTemplates() []string {
	return []string{
		"A further hearing on the {T} is scheduled for next month.",
		"{O} said it would {vb} the decision within {N} days.",
		"The {R} is due to give evidence to the committee {D}.",
		"Neither side expects the {T} to be settled before the autumn.",
	}
}

// fill replaces the {slot} markers of tmpl with event data and random words.
func (w *writer) fill(tmpl string, e *event) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			b.WriteString(tmpl)
			break
		}
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl)
			break
		}
		b.WriteString(tmpl[:i])
		b.WriteString(w.slot(tmpl[i+1:i+j], e))
		tmpl = tmpl[i+j+1:]
	}
	return fixArticles(b.String())
}

// fixArticles turns "a" into "an" before a vowel.
func fixArticles(s string) string {
	if !strings.Contains(s, "a ") {
		return s
	}
	var b strings.Builder
	words := strings.Split(s, " ")
	for i, wd := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(wd)
		if (wd == "a" || wd == "A") && i+1 < len(words) && words[i+1] != "" && strings.ContainsRune("aeiouAEIOU", rune(words[i+1][0])) {
			b.WriteByte('n')
		}
	}
	return b.String()
}

func (w *writer) slot(name string, e *event) string {
	switch name {
	case "P":
		return e.person
	case "Pc":
		return e.person
	case "L":
		return lastName(e.person)
	case "R":
		return e.role
	case "P2":
		return e.person2
	case "R2":
		return e.role2
	case "O":
		return e.org
	case "C":
		return e.place
	case "T":
		return e.topic
	case "Tc":
		return capFirst(e.topic)
	case "N2":
		return fmt.Sprint(1950 + w.r.IntN(70))
	case "N":
		if w.r.IntN(3) == 0 {
			return fmt.Sprint(e.number)
		}
		return fmt.Sprint(2 + w.r.IntN(400))
	case "n", "n2":
		return w.pick(w.v.nouns)
	case "a", "a2":
		return w.pick(w.v.adjs)
	case "v":
		return w.pick(w.v.verbs)
	case "vb":
		return w.pick(w.v.verbBase)
	case "adv":
		return w.pick(w.v.adverb)
	case "D":
		return w.pick(w.v.days)
	case "hv":
		return w.pick(w.v.hverbs)
	case "q":
		return w.fill(w.pick(w.v.quotes), e)
	}
	return name
}

func capFirst(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

func (w *writer) headline(e *event) string {
	return capFirst(w.fill(w.pick(w.v.headlines), e))
}

// paragraphs writes n paragraphs of 2-4 sentences about e.
func (w *writer) paragraphs(e *event, n int) []string {
	out := make([]string, 0, n)
	order := w.r.Perm(len(w.v.sentences))
	next := 0
	for p := 0; p < n; p++ {
		k := 2 + w.r.IntN(3)
		s := make([]string, 0, k)
		for range k {
			if next == len(order) {
				order, next = w.r.Perm(len(w.v.sentences)), 0
			}
			s = append(s, capFirst(w.fill(w.v.sentences[order[next]], e)))
			next++
		}
		if p == n-1 {
			s = append(s, w.fill(w.pick(w.v.closings), e))
		}
		out = append(out, strings.Join(s, " "))
	}
	return out
}

// sentence writes one loose sentence (comments, teasers of boilerplate).
func (w *writer) sentence(e *event) string {
	return capFirst(w.fill(w.pick(w.v.sentences), e))
}

// slugify turns a title into a URL slug of at most maxWords words.
func slugify(s string, maxWords int) string {
	var b strings.Builder
	words := 0
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if dash && b.Len() > 0 {
				if words+1 >= maxWords {
					return b.String()
				}
				b.WriteByte('-')
				words++
			}
			dash = false
			b.WriteRune(r)
		case r == '’' || r == '\'':
		default:
			dash = true
		}
	}
	return b.String()
}

// straighten replaces curly quotes and dashes with ASCII ones, the edit some
// aggregators make to their copies.
func straighten(s string) string { return straightener().Replace(s) }

func straightener() *strings.Replacer {
	return strings.NewReplacer("“", `"`, "”", `"`, "‘", "'", "’", "'", " — ", " - ", "—", "-")
}
