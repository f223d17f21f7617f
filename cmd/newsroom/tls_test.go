package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/json"
	"encoding/pem"
	"math/big"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go/jetstream"

	"newsroom.dev/pkg/bus"
	"newsroom.dev/pkg/state/redisstate"
	"newsroom.dev/pkg/store"
	"newsroom.dev/pkg/store/storetest"
	"newsroom.dev/pkg/testkit"
)

// testPKI is a throwaway CA and a server certificate for 127.0.0.1.
type testPKI struct {
	CA, Cert, Key string // PEM file paths
}

func newTestPKI(t *testing.T) testPKI {
	t.Helper()
	dir := t.TempDir()
	caKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	caTmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "newsroom test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	caCert, _ := x509.ParseCertificate(caDER)
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "127.0.0.1"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, caCert, &key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	p := testPKI{CA: filepath.Join(dir, "ca.pem"), Cert: filepath.Join(dir, "server.pem"), Key: filepath.Join(dir, "server-key.pem")}
	for path, block := range map[string]*pem.Block{
		p.CA:   {Type: "CERTIFICATE", Bytes: caDER},
		p.Cert: {Type: "CERTIFICATE", Bytes: der},
		p.Key:  {Type: "EC PRIVATE KEY", Bytes: keyDER},
	} {
		if err := os.WriteFile(path, pem.EncodeToMemory(block), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return p
}

// TestNATSTLSAndToken connects `newsroom status` to a NATS server that
// requires TLS and a token, through --nats-ca/--nats-token and through their
// environment variables.
func TestNATSTLSAndToken(t *testing.T) {
	pki := newTestPKI(t)
	tlsConf, err := server.GenTLSConfig(&server.TLSConfigOpts{CertFile: pki.Cert, KeyFile: pki.Key})
	if err != nil {
		t.Fatal(err)
	}
	const token = "nats-s3cret"
	srv, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: t.TempDir(),
		Authorization: token, TLS: true, TLSConfig: tlsConf, TLSTimeout: 2, NoSigs: true, NoLog: true})
	if err != nil {
		t.Fatal(err)
	}
	go srv.Start()
	defer srv.Shutdown()
	if !srv.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server not ready")
	}
	natsURL := "tls://" + srv.Addr().String()
	// status only reads: the pipeline's streams come from a service (here Ensure over the same TLS and token).
	nc, err := bus.Connect(natsURL, bus.ConnectOptions{CAFile: pki.CA, Token: token})
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	if err := bus.Ensure(context.Background(), js, bus.StreamOptions{}, bus.ConsumerOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name    string
		args    []string
		env     map[string]string
		wantErr string
	}{
		{"flags", []string{"--nats-ca", pki.CA, "--nats-token", token}, nil, ""},
		{"environment", nil, map[string]string{"NEWSROOM_NATS_CA": pki.CA, "NEWSROOM_NATS_TOKEN": token}, ""},
		{"no token", []string{"--nats-ca", pki.CA}, nil, "authorization"},
		{"wrong token", []string{"--nats-ca", pki.CA, "--nats-token", "nope"}, nil, "authorization"},
		{"unknown CA", []string{"--nats-token", token}, nil, "certificate"},
		{"missing creds file", []string{"--nats-ca", pki.CA, "--nats-creds", filepath.Join(t.TempDir(), "none.creds")}, nil, "none.creds"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			getenv := func(k string) string { return tc.env[k] }
			args := append([]string{"status", "--json", "--nats", natsURL}, tc.args...)
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			err := dispatch(ctx, args, &out, &errb, getenv)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("newsroom status over TLS: %v\n%s", err, errb.String())
				}
				var doc struct {
					Stages []struct{ Stream string } `json:"stages"`
				}
				if err := json.Unmarshal(out.Bytes(), &doc); err != nil || len(doc.Stages) != 3 {
					t.Fatalf("status output: %v\n%s", err, out.String())
				}
				return
			}
			if err == nil || !strings.Contains(strings.ToLower(err.Error()), tc.wantErr) {
				t.Fatalf("err = %v, want one mentioning %q", err, tc.wantErr)
			}
			t.Logf("refused as expected: %v", err)
		})
	}
}

