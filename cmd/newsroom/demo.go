package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"newsroom.dev/pkg/testweb"
)

func testwebFlags(fs interface {
	IntVar(*int, string, int, string)
	BoolVar(*bool, string, bool, string)
	Int64Var(*int64, string, int64, string)
	DurationVar(*time.Duration, string, time.Duration, string)
	Float64Var(*float64, string, float64, string)
}, c *testweb.Config) {
	fs.Int64Var(&c.Seed, "web-seed", 1, "content seed of the simulated web")
	fs.IntVar(&c.Publishers, "publishers", 9, "publisher sites (4-6 use held-out templates; 7-9 are German, Russian and French with labelled bylines, day-first dates, 'Name :: Headline' titles and thin listing pages)")
	fs.IntVar(&c.Aggregators, "aggregators", 2, "aggregator sites")
	fs.IntVar(&c.Stories, "stories", 20, "stories per publisher")
	fs.BoolVar(&c.Trap, "trap", true, "add the crawler-trap site")
	fs.BoolVar(&c.CrawlDelaySite, "crawl-delay-site", false, "add a site whose robots.txt sets Crawl-delay (2 s: adds about a minute and a half)")
	fs.IntVar(&c.Port, "port", 0, "shared port of the sites (0: a free one)")
	fs.Float64Var(&c.PlainCopyRate, "plain-copies", 0, "share of aggregator copies that name no source, half of them dressed as originals (0: 0.3, negative: none)")
}

// cmdTestweb serves the simulated news web until interrupted.
func cmdTestweb(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var c testweb.Config
	fs := newFlagSet("testweb", "testweb [options]",
		"Serves newsroom's simulated news web on loopback (127.0.1.x) and prints its seeds, e.g. to try\n"+
			"`newsroom run --allow-private --seed ...` against it. Never crawl real sites in tests.", stdout)
	testwebFlags(fs, &c)
	fs.DurationVar(&c.PublishEvery, "publish-every", 0, "publish a new story at this interval (0: never)")
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	w, err := testweb.Serve(ctx, c, nil)
	if err != nil {
		return err
	}
	defer w.Close()
	for _, s := range w.Seeds() {
		fmt.Fprintln(stdout, s)
	}
	fmt.Fprintf(stderr, "serving %d sites and %d stories; Ctrl-C stops\n", len(w.Truth().Sites), len(w.Truth().Stories))
	<-ctx.Done()
	return nil
}

// cmdDemo crawls the simulated web with the whole pipeline and compares the
// export with the web's ground truth.
func cmdDemo(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var c testweb.Config
	var delay time.Duration
	var keep string
	fs := newFlagSet("demo", "demo [options]",
		"Starts the simulated news web on loopback, runs `newsroom run --until-idle` against it and prints what\n"+
			"was found next to the ground truth.", stdout)
	testwebFlags(fs, &c)
	fs.DurationVar(&delay, "delay", 100*time.Millisecond, "per-host gap (the real default is 1s; the demo web is local)")
	fs.StringVar(&keep, "data", "", "data directory to keep (default: a temporary one, removed afterwards)")
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	w, err := testweb.Serve(ctx, c, nil)
	if err != nil {
		return err
	}
	defer w.Close()
	data := keep
	if data == "" {
		if data, err = os.MkdirTemp("", "newsroom-demo-"); err != nil {
			return err
		}
		defer os.RemoveAll(data)
	}
	runArgs := []string{"--until-idle", "--allow-private", "--delay", delay.String(), "--data", data, "--timeout", "8s", "--header-timeout", "5s",
		"--admin-addr", "", "--progress", "off", "--log-level", "error"}
	for _, s := range w.Seeds() {
		runArgs = append(runArgs, "--seed", s)
	}
	fmt.Fprintf(stderr, "demo: crawling %d simulated sites (%s)...\n", len(w.Seeds()), data)
	if err := cmdRun(ctx, runArgs, stdout, stderr, func(string) string { return "" }); err != nil {
		return err
	}
	path := filepath.Join(data, "export.jsonl")
	if err := cmdExport(ctx, []string{"--data", data, "--out", path}, stdout, io.Discard, func(string) string { return "" }); err != nil {
		return err
	}
	rows, err := readExport(path)
	if err != nil {
		return err
	}
	rep := Compare(w.Truth(), rows)
	rep.Print(stdout)
	return nil
}

// exportRow is the part of an export line the comparison needs.
type exportRow struct {
	ID          string     `json:"id"`
	URL         string     `json:"url"`
	Title       string     `json:"title"`
	Authors     []string   `json:"authors"`
	PublishedAt *time.Time `json:"published_at"`
	Text        string     `json:"text"`
	Duplicates  []string   `json:"duplicates"`
}

func readExport(path string) ([]exportRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []exportRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r exportRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("export line %d: %w", len(rows)+1, err)
		}
		rows = append(rows, r)
	}
	return rows, sc.Err()
}

// Report compares an export with the ground truth.
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
}

// SiteReport is one publisher's part of a Report.
type SiteReport struct {
	Host, Name                                              string
	Stories, Found, OriginalURL, TitleOK, DateOK, AuthorsOK int
	NonArticles                                             int
}

// Compare scores an export against the truth: which stories were stored,
// whether the original's URL is the story URL, and whether syndicated copies
// were folded into their story (not stored on their own, not merged wrongly).
func Compare(t testweb.Truth, rows []exportRow) Report {
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
		if si.Kind == testweb.KindPublisher {
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
		if fmt.Sprint(row.Authors) == fmt.Sprint(s.Authors) {
			r.AuthorsOK++
			sr.AuthorsOK++
		}
		if row.Text == s.Text {
			r.TextOK++
		}
		for _, c := range s.Copies {
			r.Copies++
			if j, ok := byURL[c.URL]; ok && j == i {
				r.CopiesFolded++
			} else if ok {
				r.Split++
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
