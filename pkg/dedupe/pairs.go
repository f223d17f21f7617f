package dedupe

// PairScores scores a clustering against the truth, pairwise: of the pairs of
// items put in one cluster (pred), the fraction that truly belong together
// (precision), and of the pairs that truly belong together, the fraction put
// in one cluster (recall). truth[i] and pred[i] label item i. With no pairs
// on a side its score is 1.
func PairScores(truth, pred []string) (precision, recall float64) {
	pairs := func(n int) float64 { return float64(n*(n-1)) / 2 }
	cell, tsz, psz := map[[2]string]int{}, map[string]int{}, map[string]int{}
	for i := range truth {
		cell[[2]string{truth[i], pred[i]}]++
		tsz[truth[i]]++
		psz[pred[i]]++
	}
	var tp, tpairs, ppairs float64
	for _, n := range cell {
		tp += pairs(n)
	}
	for _, n := range tsz {
		tpairs += pairs(n)
	}
	for _, n := range psz {
		ppairs += pairs(n)
	}
	precision, recall = 1, 1
	if ppairs > 0 {
		precision = tp / ppairs
	}
	if tpairs > 0 {
		recall = tp / tpairs
	}
	return precision, recall
}
