package faults

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/procmem"
	"newsroom.dev/pkg/testkit"
)

// proc is one child process that can be killed and started again with the
// same arguments. Its output goes to a log file that survives restarts.
type proc struct {
	name string
	bin  string
	args []string
	log  string

	mu     sync.Mutex
	cmd    *exec.Cmd
	done   chan struct{}
	starts int
	kills  int
	exits  []string // unexpected exits
	killed bool     // the current instance was killed on purpose
}

func newProc(t *testing.T, dir, name, bin string, args ...string) *proc {
	p := &proc{name: name, bin: bin, args: args, log: filepath.Join(dir, name+".log")}
	t.Cleanup(func() { p.stop(5 * time.Second) })
	return p
}

// start runs the process; it is an error to start a running process.
func (p *proc) start(t *testing.T) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd != nil {
		t.Fatalf("%s already running", p.name)
	}
	f, err := os.OpenFile(p.log, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(f, "=== start %d at %s: %s %s\n", p.starts+1, time.Now().Format(time.RFC3339Nano), filepath.Base(p.bin), strings.Join(p.args, " "))
	cmd := exec.Command(p.bin, p.args...)
	cmd.Stdout, cmd.Stderr = f, f
	cmd.Env = append(os.Environ(), "GOMAXPROCS=2")
	if err := cmd.Start(); err != nil {
		f.Close()
		t.Fatalf("start %s: %v", p.name, err)
	}
	p.cmd, p.killed = cmd, false
	p.starts++
	done := make(chan struct{})
	p.done = done
	go func() {
		err := cmd.Wait()
		f.Close()
		p.mu.Lock()
		if p.cmd == cmd {
			if !p.killed {
				p.exits = append(p.exits, fmt.Sprintf("%s exited by itself: %v", p.name, err))
			}
			p.cmd = nil
		}
		p.mu.Unlock()
		close(done)
	}()
}

// signal sends sig to the running process and waits up to wait for it to end
// (SIGKILL after that).
func (p *proc) signal(sig syscall.Signal, wait time.Duration) bool {
	p.mu.Lock()
	cmd, done := p.cmd, p.done
	if cmd == nil {
		p.mu.Unlock()
		return false
	}
	p.killed = true
	p.mu.Unlock()
	_ = cmd.Process.Signal(sig)
	select {
	case <-done:
	case <-time.After(wait):
		_ = cmd.Process.Kill()
		<-done
	}
	return true
}

// kill9 kills the process with SIGKILL and waits until it is gone.
func (p *proc) kill9() {
	if p.signal(syscall.SIGKILL, time.Minute) {
		p.mu.Lock()
		p.kills++
		p.mu.Unlock()
	}
}

// stop ends the process with SIGTERM, then SIGKILL after wait.
func (p *proc) stop(wait time.Duration) { p.signal(syscall.SIGTERM, wait) }

// pid is the running process's id, or 0.
func (p *proc) pid() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.cmd == nil {
		return 0
	}
	return p.cmd.Process.Pid
}

func (p *proc) running() bool { return p.pid() != 0 }

// unexpectedExits lists exits the test did not cause.
func (p *proc) unexpectedExits() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.exits...)
}

