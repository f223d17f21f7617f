package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"regexp"
	"runtime/debug"
	"sort"
	"strings"
	"testing"
	"time"

	"newsroom.dev/services/crawler"
	"newsroom.dev/services/extractor"
)

// helpFlag is one option as `newsroom CMD --help` lists it.
type helpFlag struct {
	cmd, name, typ, usage, def, env, group string
}

var (
	helpLineRE  = regexp.MustCompile(`^  --([a-z0-9-]+)(?: ([a-z0-9]+))?$`)
	helpUsageRE = regexp.MustCompile(`^      (.*?)(?: \(default (.*)\))?  \[(NEWSROOM_[A-Z0-9_]+)\]$`)
	helpGroupRE = regexp.MustCompile(`^([A-Z][A-Za-z ]+):$`)
)

// walkHelp runs `newsroom CMD --help` and parses every option it lists.
func walkHelp(t *testing.T, cmd string) []helpFlag {
	t.Helper()
	var out, errb bytes.Buffer
	if err := dispatch(context.Background(), []string{cmd, "--help"}, &out, &errb, func(string) string { return "" }); !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("newsroom %s --help: err = %v", cmd, err)
	}
	var flags []helpFlag
	var cur *helpFlag
	group := ""
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		line := sc.Text()
		if m := helpGroupRE.FindStringSubmatch(line); m != nil {
			group = m[1]
			continue
		}
		if m := helpLineRE.FindStringSubmatch(line); m != nil {
			cur = &helpFlag{cmd: cmd, name: m[1], typ: m[2], group: group}
			continue
		}
		if m := helpUsageRE.FindStringSubmatch(line); m != nil && cur != nil {
			cur.usage, cur.def, cur.env = m[1], m[2], m[3]
			flags = append(flags, *cur)
			cur = nil
		}
	}
	if len(flags) == 0 {
		t.Fatalf("newsroom %s --help: no options parsed from\n%s", cmd, out.String())
	}
	return flags
}

// meaning is what a flag stands for: its type and its usage up to the first
// ';' (what follows is a per-command remark, such as what an empty value does
// there).
func meaning(f helpFlag) string {
	u, _, _ := strings.Cut(f.usage, ";")
	return f.typ + ": " + strings.TrimSpace(u)
}

// envClashes returns one line per environment variable that backs flags of
// different meanings.
func envClashes(flags []helpFlag) []string {
	byEnv := map[string]map[string][]string{} // env -> meaning -> commands
	for _, f := range flags {
		if byEnv[f.env] == nil {
			byEnv[f.env] = map[string][]string{}
		}
		byEnv[f.env][meaning(f)] = append(byEnv[f.env][meaning(f)], f.cmd)
	}
	var out []string
	for env, ms := range byEnv {
		if len(ms) < 2 {
			continue
		}
		var parts []string
		for m, cmds := range ms {
			parts = append(parts, fmt.Sprintf("%v: %q", cmds, m))
		}
		sort.Strings(parts)
		out = append(out, env+" means "+strings.Join(parts, " and "))
	}
	sort.Strings(out)
	return out
}

// TestEnvOneMeaning walks every command's flags and fails when one
// environment variable would set flags of different meanings (as
// NEWSROOM_TIMEOUT once set both the fetch timeout and status's deadline).
func TestEnvOneMeaning(t *testing.T) {
	var all []helpFlag
	for _, cmd := range commandNames() {
		flags := walkHelp(t, cmd)
		for _, f := range flags {
			if f.env != envName(cmd, f.name) {
				t.Errorf("%s --%s: help shows %s, parseFlags reads %s", cmd, f.name, f.env, envName(cmd, f.name))
			}
		}
		all = append(all, flags...)
	}
	for _, c := range envClashes(all) {
		t.Errorf("%s\n(make the names distinct or scope the flag in commandScoped)", c)
	}
	// The walk sees the flags whose meanings differ by command, scoped.
	for _, want := range []string{"NEWSROOM_STATUS_TIMEOUT", "NEWSROOM_STATUS_GRACE", "NEWSROOM_DEMO_DELAY", "NEWSROOM_DEMO_DATA", "NEWSROOM_TIMEOUT", "NEWSROOM_GRACE"} {
		found := false
		for _, f := range all {
			found = found || f.env == want
		}
		if !found {
			t.Errorf("no command's help lists %s", want)
		}
	}
	// And the check itself finds a clash when there is one.
	fake := []helpFlag{
		{cmd: "run", name: "timeout", typ: "duration", usage: "timeout of a whole request", env: "NEWSROOM_TIMEOUT"},
		{cmd: "status", name: "timeout", typ: "duration", usage: "with --wait-idle: give up after this long", env: "NEWSROOM_TIMEOUT"},
		{cmd: "sink", name: "nats", typ: "string", usage: "NATS server URL(s), comma-separated", env: "NEWSROOM_NATS"},
		{cmd: "run", name: "nats", typ: "string", usage: "NATS server URL(s), comma-separated; empty runs an embedded server", env: "NEWSROOM_NATS"},
	}
	if got := envClashes(fake); len(got) != 1 || !strings.HasPrefix(got[0], "NEWSROOM_TIMEOUT") {
		t.Errorf("envClashes(fake) = %q, want one clash on NEWSROOM_TIMEOUT", got)
	}
}

