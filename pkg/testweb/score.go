package testweb

import (
	"fmt"
	"io"
	"maps"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Exported is the part of an exported story (a line of `newsroom export`)
// that Compare reads.
type Exported struct {
	ID          string     `json:"id"`
	URL         string     `json:"url"`
	Title       string     `json:"title"`
	Authors     []string   `json:"authors"`
	PublishedAt *time.Time `json:"published_at"`
	Text        string     `json:"text"`
	Duplicates  []string   `json:"duplicates"`
}

// Report is an export compared with the truth (Truth.Compare).
type Report struct {
	Stories, Found, OriginalURL, TitleOK, DateOK, AuthorsOK, TextOK int
	Copies, CopiesFolded                                            int
	Exported, Merged, Split                                         int
	// NotOriginal describes each story whose URL is a copy's, not the
	// original's: the copy chosen and what kind of copy it is.
	NotOriginal []string
	// Sites are the per-publisher scores, in site order.
	Sites []SiteReport
	// NonArticles counts export rows that are no story and no copy of one
	// (a section, tag, author, home or about page stored as a story), by
	// the kind of page their URL names; NonArticleURLs lists a few.
	NonArticles    map[string]int
	NonArticleURLs []string
	// Missing lists the stories none of whose URLs was exported.
	Missing []string
	// Unfolded lists the copies of found stories that are not among
	// their story's URLs (stored apart, or not at all).
	Unfolded []string
}

// SiteReport is one publisher's part of a Report.
type SiteReport struct {
	Host, Name                                              string
	Stories, Found, OriginalURL, TitleOK, DateOK, AuthorsOK int
	NonArticles                                             int
}

// Compare scores an export against the truth: which stories were stored
// (under their original's URL or a copy's), whether the original's URL is
// the story URL, whether title, date, authors and text are exact, whether
// syndicated copies were folded into their story (not stored on their own,
// not merged wrongly), and which rows are no story at all.
func (t Truth) Compare(rows []Exported) Report {
	r := Report{Stories: len(t.Stories), Exported: len(rows), NonArticles: map[string]int{}}
	byURL := map[string]int{}
	for i, row := range rows {
		byURL[row.URL] = i
		for _, d := range row.Duplicates {
			byURL[d] = i
		}
	}
	siteIdx := map[string]int{}
	for _, si := range t.Sites {
		if si.Kind == KindPublisher {
			siteIdx[si.Host] = len(r.Sites)
			r.Sites = append(r.Sites, SiteReport{Host: si.Host, Name: si.Name})
		}
	}
	known := map[string]bool{}
	for _, s := range t.Stories {
		known[s.URL] = true
		for _, c := range s.Copies {
			known[c.URL] = true
		}
		if k, ok := siteIdx[s.Site]; ok {
			r.Sites[k].Stories++
		}
	}
	for _, row := range rows {
		if known[row.URL] {
			continue
		}
		kind := pageKindOf(row.URL)
		r.NonArticles[kind]++
		if len(r.NonArticleURLs) < 10 {
			r.NonArticleURLs = append(r.NonArticleURLs, row.URL)
		}
		if u, err := url.Parse(row.URL); err == nil {
			if k, ok := siteIdx[u.Host]; ok {
				r.Sites[k].NonArticles++
			}
		}
	}
	storyOf := map[int]int{} // export row -> number of truth stories in it
	for _, s := range t.Stories {
		i, ok := byURL[s.URL]
		if !ok {
			for _, c := range s.Copies {
				if j, ok2 := byURL[c.URL]; ok2 {
					i, ok = j, true
					break
				}
			}
		}
		if !ok {
			r.Missing = append(r.Missing, s.URL)
			continue
		}
		r.Found++
		storyOf[i]++
		row := rows[i]
		sr := &SiteReport{}
		if k, ok := siteIdx[s.Site]; ok {
			sr = &r.Sites[k]
		}
		sr.Found++
		if row.URL == s.URL {
			r.OriginalURL++
			sr.OriginalURL++
		} else {
			kind := "not a copy of this story"
			for _, c := range s.Copies {
				if c.URL == row.URL {
					kind = fmt.Sprintf("copy: canonical=%v plain=%v dressed=%v dropped-last=%v posted %s after",
						c.Canonical, c.Plain, c.Dressed, c.DroppedLast, c.Posted.Sub(s.Published))
				}
			}
			r.NotOriginal = append(r.NotOriginal, fmt.Sprintf("%s chose %s (%s)", s.URL, row.URL, kind))
		}
		if row.Title == s.Title {
			r.TitleOK++
			sr.TitleOK++
		}
		if row.PublishedAt != nil && row.PublishedAt.Equal(s.Published) {
			r.DateOK++
			sr.DateOK++
		}
		if slices.Equal(row.Authors, s.Authors) {
			r.AuthorsOK++
			sr.AuthorsOK++
		}
		if row.Text == s.Text {
			r.TextOK++
		}
		for _, c := range s.Copies {
			r.Copies++
			j, ok := byURL[c.URL]
			switch {
			case ok && j == i:
				r.CopiesFolded++
			case ok:
				r.Split++
				r.Unfolded = append(r.Unfolded, c.URL+" (stored apart)")
			default:
				r.Unfolded = append(r.Unfolded, c.URL+" (not stored)")
			}
		}
	}
	for _, n := range storyOf {
		if n > 1 {
			r.Merged += n - 1
		}
	}
	return r
}

// Print writes the report as a small table.
func (r Report) Print(w io.Writer) {
	pct := func(a, b int) string {
		if b == 0 {
			return "-"
		}
		return strconv.FormatFloat(100*float64(a)/float64(b), 'f', 1, 64) + "%"
	}
	fmt.Fprintf(w, "\nground truth vs export\n")
	fmt.Fprintf(w, "  stories stored          %d of %d (%s)\n", r.Found, r.Stories, pct(r.Found, r.Stories))
	fmt.Fprintf(w, "  story URL = original    %d (%s)\n", r.OriginalURL, pct(r.OriginalURL, r.Found))
	fmt.Fprintf(w, "  title exact             %d (%s)\n", r.TitleOK, pct(r.TitleOK, r.Found))
	fmt.Fprintf(w, "  published_at exact      %d (%s)\n", r.DateOK, pct(r.DateOK, r.Found))
	fmt.Fprintf(w, "  authors exact           %d (%s)\n", r.AuthorsOK, pct(r.AuthorsOK, r.Found))
	fmt.Fprintf(w, "  body text exact         %d (%s)\n", r.TextOK, pct(r.TextOK, r.Found))
	fmt.Fprintf(w, "  syndicated copies       %d, folded into their story %d (%s), stored apart %d\n",
		r.Copies, r.CopiesFolded, pct(r.CopiesFolded, r.Copies), r.Split)
	fmt.Fprintf(w, "  stories wrongly merged  %d\n", r.Merged)
	fmt.Fprintf(w, "  export rows             %d\n", r.Exported)
	for _, n := range r.NotOriginal {
		fmt.Fprintf(w, "  not the original: %s\n", n)
	}
	for i, u := range r.Unfolded {
		if i == 10 {
			fmt.Fprintf(w, "  … %d more copies not folded\n", len(r.Unfolded)-i)
			break
		}
		fmt.Fprintf(w, "  copy not folded: %s\n", u)
	}
	nonArt := 0
	for _, n := range r.NonArticles {
		nonArt += n
	}
	fmt.Fprintf(w, "  non-articles stored     %d", nonArt)
	for _, k := range slices.Sorted(maps.Keys(r.NonArticles)) {
		fmt.Fprintf(w, " %s %d", k, r.NonArticles[k])
	}
	fmt.Fprintln(w)
	for _, u := range r.NonArticleURLs {
		fmt.Fprintf(w, "    %s\n", u)
	}
	if len(r.Sites) > 0 {
		fmt.Fprintf(w, "\nper publisher (title, date, authors exact among stored stories)\n")
		fmt.Fprintf(w, "  %-22s %-24s %7s %7s %7s %7s %7s %9s\n", "host", "name", "stored", "orig", "title", "date", "authors", "non-art")
		for _, s := range r.Sites {
			fmt.Fprintf(w, "  %-22s %-24.24s %3d/%-3d %7s %7s %7s %7s %9d\n", s.Host, s.Name, s.Found, s.Stories,
				pct(s.OriginalURL, s.Found), pct(s.TitleOK, s.Found), pct(s.DateOK, s.Found), pct(s.AuthorsOK, s.Found), s.NonArticles)
		}
	}
}

// pageKindOf names the kind of page a URL of the simulated web points at,
// from its path: home, section, tag, author, about, or other.
func pageKindOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "other"
	}
	parts := strings.Split(strings.Trim(u.Path, "/"), "/")
	switch {
	case u.Path == "" || u.Path == "/":
		return "home"
	case len(parts) >= 2 && (parts[0] == "tag" || parts[0] == "topic" || parts[0] == "topics" || parts[0] == "tags"):
		return "tag"
	case len(parts) >= 2 && (parts[0] == "author" || parts[0] == "authors" || parts[0] == "people" || parts[0] == "profile" || parts[0] == "by"):
		return "author"
	case len(parts) >= 2 && (parts[0] == "category" || parts[0] == "section"):
		return "section"
	case len(parts) == 1 && !strings.Contains(parts[0], "-"):
		return "section"
	case strings.Contains(u.Path, "about") || strings.Contains(u.Path, "contact"):
		return "about"
	}
	return "other"
}
