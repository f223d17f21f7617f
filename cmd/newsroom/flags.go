package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// envName is the environment variable that backs a flag: NEWSROOM_ and the
// flag name in upper snake case (--admin-addr -> NEWSROOM_ADMIN_ADDR).
func envName(flagName string) string {
	return "NEWSROOM_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string { return strings.Join(*s, ",") }

// Set appends; from the environment a comma- or space-separated list is accepted.
func (s *stringList) Set(v string) error {
	*s = append(*s, v)
	return nil
}

// parseFlags applies environment variables to flags not given on the command
// line (flags win), then parses args. It returns flag.ErrHelp after printing
// help for -h/--help.
func parseFlags(fs *flag.FlagSet, args []string, getenv func(string) string) error {
	if err := fs.Parse(args); err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		if set[f.Name] || err != nil {
			return
		}
		v := getenv(envName(f.Name))
		if v == "" {
			return
		}
		if _, ok := f.Value.(*stringList); ok {
			for _, part := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' }) {
				if e := f.Value.Set(part); e != nil {
					err = fmt.Errorf("%s: %w", envName(f.Name), e)
				}
			}
			return
		}
		if e := f.Value.Set(v); e != nil {
			err = fmt.Errorf("invalid %s=%q: %w", envName(f.Name), v, e)
		}
	})
	return err
}

// newFlagSet makes a flag set whose usage names the command and lists each
// flag with its environment variable.
func newFlagSet(name, synopsis, about string, out io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(out)
	fs.Usage = func() {
		fmt.Fprintf(out, "Usage: newsroom %s\n\n%s\n\nOptions (each also from the environment variable shown; flags win):\n", synopsis, about)
		fs.VisitAll(func(f *flag.Flag) {
			def := ""
			if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "[]" && f.DefValue != "0" && f.DefValue != "0s" {
				def = " (default " + f.DefValue + ")"
			}
			fmt.Fprintf(out, "  --%s\n      %s%s  [%s]\n", f.Name, f.Usage, def, envName(f.Name))
		})
	}
	return fs
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
