// Package shareddata finds the project's shared data sets (the public
// extraction benchmark, the aggregator sample) for tests and benchmarks,
// wherever the repository was cloned.
package shareddata

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// EnvVar names the directory holding the data sets (the "shared/data"
// directory); it overrides the search.
const EnvVar = "NEWSROOM_SHARED_DATA"

// MachineDir is where the data sets live on the project's machines, beside
// the repository at /work/main.
const MachineDir = "/work/shared/data"

// Find returns the path of the data set sub (e.g. "samples"): under
// $NEWSROOM_SHARED_DATA when set, else in a shared/data directory found in
// the working directory or any parent (the repository's sibling when the
// checkout sits beside shared/), else under MachineDir.
func Find(sub string) (string, error) {
	if d := os.Getenv(EnvVar); d != "" {
		p := filepath.Join(d, sub)
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("%s=%s: %w", EnvVar, d, err)
		}
		return p, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if p := filepath.Join(d, "shared", "data", sub); exists(p) {
			return p, nil
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	if p := filepath.Join(MachineDir, sub); exists(p) {
		return p, nil
	}
	return "", errors.New("shared data " + sub + " not found: set " + EnvVar + " to the shared/data directory (on the project machines " + MachineDir + ")")
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
