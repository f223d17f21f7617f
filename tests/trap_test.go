package faults

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"newsroom.dev/pkg/testweb"
)

// trapOf names the trap a request on the trap site belongs to.
func trapOf(path string) string {
	for _, p := range []string{"/calendar/", "/session", "/loop/", "/chain/", "/big.html", "/binary.html",
		"/bomb.html", "/slow.html", "/malformed.html"} {
		if strings.HasPrefix(path, p) {
			return strings.Trim(strings.TrimSuffix(p, ".html"), "/")
		}
	}
	return "other"
}

// scrapeSkips reads newsroom_crawler_skipped_total by reason from /metrics.
func scrapeSkips(t *testing.T, addr string) map[string]float64 {
	t.Helper()
	resp, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatalf("scrape crawler metrics: %v", err)
	}
	defer resp.Body.Close()
	out := map[string]float64{}
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		rest, ok := strings.CutPrefix(line, `newsroom_crawler_skipped_total{reason="`)
		if !ok {
			continue
		}
		reason, val, ok := strings.Cut(rest, `"} `)
		if !ok {
			continue
		}
		f, err := strconv.ParseFloat(val, 64)
		if err == nil {
			out[reason] = f
		}
	}
	return out
}

// hexIPv4 is an IPv4 address as /proc/net/tcp prints it.
func hexIPv4(ip string) string {
	var b [4]int
	fmt.Sscanf(ip, "%d.%d.%d.%d", &b[0], &b[1], &b[2], &b[3])
	return fmt.Sprintf("%02X%02X%02X%02X", b[3], b[2], b[1], b[0])
}

// socketWatch samples the machine's TCP sockets and remembers any whose
// remote address is one of the watched IPv4 addresses.
type socketWatch struct {
	mu   sync.Mutex
	seen map[string]int
}

