package bus

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
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
	if err := checkFiles(o); err != nil {
		return nil, err
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

// checkFiles rejects a credentials or CA file that holds no credentials or
// certificate, such as a placeholder left from an example, with a message
// that says so, instead of a handshake failure later.
func checkFiles(o ConnectOptions) error {
	check := func(what, path string, markers ...string) error {
		if path == "" {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("nats %s: %w", what, err)
		}
		for _, m := range markers {
			if !bytes.Contains(b, []byte(m)) {
				return fmt.Errorf("nats %s %s holds no %q block (a placeholder? put the real file there)", what, path, m)
			}
		}
		return nil
	}
	if err := check("credentials file", o.CredsFile, "BEGIN NATS USER JWT", "BEGIN USER NKEY SEED"); err != nil {
		return err
	}
	if err := check("CA file", o.CAFile, "BEGIN CERTIFICATE"); err != nil {
		return err
	}
	return check("client certificate", o.CertFile, "BEGIN CERTIFICATE")
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
