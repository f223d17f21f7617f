package bench

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"newsroom.dev/pkg/testkit"
)

// Page is one benchmark page with its ground truth. The metadata fields
// are set only by data sets that have them (WCXB).
type Page struct {
	ID    string
	URL   string
	HTML  []byte
	Truth string

	Title    string
	Authors  []string
	Date     string // YYYY-MM-DD, "" when the page has none
	PageType string // article, forum, product, collection, listing, documentation, service
	Domain   string
}

// Load reads ground-truth.json and the gzipped pages under dir/html (the
// layout shared by the article-extraction benchmark and WCXB).
func Load(dir string) ([]Page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("load ground truth: %w", err)
	}
	var gt map[string]struct {
		ArticleBody string   `json:"articleBody"`
		URL         string   `json:"url"`
		Title       string   `json:"title"`
		Authors     []string `json:"authors"`
		Date        string   `json:"date"`
		PageType    string   `json:"page_type"`
		Domain      string   `json:"domain"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("decode ground truth: %w", err)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	pages := make([]Page, 0, len(ids))
	for _, id := range ids {
		f, err := os.Open(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, fmt.Errorf("open page %s: %w", id, err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("gunzip page %s: %w", id, err)
		}
		var buf bytes.Buffer
		_, err = io.Copy(&buf, zr)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("read page %s: %w", id, err)
		}
		g := gt[id]
		pages = append(pages, Page{ID: id, URL: g.URL, HTML: buf.Bytes(), Truth: g.ArticleBody,
			Title: g.Title, Authors: g.Authors, Date: g.Date, PageType: g.PageType, Domain: g.Domain})
	}
	return pages, nil
}

// FindData resolves the benchmark directory: the given path if it holds the
// benchmark, otherwise the shared data set (testkit.SharedData).
func FindData(given string) (string, error) { return findSet(given, "article-extraction-benchmark") }

// FindWCXB resolves the WCXB development split the same way.
func FindWCXB(given string) (string, error) { return findSet(given, "wcxb-dev") }

func findSet(given, name string) (string, error) {
	if given != "" {
		if _, err := os.Stat(filepath.Join(given, "ground-truth.json")); err == nil {
			return given, nil
		}
	}
	d, err := testkit.SharedData(name)
	if err != nil {
		return "", fmt.Errorf("%s data not found (given %q): %w", name, given, err)
	}
	return d, nil
}
