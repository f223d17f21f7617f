package extractor

import (
	"sync"
	"testing"
)

func TestKindTally(t *testing.T) {
	var k KindTally
	k.SetLimit(2)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 50 {
				k.Add("a.example", "article")
				k.Add("a.example", "tag")
				k.Add("b.example", "listing")
			}
		})
	}
	wg.Wait()
	k.Add("c.example", "author") // past the limit
	k.Add("d.example", "author")
	by := k.BySite()
	if by["a.example"]["article"] != 200 || by["a.example"]["tag"] != 200 || by["b.example"]["listing"] != 200 {
		t.Errorf("by site %v", by)
	}
	if by[OtherSites]["author"] != 2 || len(by) != 3 {
		t.Errorf("sites past the limit: %v, want 2 authors under %q", by, OtherSites)
	}
	tot := k.Totals()
	if tot["article"] != 200 || tot["author"] != 2 || tot["listing"] != 200 {
		t.Errorf("totals %v", tot)
	}
	by["a.example"]["article"] = 0 // a copy
	if k.BySite()["a.example"]["article"] != 200 {
		t.Error("BySite shares its maps with the tally")
	}
}
