package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"golang.org/x/sync/errgroup"

	"newsroom.dev/pkg/bus"
)

// supervisor owns every goroutine of a long-running command (run, crawler,
// extractor, sink): the pipeline stages, started in pipeline order, and
// their helpers (admin server, progress, snapshots, announcements).
//
// A stage whose Run returns an error, or returns on its own before it was
// asked to stop, fails the command: the supervisor marks the process not
// ready at once (/readyz answers 503), Failed is closed, and the command
// drains the other stages in pipeline order; shutdown then returns the
// cause, so the process exits non-zero.
type supervisor struct {
	log      *slog.Logger
	notReady func() // marks the process not ready (nil: no admin server)

	g          *errgroup.Group
	failed     context.Context // cancelled, with the cause, when a goroutine fails
	running    context.Context // cancelled when the drain starts
	stopRun    context.CancelFunc
	helpers    context.Context // cancelled once every stage has stopped
	stopHelper context.CancelFunc
	stages     []*stageRun
}

// stageRun is one started stage.
type stageRun struct {
	name    string
	stop    context.CancelFunc
	done    chan struct{}
	drained func(context.Context) (bool, error) // nil: nothing to wait for before stopping
}

// newSupervisor returns an empty supervisor. notReady, when set, is called
// as soon as the process stops being ready: a stage failed, or the drain
// started.
func newSupervisor(log *slog.Logger, notReady func()) *supervisor {
	g, failed := errgroup.WithContext(context.Background())
	running, stopRun := context.WithCancel(context.Background())
	helpers, stopHelper := context.WithCancel(context.Background())
	return &supervisor{log: log, notReady: notReady, g: g, failed: failed, running: running, stopRun: stopRun,
		helpers: helpers, stopHelper: stopHelper}
}

// stage starts run as the next stage of the pipeline. Its context ends only
// when the drain reaches it. drained, when set, reports whether the stage's
// input is empty: the drain waits for it (bounded) before stopping the stage,
// so work the upstream stages produced is finished first.
func (s *supervisor) stage(name string, run func(context.Context) error, drained func(context.Context) (bool, error)) {
	ctx, stop := context.WithCancel(context.Background())
	st := &stageRun{name: name, stop: stop, done: make(chan struct{}), drained: drained}
	s.stages = append(s.stages, st)
	s.g.Go(func() error {
		defer close(st.done)
		err := run(ctx)
		if err == nil && ctx.Err() == nil {
			err = fmt.Errorf("%s stopped on its own", name)
		}
		if err != nil {
			if s.notReady != nil {
				s.notReady()
			}
			s.log.Error("stage failed", "stage", name, "err", err)
		}
		return err
	})
}

// helper runs fn until every stage has stopped. An error from fn fails the
// command like a stage's.
func (s *supervisor) helper(fn func(context.Context) error) {
	s.g.Go(func() error { return fn(s.helpers) })
}

// watcher runs fn until the drain starts (progress lines, idle and limit
// watches).
func (s *supervisor) watcher(fn func(context.Context)) {
	s.g.Go(func() error { fn(s.running); return nil })
}

// Failed is closed when a stage or helper has failed.
func (s *supervisor) Failed() <-chan struct{} { return s.failed.Done() }

// cause is the first failure, or nil.
func (s *supervisor) cause() error {
	if s.failed.Err() == nil {
		return nil
	}
	return context.Cause(s.failed)
}

// shutdown drains the stages in pipeline order and waits for every goroutine.
// Before stopping a stage it waits up to step for the stage before it to
// finish and for its own input to drain; it logs when it gives up waiting.
// It returns the first failure, or an error when the stages did not stop
// within limit after the last one was told to.
func (s *supervisor) shutdown(step, limit time.Duration) error {
	if s.notReady != nil {
		s.notReady()
	}
	s.stopRun()
	for i, st := range s.stages {
		if i > 0 {
			ctx, cancel := context.WithTimeout(context.Background(), step)
			s.waitStopped(ctx, s.stages[i-1], step)
			s.waitDrained(ctx, st, step)
			cancel()
		}
		s.log.Info("stopping stage", "stage", st.name)
		st.stop()
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	var stuck []string
	for _, st := range s.stages {
		select {
		case <-st.done:
		case <-ctx.Done():
			stuck = append(stuck, st.name)
		}
	}
	s.stopHelper()
	if len(stuck) > 0 {
		s.log.Error("gave up waiting for stages to stop", "stages", strings.Join(stuck, ","), "waited", limit)
		return errors.Join(s.cause(), fmt.Errorf("%s did not stop within %s of being told to (in-flight work abandoned)",
			strings.Join(stuck, ", "), limit))
	}
	return s.g.Wait()
}

// waitStopped waits until st's Run has returned, so that everything it
// was still handling has reached the next stage's input.
func (s *supervisor) waitStopped(ctx context.Context, st *stageRun, step time.Duration) {
	select {
	case <-st.done:
	case <-ctx.Done():
		s.log.Warn("gave up waiting for a stage to stop; draining the next one anyway", "waiting_for", st.name, "waited", step)
	}
}

// waitDrained waits until st's input is empty, st has stopped on its own, or
// ctx ends.
func (s *supervisor) waitDrained(ctx context.Context, st *stageRun, step time.Duration) {
	if st.drained == nil {
		return
	}
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	var lastErr error
	for {
		ok, err := st.drained(ctx)
		if ok && err == nil {
			return
		}
		if err != nil {
			lastErr = err
		}
		select {
		case <-st.done:
			return // failed or stopped: nothing consumes the input any more
		case <-ctx.Done():
			s.log.Warn("gave up waiting for a stage's input to drain; stopping it with work left", "waiting_for", st.name,
				"waited", step, "err", lastErr)
			return
		case <-tick.C:
		}
	}
}

// inputDrained reports whether stage's consumer has nothing pending or
// awaiting acknowledgement.
func inputDrained(js jetstream.JetStream, stage string) func(context.Context) (bool, error) {
	return func(ctx context.Context) (bool, error) {
		lags, err := bus.Lags(ctx, js)
		if err != nil {
			return false, err
		}
		for _, l := range lags {
			if l.Stage == stage {
				return l.Pending == 0 && l.AckPending == 0, nil
			}
		}
		return false, fmt.Errorf("no consumer for stage %s", stage)
	}
}
