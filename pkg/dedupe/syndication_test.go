package dedupe

import (
	"context"
	"fmt"
	"math/rand/v2"
	"newsroom.dev/pkg/state/redisstate/redistest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/state"
	"newsroom.dev/pkg/state/memstate"
)

// The syndication set: stories written about shared events (same names, same
// day, different text, sometimes one shared quote), each republished by
// aggregators with the edits seen in the wild.

var functionWords = strings.Fields(`the a of to in and said on for that with was is at by from it as has have
after officials were will its be this but not their they an are had who been more than about over also
which when would new up into two could last year week people told one some other while before said`)

type synGen struct {
	r     *rand.Rand
	vocab []string
}

func newSynGen(seed uint64) *synGen {
	g := &synGen{r: rand.New(rand.NewPCG(seed, seed^0x5eed))}
	syl := strings.Fields("ka ren to mi sal ver dun pol ash ter ni bo gra fel um sto lin vek dar ope")
	seen := map[string]bool{}
	for len(g.vocab) < 3000 {
		n := 2 + g.r.IntN(3)
		var b strings.Builder
		for range n {
			b.WriteString(syl[g.r.IntN(len(syl))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			g.vocab = append(g.vocab, w)
		}
	}
	return g
}

// word picks a Zipf-ish word: common words recur across unrelated stories.
func (g *synGen) word() string {
	if g.r.IntN(3) == 0 {
		return functionWords[g.r.IntN(len(functionWords))]
	}
	i := int(float64(len(g.vocab)) * g.r.Float64() * g.r.Float64() * g.r.Float64())
	return g.vocab[i]
}

type synEvent struct {
	person, org, place, day string
	quote                   string
}

func (g *synGen) cap(w string) string { return strings.ToUpper(w[:1]) + w[1:] }

func (g *synGen) event() synEvent {
	ev := synEvent{
		person: g.cap(g.vocab[g.r.IntN(500)]) + " " + g.cap(g.vocab[g.r.IntN(500)]),
		org:    g.cap(g.vocab[g.r.IntN(800)]) + " Council",
		place:  g.cap(g.vocab[g.r.IntN(800)]),
		day:    []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}[g.r.IntN(5)],
	}
	ev.quote = "“" + g.sentence(ev, 14) + "” said " + ev.person + "."
	return ev
}

// sentence writes n words about ev, mentioning its names often.
func (g *synGen) sentence(ev synEvent, n int) string {
	var w []string
	for len(w) < n {
		switch g.r.IntN(9) {
		case 0:
			w = append(w, ev.person)
		case 1:
			w = append(w, "the "+ev.org)
		case 2:
			w = append(w, "in "+ev.place)
		case 3:
			w = append(w, "on "+ev.day)
		default:
			w = append(w, g.word())
		}
	}
	s := strings.Join(w, " ")
	if g.r.IntN(4) == 0 {
		s += " — " + g.word() + " " + g.word()
	}
	return g.cap(s) + "."
}

func (g *synGen) story(ev synEvent, brief, withQuote bool) []string {
	if brief {
		return []string{g.sentence(ev, 10+g.r.IntN(15))}
	}
	n := 4 + g.r.IntN(7)
	paras := make([]string, n)
	for i := range paras {
		var ss []string
		for range 1 + g.r.IntN(4) {
			ss = append(ss, g.sentence(ev, 10+g.r.IntN(20)))
		}
		paras[i] = strings.Join(ss, " ")
	}
	if withQuote {
		paras[1+g.r.IntN(n-1)] = ev.quote
	}
	return paras
}

type synDoc struct {
	url, title, text string
	story            int
	original         bool
	rank, detail     int
	published, slack int64
}

var straighten = strings.NewReplacer("“", "\"", "”", "\"", "‘", "'", "’", "'", "—", "-", "–", "-")
var curl = strings.NewReplacer("\"", "“", "'", "’", " - ", " – ")

var chrome = []string{"Advertisement", "Share this article: Facebook Twitter Email", "Photo: Wire Service",
	"Posted 2 hours ago", "Follow us for more updates", "Sponsored content below"}

// syndicationSet makes stories over events (several stories per event) and
// 0-4 aggregator copies of each.
func syndicationSet(seed uint64, events int) []synDoc {
	g := newSynGen(seed)
	base := time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC).Unix()
	var docs []synDoc
	sid := 0
	for e := range events {
		ev := g.event()
		for p := range 1 + g.r.IntN(3) { // stories on the same event by different publishers
			brief := g.r.IntN(10) == 0
			paras := g.story(ev, brief, g.r.IntN(2) == 0)
			title := g.sentence(ev, 6+g.r.IntN(5))
			pub := base + int64(e*3600+p*600)
			docs = append(docs, synDoc{url: fmt.Sprintf("https://pub%d.example/%d", p, sid), title: title,
				text: strings.Join(paras, "\n"), story: sid, original: true, detail: 2 + g.r.IntN(3), published: pub})
			for c := range g.r.IntN(5) {
				cp := slices.Clone(paras)
				if len(cp) >= 4 && g.r.IntN(3) == 0 {
					cp = cp[:len(cp)-1]
				}
				text := strings.Join(cp, "\n")
				switch g.r.IntN(3) {
				case 0:
					text = straighten.Replace(text)
				case 1:
					text = curl.Replace(text)
				}
				readMore := g.r.IntN(2) == 0
				if readMore {
					text += "\nRead more at Publisher " + fmt.Sprint(p)
				}
				if !brief && g.r.IntN(3) == 0 {
					text = chrome[g.r.IntN(len(chrome))] + "\n" + text
				}
				if !brief && g.r.IntN(3) == 0 {
					text += "\n" + chrome[g.r.IntN(len(chrome))]
				}
				d := synDoc{url: fmt.Sprintf("https://agg%d.example/copy/%d", c, sid), title: title, text: text,
					story: sid, published: pub + int64(1200+g.r.IntN(36000)), detail: g.r.IntN(2)}
				switch {
				case g.r.IntN(2) == 0:
					d.rank = -3 // names the original as rel=canonical
				case readMore:
					d.rank = -2
				}
				switch g.r.IntN(4) {
				case 0: // dressed as an original: own canonical, JSON-LD and byline, exact date
					d.detail = 4
				case 1: // a clock time without a zone, read hours off
					d.published += int64(g.r.IntN(10*3600)) - 5*3600
					d.slack = 14 * 3600
				case 2: // only the day
					d.published = d.published - d.published%86400 + 12*3600
					d.slack = 26 * 3600
				}
				docs = append(docs, d)
			}
			sid++
		}
	}
	g.r.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
	return docs
}

