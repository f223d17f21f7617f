// Command train-kind fits the extractor's page-kind model: a logistic
// regression over the page features of pkg/extract (extract.KindFeatureNames)
// that says whether a page is an article. It trains on the dev half of the
// WCXB split only (the held-out half is never read: score it with
// bench-extract), picks the decision threshold on out-of-fold scores so
// that few articles are called something else, and writes the weights as
// Go source:
//
//	cd bench && go run ./cmd/train-kind -out ../pkg/extract/kindmodel.go
package main

import (
	"flag"
	"fmt"
	"go/format"
	"hash/fnv"
	"math"
	"os"
	"sort"
	"strings"

	"newsroom.dev/bench"
	"newsroom.dev/pkg/extract"
)

func main() {
	dir := flag.String("wcxb", "", "WCXB directory (default: shared/data/wcxb-dev, found upwards)")
	out := flag.String("out", "", "write the model as Go source to this file (default: print the summary only)")
	lambda := flag.Float64("l2", 0.01, "L2 penalty per page on the standardized weights")
	folds := flag.Int("folds", 10, "cross-validation folds (by domain) for the threshold")
	maxEmptied := flag.Float64("max-emptied", 0.006, "largest out-of-fold share of articles the threshold may call non-articles")
	cost := flag.Float64("emptied-cost", 0, "if > 0, place the threshold where non-articles stored plus this many per article called a non-article is least, instead of by -max-emptied")
	iters := flag.Int("iters", 4000, "gradient steps")
	show := flag.Int("show", 0, "print the N lowest-scoring articles and highest-scoring other pages (out of fold)")
	artWeight := flag.Float64("article-weight", 1, "weight of an article page in the loss relative to another page")
	grid := flag.String("grid", "", "print out-of-fold curves for these l2:article-weight pairs (comma-separated) and stop")
	flag.Parse()

	d, err := bench.FindWCXB(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	all, err := bench.Load(d)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	ex := extract.New(extract.DefaultOptions())
	var xs [][]float64
	var ys []float64
	var fold []int
	var kept []bench.Page
	finalEmptied, finalStored, finalArts, finalOthers := 0, 0, 0, 0
	for _, p := range all {
		if bench.Half(p.Domain) != bench.HalfDev {
			continue // the held-out half is for reporting only
		}
		f, final, err := ex.Features(extract.Input{URL: p.URL, Body: p.HTML, ContentType: "text/html; charset=utf-8"})
		if err != nil {
			continue
		}
		if final != "" {
			// A hand rule decides the page (as non-article); the model
			// never sees it.
			if p.PageType == "article" {
				finalArts++
				finalEmptied++
				fmt.Printf("  emptied by rule %s: %s %s\n", final, p.ID, p.URL)
			} else {
				finalOthers++
			}
			continue
		}
		y := 0.0
		if p.PageType == "article" {
			y = 1
		}
		xs = append(xs, f)
		ys = append(ys, y)
		h := fnv.New32a()
		h.Write([]byte(p.Domain))
		fold = append(fold, int(h.Sum32()%uint32(*folds)))
		kept = append(kept, p)
	}
	names := extract.KindFeatureNames()
	mean, scale := standardize(xs, len(names))
	z := make([][]float64, len(xs))
	for i, x := range xs {
		z[i] = make([]float64, len(x))
		for j := range x {
			z[i][j] = (x[j] - mean[j]) / scale[j]
		}
	}
	// Out-of-fold scores for the threshold.
	if *grid != "" {
		for _, pair := range strings.Split(*grid, ",") {
			var l2, aw float64
			if _, err := fmt.Sscanf(pair, "%g:%g", &l2, &aw); err != nil {
				fmt.Fprintln(os.Stderr, "bad -grid pair", pair)
				os.Exit(2)
			}
			fmt.Printf("l2 %g article-weight %g: ", l2, aw)
			curve(outOfFold(z, ys, fold, *folds, l2, aw, *iters), ys)
		}
		return
	}
	oof := outOfFold(z, ys, fold, *folds, *lambda, *artWeight, *iters)
	thr := pickThreshold(oof, ys, *maxEmptied)
	if *cost > 0 {
		thr = pickCostThreshold(oof, ys, *cost)
	}
	curve(oof, ys)
	if *show > 0 {
		w, b := fit(z, ys, *lambda, *artWeight, *iters)
		explain := func(i int) string {
			type c struct {
				n string
				v float64
			}
			var cs []c
			for j := range w {
				cs = append(cs, c{names[j], w[j] * z[i][j]})
			}
			sort.Slice(cs, func(a, b int) bool { return math.Abs(cs[a].v) > math.Abs(cs[b].v) })
			var out []string
			for _, x := range cs[:6] {
				out = append(out, fmt.Sprintf("%s%+.1f", x.n, x.v))
			}
			_ = b
			return strings.Join(out, " ")
		}
		showExtremes(oof, ys, kept, *show, explain)
	}
	w, b := fit(z, ys, *lambda, *artWeight, *iters)
	in := make([]float64, len(z))
	for i := range z {
		in[i] = logit(w, b, z[i])
	}
	fmt.Printf("dev half: %d pages (%d articles) for the model, %d features; decided by final rules: %d articles, %d others\n",
		len(z), int(sum(ys)), len(names), finalArts, finalOthers)
	_ = finalStored
	report("out-of-fold", oof, ys, kept, thr)
	report("in-sample", in, ys, kept, thr)
	type wn struct {
		name string
		w    float64
	}
	var ws []wn
	for j, n := range names {
		ws = append(ws, wn{n, w[j]})
	}
	sort.Slice(ws, func(a, b int) bool { return math.Abs(ws[a].w) > math.Abs(ws[b].w) })
	fmt.Printf("bias %.3f, threshold %.3f; largest weights:", b, thr)
	for _, x := range ws[:min(15, len(ws))] {
		fmt.Printf(" %s %+.2f", x.name, x.w)
	}
	fmt.Println()
	if *out != "" {
		src := render(names, mean, scale, w, b, thr, len(z), *lambda)
		if err := os.WriteFile(*out, src, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Println("wrote", *out)
	}
}

// outOfFold returns each page's score from a model fitted without its
// fold (folds are by domain).
func outOfFold(z [][]float64, ys []float64, fold []int, folds int, lambda, artWeight float64, iters int) []float64 {
	oof := make([]float64, len(z))
	for k := 0; k < folds; k++ {
		var tz [][]float64
		var ty []float64
		for i := range z {
			if fold[i] != k {
				tz = append(tz, z[i])
				ty = append(ty, ys[i])
			}
		}
		w, b := fit(tz, ty, lambda, artWeight, iters)
		for i := range z {
			if fold[i] == k {
				oof[i] = logit(w, b, z[i])
			}
		}
	}
	return oof
}

func sum(v []float64) float64 {
	s := 0.0
	for _, x := range v {
		s += x
	}
	return s
}

// standardize returns each feature's mean and standard deviation (1 for a
// constant feature).
func standardize(xs [][]float64, n int) (mean, scale []float64) {
	mean, scale = make([]float64, n), make([]float64, n)
	for _, x := range xs {
		for j := range n {
			mean[j] += x[j]
		}
	}
	for j := range n {
		mean[j] /= float64(len(xs))
	}
	for _, x := range xs {
		for j := range n {
			d := x[j] - mean[j]
			scale[j] += d * d
		}
	}
	for j := range n {
		scale[j] = math.Sqrt(scale[j] / float64(len(xs)))
		if scale[j] < 1e-9 {
			scale[j] = 1
		}
	}
	return mean, scale
}

func logit(w []float64, b float64, x []float64) float64 {
	s := b
	for j := range w {
		s += w[j] * x[j]
	}
	return s
}

// fit is L2-regularised logistic regression by full-batch gradient descent
// with a decaying step.
func fit(z [][]float64, y []float64, lambda, artWeight float64, iters int) ([]float64, float64) {
	n := len(z[0])
	total := 0.0
	for _, v := range y {
		total += 1 + (artWeight-1)*v
	}
	w := make([]float64, n)
	b := 0.0
	g := make([]float64, n)
	m := total
	for it := 0; it < iters; it++ {
		for j := range g {
			g[j] = lambda * w[j]
		}
		gb := 0.0
		for i, x := range z {
			p := 1 / (1 + math.Exp(-logit(w, b, x)))
			d := (p - y[i]) * (1 + (artWeight-1)*y[i]) / m
			for j := range x {
				g[j] += d * x[j]
			}
			gb += d
		}
		step := 0.5 / (1 + float64(it)/2000)
		for j := range w {
			w[j] -= step * g[j]
		}
		b -= step * gb
	}
	return w, b
}

// pickThreshold returns the highest logit threshold at which at most
// maxEmptied of the articles score below it, placed halfway to the next
// article's score.
func pickThreshold(s, y []float64, maxEmptied float64) float64 {
	var arts []float64
	for i := range s {
		if y[i] == 1 {
			arts = append(arts, s[i])
		}
	}
	sort.Float64s(arts)
	k := int(maxEmptied * float64(len(arts))) // articles allowed below
	if k >= len(arts) {
		return arts[len(arts)-1]
	}
	if k == 0 {
		return arts[0] - 0.5
	}
	return (arts[k-1] + arts[k]) / 2
}

// pickCostThreshold returns the logit threshold that minimises, over the
// out-of-fold scores, the non-articles kept plus cost times the articles
// lost, placed halfway between the two scores it falls between.
func pickCostThreshold(s, y []float64, cost float64) float64 {
	idx := make([]int, len(s))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return s[idx[a]] < s[idx[b]] })
	others := 0.0
	for _, v := range y {
		others += 1 - v
	}
	// Threshold below idx[k]: pages idx[:k] are called non-articles.
	best, bestK := others, 0 // k = 0: everything kept
	lost, dropped := 0.0, 0.0
	for k := 1; k <= len(idx); k++ {
		i := idx[k-1]
		if y[i] == 1 {
			lost++
		} else {
			dropped++
		}
		if c := others - dropped + cost*lost; c < best {
			best, bestK = c, k
		}
	}
	switch {
	case bestK == 0:
		return s[idx[0]] - 0.5
	case bestK == len(idx):
		return s[idx[len(idx)-1]] + 0.5
	}
	return (s[idx[bestK-1]] + s[idx[bestK]]) / 2
}