func watchSockets(ctx context.Context, ips []string) *socketWatch {
	w := &socketWatch{seen: map[string]int{}}
	hex := map[string]string{}
	for _, ip := range ips {
		hex[hexIPv4(ip)] = ip
	}
	go func() {
		for ctx.Err() == nil {
			for _, f := range []string{"/proc/net/tcp", "/proc/net/tcp6"} {
				b, err := os.ReadFile(f)
				if err != nil {
					continue
				}
				for _, line := range strings.Split(string(b), "\n")[1:] {
					fs := strings.Fields(line)
					if len(fs) < 3 {
						continue
					}
					remote, _, _ := strings.Cut(fs[2], ":")
					for h, ip := range hex {
						if strings.HasSuffix(remote, h) {
							w.mu.Lock()
							w.seen[ip]++
							w.mu.Unlock()
						}
					}
				}
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()
	return w
}

// testTrapSite crawls the test web's trap site (infinite calendars, session
// ids, redirect loops and chains, a 10 MB page, binary served as HTML, a gzip
// bomb, a slow-loris response, malformed HTML, links to private and metadata
// addresses) with the crawler as a separate process. Requests per trap,
// the crawler's peak memory and the skips by reason must stay bounded, and no
// private or metadata address may be dialled.
func testTrapSite(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	web, err := testweb.Serve(ctx, testweb.Config{Seed: 9, Publishers: 1, Aggregators: -1, Stories: 4, Trap: true,
		SlowBytes: 60}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer web.Close()
	truth := web.Truth()
	var forbiddenIPs []string
	for _, f := range truth.Forbidden {
		u, err := url.Parse(f)
		if err != nil {
			t.Fatal(err)
		}
		h := u.Hostname()
		if !strings.HasPrefix(h, "127.") && h != "::1" { // loopback is allowed by --allow-private
			forbiddenIPs = append(forbiddenIPs, h)
		}
	}
	watch := watchSockets(ctx, forbiddenIPs)
	c := newCluster(t, clusterOptions{CrawlerAdmin: true, CrawlerArgs: []string{"--log-level", "debug"}})
	start := time.Now()
	c.startServices()
	c.seed(web.Seeds())
	st := c.waitIdle(4 * time.Minute)
	took := time.Since(start)
	c.checkAlive()

	// Bounded requests per trap.
	perTrap := map[string]int{}
	trapHost := ""
	for _, si := range truth.Sites {
		if si.Kind == testweb.KindTrap {
			trapHost = si.Host
		}
	}
	for _, r := range web.Requests() {
		if r.Host == trapHost {
			perTrap[trapOf(r.Path)]++
		}
		for _, ip := range forbiddenIPs {
			if strings.HasPrefix(r.Host, ip) {
				t.Errorf("request to forbidden host %s reached the web", r.Host)
			}
		}
	}
	// Bounds: a redirect chain stops at --max-redirects (10) hops, a loop at
	// its second visit; a fetch is tried at most --max-retries times.
	limits := map[string]int{
		"calendar": 50, "session": 20, "loop": 6, "chain": 22, "big": 3, "binary": 3, "bomb": 3,
		"slow": 3, "malformed": 3, "other": 5,
	}
	var names []string
	for k := range perTrap {
		names = append(names, k)
	}
	sort.Strings(names)
	var counts []string
	for _, k := range names {
		counts = append(counts, fmt.Sprintf("%s=%d", k, perTrap[k]))
		if perTrap[k] > limits[k] {
			t.Errorf("trap %s: %d requests, bound %d", k, perTrap[k], limits[k])
		}
	}
	t.Logf("requests per trap: %s", strings.Join(counts, " "))

	// No private or metadata address dialled: each forbidden link was
	// refused by the guard (logged at debug level), never fetched, and no
	// socket to it was ever seen.
	for _, f := range truth.Forbidden {
		u, _ := url.Parse(f)
		h := u.Hostname()
		if strings.HasPrefix(h, "127.") || h == "::1" {
			continue
		}
		if n := c.crawler.grepLog("reason=private-address", h); n == 0 {
			t.Errorf("no private-address skip logged for %s", f)
		}
		if n := c.crawler.grepLog("fetch", h); n > 0 {
			t.Errorf("crawler log mentions fetching %s (%d lines)", f, n)
		}
	}
	watch.mu.Lock()
	for ip, n := range watch.seen {
		t.Errorf("saw %d socket samples to forbidden address %s", n, ip)
	}
	watch.mu.Unlock()

	// Bounded memory.
	hwm, err := vmHWM(c.crawler.pid())
	if err != nil {
		t.Fatal(err)
	}
	const maxRSS = 300 << 10 // KiB
	t.Logf("crawler peak RSS (VmHWM): %d MiB", hwm>>10)
	if hwm > maxRSS {
		t.Errorf("crawler peak RSS %d MiB above %d MiB", hwm>>10, maxRSS>>10)
	}

	// Every skip counted with its reason.
	skips := scrapeSkips(t, c.admin)
	var reasons []string
	for r, n := range skips {
		reasons = append(reasons, fmt.Sprintf("%s=%g", r, n))
	}
	sort.Strings(reasons)
	t.Logf("skipped by reason: %s", strings.Join(reasons, " "))
	if skips["private-address"] < float64(len(forbiddenIPs)) {
		t.Errorf("private-address skips %g, want at least %d", skips["private-address"], len(forbiddenIPs))
	}
	if len(skips) < 3 {
		t.Errorf("only %d skip reasons counted", len(skips))
	}
	dls := c.deadLetters(c.js())
	for _, d := range dls {
		t.Logf("dead letter: %s (%d deliveries): %s", d.Stage, d.Deliveries, trim(d.Reason, 160))
	}
	s.addReport(fmt.Sprintf("%-34s %9s %7s %10s %5s %6s %8s  %s", "trap site (hostile input)", "-", "-", "-", "-", "-",
		took.Round(time.Second), fmt.Sprintf("requests %s; peak RSS %d MiB; %d dead letters; idle=%v; skips %s",
			strings.Join(counts, " "), hwm>>10, len(dls), st.Idle, strings.Join(reasons, " "))))
}
