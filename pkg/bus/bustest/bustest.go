// Package bustest starts an isolated, embedded JetStream server for a test.
package bustest

import (
	"testing"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus/natsembed"
)

// Env is a running test server and a connection to it.
type Env struct {
	Server *natsembed.Server
	URL    string // network URL of the server
	Conn   *nats.Conn
	JS     jetstream.JetStream
}

// Start starts a JetStream server listening on a free loopback port with its
// store in t.TempDir(), connects to it, and registers cleanup.
func Start(t testing.TB) *Env {
	t.Helper()
	s, err := natsembed.Start(natsembed.Options{Dir: t.TempDir(), Listen: "127.0.0.1:0"})
	if err != nil {
		t.Fatalf("start embedded nats: %v", err)
	}
	nc, err := nats.Connect(s.ClientURL())
	if err != nil {
		s.Shutdown()
		t.Fatalf("connect embedded nats: %v", err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatalf("jetstream: %v", err)
	}
	t.Cleanup(func() {
		nc.Close()
		s.Shutdown()
	})
	return &Env{Server: s, URL: s.ClientURL(), Conn: nc, JS: js}
}
