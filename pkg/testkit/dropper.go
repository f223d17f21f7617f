package testkit

import (
	"bytes"
	"net"
	"sync"
	"sync/atomic"
	"testing"
)

// ReplyDropper is a TCP proxy in front of a server (Redis, in the tests)
// that loses replies on purpose: while drops are pending (Drop), the next
// bytes the server sends back on a marked connection are thrown away and
// the connection is cut, as when a connection dies after the server ran a
// command but before its answer arrived.
type ReplyDropper struct {
	ln     net.Listener
	target string
	marker []byte
	drops  atomic.Int64
	wg     sync.WaitGroup
}

// StartReplyDropper listens on a free loopback port and forwards to the
// server at target (host:port) until the test ends. Only a reply to a
// write that held marker (a key, say) is dropped, so handshakes and other
// commands pass.
func StartReplyDropper(t testing.TB, target, marker string) *ReplyDropper {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	d := &ReplyDropper{ln: ln, target: target, marker: []byte(marker)}
	d.wg.Add(1)
	go d.accept()
	t.Cleanup(func() {
		ln.Close()
		d.wg.Wait()
	})
	return d
}

// Addr is the proxy's host:port.
func (d *ReplyDropper) Addr() string { return d.ln.Addr().String() }

// Drop makes the proxy lose the next n replies to marked connections.
func (d *ReplyDropper) Drop(n int) { d.drops.Add(int64(n)) }

// Pending reports how many drops are still to happen.
func (d *ReplyDropper) Pending() int { return int(d.drops.Load()) }

// take uses up one pending drop, if any.
func (d *ReplyDropper) take() bool {
	for {
		n := d.drops.Load()
		if n <= 0 {
			return false
		}
		if d.drops.CompareAndSwap(n, n-1) {
			return true
		}
	}
}

func (d *ReplyDropper) accept() {
	defer d.wg.Done()
	for {
		c, err := d.ln.Accept()
		if err != nil {
			return
		}
		s, err := net.Dial("tcp", d.target)
		if err != nil {
			c.Close()
			continue
		}
		var sent atomic.Bool // the client's last write carried the marker: the reply due answers it
		d.wg.Add(2)
		go func() { // client -> Redis
			defer d.wg.Done()
			defer s.Close()
			buf := make([]byte, 32<<10)
			for {
				n, err := c.Read(buf)
				if n > 0 {
					sent.Store(bytes.Contains(buf[:n], d.marker))
					if _, werr := s.Write(buf[:n]); werr != nil {
						return
					}
				}
				if err != nil {
					return
				}
			}
		}()
		go func() { // Redis -> client, unless a drop is due
			defer d.wg.Done()
			defer c.Close()
			buf := make([]byte, 32<<10)
			for {
				n, err := s.Read(buf)
				if n > 0 && sent.Load() && d.take() {
					s.Close()
					return
				}
				if n > 0 {
					if _, werr := c.Write(buf[:n]); werr != nil {
						return
					}
				}
				if err != nil {
					return
				}
			}
		}()
	}
}