// TestStatusTimeoutNotFetchTimeout: NEWSROOM_TIMEOUT (the fetch timeout) no
// longer reaches status, while NEWSROOM_STATUS_TIMEOUT does.
func TestStatusTimeoutNotFetchTimeout(t *testing.T) {
	env := map[string]string{"NEWSROOM_TIMEOUT": "abc", "NEWSROOM_GRACE": "abc", "NEWSROOM_STATUS_TIMEOUT": "-1s"}
	var out, errb bytes.Buffer
	err := dispatch(context.Background(), []string{"status", "--nats", "nats://127.0.0.1:1"}, &out, &errb, func(k string) string { return env[k] })
	if err == nil || !strings.Contains(err.Error(), "--timeout -1s: must not be negative") {
		t.Fatalf("err = %v, want status to read NEWSROOM_STATUS_TIMEOUT (and only it)", err)
	}
}

func TestHelpGroupedOnStdout(t *testing.T) {
	flags := walkHelp(t, "run")
	groups := map[string]string{}
	for _, f := range flags {
		groups[f.name] = f.group
	}
	for name, want := range map[string]string{"seed": "Crawl", "delay": "Politeness and safety", "max-depth": "Limits",
		"nats": "Connections", "redis": "Connections", "admin-addr": "Admin and output", "extractors": "Extraction and storage"} {
		if groups[name] != want {
			t.Errorf("--%s is under %q, want %q", name, groups[name], want)
		}
	}
	// `newsroom help run` prints the same as `newsroom run --help`.
	var a, b, errb bytes.Buffer
	dispatch(context.Background(), []string{"run", "--help"}, &a, &errb, func(string) string { return "" })
	if err := dispatch(context.Background(), []string{"help", "run"}, &b, &errb, func(string) string { return "" }); !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("help run: %v", err)
	}
	if a.String() != b.String() || errb.Len() > 0 {
		t.Errorf("help run differs from run --help or wrote to stderr (%q)", errb.String())
	}
	var top bytes.Buffer
	if err := dispatch(context.Background(), []string{"help"}, &top, &errb, func(string) string { return "" }); err != nil {
		t.Fatal(err)
	}
	for _, cmd := range commandNames() {
		if !strings.Contains(top.String(), "\n  "+cmd+" ") {
			t.Errorf("newsroom help does not list %s", cmd)
		}
	}
	if err := dispatch(context.Background(), []string{"help", "nosuch"}, &top, &errb, func(string) string { return "" }); err == nil {
		t.Error("help nosuch: no error")
	}
}

func TestBadFlagValues(t *testing.T) {
	noenv := func(string) string { return "" }
	tests := []struct {
		name string
		args []string
		env  map[string]string
		want []string
	}{
		{"duration", []string{"run", "--delay", "abc"}, nil, []string{`invalid value "abc" for --delay`, "duration such as", "newsroom run --help"}},
		{"int", []string{"run", "--max-depth", "ten"}, nil, []string{`"ten" for --max-depth`, "whole number"}},
		{"negative depth", []string{"run", "--max-depth=-1", "--seed", "http://a.example/"}, nil, []string{"--max-depth -1: must be above zero"}},
		{"zero per-host", []string{"run", "--per-host", "0", "--seed", "http://a.example/"}, nil, []string{"--per-host 0: must be above zero"}},
		{"negative delay", []string{"run", "--delay=-1s", "--seed", "http://a.example/"}, nil, []string{"--delay -1s: must not be negative"}},
		{"zero timeout", []string{"crawler", "--timeout", "0s"}, nil, []string{"--timeout 0s: must be above zero"}},
		{"missing value", []string{"run", "--delay"}, nil, []string{"--delay needs a value: want a duration"}},
		{"bad bool", []string{"run", "--until-idle=maybe"}, nil, []string{`"maybe" for --until-idle: want true or false`}},
		{"env", []string{"run", "--seed", "http://a.example/"}, map[string]string{"NEWSROOM_DELAY": "soon"}, []string{`NEWSROOM_DELAY="soon": want a duration`}},
		{"env negative", []string{"run", "--seed", "http://a.example/"}, map[string]string{"NEWSROOM_MAX_RETRIES": "-2"}, []string{"--max-retries -2: must be above zero"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			getenv := noenv
			if tc.env != nil {
				getenv = func(k string) string { return tc.env[k] }
			}
			var out, errb bytes.Buffer
			err := dispatch(context.Background(), tc.args, &out, &errb, getenv)
			if err == nil {
				t.Fatalf("%v: no error", tc.args)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("%v: err = %q, want it to contain %q", tc.args, err, w)
				}
			}
		})
	}
}

