// Command bench-extract runs the newsroom extractor, go-trafilatura and
// go-readability over the article-extraction benchmark in one process and
// prints body-text F1/precision/recall, pages per CPU-second and
// allocations per page, with ratios against go-trafilatura.
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
	data := flag.String("data", "", "benchmark directory (default: shared/data/article-extraction-benchmark found upwards, $NEWSROOM_SHARED_DATA, or /work/shared/data)")
	only := flag.String("only", "", "comma-separated extractor names to run (newsroom,go-trafilatura,go-readability)")
	runs := flag.Int("runs", 2, "timed runs per extractor; the fastest is reported")
	worst := flag.Int("worst", 0, "print the N worst pages of the newsroom extractor")
	dump := flag.String("dump", "", "write newsroom texts to this directory (one <id>.txt per page)")
	scores := flag.String("scores", "", "write newsroom per-page precision/recall to this TSV file")
	heldout := flag.Bool("heldout", false, "also score go-trafilatura's own comparison set (snippets, titles, dates)")
	flag.Parse()

	dir, err := bench.FindData(*data)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	pages, err := bench.Load(dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	exs := []bench.Extractor{bench.Newsroom(), bench.Trafilatura(), bench.Readability()}
	var results []bench.Result
	for _, ex := range exs {
		if *only != "" && !strings.Contains(","+*only+",", ","+ex.Name+",") {
			continue
		}
		var best bench.Result
		for r := 0; r < max(1, *runs); r++ {
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
	if *heldout {
		entries, err := bench.LoadHeldout()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("\nheld-out: go-trafilatura comparison set, %d pages (snippet precision/recall; title/date exact)\n", len(entries))
		for _, ex := range exs {
			if *only != "" && !strings.Contains(","+*only+",", ","+ex.Name+",") {
				continue
			}
			s := bench.RunHeldout(ex, entries)
			fmt.Printf("%-16s P=%.3f R=%.3f F1=%.3f acc=%.3f", s.Name, s.Precision, s.Recall, s.F1, s.Acc)
			if s.TitleN > 0 {
				fmt.Printf("  title=%.3f (%d)  date=%.3f (%d)  kind=article %d/%d", float64(s.TitleOK)/float64(s.TitleN), s.TitleN,
					float64(s.DateOK)/float64(s.DateN), s.DateN, s.ArticleN, s.Pages)
			}
			fmt.Println()
		}
	}
	for _, r := range results {
		if r.Name != "newsroom" {
			continue
		}
		if *dump != "" {
			_ = os.MkdirAll(*dump, 0o755)
			for i, p := range pages {
				_ = os.WriteFile(*dump+"/"+p.ID+".txt", []byte(r.Texts[i]), 0o644)
				_ = os.WriteFile(*dump+"/"+p.ID+".truth", []byte(p.Truth), 0o644)
			}
		}
		if *scores != "" {
			var b strings.Builder
			for i, p := range pages {
				pr, _ := r.Pages[i].Precision()
				rc, _ := r.Pages[i].Recall()
				fmt.Fprintf(&b, "%s\t%.4f\t%.4f\t%s\n", p.ID[:12], pr, rc, p.URL)
			}
			_ = os.WriteFile(*scores, []byte(b.String()), 0o644)
		}
		if *worst > 0 {
			idx := make([]int, len(pages))
			for i := range idx {
				idx[i] = i
			}
			f := func(i int) float64 {
				pg := r.Pages[i]
				return pg.TP
			}
			sort.Slice(idx, func(a, b int) bool { return f(idx[a]) < f(idx[b]) })
			fmt.Printf("\nworst %d pages (newsroom):\n", *worst)
			for _, i := range idx[:min(*worst, len(idx))] {
				pg := r.Pages[i]
				pr, _ := pg.Precision()
				rc, _ := pg.Recall()
				fmt.Printf("  %s  P=%.3f R=%.3f  %s\n", pages[i].ID[:12], pr, rc, pages[i].URL)
			}
		}
	}
}
