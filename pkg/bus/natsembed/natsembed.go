// Package natsembed runs a NATS server with JetStream inside the process, for
// `newsroom run` on one machine and for tests.
package natsembed

import (
	"fmt"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
)

// Options configure the embedded server.
type Options struct {
	// Dir holds JetStream's file store. Required.
	Dir string
	// Listen, when set ("127.0.0.1:4223", or "127.0.0.1:0" for any free port),
	// also accepts network clients; empty means in-process connections only.
	Listen string
	// MaxPayload is the largest message the server accepts (default 8 MiB).
	MaxPayload int32
	// MaxMemory and MaxStore bound JetStream (0: server defaults).
	MaxMemory, MaxStore int64
	// Logs enables the server's own logging to stderr.
	Logs bool
}

// Server is a running embedded NATS server.
type Server struct {
	ns *server.Server
}

// Start starts the server and waits until it accepts connections.
func Start(o Options) (*Server, error) {
	if o.Dir == "" {
		return nil, fmt.Errorf("embedded nats: a store directory is required")
	}
	if o.MaxPayload <= 0 {
		o.MaxPayload = 8 << 20
	}
	opts := &server.Options{
		ServerName:         "newsroom-embedded",
		JetStream:          true,
		StoreDir:           o.Dir,
		NoSigs:             true,
		NoLog:              !o.Logs,
		MaxPayload:         o.MaxPayload,
		JetStreamMaxMemory: o.MaxMemory,
		JetStreamMaxStore:  o.MaxStore,
	}
	if o.Listen == "" {
		opts.DontListen = true
	} else {
		host, port, err := splitHostPort(o.Listen)
		if err != nil {
			return nil, fmt.Errorf("embedded nats listen address %q: %w", o.Listen, err)
		}
		opts.Host, opts.Port = host, port
		if port == 0 {
			opts.Port = server.RANDOM_PORT
		}
	}
	ns, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("embedded nats: %w", err)
	}
	if o.Logs {
		ns.ConfigureLogger()
	}
	// Start returns once the server is set up; its own goroutines (the
	// accept loop, JetStream's workers) end with Shutdown. Calling it here,
	// not in a goroutine, leaves no start-up work running beside the caller.
	ns.Start()
	if !ns.ReadyForConnections(30 * time.Second) {
		ns.Shutdown()
		return nil, fmt.Errorf("embedded nats in %s did not become ready within 30s", o.Dir)
	}
	return &Server{ns: ns}, nil
}

func splitHostPort(s string) (string, int, error) {
	var host string
	var port int
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ':' {
			host = s[:i]
			if _, err := fmt.Sscanf(s[i+1:], "%d", &port); err != nil {
				return "", 0, err
			}
			return host, port, nil
		}
	}
	return "", 0, fmt.Errorf("missing port")
}

// Connect opens a client connection to the server (in-process when the
// server does not listen).
func (s *Server) Connect(name string, extra ...nats.Option) (*nats.Conn, error) {
	opts := append([]nats.Option{nats.Name(name), nats.InProcessServer(s.ns), nats.MaxReconnects(-1)}, extra...)
	nc, err := nats.Connect("", opts...)
	if err != nil {
		return nil, fmt.Errorf("connect to embedded nats: %w", err)
	}
	return nc, nil
}

// ClientURL returns the network address clients can use, or "" when the
// server accepts in-process connections only.
func (s *Server) ClientURL() string {
	if s.ns.Addr() == nil {
		return ""
	}
	return s.ns.ClientURL()
}

// Shutdown stops the server and waits for it to finish.
func (s *Server) Shutdown() {
	s.ns.Shutdown()
	s.ns.WaitForShutdown()
}
