package bus

import (
	"fmt"
	"net/url"
	"time"

	"github.com/nats-io/nats.go"
)

// ConnectOptions configure a connection to an external NATS server.
type ConnectOptions struct {
	Name        string        // client name shown by the server
	CredsFile   string        // NATS credentials file (JWT + nkey)
	Token       string        // token auth
	CAFile      string        // TLS: custom root CA
	CertFile    string        // TLS: client certificate
	KeyFile     string        // TLS: client key
	Timeout     time.Duration // connect timeout (default 5s)
	RetryOnFail bool          // keep retrying the first connect in the background
}

// Connect connects to the NATS server(s) at servers (comma-separated URLs),
// reconnecting forever after a first success.
func Connect(servers string, o ConnectOptions) (*nats.Conn, error) {
	if o.Timeout <= 0 {
		o.Timeout = 5 * time.Second
	}
	opts := []nats.Option{nats.Name(o.Name), nats.Timeout(o.Timeout), nats.MaxReconnects(-1),
		nats.ReconnectWait(time.Second), nats.RetryOnFailedConnect(o.RetryOnFail)}
	if o.CredsFile != "" {
		opts = append(opts, nats.UserCredentials(o.CredsFile))
	}
	if o.Token != "" {
		opts = append(opts, nats.Token(o.Token))
	}
	if o.CAFile != "" {
		opts = append(opts, nats.RootCAs(o.CAFile))
	}
	if o.CertFile != "" || o.KeyFile != "" {
		opts = append(opts, nats.ClientCert(o.CertFile, o.KeyFile))
	}
	nc, err := nats.Connect(servers, opts...)
	if err != nil {
		return nil, fmt.Errorf("connect to nats at %s: %w", RedactURL(servers), err)
	}
	return nc, nil
}

// RedactURL hides passwords and tokens in a server URL for messages.
func RedactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.User == nil {
		return s
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	} else {
		u.User = url.User("xxxxx")
	}
	return u.String()
}
