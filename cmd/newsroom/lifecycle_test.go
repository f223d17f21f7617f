package main

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"newsroom.dev/pkg/admin"
	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/bus/bustest"
	"newsroom.dev/pkg/testweb"
)

// order records the order in which stages saw their context end.
type order struct {
	mu    sync.Mutex
	names []string
}

func (o *order) add(name string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.names = append(o.names, name)
}

func (o *order) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return strings.Join(o.names, ",")
}

// untilStopped is a stage that runs until its context ends.
func untilStopped(name string, o *order) func(context.Context) error {
	return func(ctx context.Context) error {
		<-ctx.Done()
		o.add(name)
		return nil
	}
}

func readyz(t *testing.T, adm *admin.Server) int {
	t.Helper()
	res, err := http.Get("http://" + adm.Addr() + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	return res.StatusCode
}

// TestSupervisorStageFailure fails the middle stage of three: /readyz turns
// 503 at once while the others still run, the others stop in pipeline
// order, and shutdown returns the cause.
func TestSupervisorStageFailure(t *testing.T) {
	adm, err := admin.New(admin.Config{Addr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	sup := newSupervisor(slog.New(slog.NewTextHandler(&logs, nil)), adm.SetDraining)
	sup.helper(adm.Serve)
	var stopped order
	cause := errors.New("consumer deleted")
	fail := make(chan struct{})
	sup.stage("crawler", untilStopped("crawler", &stopped), nil)
	sup.stage("extractor", func(ctx context.Context) error { <-fail; return cause }, nil)
	sup.stage("sink", untilStopped("sink", &stopped), nil)
	if got := readyz(t, adm); got != http.StatusOK {
		t.Fatalf("/readyz before the failure = %d, want 200", got)
	}
	close(fail)
	select {
	case <-sup.Failed():
	case <-time.After(10 * time.Second):
		t.Fatal("Failed not closed after a stage returned an error")
	}
	if got := readyz(t, adm); got != http.StatusServiceUnavailable {
		t.Fatalf("/readyz after the failure, before the drain = %d, want 503", got)
	}
	if stopped.String() != "" {
		t.Fatalf("stages stopped before the drain: %s", stopped.String())
	}
	err = sup.shutdown(time.Second, 10*time.Second)
	if !errors.Is(err, cause) {
		t.Fatalf("shutdown = %v, want the stage's error", err)
	}
	if got := stopped.String(); got != "crawler,sink" {
		t.Fatalf("stop order %q, want crawler,sink", got)
	}
}

// TestSupervisorStageStopsOnItsOwn treats a stage that returns nil before
// it was told to stop as a failure.
func TestSupervisorStageStopsOnItsOwn(t *testing.T) {
	sup := newSupervisor(slog.New(slog.DiscardHandler), nil)
	sup.stage("sink", func(context.Context) error { return nil }, nil)
	<-sup.Failed()
	if err := sup.shutdown(time.Second, time.Second); err == nil || !strings.Contains(err.Error(), "sink stopped on its own") {
		t.Fatalf("shutdown = %v, want a 'stopped on its own' error", err)
	}
}

// TestSupervisorGivesUp checks that the drain is bounded and says so: an
// input that never drains is logged and the stage stopped anyway; a stage
// that ignores its context makes shutdown return an error naming it.
func TestSupervisorGivesUp(t *testing.T) {
	var logs syncBuffer
	sup := newSupervisor(slog.New(slog.NewTextHandler(&logs, nil)), nil)
	release := make(chan struct{})
	defer close(release)
	var stopped order
	sup.stage("crawler", untilStopped("crawler", &stopped), nil)
	sup.stage("extractor", untilStopped("extractor", &stopped),
		func(context.Context) (bool, error) { return false, nil }) // never drains
	sup.stage("sink", func(ctx context.Context) error { <-release; return nil }, nil) // ignores ctx
	err := sup.shutdown(200*time.Millisecond, 300*time.Millisecond)
	if err == nil || !strings.Contains(err.Error(), "sink did not stop within") {
		t.Fatalf("shutdown = %v, want an error naming the stuck sink", err)
	}
	if got := stopped.String(); got != "crawler,extractor" {
		t.Fatalf("stop order %q, want crawler,extractor", got)
	}
	for _, want := range []string{"gave up waiting for a stage's input to drain", "gave up waiting for stages to stop"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log has no %q:\n%s", want, logs.String())
		}
	}
}

// stopOrder returns the stages in the order the drain stopped them.
func stopOrder(log string) string {
	var names []string
	for _, m := range regexp.MustCompile(`msg="stopping stage" stage=(\w+)`).FindAllStringSubmatch(log, -1) {
		names = append(names, m[1])
	}
	return strings.Join(names, ",")
}

// waitLog waits until the command's log has want, or the command exits.
func waitLog(t *testing.T, logs *syncBuffer, want string, done <-chan error) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); !strings.Contains(logs.String(), want); {
		select {
		case err := <-done:
			t.Fatalf("exited before %q: %v\n%s", want, err, logs.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %q within a minute:\n%s", want, logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestRunStageFailure deletes the extractor's consumer under a running
// `newsroom run`: it must stop the others in pipeline order and exit with
// the cause instead of running on without an extractor.
func TestRunStageFailure(t *testing.T) {
	web := startWeb(t, testweb.Config{Seed: 13, Stories: 4})
	nenv := bustest.Start(t)
	args := []string{"run", "--nats", nenv.URL, "--allow-private", "--delay", "20ms", "--data", t.TempDir(),
		"--admin-addr", "127.0.0.1:0", "--progress", "off", "--log-format", "text"}
	for _, s := range web.Seeds() {
		args = append(args, "--seed", s)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	var logs syncBuffer
	done := make(chan error, 1)
	go func() { done <- dispatch(ctx, args, &bytes.Buffer{}, &logs, func(string) string { return "" }) }()
	waitLog(t, &logs, "newsroom running", done)
	if err := nenv.JS.DeleteConsumer(ctx, bus.StreamPages, bus.ConsumerExtractor); err != nil {
		t.Fatal(err)
	}
	var err error
	select {
	case err = <-done:
	case <-time.After(2 * time.Minute):
		t.Fatalf("newsroom run still running two minutes after its extractor's consumer was deleted:\n%s", logs.String())
	}
	if err == nil || !strings.Contains(err.Error(), "extractor") || !strings.Contains(err.Error(), "consumer") {
		t.Fatalf("newsroom run = %v, want an error naming the extractor's consumer\n%s", err, logs.String())
	}
	if got := stopOrder(logs.String()); got != "crawler,extractor,sink" {
		t.Errorf("stop order %q, want crawler,extractor,sink\n%s", got, logs.String())
	}
	if !strings.Contains(logs.String(), `reason="a stage failed"`) {
		t.Errorf("drain reason not logged:\n%s", logs.String())
	}
}

// TestServiceStageFailure deletes a running sink service's consumer: the
// service must exit with the cause rather than wait for a signal.
func TestServiceStageFailure(t *testing.T) {
	nenv := bustest.Start(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	if err := bus.Ensure(ctx, nenv.JS, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- dispatch(ctx, []string{"sink", "--nats", nenv.URL, "--data", t.TempDir(), "--admin-addr", "127.0.0.1:0",
			"--log-format", "text"}, &bytes.Buffer{}, &logs, func(string) string { return "" })
	}()
	waitLog(t, &logs, "service started", done)
	if err := nenv.JS.DeleteConsumer(ctx, bus.StreamArticles, bus.ConsumerSink); err != nil {
		t.Fatal(err)
	}
	var err error
	select {
	case err = <-done:
	case <-time.After(time.Minute):
		t.Fatalf("sink still running a minute after its consumer was deleted:\n%s", logs.String())
	}
	if err == nil || !strings.Contains(err.Error(), "consumer") {
		t.Fatalf("sink = %v, want an error naming its consumer\n%s", err, logs.String())
	}
	if !strings.Contains(logs.String(), "stage failed") {
		t.Errorf("failure not logged:\n%s", logs.String())
	}
}
