package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
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
	rep := w.Truth().Compare(rows)
	rep.Print(stdout)
	return nil
}

func readExport(path string) ([]testweb.Exported, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []testweb.Exported
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		var r testweb.Exported
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("export line %d: %w", len(rows)+1, err)
		}
		rows = append(rows, r)
	}
	return rows, sc.Err()
}
