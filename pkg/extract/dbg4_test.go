package extract

import (
	"encoding/json"
	"fmt"
	"golang.org/x/net/html"
	"os"
	"strings"
	"testing"
)

type tfE struct {
	URL, File     string
	With, Without []string
}

func TestWhyMissing(t *testing.T) {
	raw, err := os.ReadFile("/tmp/tf_eval.json")
	if err != nil {
		t.Skip()
	}
	var es []tfE
	json.Unmarshal(raw, &es)
	dir := os.Getenv("HOME") + "/go/pkg/mod/github.com/markusmobius/go-trafilatura@v1.12.2/test-files/comparison/"
	reasons := map[string]int{}
	for _, e := range es {
		body, err := os.ReadFile(dir + e.File)
		if err != nil {
			continue
		}
		res, _ := New(DefaultOptions()).Extract(Input{URL: e.URL, Body: body})
		if res == nil {
			continue
		}
		out := strings.Join(strings.Fields(res.Text), " ")
		dec, _, _ := decodeBody(body, "")
		doc, _ := html.Parse(strings.NewReader(string(dec)))
		p := newPage(doc, e.URL, New(Options{}).opts, 0)
		p.index()
		pos := map[*html.Node]int{}
		for i := range p.nodes {
			pos[p.nodes[i].n] = i
		}
		for _, w := range e.With {
			w = strings.Join(strings.Fields(w), " ")
			if strings.Contains(out, w) {
				continue
			}
			// find text node
			key := w
			if len(key) > 12 {
				key = key[:12]
			}
			var found *html.Node
			var rec func(*html.Node)
			rec = func(n *html.Node) {
				if found != nil {
					return
				}
				if n.Type == html.TextNode && strings.Contains(strings.Join(strings.Fields(n.Data), " "), key) {
					found = n
					return
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					rec(c)
				}
			}
			rec(doc)
			reason := "not-in-dom"
			if found != nil {
				reason = "outside-main"
				for a := found.Parent; a != nil; a = a.Parent {
					i, ok := pos[a]
					if !ok {
						if a.Type == html.ElementNode {
							reason = "skip-tag:" + a.Data
						}
						continue
					}
					ni := p.nodes[i]
					if ni.flags&fSkip != 0 {
						reason = "skip:" + a.Data + "." + attr(a, "class")
						break
					}
					if ni.flags&fBoil != 0 && (ni.parent < 0 || p.nodes[ni.parent].flags&fBoil == 0) {
						reason = "boil:" + a.Data + "." + attr(a, "class") + "#" + attr(a, "id")
						break
					}
					if ni.flags&fCaption != 0 {
						reason = "caption"
						break
					}
					if int32(i) == p.mainIdx {
						reason = "in-main-filtered"
						break
					}
				}
			}
			r := reason
			if i := strings.IndexAny(r, ".#"); i > 0 && strings.HasPrefix(r, "boil") {
				reasons["boil"]++
			} else {
				reasons[r]++
			}
			if os.Getenv("V") != "" {
				fmt.Printf("%s: %s | %q\n", e.File, reason, w)
			}
		}
	}
	fmt.Println(reasons)
}
