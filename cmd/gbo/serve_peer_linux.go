//go:build linux

package main

import (
	"bufio"
	"encoding/binary"
	"encoding/hex"
	"net"
	"os"
	"strconv"
	"strings"
)

// ownPeersOnly wraps ln so that Accept closes, at once, every connection
// whose client socket belongs to another user than the one running gbo:
// all local users share the address 127.0.0.1 (and ::1), so a cap per
// address alone would let another user hold every slot. The client's
// socket is looked up in /proc/net/tcp and /proc/net/tcp6 (peerUID). When
// the lookup fails (no /proc, the socket already gone, a format not
// understood) the connection is accepted: the token and the connection
// cap still hold.
func ownPeersOnly(ln net.Listener) net.Listener {
	return peerFilter{Listener: ln, uid: os.Geteuid(), lookup: peerLookup}
}

// peerLookup is how ownPeersOnly finds a client socket's owner: peerUID
// (tests replace it).
var peerLookup = peerUID

// peerFilter is ownPeersOnly's listener; lookup finds the owner of the
// client socket of a connection (tests replace it).
type peerFilter struct {
	net.Listener
	uid    int
	lookup func(remote, local net.Addr) (int, bool)
}

// Accept returns the next connection whose client socket is the user's
// own (or whose owner could not be found), closing the others.
func (l peerFilter) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		if uid, ok := l.lookup(c.RemoteAddr(), c.LocalAddr()); ok && uid != l.uid {
			_ = c.Close()
			continue
		}
		return c, nil
	}
}

// procNetFiles are the kernel's tables of TCP sockets.
var procNetFiles = []string{"/proc/net/tcp", "/proc/net/tcp6"}

// peerUID is the uid owning the client end of a connection accepted at
// local from remote: the socket whose local_address is remote and whose
// rem_address is local (TIME_WAIT entries, which show no owner, skipped).
// ok is false when none is found.
func peerUID(remote, local net.Addr) (uid int, ok bool) {
	ra, ok1 := remote.(*net.TCPAddr)
	la, ok2 := local.(*net.TCPAddr)
	if !ok1 || !ok2 {
		return 0, false
	}
	for _, name := range procNetFiles {
		if uid, ok := peerUIDIn(name, ra, la); ok {
			return uid, true
		}
	}
	return 0, false
}

// peerUIDIn is peerUID in one table.
func peerUIDIn(name string, ra, la *net.TCPAddr) (int, bool) {
	f, err := os.Open(name)
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // the header line
	for sc.Scan() {
		// sl local_address rem_address st tx:rx tr:when retrnsmt uid ...
		fs := strings.Fields(sc.Text())
		if len(fs) < 8 || fs[3] == "06" {
			continue
		}
		lip, lport, ok := procAddr(fs[1])
		if !ok || lport != ra.Port || !lip.Equal(ra.IP) {
			continue
		}
		rip, rport, ok := procAddr(fs[2])
		if !ok || rport != la.Port || !rip.Equal(la.IP) {
			continue
		}
		uid, err := strconv.Atoi(fs[7])
		if err != nil {
			return 0, false
		}
		return uid, true
	}
	return 0, false
}

// procAddr parses an address of /proc/net/tcp{,6}: the address as 32-bit
// words, each printed in hex in the machine's byte order, a colon, the
// port in hex.
func procAddr(s string) (net.IP, int, bool) {
	h, p, ok := strings.Cut(s, ":")
	if !ok || (len(h) != 8 && len(h) != 32) {
		return nil, 0, false
	}
	b, err := hex.DecodeString(h)
	if err != nil {
		return nil, 0, false
	}
	ip := make(net.IP, len(b))
	for i := 0; i < len(b); i += 4 {
		binary.NativeEndian.PutUint32(ip[i:], binary.BigEndian.Uint32(b[i:]))
	}
	port, err := strconv.ParseUint(p, 16, 16)
	if err != nil {
		return nil, 0, false
	}
	return ip, int(port), true
}
