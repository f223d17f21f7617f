package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
)

// newsVocab is a generated news vocabulary: common English function and
// news words first (the most frequent under a Zipf draw), then invented
// words, so that a corpus has a realistic spread of term frequencies.
type newsVocab struct {
	words   []string
	zipf    *rand.Zipf
	sites   []string
	authors []string
}

const commonWords = `the of and to in a is that for on was with said as at by from it be has have
were an are his their they which not will its this after been who but more about than over new two
would people year government police city minister president state officials report court public
million percent week election council market health water energy school company workers plan vote
budget storm harbour bridge hospital trial strike union fire flood road rail port bank tax housing
prices inflation weather climate border army security talks deal crisis protest investigation`

func newNewsVocab(r *rand.Rand) *newsVocab {
	v := &newsVocab{words: strings.Fields(commonWords)}
	syl := strings.Fields("ka ro mi ten sal vo ri na del bar ost lin gre mor tav pel sun dor fa kel bri mon zu hal ver ant ol ser")
	seen := map[string]bool{}
	for _, w := range v.words {
		seen[w] = true
	}
	for len(v.words) < 30000 {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			v.words = append(v.words, w)
		}
	}
	v.zipf = rand.NewZipf(r, 1.07, 2, uint64(len(v.words)-1))
	for i := range 60 {
		v.sites = append(v.sites, fmt.Sprintf("www.%s-%d.example", v.words[200+i], i))
	}
	for i := range 800 {
		v.authors = append(v.authors, strings.Title(v.words[1000+i])+" "+strings.Title(v.words[5000+i])) //nolint:staticcheck // ASCII names
	}
	return v
}

func (v *newsVocab) sentence(r *rand.Rand, n int) string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = v.words[v.zipf.Uint64()]
	}
	s := strings.Join(ws, " ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

// story generates one story: a 6-12 word title, 4-9 paragraphs of 2-5
// sentences (about 300-900 words), one or two authors, a site, a language
// (80 % en, 10 % de, 10 % fr) and a publication time within a year.
func (v *newsVocab) story(r *rand.Rand, i int, start time.Time) bus.Article {
	var paras []string
	for range 4 + r.IntN(6) {
		var p []string
		for range 2 + r.IntN(4) {
			p = append(p, v.sentence(r, 8+r.IntN(18)))
		}
		paras = append(paras, strings.Join(p, " "))
	}
	lang := "en"
	switch x := r.IntN(10); {
	case x == 0:
		lang = "de"
	case x == 1:
		lang = "fr"
	}
	authors := []string{v.authors[r.IntN(len(v.authors))]}
	if r.IntN(4) == 0 {
		authors = append(authors, v.authors[r.IntN(len(v.authors))])
	}
	site := v.sites[int(v.zipf.Uint64())%len(v.sites)]
	pub := start.Add(time.Duration(r.Int64N(int64(365 * 24 * time.Hour))))
	id := fmt.Sprintf("b%07d", i)
	m := storetest.Article(id, site, lang, strings.TrimSuffix(v.sentence(r, 6+r.IntN(7)), "."), strings.Join(paras, "\n"), pub, authors...)
	return m
}

// searchKinds are the queries measured, each drawn fresh per call. The
// first len(searchKindsV1) are the first mix of the benchmark, also
// reported on their own ("mix v1") so that results stay comparable.
var searchKinds = append(slices.Clone(searchKindsV1),
	"by stored", "lang filter", "date range", "author", "list all", "relevance page 5")

var searchKindsV1 = []string{"common word", "rare word", "two words", "phrase", "site filter", "by published", "list site", "page 5"}

// benchBase is when the generated stories' year of publication starts.
var benchBase = time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)

func (v *newsVocab) query(r *rand.Rand, kind string) (store.SearchQuery, int) {
	mid := func() string { return v.words[50+r.IntN(950)] }
	switch kind {
	case "common word":
		return store.SearchQuery{Text: v.words[20+r.IntN(80)]}, 1
	case "rare word":
		return store.SearchQuery{Text: v.words[2000+r.IntN(20000)]}, 1
	case "two words":
		return store.SearchQuery{Text: mid() + " " + mid()}, 1
	case "phrase":
		return store.SearchQuery{Text: `"` + v.words[r.IntN(40)] + " " + mid() + `"`}, 1
	case "site filter":
		return store.SearchQuery{Text: mid(), Site: v.sites[r.IntN(10)]}, 1
	case "by published":
		return store.SearchQuery{Text: mid(), Sort: store.SortPublished}, 1
	case "list site":
		return store.SearchQuery{Site: v.sites[r.IntN(len(v.sites))]}, 1
	case "page 5":
		return store.SearchQuery{Text: v.words[20+r.IntN(200)], Sort: store.SortPublished}, 5
	case "by stored":
		return store.SearchQuery{Text: mid(), Sort: store.SortStored}, 1
	case "lang filter":
		return store.SearchQuery{Text: mid(), Lang: "de"}, 1
	case "date range":
		since := benchBase.Add(time.Duration(r.IntN(330)) * 24 * time.Hour)
		return store.SearchQuery{Text: mid(), Since: since, Until: since.Add(30 * 24 * time.Hour)}, 1
	case "author":
		return store.SearchQuery{Author: v.authors[r.IntN(len(v.authors))]}, 1
	case "list all":
		return store.SearchQuery{}, 1
	case "relevance page 5":
		return store.SearchQuery{Text: v.words[20+r.IntN(200)]}, 5
	}
	panic(kind)
}

