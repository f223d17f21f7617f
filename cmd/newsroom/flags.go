package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"time"
)

// envName is the environment variable that backs a command's flag: NEWSROOM_
// and the flag name in upper snake case (--admin-addr -> NEWSROOM_ADMIN_ADDR).
// A flag whose name means something else in this command than in the others
// (status --timeout is a wait deadline, not the fetch timeout) is scoped by
// the command: NEWSROOM_STATUS_TIMEOUT. So one variable has one meaning.
func envName(cmd, flagName string) string {
	name := strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
	if commandScoped(cmd, flagName) {
		return "NEWSROOM_" + strings.ToUpper(cmd) + "_" + name
	}
	return "NEWSROOM_" + name
}

// commandScoped lists the flags whose meaning belongs to one command; their
// environment variables carry the command's name. TestEnvOneMeaning fails
// when a flag name is used with two meanings and is not listed here.
func commandScoped(cmd, flagName string) bool {
	switch cmd {
	case "status":
		// --timeout: the --wait-idle deadline; --grace: the idle window.
		return flagName == "timeout" || flagName == "grace"
	case "demo":
		// --delay: the demo's own (short) gap; --data: a directory to keep.
		return flagName == "delay" || flagName == "data"
	case "reset":
		return flagName == "yes"
	case "ingest":
		// --warc: files to read (run and crawler: a directory to write);
		// --max-body: pages over it are skipped (the crawler cuts responses).
		return flagName == "warc" || flagName == "max-body"
	}
	return false
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string { return strings.Join(*s, ",") }

// Set appends; from the environment a comma- or space-separated list is accepted.
func (s *stringList) Set(v string) error {
	*s = append(*s, v)
	return nil
}

// helpHint is the line after a command-line error that says where the options are listed.
func helpHint(cmd string) string {
	return fmt.Sprintf("run 'newsroom %s --help' for its options", cmd)
}

// usageError is a mistake on the command line: the message, then one line
// pointing to --help.
type usageError struct {
	cmd string
	msg string
}

func (e *usageError) Error() string { return e.msg + "\n" + helpHint(e.cmd) }

var (
	undefinedFlagRE = regexp.MustCompile(`^flag provided but not defined: -+(.+)$`)
	badValueRE      = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?-+([^:]+): (.*)$`)
	needsArgRE      = regexp.MustCompile(`^flag needs an argument: -+(.+)$`)
)

// expectedForm describes what a flag's value should look like, from its type.
func expectedForm(f *flag.Flag) string {
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return ""
	}
	switch g.Get().(type) {
	case time.Duration:
		return "a duration such as 500ms, 2s, 1m30s or 6h"
	case bool:
		return "true or false"
	case int, int64:
		return "a whole number such as 10"
	case uint, uint64:
		return "a whole number of 0 or more"
	case float64:
		return "a number such as 0.5"
	}
	return ""
}

// explainParseError turns the flag package's error into one that names the
// flag as it is written (--delay) and the form its value takes.
func explainParseError(fs *flag.FlagSet, err error) error {
	msg := err.Error()
	if m := undefinedFlagRE.FindStringSubmatch(msg); m != nil {
		return &usageError{fs.Name(), "unknown flag --" + m[1]}
	}
	if m := needsArgRE.FindStringSubmatch(msg); m != nil {
		want := ""
		if f := fs.Lookup(m[1]); f != nil {
			if form := expectedForm(f); form != "" {
				want = ": want " + form
			}
		}
		return &usageError{fs.Name(), "--" + m[1] + " needs a value" + want}
	}
	if m := badValueRE.FindStringSubmatch(msg); m != nil {
		value, name, why := m[1], m[2], m[3]
		f := fs.Lookup(name)
		if f != nil {
			if form := expectedForm(f); form != "" {
				return &usageError{fs.Name(), fmt.Sprintf("invalid value %q for --%s: want %s", value, name, form)}
			}
		}
		return &usageError{fs.Name(), fmt.Sprintf("invalid value %q for --%s: %s", value, name, why)}
	}
	return &usageError{fs.Name(), msg}
}

// parseFlags parses args, then applies environment variables to the flags not
// given on the command line (flags win), then checks the values' ranges. For
// -h/--help it prints the help to the flag set's help writer and returns
// flag.ErrHelp.
func parseFlags(fs *flag.FlagSet, args []string, getenv func(string) string) error {
	help := fs.Usage
	fs.Usage = func() {}
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.Usage = help
	if errors.Is(err, flag.ErrHelp) {
		help()
		return flag.ErrHelp
	}
	if err != nil {
		return explainParseError(fs, err)
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	fs.VisitAll(func(f *flag.Flag) {
		if set[f.Name] || err != nil {
			return
		}
		name := envName(fs.Name(), f.Name)
		v := getenv(name)
		if v == "" {
			return
		}
		set[f.Name] = true
		if _, ok := f.Value.(*stringList); ok {
			for _, part := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' }) {
				if e := f.Value.Set(part); e != nil {
					err = fmt.Errorf("%s: %w", name, e)
				}
			}
			return
		}
		if e := f.Value.Set(v); e != nil {
			if form := expectedForm(f); form != "" {
				err = fmt.Errorf("invalid %s=%q: want %s", name, v, form)
			} else {
				err = fmt.Errorf("invalid %s=%q: %w", name, v, e)
			}
		}
	})
	if err != nil {
		return err
	}
	return checkRanges(fs, set)
}

// positiveFlag reports whether a flag must be above zero when given: zero or
// less makes no sense for it (a zero --per-host would never fetch; a zero
// --timeout would fail every fetch). Command-scoped flags keep their own rules.
func positiveFlag(cmd, name string) bool {
	if commandScoped(cmd, name) {
		return false
	}
	switch name {
	case "per-host", "fetchers", "extractors", "batch", "max-depth", "max-body", "max-links",
		"connect-timeout", "header-timeout", "timeout", "max-retries",
		"robots-ttl", "robots-retry", "revisit", "revisit-min", "revisit-max", "dedupe-window", "dedupe-batch",
		"dedupe-batches", "stream-replicas", "max-bytes", "publishers", "stories":
		return true
	}
	// The site-template limits: a zero would silently mean the default.
	return strings.HasPrefix(name, "template-") || name == "kind-sites"
}

// signedFlag reports whether a flag may be negative: a content seed, and a
// share where a negative value means "none".
func signedFlag(name string) bool { return name == "web-seed" || name == "plain-copies" }

// checkRanges rejects values that make no sense, for the flags given on the
// command line or in the environment: negative numbers and durations
// (except signedFlags), and zero for positiveFlags.
func checkRanges(fs *flag.FlagSet, set map[string]bool) error {
	var errs []error
	fs.VisitAll(func(f *flag.Flag) {
		if !set[f.Name] || signedFlag(f.Name) {
			return
		}
		g, ok := f.Value.(flag.Getter)
		if !ok {
			return
		}
		var sign int // -1, 0 or 1
		switch v := g.Get().(type) {
		case int:
			sign = cmpZero(float64(v))
		case int64:
			sign = cmpZero(float64(v))
		case float64:
			sign = cmpZero(v)
		case time.Duration:
			sign = cmpZero(float64(v))
		default:
			return
		}
		positive := positiveFlag(fs.Name(), f.Name)
		switch {
		case sign <= 0 && positive:
			errs = append(errs, fmt.Errorf("--%s %s: must be above zero", f.Name, f.Value))
		case sign < 0:
			errs = append(errs, fmt.Errorf("--%s %s: must not be negative", f.Name, f.Value))
		}
	})
	if len(errs) > 0 {
		return &usageError{fs.Name(), errors.Join(errs...).Error()}
	}
	return nil
}

func cmpZero(v float64) int {
	switch {
	case v < 0:
		return -1
	case v > 0:
		return 1
	}
	return 0
}

// flagGroup is the help section a flag is listed under.
func flagGroup(name string) string {
	switch name {
	case "delay", "per-host", "user-agent", "robots-agent", "robots-ttl", "robots-retry",
		"allow-private", "allow-cidr", "max-host-wait":
		return "Politeness and safety"
	case "max-depth", "max-offsite", "max-body", "max-links", "timeout", "header-timeout", "connect-timeout",
		"max-redirects", "max-retries", "max-run", "max-pages", "max-bytes", "retry-budget", "lease-ttl":
		return "Limits"
	case "nats", "nats-creds", "nats-token", "nats-ca", "nats-cert", "nats-key", "nats-listen", "stream-replicas",
		"redis", "redis-prefix", "redis-ca", "redis-cert", "redis-key", "store", "pg-schema", "data",
		"connect-wait", "bus-prefix":
		return "Connections"
	case "admin-addr", "admin-token", "log-level", "log-format", "progress":
		return "Admin and output"
	case "extractors", "batch", "dedupe-window", "dedupe-batch", "dedupe-batches", "dedupe-batch-wait", "no-site-templates",
		"template-min-pages", "template-window", "template-max-sites", "template-max-blocks", "template-page-blocks",
		"template-meta-pages", "template-max-shapes", "template-refresh", "kind-sites":
		return "Extraction and storage"
	}
	return "Crawl"
}

// newFlagSet makes a flag set for a command. Its help (--help, or
// `newsroom help CMD`) goes to out: the synopsis, what the command does, then
// the flags grouped by topic, each with its default and environment variable.
func newFlagSet(name, synopsis, about string, out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() { printHelp(out, fs, synopsis, about) }
	return fs
}

func printHelp(out io.Writer, fs *flag.FlagSet, synopsis, about string) {
	fmt.Fprintf(out, "Usage: newsroom %s\n\n%s\n", synopsis, about)
	groups := map[string][]*flag.Flag{}
	fs.VisitAll(func(f *flag.Flag) {
		g := flagGroup(f.Name)
		groups[g] = append(groups[g], f)
	})
	fmt.Fprint(out, "\nEach option can also be set from the environment variable shown; flags win.\n")
	for _, g := range []string{"Crawl", "Politeness and safety", "Limits", "Extraction and storage", "Connections", "Admin and output"} {
		if len(groups[g]) == 0 {
			continue
		}
		fmt.Fprintf(out, "\n%s:\n", g)
		for _, f := range groups[g] {
			typ, usage := flag.UnquoteUsage(f)
			if typ != "" {
				typ = " " + typ
			}
			def := ""
			if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "[]" && f.DefValue != "0" && f.DefValue != "0s" {
				def = " (default " + f.DefValue + ")"
			}
			fmt.Fprintf(out, "  --%s%s\n      %s%s  [%s]\n", f.Name, typ, usage, def, envName(fs.Name(), f.Name))
		}
	}
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
