package faults

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"newsroom.dev/pkg/testweb"
)

// suite is what every test shares: the binaries, the news web, the
// reference crawl and the report. TestMain fills it once.
type suite struct {
	newsroom   string // path of the newsroom binary
	natsServer string // path of the nats-server binary
	redis      string // path of redis-server
	pgBase     string // PostgreSQL URL without schema
	seed       uint64 // random seed of fault schedules
	web        *testweb.Web
	webCfg     testweb.Config

	refOnce sync.Once
	ref     []row
	refErr  error
	refTime time.Duration

	repMu  sync.Mutex
	report []string
}

var s *suite

// webConfig is the news web every crawl test uses: big enough that faults
// land mid-crawl, small enough for CI.
func webConfig() testweb.Config {
	return testweb.Config{Seed: 42, Publishers: 3, Aggregators: 2, Stories: 25}
}

func TestMain(m *testing.M) {
	os.Exit(runMain(m))
}

func runMain(m *testing.M) int {
	dir, err := os.MkdirTemp("", "newsroom-faults-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	st := &suite{
		newsroom:   filepath.Join(dir, "newsroom"),
		natsServer: filepath.Join(dir, "nats-server"),
		redis:      "/usr/bin/redis-server",
		pgBase:     "postgres://postgres@127.0.0.1:5432/test?sslmode=disable",
		seed:       20261127,
		webCfg:     webConfig(),
	}
	if v := os.Getenv("NEWSROOM_TEST_POSTGRES"); v != "" {
		st.pgBase = v
	}
	if v := os.Getenv("NEWSROOM_FAULT_SEED"); v != "" {
		if n, err := strconv.ParseUint(v, 10, 64); err == nil {
			st.seed = n
		}
	}
	if p, err := exec.LookPath("redis-server"); err == nil {
		st.redis = p
	}
	start := time.Now()
	builds := []struct{ out, pkg string }{
		{st.newsroom, "newsroom.dev/cmd/newsroom"},
		{st.natsServer, "github.com/nats-io/nats-server/v2"},
	}
	// NEWSROOM_FAULT_BIN runs a prebuilt newsroom binary instead (to test a
	// release, or a snapshot while the tree is being edited).
	if v := os.Getenv("NEWSROOM_FAULT_BIN"); v != "" {
		st.newsroom, builds = v, builds[1:]
	}
	for _, b := range builds {
		cmd := exec.Command("go", "build", "-o", b.out, b.pkg)
		if out, err := cmd.CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "build %s: %v\n%s", b.pkg, err, out)
			return 1
		}
	}
	fmt.Fprintf(os.Stderr, "faults: built newsroom and nats-server in %s; fault seed %d (NEWSROOM_FAULT_SEED)\n",
		time.Since(start).Round(time.Millisecond), st.seed)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	st.web, err = testweb.Serve(ctx, st.webCfg, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer st.web.Close()
	s = st
	code := m.Run()
	st.printReport()
	return code
}

// rng returns a random source for one test, derived from the suite seed and
// the test's name so that each test's schedule is reproducible alone.
func (st *suite) rng(t *testing.T) *rand.Rand {
	var h uint64 = 1469598103934665603
	for _, c := range t.Name() {
		h = (h ^ uint64(c)) * 1099511628211
	}
	t.Logf("random schedule: seed %d (set NEWSROOM_FAULT_SEED to replay), stream %d", st.seed, h)
	return rand.New(rand.NewPCG(st.seed, h))
}

// addReport records one line of the fault report.
func (st *suite) addReport(line string) {
	st.repMu.Lock()
	defer st.repMu.Unlock()
	st.report = append(st.report, line)
}

func (st *suite) printReport() {
	st.repMu.Lock()
	defer st.repMu.Unlock()
	if len(st.report) == 0 {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "fault report (seed %d)\n", st.seed)
	fmt.Fprintf(&b, "%-34s %9s %7s %10s %5s %6s %8s  %s\n", "fault", "expected", "stored", "duplicated", "lost", "extra", "time", "notes")
	for _, l := range st.report {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	fmt.Print(b.String())
	path := os.Getenv("NEWSROOM_FAULT_REPORT")
	if path == "" {
		path = "fault-report.txt"
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "write %s: %v\n", path, err)
	}
}
