package extract

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// flatDepth is the wrapper nesting a too-deep document is flattened to.
const flatDepth = 200

// parseDeep parses body as HTML. A document nested deeper than the parser
// accepts (hundreds of wrapper <div>s around an ordinary article) is not
// lost: its wrapper elements past flatDepth levels are dropped, keeping
// their content, and it is parsed again. The work stays linear in the body,
// which the byte and node caps bound before this is called.
func parseDeep(body []byte, maxDepth int) (*html.Node, error) {
	doc, err := html.Parse(bytes.NewReader(body))
	if err == nil || !strings.Contains(err.Error(), "exceeds") {
		return doc, err
	}
	return html.Parse(bytes.NewReader(flatten(body, min(flatDepth, maxDepth/2))))
}

// wrapperTag reports elements that only group or style their content, so
// that dropping the tags (not the content) of deeply nested ones keeps the
// text and its paragraphs.
func wrapperTag(a atom.Atom) bool {
	switch a {
	case atom.Div, atom.Span, atom.Section, atom.Font, atom.Center, atom.B, atom.I, atom.U, atom.S,
		atom.Em, atom.Strong, atom.Small, atom.Big, atom.Blockquote, atom.Main, atom.Aside, atom.Ul, atom.Ol:
		return true
	}
	return false
}

// flatten returns body with the start and end tags of wrapper elements
// nested more than limit wrappers deep removed. Everything else is copied
// byte for byte. An end tag is matched to the nearest open wrapper of its
// name among the innermost 64; an unmatched one is left to the parser.
func flatten(body []byte, limit int) []byte {
	type open struct {
		a       atom.Atom
		dropped bool
	}
	var stack []open
	kept := 0
	var out bytes.Buffer
	out.Grow(len(body))
	z := html.NewTokenizer(bytes.NewReader(body))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		if tt != html.StartTagToken && tt != html.EndTagToken {
			out.Write(raw)
			continue
		}
		name, _ := z.TagName()
		a := atom.Lookup(name)
		if !wrapperTag(a) {
			out.Write(raw)
			continue
		}
		if tt == html.StartTagToken {
			drop := kept >= limit
			stack = append(stack, open{a: a, dropped: drop})
			if !drop {
				kept++
				out.Write(raw)
			}
			continue
		}
		matched := false
		for i := len(stack) - 1; i >= 0 && i >= len(stack)-64; i-- {
			if stack[i].a != a {
				continue
			}
			for _, o := range stack[i:] {
				if !o.dropped {
					kept--
				}
			}
			if !stack[i].dropped {
				out.Write(raw)
			}
			stack, matched = stack[:i], true
			break
		}
		if !matched {
			out.Write(raw)
		}
	}
	return out.Bytes()
}
