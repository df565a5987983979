//go:build unix

package main

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"sync"
	"testing"
	"time"
)

// keepAliveGet sends one keep-alive GET of path to addr (Host host) on a
// new connection and reads the answer; the connection stays open (the
// caller closes it). An error means no answer came within d.
func keepAliveGet(addr, host, path string, d time.Duration) (net.Conn, *http.Response, error) {
	c, err := net.DialTimeout("tcp", addr, d)
	if err != nil {
		return nil, nil, err
	}
	_ = c.SetDeadline(time.Now().Add(d))
	fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: %s\r\n\r\n", path, host)
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		return c, nil, err
	}
	resp.Body.Close()
	_ = c.SetDeadline(time.Time{})
	return c, resp, nil
}

// Only a request with the token keeps its connection: the bare page, a
// /view/ address found or not, a 403 and a 421 are answered with
// "Connection: close" and the connection is closed after the answer, so
// that a local user without the token (all share the address 127.0.0.1)
// cannot hold the serveMaxConns slots with keep-alive requests. While
// 2×serveMaxConns such connections are attempted and held, the
// coordinator's request with the token is answered.
func TestServeTokenlessConnsClosed(t *testing.T) {
	s, err := newServer(serveOptions{}) // the real idle time of a connection (a minute)
	if err != nil {
		t.Fatal(err)
	}
	addr := startReal(t, s)
	host := fmt.Sprintf("127.0.0.1:%d", s.port)
	id := s.keepView([]byte("<p>report</p>"))
	for _, tc := range []struct {
		host, path string
		status     int
	}{
		{host, "/", http.StatusOK},
		{host, "/?lang=nl", http.StatusOK},
		{host, "/view/" + id, http.StatusOK},
		{host, "/view/0123456789abcdef0123456789abcdef", http.StatusNotFound},
		{host, "/api/samples", http.StatusForbidden},
		{host, "/api/samples?token=wrong", http.StatusForbidden},
		{"evil.example:80", "/", http.StatusMisdirectedRequest},
	} {
		c, resp, err := keepAliveGet(addr, tc.host, tc.path, 5*time.Second)
		if err != nil {
			t.Fatalf("%s: %v", tc.path, err)
		}
		if resp.StatusCode != tc.status || !resp.Close {
			t.Errorf("%s (Host %s): %d, Connection: close %v; want %d and close", tc.path, tc.host, resp.StatusCode, resp.Close, tc.status)
		}
		if !closedWithin(c, 2*time.Second) {
			t.Errorf("%s (Host %s): the connection stays open", tc.path, tc.host)
		}
		c.Close()
	}
	// With the token the connection is kept (the page's own requests).
	c, resp, err := keepAliveGet(addr, host, "/api/samples?token="+s.token, 5*time.Second)
	if err != nil || resp.StatusCode != http.StatusOK || resp.Close {
		t.Fatalf("with the token: %v %v", resp, err)
	}
	if closedWithin(c, 300*time.Millisecond) {
		t.Error("a request with the token lost its kept-alive connection")
	}
	c.Close()

	// Twice the cap of tokenless keep-alive connections, held open.
	var mu sync.Mutex
	var held []net.Conn
	var wg sync.WaitGroup
	for i := range 2 * serveMaxConns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			path := "/"
			if i%2 == 1 {
				path = "/view/nope"
			}
			c, _, _ := keepAliveGet(addr, host, path, 3*time.Second)
			if c != nil {
				mu.Lock()
				held = append(held, c)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	defer func() {
		for _, c := range held {
			c.Close()
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "http://"+host+"/api/samples", nil)
	req.Header.Set(tokenHeader, s.token)
	got, err := (&http.Client{}).Do(req)
	if err != nil {
		t.Fatalf("the coordinator is kept out by %d tokenless connections: %v", len(held), err)
	}
	got.Body.Close()
	if got.StatusCode != http.StatusOK {
		t.Errorf("the coordinator's request: %d", got.StatusCode)
	}
}