type synOutcome struct {
	precision, recall float64
	originals         float64 // share of stories whose chosen copy is the original
	docs, stories     int
}

func runSyndication(t testing.TB, st state.Store, h *Hasher, docs []synDoc) synOutcome {
	ctx := context.Background()
	reqs := make([]state.DedupeRequest, len(docs))
	for i, d := range docs {
		fp := h.FingerprintDoc(d.title, d.text)
		reqs[i] = state.DedupeRequest{URL: d.url, TextHash: fp.TextHash, Bands: fp.Bands, Signature: fp.Signature,
			MinSimilarity: h.MinSimilarity(), Candidate: fmt.Sprintf("c%d", i), Rank: d.rank,
			Published: d.published, PublishedSlack: d.slack, Detail: d.detail, Length: len(strings.Fields(d.text))}
	}
	var res []state.DedupeResult
	for i := 0; i < len(reqs); i += 50 {
		r, err := st.DedupeBatch(ctx, reqs[i:min(i+50, len(reqs))])
		if err != nil {
			t.Fatal(err)
		}
		res = append(res, r...)
	}
	truth := make([]string, len(docs))
	pred := make([]string, len(docs))
	chosen := map[string]int{} // story id -> doc index of the chosen copy
	ver := map[string]int64{}
	for i, r := range res {
		truth[i], pred[i] = strconv.Itoa(docs[i].story), r.StoryID
		if r.Promote && r.Version > ver[r.StoryID] {
			ver[r.StoryID], chosen[r.StoryID] = r.Version, i
		}
	}
	var o synOutcome
	o.precision, o.recall = PairScores(truth, pred)
	orig := 0
	for _, i := range chosen {
		if docs[i].original {
			orig++
		}
	}
	o.docs, o.stories = len(docs), len(chosen)
	o.originals = float64(orig) / float64(len(chosen))
	return o
}

