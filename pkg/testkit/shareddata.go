package testkit

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// SharedDataEnv names the directory holding the shared data sets (the
// "shared/data" directory); it overrides the search.
const SharedDataEnv = "NEWSROOM_SHARED_DATA"

// SharedData returns the path of the shared data set sub (e.g. "samples"):
// under $NEWSROOM_SHARED_DATA when set, else in a shared/data directory
// found in the working directory or any parent (the repository's sibling
// when the checkout sits beside shared/, as on the project's machines and
// in CI).
func SharedData(sub string) (string, error) {
	if d := os.Getenv(SharedDataEnv); d != "" {
		p := filepath.Join(d, sub)
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("%s=%s: %w", SharedDataEnv, d, err)
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
	return "", errors.New("shared data " + sub + " not found: set " + SharedDataEnv +
		" to the shared/data directory, or work in a checkout that has shared/ beside it or above it")
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