// BenchmarkSearch measures Search latency on 10k and 100k generated
// stories in each backend: p50 and p95 over a mix of queries (searchKinds:
// a common word, a rare word, two words, a phrase, each filter with a query
// text, each sort, listings without a query text, and the fifth page of
// cursor walks by date and by relevance; 20 results a page). Loading is not
// timed; with NEWSROOM_BENCH_SEARCH_CACHE set, loaded databases are kept
// for the next run. Run it with make bench-search.
func BenchmarkSearch(b *testing.B) {
	type loadedStore struct {
		s    *store.Store
		v    *newsVocab
		load time.Duration
	}
	cache := map[string]*loadedStore{} // one load per size and backend, across b.N rounds
	backends := []struct{ name string }{{"sqlite"}, {"postgres"}}
	parent := b
	for _, n := range []int{10_000, 100_000} {
		for _, be := range backends {
			b.Run(fmt.Sprintf("stories=%d/backend=%s", n, be.name), func(b *testing.B) {
				key := fmt.Sprint(n, be.name)
				ls := cache[key]
				if ls == nil {
					s, v, load := benchStore(b, parent, n, be.name)
					ls = &loadedStore{s: s, v: v, load: load}
					cache[key] = ls
					if load > 0 {
						b.Logf("loaded %d stories into %s in %v (%.0f stories/s)", n, be.name, load.Round(time.Second), float64(n)/load.Seconds())
					}
				}
				r := rand.New(rand.NewPCG(7, 7))
				lat := map[string][]time.Duration{}
				var all []time.Duration
				hits := 0
				i := 0
				b.ResetTimer()
				for b.Loop() {
					kind := searchKinds[i%len(searchKinds)]
					i++
					q, pages := ls.v.query(r, kind)
					q.Limit = 20
					var took time.Duration
					for p := range pages {
						t0 := time.Now()
						page, err := ls.s.Search(b.Context(), q)
						took = time.Since(t0) // the last page's latency
						if err != nil {
							b.Fatalf("%s %+v: %v", kind, q, err)
						}
						if p == 0 {
							hits += len(page.Stories)
						}
						if page.NextCursor == "" {
							break
						}
						q.Cursor = page.NextCursor
					}
					lat[kind] = append(lat[kind], took)
					all = append(all, took)
				}
				b.StopTimer()
				pct := func(d []time.Duration, p float64) float64 {
					if len(d) == 0 {
						return 0
					}
					d = slices.Clone(d)
					slices.Sort(d)
					return float64(d[min(len(d)-1, int(p*float64(len(d))))]) / float64(time.Millisecond)
				}
				b.ReportMetric(pct(all, 0.50), "p50-ms")
				b.ReportMetric(pct(all, 0.95), "p95-ms")
				b.ReportMetric(float64(hits)/float64(max(1, i)), "hits/query")
				var v1 []time.Duration
				for _, k := range searchKindsV1 {
					v1 = append(v1, lat[k]...)
				}
				b.ReportMetric(pct(v1, 0.50), "v1-p50-ms")
				b.ReportMetric(pct(v1, 0.95), "v1-p95-ms")
				if len(all) >= 2*len(searchKinds) {
					var rows []string
					for _, k := range searchKinds {
						rows = append(rows, fmt.Sprintf("%s p50 %.1f ms p95 %.1f ms", k, pct(lat[k], 0.5), pct(lat[k], 0.95)))
					}
					b.Logf("%d queries: %s", len(all), strings.Join(rows, "; "))
				}
			})
		}
	}
}

// analyze runs VACUUM (ANALYZE) on the tables of the schema a storetest URL
// selects, as autovacuum does after many inserts (PostgreSQL 13 and later).
func analyze(tb testing.TB, loc string) {
	u, err := url.Parse(loc)
	if err != nil {
		tb.Fatal(err)
	}
	schema := u.Query().Get("schema")
	conn, err := pgx.Connect(context.Background(), storetest.PostgresBaseURL())
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close(context.Background())
	for _, table := range []string{"stories", "story_urls"} {
		if _, err := conn.Exec(context.Background(), "VACUUM (ANALYZE) "+pgx.Identifier{schema, table}.Sanitize()); err != nil {
			tb.Fatal(err)
		}
	}
}
