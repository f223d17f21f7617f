package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
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
	fs.IntVar(&c.Publishers, "publishers", 3, "publisher sites")
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
}

// Compare scores an export against the truth: which stories were stored,
// whether the original's URL is the story URL, and whether syndicated copies
// were folded into their story (not stored on their own, not merged wrongly).
func Compare(t testweb.Truth, rows []exportRow) Report {
	r := Report{Stories: len(t.Stories), Exported: len(rows)}
	byURL := map[string]int{}
	for i, row := range rows {
		byURL[row.URL] = i
		for _, d := range row.Duplicates {
			byURL[d] = i
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
		if row.URL == s.URL {
			r.OriginalURL++
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
		}
		if row.PublishedAt != nil && row.PublishedAt.Equal(s.Published) {
			r.DateOK++
		}
		if fmt.Sprint(row.Authors) == fmt.Sprint(s.Authors) {
			r.AuthorsOK++
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
}