// TestUnknownFlag: the error and one line pointing to --help, not the whole usage.
func TestUnknownFlag(t *testing.T) {
	var out, errb bytes.Buffer
	err := dispatch(context.Background(), []string{"run", "--bogus", "1"}, &out, &errb, func(string) string { return "" })
	var ue *usageError
	if !errors.As(err, &ue) {
		t.Fatalf("err = %v (%T), want a usage error", err, err)
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 2 || lines[0] != "unknown flag --bogus" || !strings.Contains(lines[1], "newsroom run --help") {
		t.Errorf("err = %q, want the error and one line pointing to --help", err)
	}
	if out.Len()+errb.Len() > 0 {
		t.Errorf("printed besides the error: %q %q", out.String(), errb.String())
	}
}

func TestVersion(t *testing.T) {
	var out bytes.Buffer
	if err := dispatch(context.Background(), []string{"version"}, &out, &out, func(string) string { return "" }); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), "newsroom ") || !strings.Contains(out.String(), "go1.") {
		t.Errorf("version printed %q", out.String())
	}
	tests := []struct {
		name string
		bi   debug.BuildInfo
		want string
	}{
		{"release", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v1.4.0"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "0123456789abcdef0123"}, {Key: "vcs.time", Value: "2026-12-01T10:00:00Z"}, {Key: "vcs.modified", Value: "false"}}},
			"newsroom v1.4.0 rev 0123456789ab (2026-12-01T10:00:00Z) go1.26.8"},
		{"dirty", debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"},
			Settings: []debug.BuildSetting{{Key: "vcs.revision", Value: "abc"}, {Key: "vcs.modified", Value: "true"}}},
			"newsroom (devel) rev abc (modified) go1.26.8"},
		{"no vcs", debug.BuildInfo{GoVersion: "go1.26.8"}, "newsroom (devel) (no VCS revision recorded) go1.26.8"},
	}
	for _, tc := range tests {
		if got := versionLine(&tc.bi); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAdminAddrDefaultsDistinct: every service that runs alongside the others
// on one host has its own default admin port, and a taken port fails with an
// error that names the flag to set.
func TestAdminAddrDefaultsDistinct(t *testing.T) {
	seen := map[string]string{}
	for _, cmd := range []string{"run", "crawler", "extractor", "sink", "admin"} {
		def := ""
		for _, f := range walkHelp(t, cmd) {
			if f.name == "admin-addr" {
				def = f.def
			}
		}
		if def == "" {
			t.Errorf("%s: no --admin-addr default", cmd)
			continue
		}
		if other, ok := seen[def]; ok {
			t.Errorf("%s and %s both default to --admin-addr %s", cmd, other, def)
		}
		seen[def] = cmd
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var out, errb bytes.Buffer
	err = dispatch(context.Background(), []string{"admin", "--nats", startNATS(t), "--admin-addr", ln.Addr().String()}, &out, &errb, func(string) string { return "" })
	if err == nil || !strings.Contains(err.Error(), "set --admin-addr") || !strings.Contains(err.Error(), ln.Addr().String()) {
		t.Fatalf("err = %v, want it to name the taken address and --admin-addr", err)
	}
}

// TestTemplateFlags: the site-template limits reach the extractor's config,
// from flags and from the environment.
func TestTemplateFlags(t *testing.T) {
	var c extractor.Config
	fs := flag.NewFlagSet("extractor", flag.ContinueOnError)
	addExtractorFlags(fs, &c)
	env := map[string]string{"NEWSROOM_TEMPLATE_WINDOW": "48h"}
	if err := parseFlags(fs, []string{"--template-max-shapes", "7", "--template-min-pages", "3"}, func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	if c.Templates.MaxShapes != 7 || c.Templates.MinPages != 3 || c.Templates.Window != 48*time.Hour || c.Templates.MaxSites != 10000 {
		t.Errorf("templates config %+v", c.Templates)
	}
}

// TestRobotsFlags: the robots.txt lifetimes reach the crawler's config
// from a flag and from the environment, and a zero retry is refused (the
// host would be asked again at once, in a loop).
func TestRobotsFlags(t *testing.T) {
	var c crawler.Config
	fs := flag.NewFlagSet("crawler", flag.ContinueOnError)
	addCrawlerFlags(fs, &c)
	env := map[string]string{"NEWSROOM_ROBOTS_TTL": "2h"}
	if err := parseFlags(fs, []string{"--robots-retry", "90s"}, func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	if c.RobotsRetry != 90*time.Second || c.RobotsTTL != 2*time.Hour {
		t.Errorf("RobotsRetry %v, RobotsTTL %v; want 1m30s, 2h", c.RobotsRetry, c.RobotsTTL)
	}
	var out, errb bytes.Buffer
	err := dispatch(context.Background(), []string{"crawler", "--robots-retry", "0s"}, &out, &errb, func(string) string { return "" })
	if err == nil || !strings.Contains(err.Error(), "--robots-retry 0s: must be above zero") {
		t.Errorf("--robots-retry 0s: err = %v, want it refused", err)
	}
}