// curve prints the out-of-fold share of non-articles stored when k
// articles are let go.
func curve(s, y []float64) {
	var arts []float64
	for i := range s {
		if y[i] == 1 {
			arts = append(arts, s[i])
		}
	}
	sort.Float64s(arts)
	fmt.Print("out-of-fold stored share with k articles emptied:")
	for _, k := range []int{0, 1, 2, 3, 5, 8, 12, 20} {
		if k >= len(arts) {
			break
		}
		thr := arts[k] - 1e-9
		stored, others := 0, 0
		for i := range s {
			if y[i] == 0 {
				others++
				if s[i] >= thr {
					stored++
				}
			}
		}
		fmt.Printf(" k=%d %.3f", k, float64(stored)/float64(others))
	}
	fmt.Println()
}

func report(what string, s, y []float64, pages []bench.Page, thr float64) {
	var arts, others, emptied, stored int
	byType := map[string]int{}
	for i := range s {
		if y[i] == 1 {
			arts++
			if s[i] < thr {
				emptied++
			}
			continue
		}
		others++
		if s[i] >= thr {
			stored++
			byType[pages[i].PageType]++
		}
	}
	var bt []string
	for _, t := range bench.PageTypes[1:] {
		bt = append(bt, fmt.Sprintf("%s %d", t, byType[t]))
	}
	fmt.Printf("%-12s stored %.3f (%d/%d: %s)  emptied %.3f (%d/%d)\n", what, float64(stored)/float64(others), stored, others,
		strings.Join(bt, ", "), float64(emptied)/float64(arts), emptied, arts)
}

