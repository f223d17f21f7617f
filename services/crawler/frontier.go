package crawler

import (
	"context"
	"encoding/json"
	"errors"
	"net/url"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/frontier"
)

// The crawler has two loops. The intake loop moves frontier messages from
// JetStream into the per-host queues of the shared frontier (one
// idempotent push per message, then the ack). The fetch loop claims URLs of
// hosts that are due, fetches them and finishes their leases; a URL waiting
// for its host is not touched.

// intake moves one frontier message into its host's queue. The message's
// stream sequence makes the push idempotent, so a redelivery after a crash
// between the push and the ack queues nothing twice.
func (s *Service) intake(ctx context.Context, m jetstream.Msg) error {
	task, err := bus.DecodeTask(m.Headers(), m.Data())
	if err != nil {
		return err
	}
	u, err := url.Parse(task.URL)
	if err != nil || u.Host == "" || u.Scheme == "" {
		s.skip("bad-url", task.URL)
		return nil
	}
	if s.blockedLiteral(u) {
		s.skip("private-address", task.URL)
		return nil
	}
	id := ""
	if md, err := m.Metadata(); err == nil {
		id = md.Stream + ":" + strconv.FormatUint(md.Sequence.Stream, 10)
	}
	if _, err := s.front.Add(ctx, id, task); err != nil {
		return bus.Delay(2*time.Second+jitter(2*time.Second), err)
	}
	s.poke()
	return nil
}

// poke wakes the fetch loop: something may have come due.
func (s *Service) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// job is one claimed URL being worked on.
type job struct {
	lease frontier.Lease
	task  *bus.URLTask
	gap   time.Duration // the host's gap between request starts, when known
	// nextAt is when the host's next request may start, set once a request
	// was made (zero: none was, the lease does not use up the gap).
	nextAt time.Time
	rest   time.Duration // extra rest for the host from now (parking)
}

// idlePoll bounds how long the fetch loop sleeps when nothing is due, so
// that URLs pushed by other replicas are seen.
const idlePoll = 500 * time.Millisecond

// runFetchers claims due URLs and works on up to Concurrency at once until
// ctx ends, then lets the ones in hand finish (cancelling them after
// DrainTimeout; an unfinished lease expires and its URL returns to the queue).
func (s *Service) runFetchers(ctx context.Context) error {
	conc := s.cfg.Concurrency
	sem := bus.NewSlots(conc)
	hctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	var wg sync.WaitGroup
	backoff := 100 * time.Millisecond
	for {
		n := sem.Take(ctx)
		if n == 0 {
			break
		}
		claims, next, err := s.front.Claim(ctx, n)
		sem.Give(n - len(claims))
		for _, c := range claims {
			wg.Add(1)
			s.leases.Add(1)
			go func() {
				defer wg.Done()
				defer sem.Give(1)
				defer s.leases.Add(-1)
				s.work(hctx, c)
			}()
		}
		if err != nil && !errors.Is(err, frontier.ErrBadEntry) {
			if ctx.Err() != nil {
				break
			}
			s.log.Warn("frontier claim failed; retrying", "err", err, "retry_in", backoff)
			select {
			case <-time.After(backoff):
			case <-ctx.Done():
			}
			backoff = min(backoff*2, 5*time.Second)
			continue
		}
		if err != nil {
			s.log.Warn("frontier entries dropped", "err", err)
		}
		backoff = 100 * time.Millisecond
		if len(claims) == n {
			continue
		}
		// Nothing more is due: sleep until the next host is, a local push
		// or finish, or the poll interval.
		wait := idlePoll
		if !next.IsZero() {
			wait = min(wait, time.Until(next))
		}
		if wait <= 0 {
			continue
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
		case <-s.wake:
		case <-t.C:
		}
		t.Stop()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(s.cfg.RequestTimeout + 5*time.Second):
		cancel()
		<-done
	}
	return nil
}

// work handles one claimed URL and finishes its lease.
func (s *Service) work(ctx context.Context, c frontier.Claim) {
	s.recent.note(c.Lease.Host)
	j := &job{lease: c.Lease, task: c.Task}
	err := s.handle(ctx, j)
	s.settle(ctx, j, err)
	s.poke()
}

