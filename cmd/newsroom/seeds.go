package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"newsroom.dev/pkg/urlnorm"
	"newsroom.dev/services/crawler"
)

// seedsFile is the YAML seeds file:
//
//	sites:
//	  - seeds: [https://news.example/, https://news.example/rss.xml]
//	    extra_domains: [cdn.news.example]
//	    max_offsite: 1        # aggregator: follow one hop to linked articles
//	    delay: 2s             # per-site gap override
//	    revisit_min: 2m
//	    revisit_max: 1h
//	    user_agent: "..."
type seedsFile struct {
	Sites []struct {
		Seeds        []string `yaml:"seeds"`
		ExtraDomains []string `yaml:"extra_domains"`
		MaxOffsite   *int     `yaml:"max_offsite"`
		Delay        string   `yaml:"delay"`
		RevisitMin   string   `yaml:"revisit_min"`
		RevisitMax   string   `yaml:"revisit_max"`
		UserAgent    string   `yaml:"user_agent"`
	} `yaml:"sites"`
}

// loadSites merges --seed URLs and a seeds file into sites.
func loadSites(seeds []string, file string) ([]crawler.Site, error) {
	sites, err := crawler.SitesFromSeeds(seeds)
	if err != nil {
		return nil, err
	}
	if file == "" {
		return sites, nil
	}
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("read seeds file: %w", err)
	}
	more, err := parseSeedsFile(b)
	if err != nil {
		return nil, fmt.Errorf("seeds file %s: %w", file, err)
	}
	return append(sites, more...), nil
}

func parseSeedsFile(b []byte) ([]crawler.Site, error) {
	trimmed := bytes.TrimSpace(b)
	if !bytes.Contains(trimmed, []byte("sites:")) {
		// One URL per line; # starts a comment.
		var urls []string
		for _, line := range strings.Split(string(b), "\n") {
			if i := strings.Index(line, "#"); i >= 0 {
				line = line[:i]
			}
			if line = strings.TrimSpace(line); line != "" {
				urls = append(urls, line)
			}
		}
		return crawler.SitesFromSeeds(urls)
	}
	var f seedsFile
	if err := yaml.Unmarshal(b, &f); err != nil {
		return nil, err
	}
	var out []crawler.Site
	for i, s := range f.Sites {
		if len(s.Seeds) == 0 {
			return nil, fmt.Errorf("site %d has no seeds", i+1)
		}
		base, err := crawler.SitesFromSeeds(s.Seeds)
		if err != nil {
			return nil, fmt.Errorf("site %d: %w", i+1, err)
		}
		dur := func(name, v string) (time.Duration, error) {
			if v == "" {
				return 0, nil
			}
			d, err := time.ParseDuration(v)
			if err != nil {
				return 0, fmt.Errorf("site %d: %s %q: %w", i+1, name, v, err)
			}
			return d, nil
		}
		delay, err := dur("delay", s.Delay)
		if err != nil {
			return nil, err
		}
		rmin, err := dur("revisit_min", s.RevisitMin)
		if err != nil {
			return nil, err
		}
		rmax, err := dur("revisit_max", s.RevisitMax)
		if err != nil {
			return nil, err
		}
		var extra []string
		for _, d := range s.ExtraDomains {
			h := urlnorm.Host("http://" + strings.TrimSpace(d) + "/")
			if h == "" {
				return nil, fmt.Errorf("site %d: invalid extra domain %q", i+1, d)
			}
			extra = append(extra, h)
		}
		for _, site := range base {
			site.ExtraDomains, site.MaxOffsite, site.Delay = extra, s.MaxOffsite, delay
			site.RevisitMin, site.RevisitMax, site.UserAgent = rmin, rmax, s.UserAgent
			out = append(out, site)
		}
	}
	return out, nil
}

func cmdSeed(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	var o connOpts
	var file string
	fs := newFlagSet("seed", "seed [--nats URL] [--redis URL] [--seeds FILE] URL...",
		"Registers sites and puts their seed URLs on the frontier of a running cluster.", stdout)
	o.addNATS(fs, false)
	o.addRedis(fs, false)
	o.addLog(fs)
	fs.StringVar(&file, "seeds", "", "seeds file: YAML with per-site settings, or one URL per line")
	if err := parseFlags(fs, args, getenv); err != nil {
		return err
	}
	sites, err := loadSites(fs.Args(), file)
	if err != nil {
		return err
	}
	if len(sites) == 0 {
		return errors.New("no seeds given")
	}
	log, err := o.logger(stderr, false)
	if err != nil {
		return err
	}
	e := &env{log: log}
	defer e.close()
	if err := e.connectNATS(ctx, &o, "newsroom-seed", false); err != nil {
		return err
	}
	if err := e.openState(ctx, &o, false); err != nil {
		return err
	}
	n, err := crawler.Seed(ctx, e.js, e.state, sites)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "queued %d seeds of %d sites\n", n, len(sites))
	return nil
}
