//go:build race

package crawler_test

// raceDetector reports whether the tests run under -race, where code runs
// several times slower and the time from a request's send to its arrival at
// the test web varies by tens of milliseconds.
const raceDetector = true