// tail returns the last n lines of the process's log.
func (p *proc) tail(n int) string {
	b, err := os.ReadFile(p.log)
	if err != nil {
		return ""
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// grepLog counts log lines containing every one of words.
func (p *proc) grepLog(words ...string) int {
	n := 0
	p.eachLine(words, func(string) bool { n++; return true })
	return n
}

// grepLines returns the log lines containing every one of words, at most
// max bytes of them.
func (p *proc) grepLines(max int, words ...string) string {
	var b strings.Builder
	p.eachLine(words, func(line string) bool {
		if b.Len()+len(line) > max {
			b.WriteString("[...]\n")
			return false
		}
		b.WriteString(line + "\n")
		return true
	})
	return b.String()
}

// eachLine calls fn with each log line containing every one of words, until
// fn returns false.
func (p *proc) eachLine(words []string, fn func(line string) bool) {
	f, err := os.Open(p.log)
	if err != nil {
		return
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
lines:
	for sc.Scan() {
		for _, w := range words {
			if !strings.Contains(sc.Text(), w) {
				continue lines
			}
		}
		if !fn(sc.Text()) {
			return
		}
	}
}

// vmHWM reads the peak resident set size of a process in KiB.
func vmHWM(pid int) (int64, error) {
	n, err := procmem.PeakRSS(pid)
	return n >> 10, err
}

// natsServer is a private nats-server with JetStream on disk.
type natsServer struct {
	*proc
	port int
	url  string
}

func startNATS(t *testing.T, dir string) *natsServer {
	t.Helper()
	port := testkit.FreePort(t)
	sd := filepath.Join(dir, "jetstream")
	p := newProc(t, dir, "nats-server", s.natsServer, "-a", "127.0.0.1", "-p", strconv.Itoa(port), "-js", "-sd", sd,
		"-n", "faults-"+strconv.Itoa(port))
	n := &natsServer{proc: p, port: port, url: "nats://127.0.0.1:" + strconv.Itoa(port)}
	n.restart(t)
	return n
}

// restart starts the server (again) and waits until JetStream answers.
func (n *natsServer) restart(t *testing.T) {
	t.Helper()
	n.start(t)
	deadline := time.Now().Add(30 * time.Second)
	for {
		err := func() error {
			nc, err := nats.Connect(n.url, nats.Timeout(time.Second))
			if err != nil {
				return err
			}
			defer nc.Close()
			js, err := jetstream.New(nc)
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			ai, err := js.AccountInfo(ctx)
			if err != nil {
				return err
			}
			// After a restart every stream must be restored and answer.
			names := js.StreamNames(ctx)
			n := 0
			for name := range names.Name() {
				if _, err := js.Stream(ctx, name); err != nil {
					return fmt.Errorf("stream %s: %w", name, err)
				}
				n++
			}
			if err := names.Err(); err != nil {
				return err
			}
			if n < ai.Streams {
				return fmt.Errorf("%d of %d streams answer", n, ai.Streams)
			}
			return nil
		}()
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("nats-server not ready 30 s after start: %v\n%s", err, n.tail(20))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// redisServer is a private redis-server.
type redisServer struct {
	*proc
	port int
}

func startRedis(t *testing.T, dir string, persist bool) *redisServer {
	t.Helper()
	port := testkit.FreePort(t)
	rdir := filepath.Join(dir, "redis")
	if err := os.MkdirAll(rdir, 0o755); err != nil {
		t.Fatal(err)
	}
	args := []string{"--port", strconv.Itoa(port), "--bind", "127.0.0.1", "--dir", rdir, "--save", "",
		"--daemonize", "no", "--protected-mode", "no", "--logfile", ""}
	if persist {
		args = append(args, "--appendonly", "yes", "--appendfsync", "always")
	} else {
		args = append(args, "--appendonly", "no")
	}
	r := &redisServer{proc: newProc(t, dir, "redis-server", s.redis, args...), port: port}
	r.restart(t)
	return r
}

func (r *redisServer) addr() string { return "127.0.0.1:" + strconv.Itoa(r.port) }

// restart starts redis (again) and waits until it answers PING (after
// loading its append-only file).
func (r *redisServer) restart(t *testing.T) {
	t.Helper()
	r.start(t)
	deadline := time.Now().Add(20 * time.Second)
	for {
		ok := func() bool {
			c, err := net.DialTimeout("tcp", r.addr(), time.Second)
			if err != nil {
				return false
			}
			defer c.Close()
			c.SetDeadline(time.Now().Add(time.Second))
			if _, err := c.Write([]byte("PING\r\n")); err != nil {
				return false
			}
			line, err := bufio.NewReader(c).ReadString('\n')
			return err == nil && strings.HasPrefix(line, "+PONG")
		}()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("redis-server not ready\n%s", r.tail(20))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// proxy is a TCP relay that a test can cut (connections reset, new ones
// refused) and restore, to make a server unreachable without stopping it.
type proxy struct {
	addr   string
	target string

	mu    sync.Mutex
	ln    net.Listener
	conns map[net.Conn]struct{}
	cuts  int
}

func startProxy(t *testing.T, target string) *proxy {
	t.Helper()
	p := &proxy{addr: "127.0.0.1:" + strconv.Itoa(testkit.FreePort(t)), target: target, conns: map[net.Conn]struct{}{}}
	if err := p.listen(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.close)
	return p
}

func (p *proxy) listen() error {
	var ln net.Listener
	var err error
	for range 100 {
		if ln, err = net.Listen("tcp4", p.addr); err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		return fmt.Errorf("proxy listen %s: %w", p.addr, err)
	}
	p.mu.Lock()
	p.ln = ln
	p.mu.Unlock()
	go p.accept(ln)
	return nil
}

func (p *proxy) accept(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go p.relay(c)
	}
}

func (p *proxy) track(c net.Conn, add bool) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if add {
		if p.ln == nil {
			return false
		}
		p.conns[c] = struct{}{}
	} else {
		delete(p.conns, c)
	}
	return true
}

func (p *proxy) relay(c net.Conn) {
	defer c.Close()
	up, err := net.DialTimeout("tcp", p.target, 5*time.Second)
	if err != nil {
		return
	}
	defer up.Close()
	if !p.track(c, true) || !p.track(up, true) {
		return
	}
	defer p.track(c, false)
	defer p.track(up, false)
	done := make(chan struct{}, 2)
	go func() { io.Copy(up, c); done <- struct{}{} }()
	go func() { io.Copy(c, up); done <- struct{}{} }()
	<-done
}

// cut closes the listener and every relayed connection.
func (p *proxy) cut() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != nil {
		p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		if tc, ok := c.(*net.TCPConn); ok {
			tc.SetLinger(0) // reset, as a network failure would
		}
		c.Close()
	}
	p.conns = map[net.Conn]struct{}{}
	p.cuts++
}

// restore listens again on the same address.
func (p *proxy) restore(t *testing.T) {
	t.Helper()
	if err := p.listen(); err != nil {
		t.Fatal(err)
	}
}

func (p *proxy) close() { p.cut() }

// pgSchema creates a fresh PostgreSQL schema name and drops it at cleanup.
func pgSchema(t *testing.T) string {
	t.Helper()
	name := fmt.Sprintf("faults_%d_%d", time.Now().UnixNano()%1e12, os.Getpid())
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		conn, err := pgx.Connect(ctx, s.pgBase)
		if err != nil {
			return
		}
		defer conn.Close(ctx)
		conn.Exec(ctx, "DROP SCHEMA IF EXISTS "+pgx.Identifier{name}.Sanitize()+" CASCADE")
	})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, s.pgBase)
	if err != nil {
		t.Fatalf("PostgreSQL at %s: %v (start it: scripts/services.sh)", s.pgBase, err)
	}
	conn.Close(ctx)
	return name
}

// clusterOptions choose how a cluster is wired.
type clusterOptions struct {
	RedisPersist bool // append-only file with fsync always, so a restart keeps state
	RedisProxy   bool // services reach Redis through a cuttable proxy
	PGProxy      bool // the sink reaches PostgreSQL through a cuttable proxy
	CrawlerAdmin bool // the crawler serves /metrics on a free port
	CrawlerArgs  []string
}

// cluster is one private deployment: NATS, Redis, a PostgreSQL schema and
// the three services as separate processes.
type cluster struct {
	t      *testing.T
	dir    string
	nats   *natsServer
	redis  *redisServer
	rproxy *proxy
	pproxy *proxy
	schema string
	store  string // PostgreSQL URL the sink uses
	rurl   string // Redis URL the services use
	admin  string // crawler admin address, when enabled

	crawler, extractor, sink *proc
}

func newCluster(t *testing.T, o clusterOptions) *cluster {
	t.Helper()
	dir := t.TempDir()
	c := &cluster{t: t, dir: dir}
	c.nats = startNATS(t, dir)
	c.redis = startRedis(t, dir, o.RedisPersist)
	c.rurl = "redis://" + c.redis.addr() + "/0"
	if o.RedisProxy {
		c.rproxy = startProxy(t, c.redis.addr())
		c.rurl = "redis://" + c.rproxy.addr + "/0"
	}
	c.schema = pgSchema(t)
	c.store = s.pgBase
	if o.PGProxy {
		u, err := url.Parse(s.pgBase)
		if err != nil {
			t.Fatalf("postgres url: %v", err)
		}
		c.pproxy = startProxy(t, u.Host)
		u.Host = c.pproxy.addr
		c.store = u.String()
	}
	common := []string{"--nats", c.nats.url, "--log-level", "info", "--grace", "5s"}
	cargs := append(append([]string{"crawler"}, common...), "--redis", c.rurl, "--allow-private", "--delay", "100ms",
		"--timeout", "5s", "--header-timeout", "3s", "--connect-timeout", "2s",
		"--revisit", "1h", "--revisit-min", "1h", "--revisit-max", "2h")
	if o.CrawlerAdmin {
		c.admin = "127.0.0.1:" + strconv.Itoa(testkit.FreePort(t))
		cargs = append(cargs, "--admin-addr", c.admin)
	} else {
		cargs = append(cargs, "--admin-addr=")
	}
	cargs = append(cargs, o.CrawlerArgs...)
	c.crawler = newProc(t, dir, "crawler", s.newsroom, cargs...)
	c.extractor = newProc(t, dir, "extractor", s.newsroom,
		append(append([]string{"extractor"}, common...), "--redis", c.rurl, "--admin-addr=", "--log-level", "debug")...)
	c.sink = newProc(t, dir, "sink", s.newsroom,
		append(append([]string{"sink"}, common...), "--store", c.store, "--pg-schema", c.schema, "--admin-addr=")...)
	t.Cleanup(func() {
		if t.Failed() {
			for _, p := range []*proc{c.crawler, c.extractor, c.sink, c.nats.proc, c.redis.proc} {
				t.Logf("--- last lines of %s log:\n%s", p.name, p.tail(25))
			}
			// Which copies started a story, and when: a story stored twice
			// shows here as two new decisions.
			t.Logf("--- new stories decided by the extractor:\n%s", c.extractor.grepLines(40000, "dedupe decision", "new=true"))
		}
	})
	return c
}

func (c *cluster) services() []*proc { return []*proc{c.crawler, c.extractor, c.sink} }

// startServices starts the three services. The sink goes first so that the
// streams and consumers exist before anything is published.
func (c *cluster) startServices() {
	c.t.Helper()
	for _, p := range []*proc{c.sink, c.extractor, c.crawler} {
		p.start(c.t)
	}
}

// waitStarted waits until every service has said "service started" (its
// streams, consumers and store are ready), so a fault scheduled after it
// lands on a running pipeline rather than on a slow start-up: with every
// scenario starting at once on two cores, a start-up has taken 6 s.
func (c *cluster) waitStarted(timeout time.Duration) {
	c.t.Helper()
	deadline := time.Now().Add(timeout)
	for _, p := range c.services() {
		for p.grepLog("service started") == 0 {
			if time.Now().After(deadline) {
				c.t.Fatalf("%s did not start within %s:\n%s", p.name, timeout, p.tail(10))
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
}

// run executes a newsroom tool command and returns its standard output.
func (c *cluster) run(timeout time.Duration, args ...string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, s.newsroom, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return out.Bytes(), fmt.Errorf("newsroom %s: %w\n%s", args[0], err, errb.String())
	}
	return out.Bytes(), nil
}

// seed queues the web's seeds.
func (c *cluster) seed(seeds []string) {
	c.t.Helper()
	args := append([]string{"seed", "--nats", c.nats.url, "--redis", c.rurl}, seeds...)
	if _, err := c.run(time.Minute, args...); err != nil {
		c.t.Fatal(err)
	}
}

// status is the JSON document of `newsroom status --json`.
type status struct {
	Stages      []bus.Lag `json:"stages"`
	Idle        bool      `json:"idle"`
	DeadLetters struct {
		Count  uint64 `json:"count"`
		Latest []struct {
			Stage  string `json:"stage"`
			Reason string `json:"reason"`
		} `json:"latest"`
	} `json:"dead_letters"`
}

// waitIdle runs `newsroom status --wait-idle` and returns the final status.
func (c *cluster) waitIdle(timeout time.Duration) status {
	c.t.Helper()
	out, err := c.run(timeout+30*time.Second, "status", "--nats", c.nats.url, "--redis", c.rurl, "--wait-idle", "--json",
		"--grace", "4s", "--timeout", timeout.String())
	if err != nil {
		c.checkAlive() // a service that ended by itself is the usual cause
		c.t.Fatalf("wait for idle: %v", err)
	}
	var st status
	if err := json.Unmarshal(out, &st); err != nil {
		c.t.Fatalf("status output: %v\n%s", err, out)
	}
	return st
}

// export runs `newsroom export` on the cluster's store.
func (c *cluster) export() []row {
	c.t.Helper()
	out, err := c.run(time.Minute, "export", "--store", s.pgBase, "--pg-schema", c.schema)
	if err != nil {
		c.t.Fatal(err)
	}
	rows, err := parseExport(out)
	if err != nil {
		c.t.Fatal(err)
	}
	return rows
}

// js connects the test itself to the cluster's NATS.
func (c *cluster) js() jetstream.JetStream {
	c.t.Helper()
	nc, err := nats.Connect(c.nats.url, nats.MaxReconnects(-1))
	if err != nil {
		c.t.Fatal(err)
	}
	c.t.Cleanup(nc.Close)
	js, err := jetstream.New(nc)
	if err != nil {
		c.t.Fatal(err)
	}
	return js
}

// deadLetters reads every dead letter.
func (c *cluster) deadLetters(js jetstream.JetStream) []bus.DeadLetter {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	st, err := js.Stream(ctx, bus.StreamDLQ)
	if err != nil {
		c.t.Fatal(err)
	}
	info, err := st.Info(ctx)
	if err != nil {
		c.t.Fatal(err)
	}
	var out []bus.DeadLetter
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && seq > 0; seq++ {
		raw, err := st.GetMsg(ctx, seq)
		if err != nil {
			continue
		}
		var dl bus.DeadLetter
		if json.Unmarshal(raw.Data, &dl) == nil {
			out = append(out, dl)
		}
	}
	return out
}

// checkAlive fails the test if a service ended without being killed.
func (c *cluster) checkAlive() {
	c.t.Helper()
	for _, p := range c.services() {
		for _, e := range p.unexpectedExits() {
			c.t.Errorf("%s\n%s", e, p.tail(15))
		}
		if !p.running() {
			c.t.Errorf("%s is not running", p.name)
		}
	}
}

// stopServices stops the services gracefully.
func (c *cluster) stopServices() {
	for _, p := range []*proc{c.crawler, c.extractor, c.sink} {
		p.stop(10 * time.Second)
	}
}
