package extract

import (
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// TestConcurrentExtract runs one Extractor from many goroutines; run with
// -race to check that Extract keeps no shared mutable state.
func TestConcurrentExtract(t *testing.T) {
	ex := New(DefaultOptions())
	var bodies [][]byte
	for _, g := range goldenPages {
		b, err := os.ReadFile(filepath.Join("testdata", g.name+".html"))
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, b)
	}
	want := make([]string, len(bodies))
	for i, b := range bodies {
		res, _ := ex.Extract(Input{URL: goldenPages[i].url, Body: b})
		want[i] = res.Text
	}
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				i := (w + k) % len(bodies)
				res, _ := ex.Extract(Input{URL: goldenPages[i].url, Body: bodies[i]})
				if res.Text != want[i] {
					t.Errorf("page %s: concurrent text differs", goldenPages[i].name)
					return
				}
			}
		}()
	}
	wg.Wait()
}