// TestPostgresSSLModePassesThrough shows that the store URL's sslmode (and
// sslrootcert) reach the driver: require gets TLS from the local server,
// verify-full with a CA that did not sign the server's certificate is refused.
func TestPostgresSSLModePassesThrough(t *testing.T) {
	base := storetest.PostgresBaseURL()
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	pki := newTestPKI(t)
	with := func(params map[string]string) string {
		c := *u
		q := c.Query()
		for k, v := range params {
			q.Set(k, v)
		}
		q.Set("connect_timeout", "5")
		c.RawQuery = q.Encode()
		return c.String()
	}
	ctx := context.Background()
	schema := "nr_ssl_" + strconv.FormatInt(time.Now().UnixNano(), 36)
	t.Cleanup(func() {
		if c, err := pgx.Connect(ctx, base); err == nil {
			c.Exec(ctx, "DROP SCHEMA IF EXISTS "+schema+" CASCADE")
			c.Close(ctx)
		}
	})
	// Does this server offer TLS at all? (Debian's PostgreSQL does, with a snakeoil certificate.)
	probe, err := store.Open(ctx, with(map[string]string{"sslmode": "require"}), store.Options{Schema: schema})
	if err != nil {
		if strings.Contains(err.Error(), "SSL") || strings.Contains(err.Error(), "tls") {
			t.Skipf("the test PostgreSQL offers no TLS (%v); sslmode=require cannot be shown here", err)
		}
		t.Fatalf("%v\n(start PostgreSQL, or set %s)", err, storetest.PostgresEnv)
	}
	probe.Close()
	for _, tc := range []struct {
		name    string
		params  map[string]string
		wantErr string
	}{
		{"disable", map[string]string{"sslmode": "disable"}, ""},
		{"require", map[string]string{"sslmode": "require"}, ""},
		{"verify-full checks the server certificate", map[string]string{"sslmode": "verify-full", "sslrootcert": pki.CA}, "certificate"},
		{"verify-ca with a missing CA file", map[string]string{"sslmode": "verify-ca", "sslrootcert": filepath.Join(t.TempDir(), "none.pem")}, "none.pem"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := store.Open(ctx, with(tc.params), store.Options{Schema: schema})
			if tc.wantErr == "" {
				if err != nil {
					t.Fatalf("open with %v: %v", tc.params, err)
				}
				s.Close()
				return
			}
			if err == nil {
				s.Close()
				t.Fatalf("open with %v succeeded, want an error mentioning %q", tc.params, tc.wantErr)
			}
			if !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("open with %v: %v, want an error mentioning %q", tc.params, err, tc.wantErr)
			}
			t.Logf("refused as expected: %v", err)
		})
	}
}

