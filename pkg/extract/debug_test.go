package extract

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestDebugPage prints extraction internals for the page in EXTRACT_DEBUG
// (a .html or .html.gz file); it does nothing otherwise.
func TestDebugPage(t *testing.T) {
	path := os.Getenv("EXTRACT_DEBUG")
	if path == "" {
		t.Skip("set EXTRACT_DEBUG to a page to inspect")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		if r, err = gzip.NewReader(f); err != nil {
			t.Fatal(err)
		}
	}
	body, _ := io.ReadAll(r)
	dec, _, _ := decodeBody(body, "")
	doc, _ := html.Parse(strings.NewReader(string(dec)))
	p := newPage(doc, os.Getenv("EXTRACT_URL"), New(Options{}).opts, 0)
	if err := p.index(); err != nil {
		t.Fatal(err)
	}
	desc := func(i int32) string {
		ni := &p.nodes[i]
		return fmt.Sprintf("#%d <%s class=%q id=%q> flags=%b raw=%.0f good=%.0f bad=%.0f boil=%.0f score=%.0f", i, ni.n.Data, attr(ni.n, "class"), attr(ni.n, "id"), ni.flags, ni.rawGood, ni.good, ni.bad, ni.boil, ni.good-badWeight*ni.bad-boilWeight*ni.boil)
	}
	if p.mainIdx < 0 {
		p.mainIdx = 0
	}
	fmt.Println("chosen:", desc(p.mainIdx))
	for i := p.nodes[p.mainIdx].parent; i >= 0; i = p.nodes[i].parent {
		fmt.Println("  up:", desc(i))
	}
	if b := os.Getenv("EXTRACT_BLOCKS"); b != "" {
		var root int32
		fmt.Sscan(b, &root)
		for i := root; i < p.nodes[root].end; i++ {
			ni := &p.nodes[i]
			if ni.ownText > 0 {
				t := textOf(ni.n)
				if len(t) > 80 {
					t = t[:80]
				}
				g, bd := p.blockScore(ni)
				fmt.Printf("  blk #%d <%s> own=%d link=%d punct=%d flags=%b g=%.0f b=%.0f %q\n", i, ni.n.Data, ni.ownText, ni.ownLink, ni.punct, ni.flags, g, bd, t)
			}
		}
	}
	if needle := os.Getenv("EXTRACT_NEEDLE"); needle != "" {
		for i := range p.nodes {
			ni := &p.nodes[i]
			if ni.ownText > 0 && strings.Contains(textOf(ni.n), needle) && ni.flags&fBlock != 0 {
				fmt.Println("needle in:", desc(int32(i)))
				for j := ni.parent; j >= 0; j = p.nodes[j].parent {
					fmt.Println("  up:", desc(j))
				}
				break
			}
		}
	}
}

func TestDebugAncestors(t *testing.T) {
	path, needle := os.Getenv("EXTRACT_DEBUG"), os.Getenv("EXTRACT_NEEDLE")
	if path == "" || needle == "" {
		t.Skip("set EXTRACT_DEBUG and EXTRACT_NEEDLE")
	}
	body, _ := os.ReadFile(path)
	doc, _ := html.Parse(strings.NewReader(string(body)))
	var rec func(*html.Node) bool
	rec = func(n *html.Node) bool {
		if n.Type == html.TextNode && strings.Contains(n.Data, needle) {
			for a := n.Parent; a != nil; a = a.Parent {
				fmt.Printf("  <%s %v>\n", a.Data, a.Attr)
			}
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if rec(c) {
				return true
			}
		}
		return false
	}
	rec(doc)
}

func TestDebugIndexed(t *testing.T) {
	path, needle := os.Getenv("EXTRACT_DEBUG"), os.Getenv("EXTRACT_NEEDLE")
	if path == "" || needle == "" {
		t.Skip("set EXTRACT_DEBUG and EXTRACT_NEEDLE")
	}
	body, _ := os.ReadFile(path)
	doc, _ := html.Parse(strings.NewReader(string(body)))
	p := newPage(doc, "", New(Options{}).opts, 0)
	if err := p.index(); err != nil {
		t.Fatal(err)
	}
	pos := map[*html.Node]int{}
	for i := range p.nodes {
		pos[p.nodes[i].n] = i
	}
	var rec func(*html.Node) bool
	rec = func(n *html.Node) bool {
		if n.Type == html.TextNode && strings.Contains(n.Data, needle) {
			for a := n.Parent; a != nil; a = a.Parent {
				i, ok := pos[a]
				if !ok {
					fmt.Printf("  <%s> not indexed\n", a.Data)
					continue
				}
				ni := p.nodes[i]
				fmt.Printf("  #%d <%s class=%q> flags=%b own=%d raw=%.0f good=%.0f\n", i, a.Data, attr(a, "class"), ni.flags, ni.ownText, ni.rawGood, ni.good)
			}
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if rec(c) {
				return true
			}
		}
		return false
	}
	rec(doc)
}
