//go:build !race

package crawler_test

// raceDetector reports whether the tests run under -race.
const raceDetector = false