// TestRedisTLS starts a TLS-only redis-server and connects through a
// rediss:// URL: in-process with skip_verify, and as the newsroom binary
// trusting the test CA through SSL_CERT_FILE (how a container adds a CA).
func TestRedisTLS(t *testing.T) {
	if testing.Short() {
		t.Skip("starts redis-server and builds the binary")
	}
	redisServer, err := exec.LookPath("redis-server")
	if err != nil {
		t.Fatal("redis-server not found (apt-get install redis-server)")
	}
	pki := newTestPKI(t)
	port := testkit.FreePort(t)
	cmd := exec.Command(redisServer, "--port", "0", "--tls-port", strconv.Itoa(port), "--bind", "127.0.0.1",
		"--tls-cert-file", pki.Cert, "--tls-key-file", pki.Key, "--tls-ca-cert-file", pki.CA, "--tls-auth-clients", "optional",
		"--save", "", "--appendonly", "no", "--dir", t.TempDir())
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	addr := "127.0.0.1:" + strconv.Itoa(port)
	for i := 0; ; i++ {
		c, err := net.Dial("tcp", addr)
		if err == nil {
			c.Close()
			break
		}
		if i == 100 {
			t.Fatalf("redis-server with TLS did not start: %v\n%s", err, logs.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	ctx := context.Background()
	// Plain redis:// to a TLS port fails; rediss:// works.
	if s, err := redisstate.Open(ctx, "redis://"+addr+"/0", redisstate.Options{DialTimeout: 2 * time.Second}); err == nil {
		s.Close()
		t.Error("plain redis:// connected to a TLS-only port")
	}
	s, err := redisstate.Open(ctx, "rediss://"+addr+"/0?skip_verify=true", redisstate.Options{Prefix: "nrtest:tls:"})
	if err != nil {
		t.Fatalf("rediss:// with skip_verify: %v", err)
	}
	s.Close()

	// The binary, with the CA from SSL_CERT_FILE, seeds a cluster over rediss://.
	bin := buildNewsroom(t, t.TempDir())
	natsURL := startNATS(t)
	seed := func(extraEnv ...string) (string, error) {
		c := exec.Command(bin, "seed", "--nats", natsURL, "--redis", "rediss://"+addr+"/0", "--redis-prefix", "nrtest:tls:",
			"https://news.example/")
		c.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + os.Getenv("HOME")}, extraEnv...)
		out, err := c.CombinedOutput()
		return string(out), err
	}
	if out, err := seed("SSL_CERT_FILE=" + pki.CA); err != nil || !strings.Contains(out, "queued 1 seeds") {
		t.Errorf("newsroom seed over rediss:// trusting the CA: %v\n%s", err, out)
	}
	if out, err := seed(); err == nil || !strings.Contains(out, "certificate") {
		t.Errorf("newsroom seed over rediss:// without the CA: err %v, want a certificate error\n%s", err, out)
	}
	if out, err := seed("NEWSROOM_REDIS_CA=" + pki.CA); err != nil || !strings.Contains(out, "queued 1 seeds") {
		t.Errorf("newsroom seed over rediss:// with --redis-ca (from the environment): %v\n%s", err, out)
	}
	if out, err := seed("NEWSROOM_REDIS_CA=" + pki.Cert + ".missing"); err == nil || !strings.Contains(out, "redis CA") {
		t.Errorf("newsroom seed with a missing --redis-ca file: err %v, want a clear error\n%s", err, out)
	}
	// Client certificates: the server checks any it is given against the
	// test CA. The server's own certificate (it allows client use) passes;
	// one from another CA is refused, so the certificate is really sent.
	mtls := redisstate.Options{Prefix: "nrtest:tls:", CAFile: pki.CA, CertFile: pki.Cert, KeyFile: pki.Key, DialTimeout: 2 * time.Second}
	if s, err := redisstate.Open(ctx, "rediss://"+addr+"/0", mtls); err != nil {
		t.Errorf("rediss:// with a client certificate: %v", err)
	} else {
		s.Close()
	}
	other := newTestPKI(t)
	mtls.CertFile, mtls.KeyFile = other.Cert, other.Key
	if s, err := redisstate.Open(ctx, "rediss://"+addr+"/0", mtls); err == nil {
		s.Close()
		t.Error("rediss:// with a client certificate from an unknown CA connected")
	}
	for _, bad := range []redisstate.Options{{CAFile: pki.CA, CertFile: pki.Cert}, {CAFile: pki.Key}} {
		if s, err := redisstate.Open(ctx, "rediss://"+addr+"/0", bad); err == nil {
			s.Close()
			t.Errorf("Open with TLS files %+v succeeded", bad)
		}
	}
	if _, err := redisstate.Open(ctx, "redis://"+addr+"/0", redisstate.Options{CAFile: pki.CA}); err == nil ||
		!strings.Contains(err.Error(), "rediss://") {
		t.Errorf("a CA file for a redis:// URL: err %v, want one pointing at rediss://", err)
	}
}
