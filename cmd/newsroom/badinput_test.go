package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"net"
	"strings"
	"testing"
	"time"

	"newsroom.dev/pkg/bus/natsembed"
)

// TestBadInput checks that unreachable servers and bad arguments give a clear
// error naming what and where, and that nothing panics.
func TestBadInput(t *testing.T) {
	noenv := func(string) string { return "" }
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unreachable nats", []string{"crawler", "--nats", "nats://127.0.0.1:1", "--admin-addr", "", "--connect-wait", "0s"}, "nats at nats://127.0.0.1:1"},
		{"unreachable redis", []string{"extractor", "--nats", "", "--redis", "redis://127.0.0.1:1/0", "--connect-wait", "0s"}, "--nats is required"},
		{"unreachable postgres", []string{"export", "--store", "postgres://postgres@127.0.0.1:1/test?sslmode=disable"}, "127.0.0.1:1"},
		{"invalid seed", []string{"run", "--seed", "not a url", "--data", "DATA"}, `invalid seed "not a url"`},
		{"seed with bad scheme", []string{"run", "--seed", "ftp://example.com/", "--data", "DATA"}, "invalid seed"},
		{"no seeds", []string{"run", "--data", "DATA"}, "no seeds"},
		{"unknown command", []string{"crawl"}, `unknown command "crawl"`},
		{"bad duration", []string{"run", "--delay", "fast"}, "invalid value"},
		{"admin off loopback without token", []string{"run", "--seed", "http://127.0.0.1:1/", "--data", "DATA", "--admin-addr", "0.0.0.0:0", "--until-idle"}, "token is required"},
		{"export unknown format", []string{"export", "--format", "xml"}, "unknown --format"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string(nil), tc.args...)
			for i, a := range args {
				if a == "DATA" {
					args[i] = t.TempDir()
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			var out, errb bytes.Buffer
			err := dispatch(ctx, args, &out, &errb, noenv)
			if err == nil {
				t.Fatalf("no error; output %s %s", out.String(), errb.String())
			}
			if !strings.Contains(err.Error()+errb.String(), tc.want) {
				t.Fatalf("error %q (stderr %q) does not mention %q", err, errb.String(), tc.want)
			}
		})
	}
}

func TestUnreachableRedisAndStore(t *testing.T) {
	// A real NATS is needed first; the error must then name Redis.
	env := startNATS(t)
	noenv := func(string) string { return "" }
	var out, errb bytes.Buffer
	err := dispatch(context.Background(), []string{"extractor", "--nats", env, "--redis", "redis://127.0.0.1:1/0", "--admin-addr", "", "--connect-wait", "1s"}, &out, &errb, noenv)
	if err == nil || !strings.Contains(err.Error(), "redis at 127.0.0.1:1") {
		t.Fatalf("err = %v, want it to name redis at 127.0.0.1:1", err)
	}
	err = dispatch(context.Background(), []string{"sink", "--nats", env, "--store", "postgres://postgres@127.0.0.1:1/test?sslmode=disable", "--admin-addr", "", "--connect-wait", "0s"}, &out, &errb, noenv)
	if err == nil || !strings.Contains(err.Error(), "postgres") || !strings.Contains(err.Error(), "127.0.0.1:1") {
		t.Fatalf("err = %v, want it to name postgres at 127.0.0.1:1", err)
	}
}

func TestHelp(t *testing.T) {
	for _, cmd := range []string{"run", "crawler", "extractor", "sink", "seed", "status", "admin", "export", "extract", "demo", "testweb"} {
		var out, errb bytes.Buffer
		err := dispatch(context.Background(), []string{cmd, "--help"}, &out, &errb, func(string) string { return "" })
		if !errors.Is(err, flag.ErrHelp) {
			t.Errorf("%s --help: err = %v", cmd, err)
		}
		if !strings.Contains(out.String(), "Usage: newsroom "+cmd) || !strings.Contains(out.String(), "NEWSROOM_") {
			t.Errorf("%s --help lacks usage or env names on stdout:\n%s", cmd, out.String())
		}
		if errb.Len() > 0 {
			t.Errorf("%s --help wrote to stderr:\n%s", cmd, errb.String())
		}
	}
}

func TestEnvOverridesDefaultsFlagsWin(t *testing.T) {
	var o runOpts
	fs := runFlags(&o, &bytes.Buffer{})
	env := map[string]string{"NEWSROOM_DELAY": "3s", "NEWSROOM_DATA": "/from/env", "NEWSROOM_SEED": "http://a.example/,http://b.example/"}
	if err := parseFlags(fs, []string{"--data", "/from/flag"}, func(k string) string { return env[k] }); err != nil {
		t.Fatal(err)
	}
	if o.crawler.Delay != 3*time.Second || o.conn.data != "/from/flag" || len(o.seeds) != 2 {
		t.Fatalf("delay %v data %q seeds %v", o.crawler.Delay, o.conn.data, o.seeds)
	}
}

// TestServiceWaitsForNATS starts an extractor before its NATS server exists:
// it keeps retrying (--connect-wait) and runs once the server appears.
func TestServiceWaitsForNATS(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var errb syncBuffer
	done := make(chan error, 1)
	go func() {
		done <- dispatch(ctx, []string{"extractor", "--nats", "nats://" + addr, "--admin-addr", "", "--connect-wait", "30s"},
			&bytes.Buffer{}, &errb, func(string) string { return "" })
	}()
	time.Sleep(1500 * time.Millisecond)
	srv, err := natsembed.Start(natsembed.Options{Dir: t.TempDir(), Listen: addr})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Shutdown()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(errb.String(), "service started") {
		select {
		case err := <-done:
			t.Fatalf("extractor exited: %v\n%s", err, errb.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("extractor did not start after NATS appeared:\n%s", errb.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.Contains(errb.String(), "waiting for NATS") {
		t.Errorf("no log line saying what it waits for:\n%s", errb.String())
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatalf("extractor after SIGTERM: %v", err)
	}
}
