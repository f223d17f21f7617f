// Command bench-extract runs the newsroom extractor, go-trafilatura (with
// and without its fallback) and go-readability over the article-extraction
// benchmark in one process and prints body-text F1/precision/recall, pages
// per CPU-second and allocations per page, with ratios against
// go-trafilatura. It then scores the WCXB development split, split by
// domain into a dev half and a held-out half: body F1/precision, word F1
// per page type, title exact, date same day, authors F1, page kinds and
// pages per CPU-second.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"

	"newsroom.dev/bench"
)

func main() {
	data := flag.String("data", "", "benchmark directory (default: $NEWSROOM_SHARED_DATA, or shared/data/article-extraction-benchmark found upwards)")
	only := flag.String("only", "", "comma-separated extractor names to run (newsroom,go-trafilatura,go-readability)")
	runs := flag.Int("runs", 2, "timed runs per extractor; the fastest is reported")
	worst := flag.Int("worst", 0, "print the N worst pages of the newsroom extractor")
	dump := flag.String("dump", "", "write newsroom texts to this directory (one <id>.txt per page)")
	scores := flag.String("scores", "", "write newsroom per-page precision/recall to this TSV file")
	heldout := flag.Bool("heldout", false, "also score go-trafilatura's own comparison set (snippets, titles, dates) and go-htmldate's date set, whole and by half")
	heldoutMisses := flag.Bool("heldout-misses", false, "with -heldout, print newsroom's title, date and kind misses on the dev halves of those sets")
	wcxbDir := flag.String("wcxb", "", "WCXB directory (default: shared/data/wcxb-dev, found like -data)")
	sets := flag.String("sets", "aeb,wcxb", "data sets to run: aeb (article-extraction-benchmark), wcxb")
	half := flag.String("half", "", "score only this WCXB half (dev or held-out); default both")
	misses := flag.String("misses", "", "print newsroom's misses on the WCXB dev half for these fields (title,date,authors,stored,emptied,body or all)")
	why := flag.Bool("why", false, "print, for each WCXB half, newsroom's title, date and authors misses counted by the rule that gave the field and by a coarse cause (no page named, so the held-out half can be read)")
	flag.Parse()
	exs := []bench.Extractor{bench.Newsroom(), bench.Trafilatura(), bench.TrafilaturaFallback(), bench.Readability()}
	var sel []bench.Extractor
	for _, ex := range exs {
		if *only == "" || strings.Contains(","+*only+",", ","+ex.Name+",") {
			sel = append(sel, ex)
		}
	}
	if strings.Contains(*sets, "aeb") {
		runAEB(*data, sel, *runs, *worst, *dump, *scores, *heldout, *heldoutMisses)
	}
	if strings.Contains(*sets, "wcxb") {
		runWCXB(*wcxbDir, sel, *half, *misses, *why)
	}
}

