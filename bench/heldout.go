package bench

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"newsroom.dev/pkg/extract"
)

// HeldoutEntry is one page of go-trafilatura's own comparison set:
// snippets that must appear in the body (With), must not (Without), and
// the expected title and date.
type HeldoutEntry struct {
	URL, File, Title, Date string
	With, Without          []string
	Path                   string
}

// LoadHeldout reads the comparison set shipped in the go-trafilatura
// module (scripts/comparison/data.go and test-files/comparison), a second
// benchmark with different sites, languages and conventions. It parses
// the Go source instead of importing it (it is a main package).
func LoadHeldout() ([]HeldoutEntry, error) {
	dir, err := moduleDir("github.com/markusmobius/go-trafilatura")
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join(dir, "scripts/comparison/data.go"), nil, 0)
	if err != nil {
		return nil, fmt.Errorf("parse comparison data: %w", err)
	}
	var entries []HeldoutEntry
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		key, ok := kv.Key.(*ast.BasicLit)
		lit, ok2 := kv.Value.(*ast.CompositeLit)
		if !ok || !ok2 || key.Kind != token.STRING {
			return true
		}
		e := HeldoutEntry{URL: unquote(key)}
		for _, el := range lit.Elts {
			fkv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			name, _ := fkv.Key.(*ast.Ident)
			if name == nil {
				continue
			}
			switch v := fkv.Value.(type) {
			case *ast.BasicLit:
				switch name.Name {
				case "File":
					e.File = unquote(v)
				case "Title":
					e.Title = unquote(v)
				case "Date":
					e.Date = unquote(v)
				}
			case *ast.CompositeLit:
				var list []string
				for _, s := range v.Elts {
					if b, ok := s.(*ast.BasicLit); ok {
						list = append(list, unquote(b))
					}
				}
				switch name.Name {
				case "With":
					e.With = list
				case "Without":
					e.Without = list
				}
			}
		}
		if e.File == "" {
			return false
		}
		e.Path = filepath.Join(dir, "test-files/comparison", e.File)
		if _, err := os.Stat(e.Path); err == nil {
			entries = append(entries, e)
		}
		return false
	})
	if len(entries) == 0 {
		return nil, errors.New("no comparison entries found")
	}
	return entries, nil
}

// moduleDir returns the directory of a module in the module cache, where
// the peers ship their evaluation sets.
func moduleDir(path string) (string, error) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", path).Output()
	if err != nil {
		return "", fmt.Errorf("locate module %s: %w", path, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// Domain returns the entry's host without "www.", the unit the set is
// split by.
func (e HeldoutEntry) Domain() string { return siteDomain(e.URL) }

// siteDomain returns the host of a page's address without "www.", the
// unit the evaluation sets are split by (the address itself when it does
// not parse).
func siteDomain(pageURL string) string {
	u, err := url.Parse(pageURL)
	if err != nil {
		return pageURL
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

func unquote(b *ast.BasicLit) string {
	s, err := strconv.Unquote(b.Value)
	if err != nil {
		return strings.Trim(b.Value, "\"`")
	}
	return s
}

// HeldoutScore is the snippet-based score of one extractor: TP = With
// snippets found, FN = missed, FP = Without snippets found.
type HeldoutScore struct {
	Name                       string
	TP, FN, FP, TN             int
	TitleOK, TitleN            int
	DateOK, DateN, ArticleN    int
	Pages                      int
	Precision, Recall, F1, Acc float64
	// NotArticle counts the pages newsroom did not call articles by the
	// kind rule that decided them (KindRule).
	NotArticle map[string]int
	// Misses are newsroom's wrong titles and dates and its pages not
	// called articles, for reading the dev half.
	Misses []HeldoutMiss
}

// HeldoutMiss is one field newsroom got wrong on a comparison page.
type HeldoutMiss struct {
	Field, File, URL, Got, Want string
}

// RunHeldout scores ex over the held-out entries; for the newsroom
// extractor it also checks titles, dates and the article verdict.
func RunHeldout(ex Extractor, entries []HeldoutEntry) HeldoutScore {
	s := HeldoutScore{Name: ex.Name}
	var nr *extract.Extractor
	if ex.Name == "newsroom" {
		nr = extract.New(extract.DefaultOptions())
	}
	norm := func(t string) string { return strings.Join(strings.Fields(t), " ") }
	for _, e := range entries {
		body, err := os.ReadFile(e.Path)
		if err != nil {
			continue
		}
		s.Pages++
		text := norm(ex.Run(e.URL, body))
		for _, w := range e.With {
			if strings.Contains(text, norm(w)) {
				s.TP++
			} else {
				s.FN++
			}
		}
		for _, w := range e.Without {
			if strings.Contains(text, norm(w)) {
				s.FP++
			} else {
				s.TN++
			}
		}
		if nr == nil {
			continue
		}
		r, err := nr.Extract(extract.Input{URL: e.URL, Body: body})
		if r == nil || (err != nil && !errors.Is(err, extract.ErrNotArticle)) {
			continue
		}
		if r.Kind == extract.KindArticle {
			s.ArticleN++
		} else {
			if s.NotArticle == nil {
				s.NotArticle = map[string]int{}
			}
			s.NotArticle[KindRule(r.Provenance["kind"])]++
			s.Misses = append(s.Misses, HeldoutMiss{"kind", e.File, e.URL, r.Provenance["kind"], "article"})
		}
		if e.Title != "" {
			s.TitleN++
			if norm(r.Title) == norm(e.Title) {
				s.TitleOK++
			} else {
				s.Misses = append(s.Misses, HeldoutMiss{"title", e.File, e.URL, r.Title, e.Title})
			}
		}
		if e.Date != "" {
			s.DateN++
			got := ""
			if r.PublishedAt != nil {
				got = r.PublishedAt.Format(time.DateOnly) + " (" + r.Provenance["published_at"] + ")"
			}
			if strings.HasPrefix(got, e.Date+" ") {
				s.DateOK++
			} else {
				s.Misses = append(s.Misses, HeldoutMiss{"date", e.File, e.URL, got, e.Date})
			}
		}
	}
	if s.TP+s.FP > 0 {
		s.Precision = float64(s.TP) / float64(s.TP+s.FP)
	}
	if s.TP+s.FN > 0 {
		s.Recall = float64(s.TP) / float64(s.TP+s.FN)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	if n := s.TP + s.TN + s.FP + s.FN; n > 0 {
		s.Acc = float64(s.TP+s.TN) / float64(n)
	}
	return s
}
