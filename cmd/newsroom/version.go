package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

// cmdVersion prints the module version and the VCS revision the binary was
// built from, as recorded in its build info.
func cmdVersion(w io.Writer) error {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		fmt.Fprintf(w, "newsroom (no build info) %s\n", runtime.Version())
		return nil
	}
	fmt.Fprintln(w, versionLine(bi))
	return nil
}

// versionLine formats build info: "newsroom v1.2.3 rev 0123abcd (2026-12-05T00:00:00Z, modified) go1.26".
func versionLine(bi *debug.BuildInfo) string {
	version := bi.Main.Version
	if version == "" {
		version = "(devel)"
	}
	var rev, at string
	modified := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	line := "newsroom " + version
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		line += " rev " + rev
		switch {
		case at != "" && modified:
			line += " (" + at + ", modified)"
		case at != "":
			line += " (" + at + ")"
		case modified:
			line += " (modified)"
		}
	} else {
		line += " (no VCS revision recorded)"
	}
	return line + " " + bi.GoVersion
}
