package fetch

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"syscall"
	"time"
)

// ErrBlockedAddress is matched (errors.Is) by every *BlockedError.
var ErrBlockedAddress = errors.New("blocked address")

// BlockedError reports a dial refused by the Guard.
type BlockedError struct {
	Host   string     // host name as requested ("" for a literal address)
	Addr   netip.Addr // the refused address
	Reason string     // e.g. "loopback", "link-local"
}

// Error implements error.
func (e *BlockedError) Error() string {
	if e.Host != "" && e.Host != e.Addr.String() {
		return fmt.Sprintf("blocked address %s (%s) for host %q", e.Addr, e.Reason, e.Host)
	}
	return fmt.Sprintf("blocked address %s (%s)", e.Addr, e.Reason)
}

// Is makes errors.Is(err, ErrBlockedAddress) true.
func (e *BlockedError) Is(target error) bool { return target == ErrBlockedAddress }

// Guard refuses connections to internal addresses. The zero value refuses
// loopback, private, link-local, multicast and other special ranges. A Guard
// must not be modified while in use; it is safe for concurrent use.
type Guard struct {
	// AllowPrivate permits loopback addresses (127.0.0.0/8, ::1), for local
	// test webs and development. Private LAN ranges (RFC 1918, fc00::/7),
	// CGNAT, link-local (and so cloud metadata at 169.254.169.254), multicast,
	// unspecified, broadcast and reserved addresses stay refused: name LAN
	// ranges explicitly in AllowCIDRs to crawl an intranet.
	AllowPrivate bool
	// AllowCIDRs permits these ranges even when they are private (intranets).
	// Link-local, multicast and unspecified addresses are refused regardless.
	AllowCIDRs []netip.Prefix
	// Resolver resolves host names (nil means net.DefaultResolver).
	Resolver *net.Resolver
	// Dialer dials the checked addresses (nil means a net.Dialer with a 10 s timeout).
	Dialer *net.Dialer
}

var (
	alwaysBlocked = []struct {
		p      netip.Prefix
		reason string
	}{
		{netip.MustParsePrefix("0.0.0.0/8"), "this-network"},
		{netip.MustParsePrefix("169.254.0.0/16"), "link-local"},
		{netip.MustParsePrefix("224.0.0.0/4"), "multicast"},
		{netip.MustParsePrefix("240.0.0.0/4"), "reserved"}, // includes 255.255.255.255
		{netip.MustParsePrefix("192.0.0.0/24"), "ietf-protocol"},
		{netip.MustParsePrefix("::/128"), "unspecified"},
		{netip.MustParsePrefix("fe80::/10"), "link-local"},
		{netip.MustParsePrefix("ff00::/8"), "multicast"},
		{netip.MustParsePrefix("100::/64"), "discard"},
	}
	privateRanges = []struct {
		p      netip.Prefix
		reason string
	}{
		{netip.MustParsePrefix("127.0.0.0/8"), "loopback"},
		{netip.MustParsePrefix("10.0.0.0/8"), "private"},
		{netip.MustParsePrefix("172.16.0.0/12"), "private"},
		{netip.MustParsePrefix("192.168.0.0/16"), "private"},
		{netip.MustParsePrefix("100.64.0.0/10"), "cgnat"},
		{netip.MustParsePrefix("198.18.0.0/15"), "benchmarking"},
		{netip.MustParsePrefix("::1/128"), "loopback"},
		{netip.MustParsePrefix("fc00::/7"), "private"},
		{netip.MustParsePrefix("fec0::/10"), "site-local"},
	}
	nat64   = netip.MustParsePrefix("64:ff9b::/96")
	sixTo4  = netip.MustParsePrefix("2002::/16")
	teredo  = netip.MustParsePrefix("2001::/32")
	errNoIP = errors.New("no addresses")
)

// Check returns a *BlockedError when the guard refuses ip, else nil.
// IPv4-mapped, NAT64 and 6to4 addresses are judged by the IPv4 address they carry.
func (g *Guard) Check(ip netip.Addr) error {
	if reason := g.blockReason(ip); reason != "" {
		return &BlockedError{Addr: ip, Reason: reason}
	}
	return nil
}

func (g *Guard) blockReason(ip netip.Addr) string {
	if !ip.IsValid() {
		return "invalid"
	}
	ip = ip.WithZone("")
	if ip.Is4In6() {
		ip = ip.Unmap()
	}
	if ip.Is6() {
		b := ip.As16()
		switch {
		case nat64.Contains(ip):
			if r := g.blockReason(netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})); r != "" {
				return "nat64 " + r
			}
		case sixTo4.Contains(ip):
			if r := g.blockReason(netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]})); r != "" {
				return "6to4 " + r
			}
		case teredo.Contains(ip):
			return "teredo"
		}
		if b[0] == 0 && !ip.IsLoopback() && !ip.IsUnspecified() {
			// ::/8 other than ::1 and :: (IPv4-compatible and reserved).
			return "reserved"
		}
	}
	for _, r := range alwaysBlocked {
		if r.p.Contains(ip) {
			return r.reason
		}
	}
	if ip.IsUnspecified() {
		return "unspecified"
	}
	for _, p := range g.AllowCIDRs {
		if p.Contains(ip) {
			return ""
		}
	}
	if g.AllowPrivate && ip.IsLoopback() {
		return ""
	}
	for _, r := range privateRanges {
		if r.p.Contains(ip) {
			return r.reason
		}
	}
	return ""
}

func (g *Guard) dialer() *net.Dialer {
	if g.Dialer != nil {
		return g.Dialer
	}
	return &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
}

// DialContext resolves the host of addr, refuses the dial if ANY resolved
// address is blocked, and then dials the checked addresses in turn (never the
// name again, so a second DNS answer cannot slip past the check). It has the
// signature of http.Transport.DialContext.
func (g *Guard) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", addr, err)
	}
	var ips []netip.Addr
	if ip, err := netip.ParseAddr(host); err == nil {
		ips = []netip.Addr{ip}
	} else {
		res := g.Resolver
		if res == nil {
			res = net.DefaultResolver
		}
		ipNet := "ip"
		switch network {
		case "tcp4", "udp4":
			ipNet = "ip4"
		case "tcp6", "udp6":
			ipNet = "ip6"
		}
		ips, err = res.LookupNetIP(ctx, ipNet, host)
		if err != nil {
			return nil, fmt.Errorf("dial %s: resolve: %w", addr, err)
		}
		if len(ips) == 0 {
			return nil, fmt.Errorf("dial %s: %w", addr, errNoIP)
		}
	}
	for _, ip := range ips {
		if reason := g.blockReason(ip); reason != "" {
			return nil, fmt.Errorf("dial %s: %w", addr, &BlockedError{Host: host, Addr: ip, Reason: reason})
		}
	}
	d := *g.dialer() // copy, to add the Control hook
	d.Control = g.control
	var firstErr error
	for _, ip := range ips {
		conn, err := d.DialContext(ctx, network, net.JoinHostPort(ip.Unmap().String(), port))
		if err == nil {
			return conn, nil
		}
		if firstErr == nil {
			firstErr = err
		}
		if ctx.Err() != nil {
			break
		}
	}
	return nil, fmt.Errorf("dial %s: %w", addr, firstErr)
}

// control re-checks the address the socket actually connects to.
func (g *Guard) control(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("guard: %w", err)
	}
	return g.Check(ap.Addr())
}