// settle finishes a lease by what handle returned: nil, the URL is done; a
// wait, it goes back to its place and the host rests; a bus.Delay, it is
// retried later (the host is not held up); a permanent error or a bad
// message, it is dead-lettered; anything else (a publish failed), it goes
// back and the host rests briefly.
func (s *Service) settle(ctx context.Context, j *job, err error) {
	fctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	now := time.Now()
	o := frontier.Outcome{Gap: j.gap, NoRequest: j.nextAt.IsZero()}
	if !o.NoRequest {
		o.After = max(j.nextAt.Sub(now), 0)
	}
	o.After = max(o.After, j.rest)
	outcome := bus.OutcomeAck
	var we *waitError
	var de *bus.DelayError
	var pe *bus.PermanentError
	switch {
	case err == nil:
	case errors.As(err, &we):
		s.stats.Delayed.Add(1)
		o.Requeue, o.After = true, max(o.After, we.d)
		outcome = bus.OutcomeDelay
	case errors.As(err, &de):
		o.Requeue, o.RetryAt = true, now.Add(de.After)
		outcome = bus.OutcomeRetry
	case errors.As(err, &pe) || errors.Is(err, bus.ErrBadMessage):
		if derr := s.deadLetter(fctx, j.task, err.Error()); derr != nil {
			s.log.Error("dead-letter publish failed; will retry", "url", j.task.URL, "err", derr)
			o.Requeue, o.After = true, max(o.After, 5*time.Second)
			outcome = bus.OutcomeRetry
			break
		}
		s.stats.DeadLettered.Add(1)
		s.log.Warn("url dead-lettered", "url", j.task.URL, "reason", err)
		outcome = bus.OutcomeDeadLetter
	default:
		s.log.Info("processing failed; will retry", "url", j.task.URL, "err", err)
		o.Requeue, o.After = true, max(o.After, 2*time.Second+jitter(2*time.Second))
		outcome = bus.OutcomeRetry
	}
	s.m.outcomes.WithLabelValues(string(outcome)).Inc()
	if o.Requeue {
		// Noted as waiting (Waiting) until it is handled again.
		w := Wait{Host: j.lease.Host, URL: j.task.URL, Until: now.Add(o.After), Reason: "delayed"}
		switch {
		case we != nil:
			w.Reason = we.reason
		case de != nil && de.Err != nil:
			w.Reason, w.Until = de.Err.Error(), o.RetryAt
		case err != nil:
			w.Reason = err.Error()
		}
		s.waits.add(w)
	} else {
		s.waits.done(j.task.URL)
	}
	if ferr := s.front.Finish(fctx, j.lease, o); ferr != nil {
		if errors.Is(ferr, frontier.ErrLeaseLost) {
			s.m.leasesLost.Inc()
		}
		s.log.Warn("finish frontier lease", "url", j.task.URL, "err", ferr)
	}
}

// deadLetter parks a URL on the dead-letter stream with the reason. Its
// message id is the URL's, so a retry after a failed finish adds no copy.
func (s *Service) deadLetter(ctx context.Context, t *bus.URLTask, reason string) error {
	data, err := json.Marshal(t)
	if err != nil {
		return err
	}
	id := bus.TaskMsgID(t)
	dl := bus.DeadLetter{V: bus.Version, Stage: bus.StageCrawler, Subject: bus.SubjectFrontier, Reason: reason,
		Deliveries: 1, At: time.Now().UTC(), MsgID: id, Data: data}
	payload, err := json.Marshal(dl)
	if err != nil {
		return err
	}
	m := nats.NewMsg(bus.SubjectDLQ + "." + bus.StageCrawler)
	m.Data = payload
	m.Header.Set(bus.HdrVersion, strconv.Itoa(bus.Version))
	m.Header.Set(jetstream.MsgIDHeader, "dlq:"+id)
	_, err = s.js.PublishMsg(ctx, m)
	return err
}

// FrontierStats reports the shared frontier: queued URLs, hosts due now and
// waiting, leases, retries and the top hosts by queued URLs.
func (s *Service) FrontierStats(ctx context.Context, top int) (frontier.Stats, error) {
	return s.front.Stats(ctx, top)
}

// Pending reports the URLs the shared frontier still holds (queued, being
// fetched or waiting to be retried), for idle detection.
func (s *Service) Pending(ctx context.Context) (int64, error) {
	st, err := s.front.Stats(ctx, 1)
	if err != nil {
		return 0, err
	}
	return st.Pending(), nil
}