func TestSyndicationSet(t *testing.T) {
	docs := syndicationSet(7, 250)
	stores := []struct {
		name string
		open func(t *testing.T) state.Store
	}{
		{"memstate", func(t *testing.T) state.Store { return memstate.New() }},
		{"redis", func(t *testing.T) state.Store { return redistest.Open(t, "dedupe") }},
	}
	for _, sc := range stores {
		t.Run(sc.name, func(t *testing.T) {
			st := sc.open(t)
			o := runSyndication(t, st, NewHasher(Options{}), docs)
			t.Logf("%s: %d copies of %d stories: pairwise precision %.4f recall %.4f; chosen copy is the original for %.1f%%",
				sc.name, o.docs, o.stories, o.precision, o.recall, 100*o.originals)
			if o.precision < 0.98 || o.recall < 0.98 {
				t.Errorf("precision %.4f recall %.4f, want >= 0.98 both", o.precision, o.recall)
			}
			if o.originals < 0.95 {
				t.Errorf("original chosen for %.1f%% of stories, want >= 95%%", 100*o.originals)
			}
		})
	}
}

// TestThresholds measures, on the syndication set, the estimated similarity
// of true copies to their original and of different stories on the same
// event, and how often LSH makes a true copy a candidate, for several
// shingle sizes and band layouts. It logs the table (go test -v) and checks
// that the defaults keep a margin on both sides of MinSimilarity.
func TestThresholds(t *testing.T) {
	docs := syndicationSet(11, 150)
	type cfg struct{ shingle, bands, rows int }
	cfgs := []cfg{{3, 16, 3}, {4, 16, 3}, {5, 16, 3}, {5, 12, 3}, {5, 10, 2}, {5, 8, 2}, {5, 12, 2}}
	def := NewHasher(Options{}).Options()
	for _, c := range cfgs {
		h := NewHasher(Options{ShingleWords: c.shingle, Bands: c.bands, Rows: c.rows})
		fps := make([]Fingerprint, len(docs))
		for i, d := range docs {
			fps[i] = h.FingerprintDoc(d.title, d.text)
		}
		orig := map[int]int{}
		for i, d := range docs {
			if d.original {
				orig[d.story] = i
			}
		}
		// Same-event pairs: originals whose stories were generated together
		// share names; the generator numbers stories of one event
		// consecutively, so compare originals with neighbouring story ids.
		minCopy, maxOther := 1.0, 0.0
		copies, candidates := 0, 0
		for i, d := range docs {
			if d.original || fps[i].Signature == nil {
				continue
			}
			o := orig[d.story]
			sim := state.Similarity(fps[i].Signature, fps[o].Signature)
			minCopy = min(minCopy, sim)
			copies++
			for b := range fps[i].Bands {
				if fps[i].Bands[b] == fps[o].Bands[b] {
					candidates++
					break
				}
			}
		}
		for s, i := range orig {
			for _, n := range []int{s + 1, s + 2} {
				j, ok := orig[n]
				if !ok || fps[i].Signature == nil || fps[j].Signature == nil {
					continue
				}
				maxOther = max(maxOther, state.Similarity(fps[i].Signature, fps[j].Signature))
			}
		}
		t.Logf("shingle=%d bands=%dx%d: copies min similarity %.3f, candidates %d/%d; neighbouring stories max similarity %.3f",
			c.shingle, c.bands, c.rows, minCopy, candidates, copies, maxOther)
		if c.shingle == def.ShingleWords && c.bands == def.Bands && c.rows == def.Rows {
			// The margin is wide below the threshold (different stories on
			// one event) and narrow above it: a short story whose copy drops
			// a long last paragraph keeps only about 0.375 of its shingles.
			if minCopy < def.MinSimilarity || maxOther > def.MinSimilarity-0.15 || candidates < copies*99/100 {
				t.Errorf("defaults lack margin: copies >= %.3f, others <= %.3f, threshold %.2f, candidates %d/%d",
					minCopy, maxOther, def.MinSimilarity, candidates, copies)
			}
		}
	}
}
