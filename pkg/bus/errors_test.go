package bus_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"newsroom.dev/pkg/bus"
)

// TestErrorsKeepTheirCauses checks that delays and decode failures wrap
// their causes, so callers can branch on them with errors.Is and errors.As.
func TestErrorsKeepTheirCauses(t *testing.T) {
	cause := fmt.Errorf("state store: %w", io.ErrUnexpectedEOF)
	err := bus.Delay(3*time.Second, cause)
	var d *bus.DelayError
	if !errors.As(err, &d) || d.After != 3*time.Second {
		t.Fatalf("errors.As(%v, *DelayError) failed or wrong After", err)
	}
	if !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("Delay(%v) does not wrap its cause", cause)
	}
	if got, want := err.Error(), "delay 3s: state store: unexpected EOF"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}

	h := nats.Header{}
	h.Set(bus.HdrVersion, fmt.Sprint(bus.Version))
	_, err = bus.DecodeTask(h, []byte(`{"url": 7}`))
	var typeErr *json.UnmarshalTypeError
	if !errors.Is(err, bus.ErrBadMessage) || !errors.As(err, &typeErr) {
		t.Errorf("DecodeTask of a bad body = %v, want ErrBadMessage wrapping the JSON error", err)
	}
	_, err = bus.DecodeArticle(h, []byte(`{`))
	var syntaxErr *json.SyntaxError
	if !errors.Is(err, bus.ErrBadMessage) || !errors.As(err, &syntaxErr) {
		t.Errorf("DecodeArticle of a cut body = %v, want ErrBadMessage wrapping the JSON error", err)
	}
}
