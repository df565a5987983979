//go:build linux

package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// peerUID finds the owner of the client socket of a connection, on
// 127.0.0.1 and on ::1: the user running the test.
func TestServePeerUIDFound(t *testing.T) {
	for _, a := range []string{"127.0.0.1:0", "[::1]:0"} {
		ln, err := net.Listen("tcp", a)
		if err != nil {
			if strings.HasPrefix(a, "[") {
				continue // no IPv6
			}
			t.Fatal(err)
		}
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			t.Fatal(err)
		}
		sc, err := ln.Accept()
		if err != nil {
			t.Fatal(err)
		}
		uid, ok := peerUID(sc.RemoteAddr(), sc.LocalAddr())
		if !ok || uid != os.Geteuid() {
			t.Errorf("%s: peerUID = %d, %v; want %d", a, uid, ok, os.Geteuid())
		}
		// the server's own end is not taken for the client's
		if _, ok := peerUID(&net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1}, sc.LocalAddr()); ok && strings.HasPrefix(a, "1") {
			t.Errorf("%s: a client socket that does not exist was found", a)
		}
		c.Close()
		sc.Close()
		ln.Close()
	}
	if ip, port, ok := procAddr("0100007F:1F90"); !ok || port != 8080 || (!ip.Equal(net.IPv4(127, 0, 0, 1)) && !ip.Equal(net.IPv4(1, 0, 0, 127))) {
		t.Errorf("procAddr: %v %d %v", ip, port, ok)
	}
	for _, bad := range []string{"", "0100007F", "0100007Z:1F90", "0100007F:XYZ", "01:1F90"} {
		if _, _, ok := procAddr(bad); ok {
			t.Errorf("procAddr(%q) accepted", bad)
		}
	}
}

// Connections of another user are closed at accept, before they take a
// slot: while every slot's worth (2×serveMaxConns) of connections the
// lookup calls foreign are open and silent (each would hold a slot until
// the header deadline), the coordinator's request is answered at once.
func TestServeForeignConnsHoldNoSlot(t *testing.T) {
	// The "other user" connects from 127.0.0.2 (any 127/8 address is
	// loopback on Linux).
	old := peerLookup
	peerLookup = func(remote, local net.Addr) (int, bool) {
		if remote.(*net.TCPAddr).IP.Equal(net.IPv4(127, 0, 0, 2)) {
			return os.Geteuid() + 1, true
		}
		return old(remote, local)
	}
	t.Cleanup(func() { peerLookup = old })
	s, err := newServer(serveOptions{})
	if err != nil {
		t.Fatal(err)
	}
	addr := startReal(t, s)
	var conns []net.Conn
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 2)}}
	for range 2 * serveMaxConns {
		c, err := d.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		conns = append(conns, c)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+addr+"/api/samples", nil)
	req.Header.Set(tokenHeader, s.token)
	resp, err := (&http.Client{}).Do(req)
	if err != nil {
		t.Fatalf("the coordinator waits behind foreign connections: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("coordinator: %d", resp.StatusCode)
	}
	closed := 0
	for _, c := range conns {
		if closedWithin(c, time.Second) {
			closed++
		}
	}
	if closed != len(conns) {
		t.Errorf("%d of %d foreign connections closed", closed, len(conns))
	}
}

// A real second user (uid 65534, through setpriv, when the test runs as
// root) gets no answer: its connection is closed at accept, on 127.0.0.1
// and on ::1; the same client run as the user itself gets the page.
// Skipped when not root or without setpriv, unless
// GBO_SECOND_USER_TEST=require.
func TestServeForeignUserRefused(t *testing.T) {
	need := os.Getenv("GBO_SECOND_USER_TEST") == "require"
	setpriv, err := exec.LookPath("setpriv")
	bash, berr := exec.LookPath("bash")
	switch {
	case os.Geteuid() != 0 || err != nil || berr != nil:
		if need {
			t.Fatalf("GBO_SECOND_USER_TEST=require needs root, setpriv and bash (euid %d, %v, %v)", os.Geteuid(), err, berr)
		}
		t.Skip("needs root, setpriv and bash to run a client as another user (GBO_SECOND_USER_TEST=require makes this a failure)")
	}
	s, lns, _ := startServer(t, serveOptions{})
	for _, ln := range lns {
		ip := ln.Addr().(*net.TCPAddr).IP.String()
		host := net.JoinHostPort(ip, fmt.Sprint(s.port))
		// bash's /dev/tcp: a client every system with bash has.
		script := fmt.Sprintf(`exec 3<>/dev/tcp/%s/%d || exit 3; echo connected; printf 'GET / HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n' >&3; timeout 5 cat <&3`, ip, s.port, host)
		own, _ := exec.Command(bash, "-c", script).Output()
		if !strings.HasPrefix(string(own), "connected\nHTTP/1.1 200") {
			t.Fatalf("%s: the user's own client got %q", host, own[:min(len(own), 40)])
		}
		cmd := exec.Command(setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", bash, "-c", script)
		cmd.Dir = "/"
		other, err := cmd.Output()
		if strings.Contains(string(other), "HTTP/") {
			t.Errorf("%s: uid 65534 got an answer: %q", host, other[:min(len(other), 40)])
		}
		if !strings.HasPrefix(string(other), "connected") {
			t.Errorf("%s: uid 65534's client never connected (%v): the test proves nothing", host, err)
		}
	}
}