func runAEB(data string, exs []bench.Extractor, runs, worst int, dump, scores string, heldout, heldoutMisses bool) {
	dir, err := bench.FindData(data)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	pages, err := bench.Load(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var results []bench.Result
	for _, ex := range exs {
		var best bench.Result
		for r := 0; r < max(1, runs); r++ {
			res := bench.Run(ex, pages)
			if r == 0 || res.CPU < best.CPU {
				best = res
			}
		}
		results = append(results, best)
	}
	var base *bench.Result
	for i := range results {
		if results[i].Name == "go-trafilatura" {
			base = &results[i]
		}
	}
	fmt.Printf("%d pages from %s\n\n", len(pages), dir)
	fmt.Printf("%-16s %6s %6s %6s %6s %10s %10s %12s %9s %9s\n", "extractor", "F1", "prec", "recall", "exact", "pages/cpu-s", "ms/page", "allocs/page", "F1 ratio", "speed x")
	for _, r := range results {
		f1r, spd := "-", "-"
		if base != nil {
			f1r = fmt.Sprintf("%.3f", r.Summary.F1/base.Summary.F1)
			spd = fmt.Sprintf("%.2f", r.PagesPerCPUs/base.PagesPerCPUs)
		}
		n := float64(len(pages))
		fmt.Printf("%-16s %6.4f %6.4f %6.4f %6.3f %10.1f %10.2f %12.0f %9s %9s\n", r.Name, r.Summary.F1, r.Summary.Precision, r.Summary.Recall,
			r.Summary.Accuracy, r.PagesPerCPUs, r.CPU.Seconds()*1000/n, float64(r.Allocs)/n, f1r, spd)
	}
	if heldout {
		entries, err := bench.LoadHeldout()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		for _, part := range heldoutParts(entries) {
			fmt.Printf("\nheld-out: go-trafilatura comparison set, %s: %d pages (snippet precision/recall; title/date exact)\n", part.name, len(part.entries))
			for _, ex := range exs {
				s := bench.RunHeldout(ex, part.entries)
				printHeldout(s)
				if heldoutMisses && part.name == bench.HalfDev+" half" {
					for _, m := range s.Misses {
						fmt.Printf("  %-6s %-28s %-60.60s got %q want %q\n", m.Field, m.File, m.URL, m.Got, m.Want)
					}
				}
			}
		}
		runDateSet(exs, heldoutMisses)
	}
	for _, r := range results {
		if r.Name != "newsroom" {
			continue
		}
		if dump != "" {
			_ = os.MkdirAll(dump, 0o755)
			for i, p := range pages {
				_ = os.WriteFile(dump+"/"+p.ID+".txt", []byte(r.Texts[i]), 0o644)
				_ = os.WriteFile(dump+"/"+p.ID+".truth", []byte(p.Truth), 0o644)
			}
		}
		if scores != "" {
			var b strings.Builder
			for i, p := range pages {
				pr, _ := r.Pages[i].Precision()
				rc, _ := r.Pages[i].Recall()
				fmt.Fprintf(&b, "%s\t%.4f\t%.4f\t%s\n", p.ID[:12], pr, rc, p.URL)
			}
			_ = os.WriteFile(scores, []byte(b.String()), 0o644)
		}
		if worst > 0 {
			idx := make([]int, len(pages))
			for i := range idx {
				idx[i] = i
			}
			f := func(i int) float64 {
				pg := r.Pages[i]
				return pg.TP
			}
			sort.Slice(idx, func(a, b int) bool { return f(idx[a]) < f(idx[b]) })
			fmt.Printf("\nworst %d pages (newsroom):\n", worst)
			for _, i := range idx[:min(worst, len(idx))] {
				pg := r.Pages[i]
				pr, _ := pg.Precision()
				rc, _ := pg.Recall()
				fmt.Printf("  %s  P=%.3f R=%.3f  %s\n", pages[i].ID[:12], pr, rc, pages[i].URL)
			}
		}
	}
}

func runWCXB(dir string, exs []bench.Extractor, half, misses string, why bool) {
	dir, err := bench.FindWCXB(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	all, err := bench.Load(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	pages := all[:0:0]
	for _, p := range all {
		if half == "" || bench.Half(p.Domain) == half {
			pages = append(pages, p)
		}
	}
	halves := []string{bench.HalfDev, bench.HalfHeldOut}
	if half != "" {
		halves = []string{half}
	}
	fmt.Printf("\nWCXB development split: %d pages from %s, split by a hash of the domain\n", len(pages), dir)
	type row struct {
		name string
		res  bench.Result
	}
	var rows []row
	for _, ex := range exs {
		rows = append(rows, row{ex.Name, bench.Run(ex, pages)})
	}
	var base float64
	for _, r := range rows {
		if r.name == "go-trafilatura" {
			base = r.res.PagesPerCPUs
		}
	}
	for _, h := range halves {
		qs := make([]bench.Quality, len(rows))
		for i, r := range rows {
			q, ms := bench.Evaluate(pages, r.res.Outputs, bench.InHalf(h))
			qs[i] = q
			if r.name == "newsroom" && h == bench.HalfDev && misses != "" {
				printMisses(ms, misses)
			}
			if r.name == "newsroom" && why {
				printWhy(h, q, ms)
			}
		}
		q0 := qs[0]
		fmt.Printf("\n%s half: %d pages (%d articles: %d with title, %d with date, %d with authors; %d other pages)\n",
			h, q0.Pages, q0.ArticleN, q0.TitleN, q0.DateN, q0.AuthorsN, q0.NonArticleN)
		fmt.Printf("%-18s %6s %6s %7s %7s %6s %6s %7s %8s %8s %11s %8s\n", "extractor", "F1", "prec", "art F1", "art P", "title", "date", "authors", "stored", "emptied", "pages/cpu-s", "speed x")
		for i, r := range rows {
			q := qs[i]
			stored, emptied := "-", "-"
			if q.Classified {
				stored = fmt.Sprintf("%.3f", q.NonArticleStored)
				emptied = fmt.Sprintf("%.3f", q.ArticleEmptied)
			}
			spd := "-"
			if base > 0 {
				spd = fmt.Sprintf("%.2f", r.res.PagesPerCPUs/base)
			}
			fmt.Printf("%-18s %6.4f %6.4f %7.4f %7.4f %6.3f %6.3f %7.3f %8s %8s %11.1f %8s\n", r.name, q.Body.F1, q.Body.Precision,
				q.Articles.F1, q.Articles.Precision, q.TitleExact, q.DateDay, q.AuthorsF1, stored, emptied, r.res.PagesPerCPUs, spd)
		}
		fmt.Printf("word F1 by page type (pages):\n%-18s", "")
		for _, t := range bench.PageTypes {
			fmt.Printf(" %13s", fmt.Sprintf("%s(%d)", abbrev(t), q0.WordN[t]))
		}
		fmt.Println()
		for i, r := range rows {
			fmt.Printf("%-18s", r.name)
			for _, t := range bench.PageTypes {
				fmt.Printf(" %13.4f", qs[i].WordF1[t])
			}
			fmt.Println()
		}
		if q0.Classified && len(q0.StoredByType) > 0 {
			fmt.Printf("newsroom: non-articles called articles by type:")
			for _, t := range bench.PageTypes {
				if n := q0.StoredByType[t]; n > 0 {
					fmt.Printf(" %s %d/%d", t, n, q0.WordN[t])
				}
			}
			fmt.Println()
		}
	}
	fmt.Println("\ncolumns: F1/prec = shingle metric over all pages; art = articles only; title = exact after folding spaces,")
	fmt.Println("date = same day, authors = mean name-set F1 (all over articles with the field); stored = non-articles called")
	fmt.Println("articles (would be stored as stories); emptied = articles called non-articles; speed x vs go-trafilatura.")
}

func abbrev(t string) string {
	if len(t) > 7 {
		return t[:7]
	}
	return t
}

func printMisses(ms []bench.Miss, fields string) {
	fmt.Println("\nnewsroom misses on the dev half:")
	for _, m := range ms {
		if fields != "all" && !strings.Contains(","+fields+",", ","+m.Field+",") {
			continue
		}
		fmt.Printf("  %-7s %s %-40.40s got %q want %q", m.Field, m.Page.ID, m.Page.URL, m.Got, m.Want)
		if m.Score > 0 || m.Field == "body" || m.Field == "authors" {
			fmt.Printf(" (%.2f)", m.Score)
		}
		fmt.Println()
	}
}

// printWhy counts one half's misses by field, rule and cause.
func printWhy(half string, q bench.Quality, ms []bench.Miss) {
	fmt.Printf("\nnewsroom misses on the %s half by rule (uses, misses, causes):\n", half)
	for _, field := range []string{"title", "date", "authors"} {
		miss := map[string]int{}
		causes := map[string]map[string]int{}
		for _, m := range ms {
			if m.Field != field {
				continue
			}
			miss[m.Rule]++
			if causes[m.Rule] == nil {
				causes[m.Rule] = map[string]int{}
			}
			causes[m.Rule][bench.MissKind(m)]++
		}
		rules := make([]string, 0, len(q.RuleUses[field]))
		for r := range q.RuleUses[field] {
			rules = append(rules, r)
		}
		sort.Slice(rules, func(a, b int) bool {
			if miss[rules[a]] != miss[rules[b]] {
				return miss[rules[a]] > miss[rules[b]]
			}
			return rules[a] < rules[b]
		})
		fmt.Printf("  %s:\n", field)
		for _, r := range rules {
			name := r
			if name == "" {
				name = "(none)"
			}
			fmt.Printf("    %-34s %4d %4d  %s\n", name, q.RuleUses[field][r], miss[r], joinCounts(causes[r]))
		}
	}
	// Page kinds: the rule that stored a non-article (with its page
	// types) or emptied an article.
	for _, field := range []string{"stored", "emptied"} {
		byRule := map[string]map[string]int{}
		for _, m := range ms {
			if m.Field != field {
				continue
			}
			if byRule[m.Rule] == nil {
				byRule[m.Rule] = map[string]int{}
			}
			byRule[m.Rule][m.Want]++
		}
		rules := make([]string, 0, len(byRule))
		for r := range byRule {
			rules = append(rules, r)
		}
		sort.Strings(rules)
		fmt.Printf("  %s, by the kind rule:\n", field)
		for _, r := range rules {
			n := 0
			for _, k := range byRule[r] {
				n += k
			}
			fmt.Printf("    %-34s %4d  %s\n", r, n, joinCounts(byRule[r]))
		}
	}
}

// joinCounts writes counts as "name n, …" in the names' order.
func joinCounts(counts map[string]int) string {
	cs := make([]string, 0, len(counts))
	for c, n := range counts {
		cs = append(cs, fmt.Sprintf("%s %d", c, n))
	}
	sort.Strings(cs)
	return strings.Join(cs, ", ")
}

// runDateSet scores the publication day on go-htmldate's evaluation set,
// whole and by half, for newsroom, go-htmldate and the extractors chosen
// that report a date; with misses it lists newsroom's dev-half misses.
func runDateSet(exs []bench.Extractor, misses bool) {
	entries, err := bench.LoadDateSet()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	parts := [3][]bench.DateEntry{}
	names := [3]string{"all", bench.HalfDev + " half", bench.HalfHeldOut + " half"}
	for _, e := range entries {
		parts[0] = append(parts[0], e)
		if bench.Half(e.Domain()) == bench.HalfDev {
			parts[1] = append(parts[1], e)
		} else {
			parts[2] = append(parts[2], e)
		}
	}
	runners := append([]bench.Extractor{bench.HTMLDate()}, exs...)
	for i, part := range parts {
		fmt.Printf("\nheld-out: go-htmldate date set (its comparison and Media Cloud pages), %s: %d pages (publication day exact)\n", names[i], len(part))
		for _, ex := range runners {
			s := bench.RunDateSet(ex, part)
			fmt.Printf("%-18s right %.3f (%d/%d)  wrong day %d  none %d\n", s.Name, float64(s.Right)/float64(max(s.Pages, 1)), s.Right, s.Pages,
				s.Found-s.Right, s.Pages-s.Found)
			if misses && i == 1 && ex.Name == "newsroom" {
				for _, m := range s.Misses {
					fmt.Printf("  date   %-28.28s %-60.60s got %q (%s) want %q\n", m.File, m.URL, m.Got, m.Rule, m.Want)
				}
			}
		}
	}
}

// heldoutPart is one half of the comparison set, split by domain like WCXB.
type heldoutPart struct {
	name    string
	entries []bench.HeldoutEntry
}

// heldoutParts returns the whole comparison set and its two halves by
// domain (bench.Half): rules may be read against the dev half's pages,
// the held-out half is only reported.
func heldoutParts(entries []bench.HeldoutEntry) []heldoutPart {
	parts := []heldoutPart{{name: "all"}, {name: bench.HalfDev + " half"}, {name: bench.HalfHeldOut + " half"}}
	for _, e := range entries {
		parts[0].entries = append(parts[0].entries, e)
		if bench.Half(e.Domain()) == bench.HalfDev {
			parts[1].entries = append(parts[1].entries, e)
		} else {
			parts[2].entries = append(parts[2].entries, e)
		}
	}
	return parts
}

// printHeldout prints one extractor's line for a part of the comparison set.
func printHeldout(s bench.HeldoutScore) {
	fmt.Printf("%-16s P=%.3f R=%.3f F1=%.3f acc=%.3f", s.Name, s.Precision, s.Recall, s.F1, s.Acc)
	if s.TitleN > 0 {
		fmt.Printf("  title=%.3f (%d)  date=%.3f (%d)  kind=article %d/%d", float64(s.TitleOK)/float64(s.TitleN), s.TitleN,
			float64(s.DateOK)/float64(s.DateN), s.DateN, s.ArticleN, s.Pages)
	}
	fmt.Println()
	if len(s.NotArticle) > 0 {
		rules := make([]string, 0, len(s.NotArticle))
		for r := range s.NotArticle {
			rules = append(rules, r)
		}
		sort.Slice(rules, func(a, b int) bool { return s.NotArticle[rules[a]] > s.NotArticle[rules[b]] })
		var cs []string
		for _, r := range rules {
			cs = append(cs, fmt.Sprintf("%s %d", r, s.NotArticle[r]))
		}
		fmt.Printf("  not called articles, by the kind rule: %s\n", strings.Join(cs, ", "))
	}
}
