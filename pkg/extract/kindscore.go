package extract

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// kindWeight is one feature's standardisation and weight in the page-kind
// model.
type kindWeight struct {
	name        string
	mean, scale float64
	weight      float64
}

// kindWeights is a logistic model over kindFeatures: a page whose logit
// reaches threshold is an article. kindmodel.go holds the fitted values.
type kindWeights struct {
	bias, threshold float64
	features        [nKindFeatures]kindWeight
}

// score returns the logit of "article" for f.
func (m *kindWeights) score(f *kindFeatures) float64 {
	s := m.bias
	for j := range f {
		w := &m.features[j]
		s += w.weight * (f[j] - w.mean) / w.scale
	}
	return s
}

// explain names the n features that moved the logit most, with their
// signed share: "+has_date 1.2,-prices 0.8".
func (m *kindWeights) explain(f *kindFeatures, n int) string {
	type c struct {
		j int
		v float64
	}
	cs := make([]c, 0, nKindFeatures)
	for j := range f {
		w := &m.features[j]
		if v := w.weight * (f[j] - w.mean) / w.scale; v != 0 {
			cs = append(cs, c{j, v})
		}
	}
	sort.Slice(cs, func(a, b int) bool { return math.Abs(cs[a].v) > math.Abs(cs[b].v) })
	var b strings.Builder
	for i, x := range cs {
		if i == n {
			break
		}
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%s%+.1f", m.features[x.j].name, x.v)
	}
	return b.String()
}
