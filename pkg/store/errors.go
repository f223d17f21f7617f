package store

import (
	"errors"
	"strings"
)

// ErrInvalid is wrapped by errors about a message that cannot be stored
// (unknown op, empty story id or URL, negative version). Apply writes nothing
// from a batch that contains one; callers should check messages with Validate
// first and dead-letter the bad ones.
var ErrInvalid = errors.New("invalid article message")

// ErrNotFound is returned by Get when no story row has the id.
var ErrNotFound = errors.New("story not found")

// redactedError replaces a secret in the text of an error while keeping the
// chain for errors.Is and errors.As.
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// redact hides secret in err's message. It returns err unchanged when secret
// is empty or absent from the message.
func redact(err error, secret string) error {
	if err == nil || secret == "" {
		return err
	}
	msg := err.Error()
	if !strings.Contains(msg, secret) {
		return err
	}
	return &redactedError{msg: strings.ReplaceAll(msg, secret, "xxxxx"), err: err}
}