func render(names []string, mean, scale, w []float64, b, thr float64, n int, lambda float64) []byte {
	var s strings.Builder
	s.WriteString("// Code generated by bench/cmd/train-kind; DO NOT EDIT.\n")
	s.WriteString("// Regenerate: cd bench && go run ./cmd/train-kind -out ../pkg/extract/kindmodel.go\n\n")
	s.WriteString("package extract\n\n")
	fmt.Fprintf(&s, "// kindModel was fitted on the %d pages of the WCXB dev half (L2 %.3g).\n", n, lambda)
	s.WriteString("var kindModel = kindWeights{\n")
	fmt.Fprintf(&s, "\tbias: %.6g,\n\tthreshold: %.6g,\n\tfeatures: [nKindFeatures]kindWeight{\n", b, thr)
	for j, name := range names {
		fmt.Fprintf(&s, "\t\t{name: %q, mean: %.6g, scale: %.6g, weight: %.6g},\n", name, mean[j], scale[j], w[j])
	}
	s.WriteString("\t},\n}\n")
	src, err := format.Source([]byte(s.String()))
	if err != nil {
		panic(err)
	}
	return src
}

func showExtremes(s, y []float64, pages []bench.Page, n int, explain func(int) string) {
	idx := make([]int, len(s))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return s[idx[a]] < s[idx[b]] })
	fmt.Println("lowest articles:")
	c := 0
	for _, i := range idx {
		if y[i] == 1 && c < n {
			fmt.Printf("  %6.2f %s %.60s  %s\n", s[i], pages[i].ID, pages[i].URL, explain(i))
			c++
		}
	}
	fmt.Println("highest other pages:")
	c = 0
	for k := len(idx) - 1; k >= 0; k-- {
		i := idx[k]
		if y[i] == 0 && c < n {
			fmt.Printf("  %6.2f %-13s %s %.60s  %s\n", s[i], pages[i].PageType, pages[i].ID, pages[i].URL, explain(i))
			c++
		}
	}
}
