package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbg3(t *testing.T) {
	dir := os.Getenv("HOME") + "/go/pkg/mod/github.com/markusmobius/go-trafilatura@v1.12.2/test-files/comparison/"
	for _, f := range strings.Fields(os.Getenv("FILES")) {
		body, _ := os.ReadFile(dir + f)
		res, err := New(DefaultOptions()).Extract(Input{URL: os.Getenv("U"), Body: body})
		fmt.Printf("%s: kind=%s err=%v textlen=%d title=%q\n", f, res.Kind, err, len(res.Text), res.Title)
		if os.Getenv("SHOW") != "" {
			fmt.Println(res.Text[:min(len(res.Text), 1500)])
		}
	}
}
