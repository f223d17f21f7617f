package bench

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"time"

	"github.com/markusmobius/go-htmldate"
)

// DateEntry is one page of go-htmldate's date evaluation set: a saved
// page, its address and the publication day annotated for it.
type DateEntry struct {
	URL, File, Date, Path string
	// Set names the part of the evaluation the page comes from:
	// "comparison" (htmldate's own pages, mostly German and English blogs
	// and news) or "mediacloud" (news pages in many languages sampled by
	// Media Cloud).
	Set string
}

// Domain returns the entry's host without "www.", the unit the set is
// split by (bench.Half), as for WCXB and the comparison set.
func (e DateEntry) Domain() string { return siteDomain(e.URL) }

// LoadDateSet reads the date evaluation set shipped in the go-htmldate
// module: the entries of scripts/comparison/data-default.go and
// data-mediacloud.go, whose pages are under test-files/comparison and
// test-files/mediacloud. It parses the Go source instead of importing it
// (it is a main package). Entries whose page is missing are left out.
func LoadDateSet() ([]DateEntry, error) {
	dir, err := moduleDir("github.com/markusmobius/go-htmldate")
	if err != nil {
		return nil, err
	}
	var entries []DateEntry
	for _, src := range []struct{ file, set string }{
		{"data-mediacloud.go", "mediacloud"},
		{"data-default.go", "comparison"},
	} {
		f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(dir, "scripts/comparison", src.file), nil, 0)
		if err != nil {
			return nil, fmt.Errorf("parse date set: %w", err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			e := DateEntry{Set: src.set}
			for _, el := range lit.Elts {
				kv, ok := el.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				name, _ := kv.Key.(*ast.Ident)
				v, _ := kv.Value.(*ast.BasicLit)
				if name == nil || v == nil || v.Kind != token.STRING {
					continue
				}
				switch name.Name {
				case "URL":
					e.URL = unquote(v)
				case "File":
					e.File = unquote(v)
				case "Date":
					e.Date = unquote(v)
				}
			}
			if e.File == "" {
				return true // the slice literal itself: look inside
			}
			for _, sub := range []string{src.set, "comparison", "mediacloud"} {
				p := filepath.Join(dir, "test-files", sub, e.File)
				if _, err := os.Stat(p); err == nil {
					e.Path = p
					break
				}
			}
			if _, err := time.Parse(time.DateOnly, e.Date); err != nil {
				return false // "nan": the page was not annotated
			}
			if e.Path != "" && e.URL != "" {
				entries = append(entries, e)
			}
			return false
		})
	}
	if len(entries) == 0 {
		return nil, errors.New("no date set entries found")
	}
	return entries, nil
}

// DateScore is one extractor's result on the date set.
type DateScore struct {
	Name string
	// Pages is the number of pages read; Right those whose day equals
	// the annotated one; Found those for which the extractor gave any day
	// (so Found-Right were given a wrong day, Pages-Found none). Pages
	// annotated "nan" (no day) are left out of the set.
	Pages, Right, Found int
	// Misses are the pages given a wrong day or none, for reading the
	// dev half.
	Misses []DateMiss
}

// DateMiss is one page of the date set given a wrong day or none.
type DateMiss struct {
	File, URL, Got, Want, Rule string
}

// RunDateSet runs ex over the entries and compares the day it gives
// (Output.Day) with the annotated one.
func RunDateSet(ex Extractor, entries []DateEntry) DateScore {
	s := DateScore{Name: ex.Name}
	for _, e := range entries {
		body, err := os.ReadFile(e.Path)
		if err != nil {
			continue
		}
		s.Pages++
		o := ex.Full(e.URL, body)
		if o.Day != "" {
			s.Found++
		}
		if o.Day == e.Date {
			s.Right++
			continue
		}
		s.Misses = append(s.Misses, DateMiss{File: e.File, URL: e.URL, Got: o.Day, Want: e.Date, Rule: o.Provenance["published_at"]})
	}
	return s
}

// HTMLDate returns go-htmldate v1.9.1 as a date-only extractor, set up
// as its own evaluation runs it: the original (first published) date,
// with its extensive search.
func HTMLDate() Extractor {
	return Extractor{Name: "go-htmldate", Full: func(u string, body []byte) Output {
		res, err := htmldate.FromReader(bytes.NewReader(body), htmldate.Options{URL: u, UseOriginalDate: true})
		if err != nil || res.IsZero() {
			return Output{}
		}
		return Output{Day: res.DateTime.Format(time.DateOnly)}
	}}
}
