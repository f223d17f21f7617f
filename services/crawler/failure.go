package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"syscall"
)

// Fetch phases named in errors and logs.
const (
	phaseHeaders = "awaiting headers"
	phaseBody    = "reading body"
)

// phaseError is a fetch failure with the phase it happened in. A deadline
// that ran out, the request's own or the transport's header timeout, makes
// it a timeout (net.Error), so "context deadline exceeded" counts as one.
type phaseError struct {
	phase   string
	timeout bool
	err     error
}

func (e *phaseError) Error() string {
	if e.timeout {
		return e.phase + ": timed out: " + e.err.Error()
	}
	return e.phase + ": " + e.err.Error()
}

func (e *phaseError) Unwrap() error   { return e.err }
func (e *phaseError) Timeout() bool   { return e.timeout }
func (e *phaseError) Temporary() bool { return e.timeout }

// inPhase wraps err, which happened in phase under ctx, as a phaseError.
func inPhase(ctx context.Context, phase string, err error) error {
	var nerr net.Error
	to := errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) ||
		(errors.As(err, &nerr) && nerr.Timeout())
	return &phaseError{phase: phase, timeout: to, err: err}
}

// isTimeout reports whether a fetch error is a timeout, whichever layer
// reported it.
func isTimeout(err error) bool {
	var nerr net.Error
	return errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &nerr) && nerr.Timeout())
}

// failureClass names a failed fetch's cause in a few words, for the
// given-up summary.
func failureClass(err error) string {
	var pe *phaseError
	phase := ""
	if errors.As(err, &pe) {
		phase = " " + pe.phase
	}
	var he *httpStatusError
	switch {
	case errors.As(err, &he):
		return fmt.Sprintf("http %d", he.status)
	case isTimeout(err):
		return "timeout" + phase
	case errors.Is(err, syscall.ECONNRESET), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "connection broken" + phase
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case strings.Contains(err.Error(), "malformed"), strings.Contains(err.Error(), "invalid"),
		strings.Contains(err.Error(), "chunk"), strings.Contains(err.Error(), "header"):
		return "protocol error" + phase
	}
	return "error" + phase
}

// httpStatusError is an answer that counts as a failure of the host (429, 5xx).
type httpStatusError struct{ status int }

func (e *httpStatusError) Error() string {
	return fmt.Sprintf("http %d %s", e.status, http.StatusText(e.status))
}
