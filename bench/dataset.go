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

	"newsroom.dev/pkg/shareddata"
)

// Page is one benchmark page with its ground truth.
type Page struct {
	ID    string
	URL   string
	HTML  []byte
	Truth string
}

// Load reads ground-truth.json and the gzipped pages under dir/html.
func Load(dir string) ([]Page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("load ground truth: %w", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
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
		pages = append(pages, Page{ID: id, URL: gt[id].URL, HTML: buf.Bytes(), Truth: gt[id].ArticleBody})
	}
	return pages, nil
}

// FindData resolves the benchmark directory: the given path if it holds the
// benchmark, otherwise the shared data set (shareddata.Find).
func FindData(given string) (string, error) {
	if given != "" {
		if _, err := os.Stat(filepath.Join(given, "ground-truth.json")); err == nil {
			return given, nil
		}
	}
	d, err := shareddata.Find("article-extraction-benchmark")
	if err != nil {
		return "", fmt.Errorf("benchmark data not found (given %q; pass -data): %w", given, err)
	}
	return d, nil
}
